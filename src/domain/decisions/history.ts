import {
  acceptedWeekMessage,
  fullWeekMessage,
  placeOfferedMessage,
  unsubscribedMessage,
  unsubscribeMessage,
  unsubscribeRefusedMessage,
  unsubscribeRequestedMessage,
  waitingMessage,
} from '../camp-enrolment.js';
import { statusLabels } from '../parent-requests.js';
import type { StatusHistoryEntry } from '../request.js';

/*
 * Every status-history entry a decision writes, each built here and only
 * here: its code, its label, its time and its words. Turning the words into
 * codes with parameters is a change to this file alone.
 */

type Extra = { author?: string | undefined; message?: string | undefined };

/** An entry of a request's status history, as stored and shown. */
export function historyEntry(status: string, at: Date, extra: Extra = {}): StatusHistoryEntry {
  return {
    status,
    label: statusLabels[status] ?? status,
    at: at.toISOString(),
    ...(extra.author ? { author: extra.author } : {}),
    ...(extra.message ? { message: extra.message } : {}),
  };
}

/** Entries with no words of their own: the status says it all. */
export type PlainStatus =
  | 'registration-received'
  | 'child-received'
  | 'child-registered'
  | 'child-linked'
  | 'health-form-received'
  | 'health-form-recorded'
  | 'health-form-confirmed'
  | 'camp-enrolment-received'
  | 'camp-enrolment-open'
  | 'camp-closed'
  | 'camp-in-cart'
  | 'camp-released'
  | 'camp-expired'
  | 'camp-paid';

export const history = {
  plain: (status: PlainStatus, at: Date) => historyEntry(status, at),
  /** The parent's comment, if any, goes with a change request. */
  changeReceived: (at: Date, comment: string | undefined) =>
    historyEntry('change-received', at, { message: comment?.trim() }),
  childChangeReceived: (at: Date, comment: string | undefined) =>
    historyEntry('child-change-received', at, { message: comment?.trim() }),
  /** `author`: the service, when it accepted by hand. */
  registered: (at: Date, author?: string) => historyEntry('registered', at, { author }),
  accepted: (status: 'change-accepted' | 'child-change-accepted', at: Date, author: string) =>
    historyEntry(status, at, { author }),
  refused: (
    status: 'registration-refused' | 'change-refused' | 'child-change-refused',
    at: Date,
    author: string,
    reason: string | undefined,
  ) => historyEntry(status, at, { author, message: reason }),
  weekAccepted: (at: Date, firstName: string, dates: readonly string[]) =>
    historyEntry('camp-week-accepted', at, { message: acceptedWeekMessage(firstName, dates) }),
  weekFull: (at: Date, campName: string, label: string, fullDays: readonly string[]) =>
    historyEntry('camp-week-full', at, { message: fullWeekMessage(campName, label, fullDays) }),
  waiting: (at: Date, label: string, position: number) =>
    historyEntry('camp-waiting-list', at, { message: waitingMessage(label, position) }),
  placeOffered: (at: Date, label: string) =>
    historyEntry('camp-place-offered', at, { message: placeOfferedMessage(label) }),
  /** On the unsubscribe request itself: which week of which child, and why. */
  unsubscribeReceived: (
    at: Date,
    enrolment: { campName: string; firstName: string },
    label: string,
    reason: string,
  ) =>
    historyEntry('camp-unsubscribe-received', at, { message: unsubscribeMessage(enrolment, label, reason) }),
  /** On the enrolment: which unsubscribe request went to the service. */
  unsubscribeRequested: (at: Date, label: string, number: string) =>
    historyEntry('camp-unsubscribe-received', at, { message: unsubscribeRequestedMessage(label, number) }),
  unsubscribed: (at: Date, author: string, firstName: string, label: string) =>
    historyEntry('camp-unsubscribe-accepted', at, { author, message: unsubscribedMessage(firstName, label) }),
  unsubscribeRefused: (at: Date, author: string, reason: string | undefined) =>
    historyEntry('camp-unsubscribe-refused', at, { author, message: reason }),
  /** On the enrolment: the week stays booked. */
  unsubscribeRefusedOnEnrolment: (at: Date, author: string, label: string, reason: string | undefined) =>
    historyEntry('camp-unsubscribe-refused', at, {
      author,
      message: unsubscribeRefusedMessage(label, reason),
    }),
};
