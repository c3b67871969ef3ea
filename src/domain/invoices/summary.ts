import type { InvoiceState, InvoiceSummary, NotPayableReason, Regie } from '../invoice.js';
import type { InvoiceRecord, PaymentRecord } from './records.js';
import { schoolYearOf } from './school-year.js';

/** How long a started online payment holds its invoices (a parent gone from the provider's page). */
export const paymentHoldMinutes = 30;

/** What was paid against each invoice (payments paid), by invoice id. */
export function paidByInvoice(payments: readonly PaymentRecord[]): Map<string, number> {
  const paid = new Map<string, number>();
  for (const payment of payments)
    if (payment.status === 'paid')
      for (const { invoiceId, amountCents } of payment.allocations)
        paid.set(invoiceId, (paid.get(invoiceId) ?? 0) + amountCents);
  return paid;
}

/** The started payment holding an invoice now, if any, and until when. */
export function holdingPayment(
  invoiceId: string,
  payments: readonly PaymentRecord[],
  now: Date,
): { payment: PaymentRecord; until: Date } | undefined {
  for (const payment of payments) {
    if (payment.status !== 'started' || !payment.allocations.some((a) => a.invoiceId === invoiceId)) continue;
    const until = new Date(Date.parse(payment.startedAt) + paymentHoldMinutes * 60_000);
    if (until > now) return { payment, until };
  }
  return undefined;
}

export interface SummaryContext {
  regies: ReadonlyMap<
    string,
    Regie & { treasury?: InvoiceSummary['payWhere']; bailiff?: InvoiceSummary['payWhere'] }
  >;
  /** Every payment of the family (or at least those touching the invoice). */
  payments: readonly PaymentRecord[];
  /** The commune takes payments online. */
  onlinePayment: boolean;
  /** The commune's today (its time zone). */
  today: string;
  now: Date;
}

/** An invoice as the family sees it: its state, balance, whether and how it can be paid. */
export function summarize(record: InvoiceRecord, context: SummaryContext): InvoiceSummary {
  const paidCents = Math.max(0, paidByInvoice(context.payments).get(record.id) ?? 0);
  const creditNote = record.totalCents < 0;
  // A credit note's balance is what is left of it to use (payments of kind credit-note take it back to zero).
  const used = creditNote
    ? -context.payments
        .filter((payment) => payment.status === 'paid')
        .flatMap((payment) => payment.allocations)
        .filter((allocation) => allocation.invoiceId === record.id && allocation.amountCents < 0)
        .reduce((sum, allocation) => sum + allocation.amountCents, 0)
    : 0;
  const open = record.status === 'open';
  const balanceCents = !open ? 0 : creditNote ? record.totalCents + used : record.totalCents - paidCents;
  const state: InvoiceState =
    record.status === 'cancelled'
      ? 'cancelled'
      : record.status === 'transferred'
        ? 'transferred'
        : creditNote
          ? balanceCents === 0
            ? 'paid'
            : 'unpaid'
          : balanceCents <= 0
            ? 'paid'
            : paidCents > 0
              ? 'partly-paid'
              : 'unpaid';
  const owed = !creditNote && (state === 'unpaid' || state === 'partly-paid');
  const hold = owed ? holdingPayment(record.id, context.payments, context.now) : undefined;
  const notPayable: NotPayableReason | undefined =
    record.status === 'transferred'
      ? record.transferredTo === 'bailiff'
        ? 'transferred-bailiff'
        : 'transferred-treasury'
      : !owed
        ? 'settled'
        : hold
          ? 'payment-in-flight'
          : !context.onlinePayment
            ? 'online-unavailable'
            : undefined;
  const regie = context.regies.get(record.regieId);
  const payWhere =
    record.status === 'transferred'
      ? record.transferredTo === 'bailiff'
        ? regie?.bailiff
        : regie?.treasury
      : undefined;
  return {
    id: record.id,
    number: record.number,
    regie: { id: record.regieId, name: regie?.name ?? record.regieId },
    issuedOn: record.issuedOn,
    dueOn: record.dueOn,
    periodFrom: record.periodFrom,
    periodTo: record.periodTo,
    schoolYear: schoolYearOf(record.periodFrom),
    children: record.children,
    totalCents: record.totalCents,
    paidCents,
    balanceCents,
    state,
    overdue: owed && record.dueOn < context.today,
    disputed: record.disputeRequestId !== undefined,
    creditNote,
    payableOnline: notPayable === undefined,
    ...(notPayable ? { notPayable } : {}),
    ...(payWhere ? { payWhere } : {}),
    ...(hold ? { lockedUntil: hold.until.toISOString() } : {}),
    reference: record.reference,
  };
}

/**
 * The family's balance: what every open invoice still asks, less what open
 * credit notes still give (negative: a credit), and of it what is overdue (a
 * credit first pays what is late: never "you owe 128 €, of which 132 € late").
 */
export function familyBalance(summaries: readonly InvoiceSummary[]): {
  balanceCents: number;
  overdueCents: number;
} {
  let balanceCents = 0;
  let overdueCents = 0;
  for (const invoice of summaries) {
    if (invoice.state === 'cancelled' || invoice.state === 'transferred') continue;
    balanceCents += invoice.balanceCents;
    if (invoice.overdue) overdueCents += Math.max(0, invoice.balanceCents);
  }
  return { balanceCents, overdueCents: Math.min(overdueCents, Math.max(0, balanceCents)) };
}

/** Invoices newest first: by issue date, then number. */
export function newestFirst<T extends { issuedOn: string; number: string }>(invoices: readonly T[]): T[] {
  return [...invoices].sort((a, b) =>
    a.issuedOn === b.issuedOn ? b.number.localeCompare(a.number) : b.issuedOn.localeCompare(a.issuedOn),
  );
}
