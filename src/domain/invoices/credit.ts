import type { Country } from '../commune.js';
import { invoiceNumbering } from './billing.js';
import type { InvoiceRecord, PaymentRecord } from './records.js';
import { paidByInvoice } from './summary.js';

/*
 * A dispute the service accepts: a credit note of the invoice's total, used
 * at once against what is still owed on it. What the family paid stays a
 * credit of the family (the credit note's balance), for its next invoices.
 */

/** What the credit note needs besides the invoice. */
export interface DisputeCreditInput {
  country: Country;
  /** The family's invoices so far: an invoice credited before is not credited twice. */
  existing: readonly InvoiceRecord[];
  /** The family's payments (what was paid against the invoice). */
  payments: readonly PaymentRecord[];
  /** The commune's today: the credit note's issue date. */
  today: string;
  now: Date;
  /** The backend's next invoice number and id (a sequence): asked only when a credit note is issued. */
  next: () => { id: string; sequence: number };
}

/** The credit note and its use against the invoice; `issued` false: the invoice's earlier credit note, nothing new. */
export interface DisputeCredit {
  credit: InvoiceRecord;
  use: PaymentRecord[];
  issued: boolean;
}

/** Where a credit note of the invoice comes from: a backend stores one per family and source. */
export const creditSource = (invoiceId: string) => `credit:${invoiceId}`;

/**
 * The credit note of `record`'s total (its lines negated) and, while the
 * invoice is open and something is owed on it, the credit note's use
 * settling that: +owed to the invoice, −owed to the credit note. An invoice
 * already credited gives its credit note back, with no new use.
 */
export function disputeCredit(record: InvoiceRecord, input: DisputeCreditInput): DisputeCredit {
  const source = creditSource(record.id);
  const earlier = input.existing.find(
    (candidate) => candidate.familyId === record.familyId && candidate.source === source,
  );
  if (earlier) return { credit: earlier, use: [], issued: false };
  const { id, sequence } = input.next();
  const credit: InvoiceRecord = {
    ...record,
    id,
    ...invoiceNumbering(input.country, Number(input.today.slice(0, 4)), sequence),
    issuedOn: input.today,
    dueOn: input.today,
    lines: record.lines.map((line, index) => ({
      ...line,
      id: `${id}-${index + 1}`,
      quantity: -line.quantity,
      amountCents: -line.amountCents,
    })),
    totalCents: -record.totalCents,
    status: 'open',
    transferredTo: undefined,
    closedOn: undefined,
    credits: record.id,
    disputeRequestId: undefined,
    days: undefined,
    source,
  };
  const paid = Math.max(0, paidByInvoice(input.payments).get(record.id) ?? 0);
  const owedCents = record.status === 'open' ? record.totalCents - paid : 0;
  const at = input.now.toISOString();
  const use: PaymentRecord[] =
    owedCents > 0
      ? [
          {
            id: `credit-use-${id}`,
            familyId: record.familyId,
            method: 'credit-note',
            status: 'paid',
            allocations: [
              { invoiceId: record.id, amountCents: owedCents },
              { invoiceId: id, amountCents: -owedCents },
            ],
            amountCents: owedCents,
            startedAt: at,
            completedAt: at,
          },
        ]
      : [];
  return { credit, use, issued: true };
}
