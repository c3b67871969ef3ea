import { AdapterError, type FamilyPortalAdapter } from '../../src/adapter/index.js';
import {
  MessageServiceSchema,
  NewThreadInputSchema,
  ReplyInputSchema,
  ThreadListSchema,
  ThreadSchema,
  ThreadSummarySchema,
  type Attachment,
  type MessageService,
  type NewThreadInput,
  type ReplyInput,
  type Thread,
  type ThreadMessage,
  type ThreadSummary,
} from '../../src/domain/index.js';
import { fingerprint } from '../../src/shared/draft.js';

/*
 * A double of the messages feature for <family-inbox> until the memory
 * adapter serves it, faithful to the contract (src/domain/operations/messages.ts
 * and the decisions of issue 15): threads most recent first (then by id),
 * messages oldest first, unread = the service's messages without readAt,
 * markThreadRead idempotent, reading a thread does not mark it, attachments
 * uploaded first and referred to by id (an unknown one: not found), every
 * write replayed for the same idempotency key, every answer checked against
 * the wire schemas. Any call can be made to fail or to hang.
 */

export const services = (): MessageService[] =>
  [
    {
      id: 'svc-childcare',
      name: { fr: 'Service Enfance', nl: 'Dienst Kinderen', de: 'Dienst Kinder', en: 'Children’s service' },
      description: { fr: 'Garderies, repas', nl: 'Opvang, maaltijden', de: 'Betreuung', en: 'Care, meals' },
      themes: [
        {
          id: 'thm-meals',
          name: { fr: 'Repas et allergies', nl: 'Maaltijden', de: 'Mahlzeiten', en: 'Meals' },
        },
        {
          id: 'thm-other',
          name: { fr: 'Autre question', nl: 'Andere vraag', de: 'Andere Frage', en: 'Other' },
        },
      ],
    },
    {
      id: 'svc-billing',
      name: { fr: 'Service Finances', nl: 'Financiële dienst', de: 'Finanzdienst', en: 'Finance' },
      themes: [
        {
          id: 'thm-tax',
          name: { fr: 'Attestations fiscales', nl: 'Fiscale attesten', de: 'Steuer', en: 'Tax certificates' },
        },
      ],
    },
  ].map((service) => MessageServiceSchema.parse(service));

/** A tiny valid PDF's bytes. */
export const pdfBytes = '%PDF-1.4\n%%EOF\n';

interface StoredFile {
  attachment: Attachment;
  blob: Blob;
}

type Method = keyof FamilyPortalAdapter;

/** Two threads: one answered and read (12 and 10 days ago), one answered yesterday and not read yet. */
export function demoThreads(): Thread[] {
  return [
    {
      id: 'thr-1',
      serviceId: 'svc-childcare',
      serviceName: services()[0]!.name,
      themeId: 'thm-meals',
      themeName: services()[0]!.themes[0]!.name,
      subject: 'Repas sans gluten à partir de janvier',
      startedAt: '2026-10-31T20:41:00+01:00',
      lastMessageAt: '2026-11-02T09:15:00+01:00',
      lastFrom: 'service',
      messageCount: 2,
      unreadCount: 0,
      messages: [
        {
          id: 'msg-1',
          from: 'family',
          authorName: 'Sophie Dubois',
          sentAt: '2026-10-31T20:41:00+01:00',
          body: 'Bonjour,\nLe médecin a confirmé une intolérance au gluten.\nMerci d’avance.',
          attachments: [],
        },
        {
          id: 'msg-2',
          from: 'service',
          authorName: 'Martine Lefèvre, Service Enfance',
          sentAt: '2026-11-02T09:15:00+01:00',
          body: 'Bonjour,\nC’est possible. Merci de nous envoyer le certificat médical.',
          attachments: [],
          readAt: '2026-11-02T18:00:00+01:00',
        },
      ],
    },
    {
      id: 'thr-2',
      serviceId: 'svc-billing',
      serviceName: services()[1]!.name,
      themeId: 'thm-tax',
      themeName: services()[1]!.themes[0]!.name,
      subject: 'Attestation fiscale pour la garde d’enfants',
      startedAt: '2026-11-09T18:02:00+01:00',
      lastMessageAt: '2026-11-11T11:30:00+01:00',
      lastFrom: 'service',
      messageCount: 2,
      unreadCount: 1,
      messages: [
        {
          id: 'msg-3',
          from: 'family',
          authorName: 'Sophie Dubois',
          sentAt: '2026-11-09T18:02:00+01:00',
          body: 'Bonjour,\nQuand l’attestation fiscale sera-t-elle disponible ?',
          attachments: [],
        },
        {
          id: 'msg-4',
          from: 'service',
          authorName: 'Paul Martin, Service Finances',
          sentAt: '2026-11-11T11:30:00+01:00',
          body: 'Bonjour,\nElle est disponible dans l’onglet Factures.\nCordialement.',
          attachments: [
            {
              id: 'att-svc-1',
              name: 'attestation-2025.pdf',
              mediaType: 'application/pdf',
              sizeBytes: 14_200,
            },
          ],
        },
      ],
    },
  ].map((thread) => ThreadSchema.parse(thread));
}

export class InboxDouble {
  services = services();
  threads: Thread[] = demoThreads();
  files = new Map<string, StoredFile>([
    [
      'att-svc-1',
      {
        attachment: {
          id: 'att-svc-1',
          name: 'attestation-2025.pdf',
          mediaType: 'application/pdf',
          sizeBytes: 14_200,
        },
        blob: new Blob([pdfBytes], { type: 'application/pdf' }),
      },
    ],
  ]);
  calls: { method: string; args: unknown[]; key?: string }[] = [];
  /** Each call of these methods fails (once for each error queued). */
  failures = new Map<Method, AdapterError[]>();
  /** Calls hang until released (loading and progress states). */
  hold: Promise<void> | undefined;
  /** The answers already given, by idempotency key: a replay answers the same, another payload is a conflict. */
  private readonly replays = new Map<string, { print: string; answer: unknown }>();
  private clock = Date.parse('2026-11-12T09:00:00Z');
  private serial = 0;
  /** The parent signing the family's messages. */
  parentName = 'Sophie Dubois';

  failOnce(method: Method, error = new AdapterError({ type: 'network' })): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), error]);
  }

  callsOf(method: string) {
    return this.calls.filter((call) => call.method === method);
  }

  private async enter(method: Method, args: unknown[], key?: string): Promise<void> {
    this.calls.push({ method, args, ...(key && { key }) });
    await this.hold;
    const error = this.failures.get(method)?.shift();
    if (error) throw error;
  }

  /** Once per idempotency key: a replay answers what the first call did. */
  private once<T>(key: string, payload: unknown, act: () => T): T {
    const print = fingerprint(payload);
    const done = this.replays.get(key);
    if (done) {
      if (done.print !== print) throw new AdapterError({ type: 'conflict', code: 'idempotency.mismatch' });
      return done.answer as T;
    }
    const answer = act();
    this.replays.set(key, { print, answer });
    return answer;
  }

  private now(): string {
    this.clock += 60_000;
    return new Date(this.clock).toISOString().replace('Z', '+00:00');
  }

  private id(prefix: string): string {
    this.serial += 1;
    return `${prefix}-new-${this.serial}`;
  }

  private thread(id: string): Thread {
    const found = this.threads.find((thread) => thread.id === id);
    if (!found) throw new AdapterError({ type: 'not-found', code: 'thread.not-found', retryable: false });
    return found;
  }

  private attachments(ids: readonly string[]): Attachment[] {
    return ids.map((id) => {
      const found = this.files.get(id);
      if (!found)
        throw new AdapterError({ type: 'not-found', code: 'attachment.not-found', retryable: false });
      return found.attachment;
    });
  }

  /** A thread with its counts made from its messages (the backend's rule). */
  private withCounts(
    thread: Omit<Thread, 'messageCount' | 'unreadCount' | 'lastMessageAt' | 'lastFrom'>,
  ): Thread {
    const last = thread.messages.at(-1)!;
    return ThreadSchema.parse({
      ...thread,
      lastMessageAt: last.sentAt,
      lastFrom: last.from,
      messageCount: thread.messages.length,
      unreadCount: thread.messages.filter((message) => message.from === 'service' && !message.readAt).length,
    });
  }

  private store(thread: Thread): Thread {
    this.threads = [...this.threads.filter((kept) => kept.id !== thread.id), thread];
    return thread;
  }

  private summary(thread: Thread): ThreadSummary {
    const { messages: _messages, ...summary } = thread;
    return ThreadSummarySchema.parse(summary);
  }

  /** The back office answers (as `MemoryAdapter.answerThread` will). */
  answer(threadId: string, body: string, author = 'Service'): Thread {
    const thread = this.thread(threadId);
    const message: ThreadMessage = {
      id: this.id('msg'),
      from: 'service',
      authorName: author,
      sentAt: this.now(),
      body,
      attachments: [],
    };
    return this.store(this.withCounts({ ...thread, messages: [...thread.messages, message] }));
  }

  readonly adapter: Partial<FamilyPortalAdapter> = {
    getMessageServices: async () => {
      await this.enter('getMessageServices', []);
      return { services: this.services };
    },
    getThreads: async () => {
      await this.enter('getThreads', []);
      const threads = this.threads
        .map((thread) => this.summary(thread))
        .sort(
          (a, b) =>
            Date.parse(b.lastMessageAt) - Date.parse(a.lastMessageAt) ||
            (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
        );
      return ThreadListSchema.parse({
        threads,
        unreadCount: threads.reduce((sum, thread) => sum + thread.unreadCount, 0),
      });
    },
    getThread: async (id: string) => {
      await this.enter('getThread', [id]);
      return this.thread(id);
    },
    startThread: async (input: NewThreadInput, { idempotencyKey }) => {
      await this.enter('startThread', [input], idempotencyKey);
      const checked = NewThreadInputSchema.parse(input);
      return this.once(idempotencyKey, checked, () => {
        const service = this.services.find((candidate) => candidate.id === checked.serviceId);
        const theme = service?.themes.find((candidate) => candidate.id === checked.themeId);
        if (!service || (checked.themeId && !theme))
          throw new AdapterError({ type: 'not-found', code: 'service.not-found', retryable: false });
        const sentAt = this.now();
        return this.store(
          this.withCounts({
            id: this.id('thr'),
            serviceId: service.id,
            serviceName: service.name,
            ...(theme && { themeId: theme.id, themeName: theme.name }),
            subject: checked.subject,
            startedAt: sentAt,
            messages: [
              {
                id: this.id('msg'),
                from: 'family',
                authorName: this.parentName,
                sentAt,
                body: checked.body,
                attachments: this.attachments(checked.attachmentIds),
              },
            ],
          }),
        );
      });
    },
    replyToThread: async (id: string, input: ReplyInput, { idempotencyKey }) => {
      await this.enter('replyToThread', [id, input], idempotencyKey);
      const checked = ReplyInputSchema.parse(input);
      return this.once(idempotencyKey, { id, checked }, () => {
        const thread = this.thread(id);
        const message: ThreadMessage = {
          id: this.id('msg'),
          from: 'family',
          authorName: this.parentName,
          sentAt: this.now(),
          body: checked.body,
          attachments: this.attachments(checked.attachmentIds),
        };
        return this.store(this.withCounts({ ...thread, messages: [...thread.messages, message] }));
      });
    },
    markThreadRead: async (id: string, { idempotencyKey }) => {
      await this.enter('markThreadRead', [id], idempotencyKey);
      const thread = this.thread(id);
      const readAt = this.now();
      const messages = thread.messages.map((message) =>
        message.from === 'service' && !message.readAt ? { ...message, readAt } : message,
      );
      return this.summary(this.store(this.withCounts({ ...thread, messages })));
    },
    getAttachmentFile: async (id: string) => {
      await this.enter('getAttachmentFile', [id]);
      const found = this.files.get(id);
      if (!found)
        throw new AdapterError({ type: 'not-found', code: 'attachment.not-found', retryable: false });
      return { name: found.attachment.name, mediaType: found.attachment.mediaType, blob: found.blob };
    },
    uploadAttachment: async (file, { idempotencyKey }) => {
      await this.enter('uploadAttachment', [file], idempotencyKey);
      return this.once(idempotencyKey, { name: file.name, size: file.size }, () => {
        const attachment: Attachment = {
          id: this.id('att'),
          name: file.name,
          mediaType:
            (['application/pdf', 'image/jpeg', 'image/png'] as const).find((type) => type === file.type) ??
            'application/pdf',
          sizeBytes: file.size,
        };
        this.files.set(attachment.id, { attachment, blob: file });
        return attachment;
      });
    },
  };
}
