import type { CampEnrolment, CartArticle } from '../camp-enrolment.js';
import type { Country } from '../commune.js';
import type { CalendarState } from '../calendar/state.js';
import type { InvoiceRecord, PaymentRecord, RegieSettings } from './records.js';

/*
 * The monthly billing run of the back office: a month of a family's calendar
 * bookings, and its camp articles, turned into invoices with the domain's
 * prices and reductions. Safe when run twice: what a source already gave is
 * not billed again.
 */

/** What the run needs for one family. */
export interface BillingRunInput {
  country: Country;
  familyId: string;
  /** The month billed, `YYYY-MM`. */
  month: string;
  /** The family's calendar state, its bookings covering the month. */
  calendar: CalendarState;
  /** The family's cart articles paid (camps are paid when closed): each billed once, already paid. */
  campArticles: readonly CartArticle[];
  /** The camp enrolments those articles pay for (children, weeks, days). */
  campEnrolments?: readonly CampEnrolment[] | undefined;
  /** The service invoicing bookings, and the one invoicing camps. */
  regies: { bookings: RegieSettings; camps: RegieSettings };
  /** The family's invoices so far (a second run finds its sources there). */
  existing: readonly InvoiceRecord[];
  /** The commune's today: the issue date. */
  today: string;
  now: Date;
  /** The backend's next invoice number and id (a sequence). */
  next: () => { id: string; sequence: number };
}

/** What the run gives: invoices to store, the payments that already settle some (camps), and the day billed through. */
export interface BillingRunOutcome {
  invoices: InvoiceRecord[];
  payments: PaymentRecord[];
  /** The calendar's days up to it are invoiced (booking changes are then locked): the month's last day. */
  invoicedThrough: string;
}

/** Bills a family's month. Not yet implemented on this branch: see the rules' helper. */
export function billingRun(input: BillingRunInput): BillingRunOutcome {
  void input;
  throw new Error('billingRun: to be implemented');
}

/** An invoice's number and transfer reference from its sequence: `F-2026-000042`, and `+++…+++` (BE) or the number (FR). */
export function invoiceNumbering(
  country: Country,
  year: number,
  sequence: number,
): Pick<InvoiceRecord, 'number' | 'reference'> {
  (void country, year, sequence);
  throw new Error('invoiceNumbering: to be implemented');
}
