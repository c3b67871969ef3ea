import { publicEvent } from '../../shared/events.js';

/*
 * The events <family-inbox> dispatches. Both tell the page that the family's
 * messages changed, so that what counts them (the portal's home and its
 * "Messages" tab, a badge of the host's) reads them again; another
 * <family-inbox> on the page refreshes its list on them.
 */

export interface FpMessageSentDetail {
  /** The thread the message went to (a new one for "Nouveau message"). */
  threadId: string;
  /** Whether the message started the thread ("Nouveau message") or answered in it ("Répondre"). */
  newThread: boolean;
}

/** A message was sent to a service: a new thread, or a reply in one. */
export class FpMessageSentEvent extends Event {
  static readonly eventName = 'fp-message-sent';
  readonly detail: FpMessageSentDetail;
  constructor(detail: FpMessageSentDetail) {
    super(FpMessageSentEvent.eventName, publicEvent);
    this.detail = detail;
  }
}

export interface FpThreadReadDetail {
  threadId: string;
  /** The service's messages the family has still not read, in every thread ("1 nouveau message"). */
  unreadLeft: number;
}

/** The family opened a thread with unread messages: the service's messages of it are now read. */
export class FpThreadReadEvent extends Event {
  static readonly eventName = 'fp-thread-read';
  readonly detail: FpThreadReadDetail;
  constructor(detail: FpThreadReadDetail) {
    super(FpThreadReadEvent.eventName, publicEvent);
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fp-message-sent': FpMessageSentEvent;
    'fp-thread-read': FpThreadReadEvent;
  }
}
