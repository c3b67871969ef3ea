import type { LocalizedText } from '../localized-text.js';
import type { InvoiceLine, InvoiceReference, Regie } from '../invoice.js';

/*
 * Invoices as a backend keeps them. What the family sees (states, balances,
 * what can be paid and how) is derived from these by `summarize` and the
 * payment rules, the same way in every backend.
 */

/** A service that invoices, and where its invoices are paid by transfer. */
export interface RegieSettings extends Regie {
  beneficiary: string;
  iban: string;
  bic?: string | undefined;
  /** Days between an invoice's issue and its due date. */
  paymentDays: number;
  /** Where a transferred invoice is paid, per kind of transfer, in the commune's words. */
  treasury?: LocalizedText | undefined;
  bailiff?: LocalizedText | undefined;
}

/** One invoice, or a credit note (a negative total), as issued: immutable but for its status. */
export interface InvoiceRecord {
  id: string;
  familyId: string;
  number: string;
  regieId: string;
  issuedOn: string;
  dueOn: string;
  periodFrom: string;
  periodTo: string;
  children: { id: string; firstName: string }[];
  lines: InvoiceLine[];
  totalCents: number;
  reference: InvoiceReference;
  /** `open` while its balance is owed or due back; the service cancels or transfers it. */
  status: 'open' | 'cancelled' | 'transferred';
  transferredTo?: 'treasury' | 'bailiff' | undefined;
  /** When it was cancelled or transferred. */
  closedOn?: string | undefined;
  /** A credit note: the invoice it credits. */
  credits?: string | undefined;
  /** The pending request contesting it. */
  disputeRequestId?: string | undefined;
  /** Per child, the days of care it bills (tax certificates count days, not lines). */
  days?: { childId: string; dates: string[] }[] | undefined;
  /** Where the billing run took it from (a month of bookings, a cart article): a second run finds it. */
  source: string;
}

/** Money paid against invoices: online, by transfer or in cash, or a credit note used. */
export interface PaymentRecord {
  id: string;
  familyId: string;
  method: 'online' | 'transfer' | 'cash' | 'credit-note';
  /** Online: `started` until the provider's signed answer. */
  status: 'started' | 'paid' | 'refused' | 'cancelled';
  /** What goes to each invoice (a credit note's use: negative on the credit note). */
  allocations: { invoiceId: string; amountCents: number }[];
  amountCents: number;
  startedAt: string;
  completedAt?: string | undefined;
  returnUrl?: string | undefined;
}
