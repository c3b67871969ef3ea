import type { DecidedKind } from '../mail-texts/index.js';
import type { ParentIdentity } from '../parent.js';
import type { HistoryParams, RequestReceipt } from '../request.js';
import type { MailMessage } from './refusal.js';

/*
 * Every e-mail a decision sends, each chosen here and only here: its code and
 * its parameters. The words are in `src/domain/mail-texts`, one catalogue per
 * language; the backend words each e-mail in the family's language when it
 * sends it.
 */

/** What the e-mail of a dispute's decision tells: the credit note issued, or the service's reason. */
export type DisputeDecision =
  | { status: 'accepted'; invoice: string; creditNote: string; amountCents: number }
  | { status: 'refused'; invoice: string; reason: string | undefined };

const isDecidedKind = (kind: RequestReceipt['kind']): kind is DecidedKind =>
  kind === 'parent-registration' ||
  kind === 'parent-change' ||
  kind === 'child-change' ||
  kind === 'camp-unsubscribe';

export const mails = {
  registered: (to: string | undefined, parent: ParentIdentity): MailMessage => ({
    to,
    code: 'registered',
    params: { firstName: parent.firstName },
  }),
  registrationReceived: (to: string | undefined, parent: ParentIdentity): MailMessage => ({
    to,
    code: 'registration-received',
    params: { firstName: parent.firstName },
  }),
  changeReceived: (to: string | undefined, firstName: string): MailMessage => ({
    to,
    code: 'change-received',
    params: { firstName },
  }),
  /**
   * The service's decision on a request; `told`: the parameters of the
   * decision's last history entry (an accepted unsubscribe's child and week),
   * `reason`: the service's own words on a refusal.
   */
  decided: (
    to: string | undefined,
    request: Pick<RequestReceipt, 'kind' | 'number' | 'status'>,
    told: HistoryParams | undefined,
    firstName: string,
    reason: string | undefined,
  ): MailMessage => {
    const kind = isDecidedKind(request.kind) ? request.kind : 'parent-change';
    const base = { firstName, kind, number: request.number };
    if (request.status !== 'accepted')
      return { to, code: 'request-refused', params: { ...base, ...(reason ? { reason } : {}) } };
    const { child, week } = told ?? {};
    return {
      to,
      code: 'request-accepted',
      params: {
        ...base,
        ...(typeof child === 'string' ? { child } : {}),
        ...(typeof week === 'string' ? { week } : {}),
      },
    };
  },
  /**
   * The service's decision on a calendar request; `told`: its history entry's
   * counts (children joined, dates as ISO), `reason`: the service's own words.
   */
  calendarDecided: (
    to: string | undefined,
    request: Pick<RequestReceipt, 'kind' | 'number' | 'status'>,
    told: HistoryParams,
    firstName: string,
    reason: string | undefined,
  ): MailMessage => {
    const params: Record<string, string | number> = {
      firstName,
      kind: request.kind,
      number: request.number,
      ...(reason ? { reason } : {}),
    };
    for (const [name, value] of Object.entries(told))
      if (typeof value === 'string' || typeof value === 'number') params[name] = value;
      else if (Array.isArray(value)) params[name] = value.join(', ');
    return { to, code: request.status === 'accepted' ? 'request-accepted' : 'request-refused', params };
  },
  /** A freed place booked for a waiting child: which child, day and unit. */
  calendarPlaceBooked: (to: string | undefined, child: string, date: string, unit: string): MailMessage => ({
    to,
    code: 'calendar-place-booked',
    params: { child, date, unit },
  }),
  placeOffered: (to: string | undefined, week: string): MailMessage => ({
    to,
    code: 'place-offered',
    params: { week },
  }),
  paid: (
    to: string | undefined,
    firstName: string,
    article: { label: string; amountCents: number },
  ): MailMessage => ({
    to,
    code: 'paid',
    params: { firstName, label: article.label, amountCents: article.amountCents },
  }),
  refundDue: (
    to: string | undefined,
    firstName: string,
    article: { label: string; amountCents: number },
  ): MailMessage => ({
    to,
    code: 'refund-due',
    params: { firstName, label: article.label, amountCents: article.amountCents },
  }),
  expired: (to: string | undefined, label: string): MailMessage => ({
    to,
    code: 'expired',
    params: { label },
  }),
};

/**
 * The service's decision on an invoice dispute (request `number`) of the
 * invoice `invoice`: accepted, the credit note it issued (`creditNote`, its
 * amount as a positive count of cents); refused, the service's own words.
 * Apart from `mails`: only a backend that sends it carries it (the demo
 * backend in the page does not).
 */
export const disputeMail = (
  to: string | undefined,
  number: string,
  decision: DisputeDecision,
  firstName: string,
): MailMessage =>
  decision.status === 'accepted'
    ? {
        to,
        code: 'invoice-dispute-accepted',
        params: {
          firstName,
          number,
          invoice: decision.invoice,
          creditNote: decision.creditNote,
          amountCents: decision.amountCents,
        },
      }
    : {
        to,
        code: 'invoice-dispute-refused',
        params: {
          firstName,
          number,
          invoice: decision.invoice,
          ...(decision.reason ? { reason: decision.reason } : {}),
        },
      };
