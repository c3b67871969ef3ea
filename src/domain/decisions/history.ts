import { statusLabels } from '../status-labels.js';
import type { LocalizedText } from '../localized-text.js';
import type { HistoryParams, StatusHistoryEntry } from '../request.js';

/*
 * Every status-history entry a decision writes, each built here and only
 * here: its code, its label, its time, and what it says as a code with
 * parameters, which elements word in the parent's language
 * (`src/shared/i18n/history`). `message` carries only what a person wrote.
 * The French `label` stays for clients that do not know the code.
 */

type Extra = {
  author?: string | undefined;
  /** A person's own words (a comment, a reason): shown as written. */
  message?: string | undefined;
  params?: HistoryParams;
  messageCode?: string;
};

/** An entry of a request's status history, as stored and shown. */
export function historyEntry(status: string, at: Date, extra: Extra = {}): StatusHistoryEntry {
  return {
    status,
    label: (statusLabels as Readonly<Record<string, string>>)[status] ?? status,
    at: at.toISOString(),
    ...(extra.author ? { author: extra.author } : {}),
    ...(extra.messageCode ? { messageCode: extra.messageCode } : {}),
    ...(extra.params ? { params: extra.params } : {}),
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
  /** `from`, `to`: the week's first and last booked days. */
  weekAccepted: (at: Date, child: string, dates: readonly string[]) =>
    historyEntry('camp-week-accepted', at, {
      params: { child, from: dates[0] ?? '', to: dates.at(-1) ?? dates[0] ?? '' },
    }),
  /** The camp and the week (seed 001's red message), and its days without a place left. */
  weekFull: (at: Date, camp: LocalizedText, week: string, fullDays: readonly string[]) =>
    historyEntry('camp-week-full', at, { params: { camp, week, days: [...fullDays] } }),
  waiting: (at: Date, week: string, position: number) =>
    historyEntry('camp-waiting-list', at, { params: { week, position } }),
  placeOffered: (at: Date, week: string) => historyEntry('camp-place-offered', at, { params: { week } }),
  /** On the unsubscribe request itself: which week of which child, and the parent's reason. */
  unsubscribeReceived: (
    at: Date,
    enrolment: { campName: LocalizedText; firstName: string },
    week: string,
    reason: string,
  ) =>
    historyEntry('camp-unsubscribe-received', at, {
      params: { camp: enrolment.campName, week, child: enrolment.firstName },
      message: reason,
    }),
  /** On the enrolment: which unsubscribe request went to the service. */
  unsubscribeRequested: (at: Date, week: string, number: string) =>
    historyEntry('camp-unsubscribe-received', at, {
      messageCode: 'camp-unsubscribe-requested',
      params: { week, number },
    }),
  /** The place is given back; refunds are the service's business. */
  unsubscribed: (at: Date, author: string, child: string, week: string) =>
    historyEntry('camp-unsubscribe-accepted', at, { author, params: { child, week } }),
  unsubscribeRefused: (at: Date, author: string, reason: string | undefined) =>
    historyEntry('camp-unsubscribe-refused', at, { author, message: reason }),
  /** On the enrolment: the week stays booked. */
  unsubscribeRefusedOnEnrolment: (at: Date, author: string, week: string, reason: string | undefined) =>
    historyEntry('camp-unsubscribe-refused', at, { author, params: { week }, message: reason }),
};
