import * as z from 'zod/mini';
import { AttachmentSchema } from './calendar.js';
import { localizedText } from './localized-text.js';
import { messageRules } from './message-rules.js';

/*
 * Messages with the commune's services (seed 002's "Messagerie", seed 004's
 * inbox): one thread per subject with one service, its messages oldest first,
 * what the family has not read yet. A message's body is plain text, shown as
 * typed (never as HTML); its attachments are the family's or the service's
 * files (PDF, JPEG, PNG), downloaded with their own name. The family is told
 * of an answer by an e-mail that holds only a link to the portal.
 */

const id = z.string().check(z.minLength(1), z.maxLength(100));
const dateTime = z.iso.datetime({ offset: true });

export { messageRules } from './message-rules.js';

/** A subject the parent may write about to a service ("Thème"). */
export const MessageThemeSchema = z.object({ id, name: localizedText({ max: 200 }) });
export type MessageTheme = z.infer<typeof MessageThemeSchema>;

/** A service of the commune the family may write to ("Service"), and its themes. */
export const MessageServiceSchema = z.object({
  id,
  name: localizedText({ max: 200 }),
  /** What the service handles, to help the parent choose ("Inscriptions, repas, garderie"). */
  description: z.optional(localizedText({ max: 500 })),
  themes: z.array(MessageThemeSchema),
});
export type MessageService = z.infer<typeof MessageServiceSchema>;

/** One message of a thread: the family's or the service's. */
export const ThreadMessageSchema = z.object({
  id,
  from: z.enum(['family', 'service']),
  /** Who wrote it: the parent's name, or the service agent's as the service signs. */
  authorName: z.string().check(z.maxLength(200)),
  sentAt: dateTime,
  /** Plain text, line breaks kept. */
  body: z.string().check(z.maxLength(messageRules.bodyMax)),
  attachments: z.array(AttachmentSchema),
  /** When the family first opened it (the service's messages only). */
  readAt: z.optional(dateTime),
});
export type ThreadMessage = z.infer<typeof ThreadMessageSchema>;

/** A thread as the inbox lists it, most recent first. */
export const ThreadSummarySchema = z.object({
  id,
  serviceId: id,
  serviceName: localizedText({ max: 200 }),
  themeId: z.optional(id),
  themeName: z.optional(localizedText({ max: 200 })),
  subject: z.string().check(z.minLength(1), z.maxLength(messageRules.subjectMax)),
  startedAt: dateTime,
  lastMessageAt: dateTime,
  /** Who wrote last: an answer of the service, or the family waiting for one. */
  lastFrom: z.enum(['family', 'service']),
  messageCount: z.number().check(z.int(), z.minimum(1)),
  /** The service's messages the family has not opened. */
  unreadCount: z.number().check(z.int(), z.minimum(0)),
});
export type ThreadSummary = z.infer<typeof ThreadSummarySchema>;

/** The family's threads, most recent first, and how many messages it has not read. */
export const ThreadListSchema = z.object({
  threads: z.array(ThreadSummarySchema),
  unreadCount: z.number().check(z.int(), z.minimum(0)),
});
export type ThreadList = z.infer<typeof ThreadListSchema>;

/** A thread with its messages, oldest first. */
export const ThreadSchema = z.extend(ThreadSummarySchema, { messages: z.array(ThreadMessageSchema) });
export type Thread = z.infer<typeof ThreadSchema>;

const subject = z.string().check(z.trim(), z.minLength(1), z.maxLength(messageRules.subjectMax));
const body = z.string().check(z.trim(), z.minLength(1), z.maxLength(messageRules.bodyMax));
const attachmentIds = z.array(id).check(z.maxLength(messageRules.maxAttachments));

/** "Envoyer un message": to a service, on a theme, a subject, the text, the files sent first. */
export const NewThreadInputSchema = z.object({
  serviceId: id,
  themeId: z.optional(id),
  subject,
  body,
  attachmentIds,
});
export type NewThreadInput = z.infer<typeof NewThreadInputSchema>;

/** "Répondre": the text and the files sent first. */
export const ReplyInputSchema = z.object({ body, attachmentIds });
export type ReplyInput = z.infer<typeof ReplyInputSchema>;
