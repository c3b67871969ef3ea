import { randomBytes } from 'node:crypto';
import {
  AttachmentSchema,
  communeText,
  LocaleSchema,
  mailLanguage,
  MessageServiceSchema,
  messageRules,
  renderMail,
  ThreadListSchema,
  ThreadSchema,
  ThreadSummarySchema,
  type Attachment,
  type MessageService,
  type NewThreadInput,
  type ReplyInput,
  type Thread,
  type ThreadList,
  type ThreadMessage,
  type ThreadSummary,
} from '../../src/domain/index.js';
import type { FileAnswer } from './app.js';
import { familyAttachments } from './attachments.js';
import type { Db } from './db.js';
import { invalid, notFound } from './problem.js';
import { currentParent, iso, type Family, type ServiceOptions } from './requests.js';

/*
 * Messages with the commune's services (migration 018): the services and
 * their themes, the family's threads and their messages, read state, the
 * files joined. Every query is scoped to the session's family: another
 * family's thread or file is not found. The service answers from its back
 * office (`answerThread`), and the family is told by an e-mail that holds
 * only a link to the portal.
 */

type Service = Pick<ServiceOptions, 'now' | 'commune'>;

const newId = (prefix: string) => `${prefix}-${randomBytes(12).toString('base64url')}`;

/** The commune's services, in their order. */
export async function messageServices(db: Db): Promise<MessageService[]> {
  const rows = await db.query<{ id: string; name: unknown; description: unknown; themes: unknown }>(
    'select id, name, description, themes from message_services order by position, id',
  );
  return rows.map(({ description, ...row }) =>
    MessageServiceSchema.parse({ ...row, ...(description === null ? {} : { description }) }),
  );
}

export async function getMessageServices(db: Db): Promise<{ services: MessageService[] }> {
  return { services: await messageServices(db) };
}

interface SummaryRow {
  id: string;
  serviceId: string;
  themeId: string | null;
  subject: string;
  startedAt: Date | string;
  lastMessageAt: Date | string;
  lastFrom: 'family' | 'service';
  messageCount: number | string;
  unreadCount: number | string;
}

/** The family's threads (one with `threadId`), most recent first, as the list shows them. */
async function summaries(db: Db, familyId: string, threadId?: string): Promise<ThreadSummary[]> {
  const rows = await db.query<SummaryRow>(
    `select t.id, t.service_id as "serviceId", t.theme_id as "themeId", t.subject,
            t.started_at as "startedAt", t.last_message_at as "lastMessageAt",
            (select m.sender from thread_messages m where m.thread_id = t.id
              order by m.sent_at desc, m.position desc limit 1) as "lastFrom",
            (select count(*) from thread_messages m where m.thread_id = t.id) as "messageCount",
            (select count(*) from thread_messages m
              where m.thread_id = t.id and m.sender = 'service' and m.read_at is null) as "unreadCount"
       from threads t
      where t.family_id = $1 ${threadId === undefined ? '' : 'and t.id = $2'}
      order by t.last_message_at desc, t.id`,
    threadId === undefined ? [familyId] : [familyId, threadId],
  );
  if (rows.length === 0) return [];
  const services = new Map((await messageServices(db)).map((service) => [service.id, service]));
  return rows.map((row) => {
    const service = services.get(row.serviceId);
    const theme = service?.themes.find((one) => one.id === row.themeId);
    return ThreadSummarySchema.parse({
      id: row.id,
      serviceId: row.serviceId,
      serviceName: service?.name ?? row.serviceId,
      ...(row.themeId === null ? {} : { themeId: row.themeId }),
      ...(theme ? { themeName: theme.name } : {}),
      subject: row.subject,
      startedAt: iso(row.startedAt),
      lastMessageAt: iso(row.lastMessageAt),
      lastFrom: row.lastFrom,
      messageCount: Number(row.messageCount),
      unreadCount: Number(row.unreadCount),
    });
  });
}

/** One thread's summary, or 404 `thread.not-found` (another family's thread is not found either). */
async function summaryOf(db: Db, family: Family, threadId: string): Promise<ThreadSummary> {
  const [summary] = await summaries(db, family.id, threadId);
  if (!summary) throw notFound('thread.not-found');
  return summary;
}

/** A thread's messages, oldest first, with their files. */
async function messagesOf(db: Db, threadId: string): Promise<ThreadMessage[]> {
  const rows = await db.query<{
    id: string;
    sender: 'family' | 'service';
    authorName: string;
    sentAt: Date | string;
    body: string;
    readAt: Date | string | null;
    attachments: { id: string; name: string; mediaType: string; sizeBytes: number }[];
  }>(
    `select m.id, m.sender, m.author_name as "authorName", m.sent_at as "sentAt", m.body, m.read_at as "readAt",
            (select coalesce(json_agg(json_build_object('id', a.id, 'name', a.name, 'mediaType', a.media_type,
                                                        'sizeBytes', a.size_bytes) order by j.position), '[]')
               from thread_message_attachments j join attachments a on a.id = j.attachment_id
              where j.message_id = m.id) as attachments
       from thread_messages m
      where m.thread_id = $1
      order by m.sent_at, m.position`,
    [threadId],
  );
  return rows.map((row) => ({
    id: row.id,
    from: row.sender,
    authorName: row.authorName,
    sentAt: iso(row.sentAt),
    body: row.body,
    attachments: row.attachments.map((attachment) => AttachmentSchema.parse(attachment)),
    ...(row.readAt === null ? {} : { readAt: iso(row.readAt) }),
  }));
}

export async function getThreads(db: Db, family: Family): Promise<ThreadList> {
  const threads = await summaries(db, family.id);
  return ThreadListSchema.parse({
    threads,
    unreadCount: threads.reduce((total, thread) => total + thread.unreadCount, 0),
  });
}

/** One thread and its messages; reading it marks nothing read. */
export async function getThread(db: Db, family: Family, threadId: string): Promise<Thread> {
  const summary = await summaryOf(db, family, threadId);
  return ThreadSchema.parse({ ...summary, messages: await messagesOf(db, threadId) });
}

/** How many of the service's messages the family has not read, over all its threads. */
export async function unreadMessages(db: Db, familyId: string): Promise<number> {
  const [row] = await db.query<{ count: number | string }>(
    `select count(*) as count from thread_messages m join threads t on t.id = m.thread_id
      where t.family_id = $1 and m.sender = 'service' and m.read_at is null`,
    [familyId],
  );
  return Number(row?.count ?? 0);
}

/** The name the family signs with: its parent's, else its account's. */
async function familyAuthor(db: Db, family: Family): Promise<string> {
  const parent = await currentParent(db, family.id);
  const name = parent ? `${parent.firstName} ${parent.lastName}` : (family.displayName ?? family.email ?? '');
  return name.slice(0, 200);
}

/** A message added to a thread (its files joined in order), the thread's last message time moved on. */
async function addMessage(
  tx: Db,
  threadId: string,
  message: {
    from: 'family' | 'service';
    authorName: string;
    body: string;
    at: Date;
    attachments?: readonly Attachment[];
    readAt?: Date;
  },
): Promise<string> {
  const id = newId('msg');
  await tx.query(
    `insert into thread_messages (id, thread_id, sender, author_name, sent_at, body, read_at)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [id, threadId, message.from, message.authorName, message.at, message.body, message.readAt ?? null],
  );
  for (const [position, attachment] of (message.attachments ?? []).entries())
    await tx.query(
      'insert into thread_message_attachments (message_id, attachment_id, position) values ($1, $2, $3)',
      [id, attachment.id, position],
    );
  await tx.query('update threads set last_message_at = greatest(last_message_at, $2) where id = $1', [
    threadId,
    message.at,
  ]);
  return id;
}

export { addMessage as addThreadMessage };

/**
 * "Envoyer un message": a new thread with a service the commune offers, on
 * one of its themes, the files sent first joined (the family's own only).
 * The body was checked against NewThreadInputSchema on the way in (app.ts).
 */
export async function startThread(
  tx: Db,
  family: Family,
  input: NewThreadInput,
  service: Service,
): Promise<Thread> {
  const offered = (await messageServices(tx)).find((one) => one.id === input.serviceId);
  if (!offered) throw notFound('service.not-found');
  if (input.themeId !== undefined && !offered.themes.some((theme) => theme.id === input.themeId))
    throw notFound('theme.not-found');
  const attachments = await familyAttachments(tx, family, input.attachmentIds);
  const at = service.now();
  const id = newId('thr');
  await tx.query(
    `insert into threads (id, family_id, service_id, theme_id, subject, started_at, last_message_at)
     values ($1, $2, $3, $4, $5, $6, $6)`,
    [id, family.id, offered.id, input.themeId ?? null, input.subject, at],
  );
  await addMessage(tx, id, {
    from: 'family',
    authorName: await familyAuthor(tx, family),
    body: input.body,
    at,
    attachments,
  });
  return getThread(tx, family, id);
}

/** "Répondre": the family's message added to one of its threads. */
export async function replyToThread(
  tx: Db,
  family: Family,
  threadId: string,
  input: ReplyInput,
  service: Service,
): Promise<Thread> {
  const [thread] = await tx.query('select id from threads where id = $1 and family_id = $2 for update', [
    threadId,
    family.id,
  ]);
  if (!thread) throw notFound('thread.not-found');
  const attachments = await familyAttachments(tx, family, input.attachmentIds);
  await addMessage(tx, threadId, {
    from: 'family',
    authorName: await familyAuthor(tx, family),
    body: input.body,
    at: service.now(),
    attachments,
  });
  return getThread(tx, family, threadId);
}

/** The service's messages of the thread marked read, once: a second call changes nothing. */
export async function markThreadRead(
  tx: Db,
  family: Family,
  threadId: string,
  service: Service,
): Promise<ThreadSummary> {
  await summaryOf(tx, family, threadId);
  await tx.query(
    `update thread_messages set read_at = $2
      where thread_id = $1 and sender = 'service' and read_at is null`,
    [threadId, service.now()],
  );
  return summaryOf(tx, family, threadId);
}

/** A file of the family (its uploads, the service's files joined to its threads), as a download. */
export async function getAttachmentFile(db: Db, family: Family, attachmentId: string): Promise<FileAnswer> {
  const [row] = await db.query<{ name: string; mediaType: string; content: Uint8Array }>(
    'select name, media_type as "mediaType", content from attachments where id = $1 and family_id = $2',
    [attachmentId, family.id],
  );
  if (!row) throw notFound('attachment.not-found');
  return { file: { name: row.name, mediaType: row.mediaType, bytes: Buffer.from(row.content) } };
}

// ——— the back office ———

/** What the back office's answer form sends: the text, and who signs it (default: the service's name). */
export interface ServiceAnswer {
  body: string;
  author?: string | undefined;
}

/**
 * The service's answer in a thread (its back office): the text as typed,
 * unread until the family marks the thread read, and one e-mail to the
 * family that holds only a link to the portal (`portalUrl`), never the
 * subject or the text. An unknown thread is 404 `thread.not-found`; an empty
 * or too long text 422.
 */
export async function answerThread(
  tx: Db,
  threadId: string,
  answer: ServiceAnswer,
  service: Service & { portalUrl: string },
): Promise<void> {
  const body = answer.body.trim();
  const author = answer.author?.trim() ?? '';
  const issues = [
    ...(body.length === 0 ? [{ field: 'body', code: 'required' as const }] : []),
    ...(body.length > messageRules.bodyMax ? [{ field: 'body', code: 'too-long' as const }] : []),
    ...(author.length > 200 ? [{ field: 'author', code: 'too-long' as const }] : []),
  ];
  const [thread] = await tx.query<{ familyId: string; serviceId: string }>(
    'select family_id as "familyId", service_id as "serviceId" from threads where id = $1 for update',
    [threadId],
  );
  if (!thread) throw notFound('thread.not-found');
  if (issues.length > 0) throw invalid(issues);
  const offered = (await messageServices(tx)).find((one) => one.id === thread.serviceId);
  await addMessage(tx, threadId, {
    from: 'service',
    authorName:
      author || (offered ? communeText(service.commune, offered.name) : thread.serviceId).slice(0, 200),
    body,
    at: service.now(),
  });
  await tellFamily(tx, thread.familyId, service);
}

/** The e-mail `message-answered` to the family, in its language: a link to the portal and nothing else. */
async function tellFamily(tx: Db, familyId: string, service: Service & { portalUrl: string }) {
  const [row] = await tx.query<{ email: string | null; parentEmail: string | null; language: string | null }>(
    `select a.email, p.identity->>'email' as "parentEmail", f.language
       from families f join accounts a on a.id = f.account_id left join parents p on p.family_id = f.id
      where f.id = $1`,
    [familyId],
  );
  const to = row?.email ?? row?.parentEmail;
  if (!to) return;
  const language = mailLanguage(LocaleSchema.safeParse(row?.language).data, service.commune);
  const params = { portalUrl: service.portalUrl };
  const { subject, body } = renderMail('message-answered', params, language, service.commune);
  await tx.query(
    `insert into outbox (to_address, subject, body, code, params, language) values ($1, $2, $3, $4, $5, $6)`,
    [to, subject, body, 'message-answered', JSON.stringify(params), language],
  );
}

/** The threads waiting for the service's answer (the family wrote last), oldest first, for the back office. */
export async function threadsToAnswer(db: Db): Promise<
  {
    id: string;
    subject: string;
    serviceId: string;
    family: string;
    lastMessageAt: string;
    lastBody: string;
  }[]
> {
  const rows = await db.query<{
    id: string;
    subject: string;
    serviceId: string;
    family: string;
    lastMessageAt: Date | string;
    lastBody: string;
  }>(
    `select t.id, t.subject, t.service_id as "serviceId", coalesce(a.display_name, a.id) as family,
            t.last_message_at as "lastMessageAt", last.body as "lastBody"
       from threads t join families f on f.id = t.family_id join accounts a on a.id = f.account_id
       join lateral (select m.sender, m.body from thread_messages m where m.thread_id = t.id
                      order by m.sent_at desc, m.position desc limit 1) last on true
      where last.sender = 'family'
      order by t.last_message_at, t.id`,
  );
  return rows.map((row) => ({ ...row, lastMessageAt: iso(row.lastMessageAt) }));
}
