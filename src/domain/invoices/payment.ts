import { conflictRefusal, notFoundRefusal } from '../decisions/refusal.js';
import type { InvoiceSummary } from '../invoice.js';
import type { PaymentRecord } from './records.js';
import { paymentHoldMinutes } from './summary.js';

/**
 * "Payer" for the invoices chosen: each must be the family's (else not found,
 * as another family's ids are), owed and payable online now. A started
 * payment of exactly these invoices is resumed (a second tab, a double click
 * with a new key); one holding any of them otherwise refuses. Answers the
 * allocations of the new payment, or the payment to resume.
 */
export function invoicePaymentStart(
  chosen: readonly string[],
  summaries: ReadonlyMap<string, InvoiceSummary>,
  payments: readonly PaymentRecord[],
  onlinePayment: boolean,
): { resume: PaymentRecord } | { allocations: PaymentRecord['allocations']; amountCents: number } {
  const ids = [...new Set(chosen)];
  const invoices = ids.map((id) => summaries.get(id));
  if (invoices.some((invoice) => invoice === undefined)) throw notFoundRefusal('invoice.not-found');
  if (!onlinePayment) throw conflictRefusal('payment.unavailable');
  const owed = invoices as InvoiceSummary[];
  const held = owed.filter((invoice) => invoice.notPayable === 'payment-in-flight');
  if (held.length > 0) {
    // The payment holding them now: an older one of the same invoices, its hold over, is not resumed
    // (a started payment holds until its hold's end, which the summaries tell as `lockedUntil`).
    const holdsThem = (payment: PaymentRecord) =>
      held.every(
        (invoice) =>
          invoice.lockedUntil !== undefined &&
          Date.parse(payment.startedAt) + paymentHoldMinutes * 60_000 >= Date.parse(invoice.lockedUntil),
      );
    const same = payments.find(
      (payment) =>
        payment.status === 'started' &&
        payment.allocations.length === ids.length &&
        payment.allocations.every((allocation) => ids.includes(allocation.invoiceId)) &&
        held.length === ids.length &&
        holdsThem(payment),
    );
    if (same) return { resume: same };
    throw conflictRefusal('invoice.payment-in-flight');
  }
  if (owed.some((invoice) => !invoice.payableOnline || invoice.balanceCents <= 0))
    throw conflictRefusal('invoice.not-payable');
  const allocations = owed.map((invoice) => ({ invoiceId: invoice.id, amountCents: invoice.balanceCents }));
  return {
    allocations,
    amountCents: allocations.reduce((sum, allocation) => sum + allocation.amountCents, 0),
  };
}

/**
 * The provider's signed answer (the signature checked by the backend). A
 * payment answers once: a replayed return finds it settled and answers what
 * it became, changing nothing. A payment the provider confirms is recorded
 * even if the hold expired meanwhile (money received is never refused); an
 * invoice it overpays then shows a credit.
 */
export function invoicePaymentReturn(
  payment: PaymentRecord | undefined,
  answer: 'paid' | 'refused' | 'cancelled',
  now: Date,
): { status: 'paid' | 'refused' | 'cancelled'; update?: Pick<PaymentRecord, 'status' | 'completedAt'> } {
  if (!payment || payment.method !== 'online') throw notFoundRefusal('payment.not-found');
  if (payment.status !== 'started') return { status: payment.status };
  return { status: answer, update: { status: answer, completedAt: now.toISOString() } };
}
