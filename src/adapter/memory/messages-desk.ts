import * as z from 'zod/mini';
import {
  communeText,
  messageRules,
  NewThreadInputSchema,
  ReplyInputSchema,
  type Attachment,
  type DownloadedFile,
  type MessageService,
  type Thread,
  type ThreadList,
  type ThreadMessage,
  type ThreadSummary,
} from '../../domain/index.js';
import type * as MessagesSeed from '../../demo-data/messages.js';
import { communes } from '../../demo-data/index.js';
import { AdapterError } from '../errors.js';
import { familyAttachments } from './files-desk.js';
import { checked, type Desk, type Stored } from './memory-state.js';
import type { MemoryFamily } from './seed.js';

/*
 * The messages' desk: the family's threads with the commune's services as
 * stored (seeded from the demo's threads on first use), what the family has
 * not read, its new threads and replies with the files it sent first, and
 * the back office's answers. A body is kept as typed (trimmed): it is plain
 * text, shown as text.
 */

/** The demo's services, threads and documents, loaded with the desk. */
export interface MessagesLoaded {
  seed: typeof MessagesSeed;
}

/** What the desk works on for one family: its state, the demo's seed, the files' content it keeps. */
export interface MessagesContext {
  desk: Desk;
  loaded: MessagesLoaded;
  family: MemoryFamily;
  /** The content of a file of the family, by attachment id, if the adapter still has it. */
  file: (attachmentId: string) => Blob | undefined;
}

type StoredThread = NonNullable<Stored['threads']>[number];

/** The services the family may write to, and their themes. */
export function services(context: MessagesContext): MessageService[] {
  return context.loaded.seed.demoMessageServices[context.desk.profile];
}

/** The family's threads as stored, seeded from the demo's on first use (dated from the desk's clock). */
export function stored(context: MessagesContext): StoredThread[] {
  const { desk, loaded, family } = context;
  if (desk.state.threads) return desk.state.threads;
  const now = desk.now();
  const threads = loaded.seed.demoThreads(family).map((thread): StoredThread => {
    const messages = thread.messages.map((message, index): ThreadMessage => {
      const sentAt = loaded.seed.demoMessageInstant(desk.profile, now, message).toISOString();
      return {
        id: `${thread.id}-m${index + 1}`,
        from: message.from,
        authorName: message.authorName,
        sentAt,
        body: message.body,
        attachments: [],
        ...(message.from === 'service' && message.read ? { readAt: sentAt } : {}),
      };
    });
    return {
      id: thread.id,
      serviceId: thread.serviceId,
      ...(thread.themeId ? { themeId: thread.themeId } : {}),
      subject: thread.subject,
      startedAt: messages[0]!.sentAt,
      messages,
    };
  });
  return (desk.state.threads = threads);
}

const unread = (thread: StoredThread) =>
  thread.messages.filter((message) => message.from === 'service' && message.readAt === undefined).length;

/** A thread as the inbox lists it. */
function summary(context: MessagesContext, thread: StoredThread): ThreadSummary {
  const service = services(context).find((candidate) => candidate.id === thread.serviceId);
  const theme = service?.themes.find((candidate) => candidate.id === thread.themeId);
  const last = thread.messages[thread.messages.length - 1]!;
  return {
    id: thread.id,
    serviceId: thread.serviceId,
    serviceName: service?.name ?? thread.serviceId,
    ...(thread.themeId ? { themeId: thread.themeId } : {}),
    ...(theme ? { themeName: theme.name } : {}),
    subject: thread.subject,
    startedAt: thread.startedAt,
    lastMessageAt: last.sentAt,
    lastFrom: last.from,
    messageCount: thread.messages.length,
    unreadCount: unread(thread),
  };
}

function detail(context: MessagesContext, thread: StoredThread): Thread {
  return { ...summary(context, thread), messages: thread.messages };
}

/** The family's thread `threadId`: another family's, or none, is not found. */
function threadOf(context: MessagesContext, threadId: string): StoredThread {
  const thread = stored(context).find((candidate) => candidate.id === threadId);
  if (!thread) throw new AdapterError({ type: 'not-found', code: 'thread.not-found' });
  return thread;
}

/** The family's threads, most recent first (then by id), and what it has not read. */
export function threadList(context: MessagesContext): ThreadList {
  const threads = stored(context)
    .map((thread) => summary(context, thread))
    .sort((a, b) =>
      a.lastMessageAt === b.lastMessageAt
        ? a.id.localeCompare(b.id)
        : b.lastMessageAt.localeCompare(a.lastMessageAt),
    );
  return { threads, unreadCount: unreadCount(context) };
}

/** The service's messages the family has not opened, over every thread. */
export function unreadCount(context: MessagesContext): number {
  return stored(context).reduce((total, thread) => total + unread(thread), 0);
}

export function thread(context: MessagesContext, threadId: string): Thread {
  return detail(context, threadOf(context, threadId));
}

/** Who writes for the family: the registered parent, else the account's name. */
function familyAuthor(desk: Desk): string {
  const { parent, account } = desk.state.family;
  const name = parent ? `${parent.firstName} ${parent.lastName}` : (account.displayName ?? account.email);
  return (name ?? '').slice(0, 200);
}

function nextId(context: MessagesContext, kind: 'thr' | 'msg'): string {
  const id = `${kind}-${context.family}-${context.desk.state.counter}`;
  context.desk.state.counter += 1;
  return id;
}

function familyMessage(context: MessagesContext, body: string, attachments: Attachment[]): ThreadMessage {
  return {
    id: nextId(context, 'msg'),
    from: 'family',
    authorName: familyAuthor(context.desk),
    sentAt: context.desk.now().toISOString(),
    body,
    attachments,
  };
}

/** "Envoyer un message": a new thread with one of the commune's services, on one of its themes. */
export function startThread(context: MessagesContext, body: unknown): Thread {
  const input = checked(NewThreadInputSchema, body);
  const service = services(context).find((candidate) => candidate.id === input.serviceId);
  if (!service) throw new AdapterError({ type: 'not-found', code: 'service.not-found' });
  if (input.themeId !== undefined && !service.themes.some((theme) => theme.id === input.themeId))
    throw new AdapterError({ type: 'not-found', code: 'theme.not-found' });
  const attachments = familyAttachments(context.desk, input.attachmentIds);
  const threads = stored(context);
  const id = nextId(context, 'thr');
  const message = familyMessage(context, input.body, attachments);
  const created: StoredThread = {
    id,
    serviceId: service.id,
    ...(input.themeId !== undefined ? { themeId: input.themeId } : {}),
    subject: input.subject,
    startedAt: message.sentAt,
    messages: [message],
  };
  threads.push(created);
  return detail(context, created);
}

/** "Répondre": the family's message added to its thread. */
export function replyToThread(context: MessagesContext, threadId: string, body: unknown): Thread {
  const thread = threadOf(context, threadId);
  const input = checked(ReplyInputSchema, body);
  const attachments = familyAttachments(context.desk, input.attachmentIds);
  thread.messages.push(familyMessage(context, input.body, attachments));
  return detail(context, thread);
}

/** The service's messages of the thread marked read, once (a second call changes nothing). */
export function markThreadRead(context: MessagesContext, threadId: string): ThreadSummary {
  const thread = threadOf(context, threadId);
  const at = context.desk.now().toISOString();
  for (const message of thread.messages)
    if (message.from === 'service' && message.readAt === undefined) message.readAt = at;
  return summary(context, thread);
}

/** A file of the family (its uploads, the service's files joined to its threads), with its own name and type. */
export function attachmentFile(context: MessagesContext, attachmentId: string): DownloadedFile {
  const [attachment] = familyAttachments(context.desk, [attachmentId]);
  const content = context.file(attachmentId);
  // A large file's content lives in the page only (see the adapter): after a reload it is gone.
  if (!attachment || !content) throw new AdapterError({ type: 'not-found', code: 'attachment.not-found' });
  return {
    name: attachment.name,
    mediaType: attachment.mediaType,
    blob: new Blob([content], { type: attachment.mediaType }),
  };
}

const answerSchema = z.object({
  body: z.string().check(z.trim(), z.minLength(1), z.maxLength(messageRules.bodyMax)),
  author: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
});

/**
 * The service's answer from its back office: a message of the service, not
 * read yet, signed `author` (the service's name by default). The demo sends
 * no e-mail (the reference server tells the family by one, with only a link).
 */
export function answerThread(
  context: MessagesContext,
  threadId: string,
  body: string,
  author?: string,
): Thread {
  const thread = threadOf(context, threadId);
  const input = checked(answerSchema, { body, ...(author?.trim() ? { author } : {}) });
  const service = services(context).find((candidate) => candidate.id === thread.serviceId);
  const commune = communes[context.desk.profile];
  thread.messages.push({
    id: nextId(context, 'msg'),
    from: 'service',
    authorName: input.author ?? (service ? communeText(commune, service.name) : thread.serviceId),
    sentAt: context.desk.now().toISOString(),
    body: input.body,
    attachments: [],
  });
  return detail(context, thread);
}
