/** The kinds of request the service decides on, as its e-mails name them. */
export type DecidedKind =
  | 'parent-registration'
  | 'parent-change'
  | 'child-change'
  | 'camp-unsubscribe'
  | 'booking'
  | 'period-booking'
  | 'planning-copy'
  | 'absence';

export const mailCodes = [
  'registered',
  'registration-received',
  'change-received',
  'request-accepted',
  'request-refused',
  'place-offered',
  'calendar-place-booked',
  'paid',
  'refund-due',
  'expired',
  'invoice-dispute-accepted',
  'invoice-dispute-refused',
  /** The service answered in a thread: only a link to the portal (`portalUrl`), never the subject or the text. */
  'message-answered',
] as const;
/** Each e-mail the service sends. */
export type MailCode = (typeof mailCodes)[number];

/**
 * One language's e-mails. Templates take `{name}` parameters: the mail's own
 * (`firstName`, `number`, `label`, `child`, an invoice's `invoice` and
 * `creditNote` numbers…) and those `renderMail` adds
 * (`commune`, `service`, `amount`, `request`, `outcome`, `reason`).
 */
export interface MailTexts {
  /** A camp week from the service's label's number ("S{week}"). */
  week: string;
  /** An amount of euros, `{amount}` with the language's decimal mark. */
  amount: string;
  /** The service's reason after a refusal (`{reason}`: its own words). */
  reason: string;
  /** What the subject calls each kind of request. */
  requests: Readonly<Record<DecidedKind, string>>;
  /** What an accepted request means, by kind. */
  accepted: Readonly<Record<DecidedKind, string>>;
  mails: Readonly<Record<MailCode, { subject: string; body: string }>>;
}
