import type { Thread, ThreadList, ThreadSummary } from '../../domain/index.js';
import type { PendingAction } from '../../shared/draft.js';
import { literals, object, optional, string, type Shape } from '../../shared/shape.js';

/*
 * What <family-inbox> computes without a DOM: the list as the service sent it
 * with what changed since (a thread read, a reply, a new thread), and the
 * draft it keeps in sessionStorage.
 */

/** Most recent first, then by id (the contract's order): timestamps compared as instants, whatever their offsets. */
export function byRecent(a: ThreadSummary, b: ThreadSummary): number {
  return (
    Date.parse(b.lastMessageAt) - Date.parse(a.lastMessageAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** A thread as the list shows it (its messages left out). */
export function summaryOf(thread: Thread): ThreadSummary {
  const { messages: _messages, ...summary } = thread;
  return summary;
}

/**
 * The list read, with the threads the element changed since (`changed`: the
 * service's answers to a read, a reply or a new thread) in their place, in
 * order, and the unread count moved by as much as theirs.
 */
export function withChanges(list: ThreadList, changed: ReadonlyMap<string, ThreadSummary>): ThreadList {
  if (changed.size === 0) return list;
  let unreadCount = list.unreadCount;
  const threads = list.threads.map((thread) => {
    const now = changed.get(thread.id);
    if (!now) return thread;
    unreadCount += now.unreadCount - thread.unreadCount;
    return now;
  });
  for (const [id, thread] of changed)
    if (!list.threads.some((known) => known.id === id)) {
      threads.push(thread);
      unreadCount += thread.unreadCount;
    }
  return { threads: threads.sort(byRecent), unreadCount: Math.max(0, unreadCount) };
}

/** The screen shown: the list, a thread, or "Nouveau message". */
export type InboxScreen = 'list' | 'thread' | 'compose';

/** What a parent typed in "Nouveau message" (the files are not kept across a reload: a browser cannot). */
export interface ComposeText {
  serviceId: string;
  themeId: string;
  subject: string;
  body: string;
}

export const blankCompose = (): ComposeText => ({ serviceId: '', themeId: '', subject: '', body: '' });

/** What the element keeps in sessionStorage: the screen, what was typed, the sending's key not acknowledged yet. */
export interface InboxDraft {
  screen: InboxScreen;
  threadId?: string | undefined;
  compose?: ComposeText | undefined;
  reply?: { threadId: string; body: string } | undefined;
  pending?: PendingAction | undefined;
}

export const inboxDraftShape: Shape<InboxDraft> = object({
  screen: literals(['list', 'thread', 'compose'] as const),
  threadId: optional(string()),
  compose: optional(object({ serviceId: string(), themeId: string(), subject: string(), body: string() })),
  reply: optional(object({ threadId: string(), body: string() })),
  pending: optional(object({ key: string(), fingerprint: string() })),
});
