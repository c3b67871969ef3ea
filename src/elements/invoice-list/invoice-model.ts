import type { AdapterError } from '../../adapter/index.js';
import type { InvoicePaymentOutcome, InvoiceSummary, PaymentReturn } from '../../domain/index.js';
import { paymentAnswerParameters, paymentForParameter, paymentPurpose } from '../../shared/payment-return.js';
import * as shape from '../../shared/shape.js';

/** Which invoices the list shows. */
export type InvoiceFilterKind = 'to-pay' | 'paid' | 'all';
/**
 * How many invoices the list draws at once: a family's year fits, and a
 * history of a thousand stays quick to show; "Afficher … de plus" adds as many.
 */
export const listPage = 50;

export const filterKinds: readonly InvoiceFilterKind[] = ['to-pay', 'paid', 'all'];

/** The sections of the element. */
export type InvoiceSection = 'invoices' | 'statement' | 'certificates';

/** Something is left to pay on it (here or elsewhere). */
export const toPay = (invoice: InvoiceSummary) => invoice.balanceCents > 0 && invoice.state !== 'cancelled';

/** The invoices `filter` keeps, in the order given (newest first). */
export function filtered(invoices: readonly InvoiceSummary[], filter: InvoiceFilterKind): InvoiceSummary[] {
  if (filter === 'all') return [...invoices];
  return invoices.filter((invoice) => (filter === 'to-pay' ? toPay(invoice) : !toPay(invoice)));
}

/** Whether the parent may select it for a payment online. */
export const selectable = (invoice: InvoiceSummary, onlinePayment: boolean) =>
  onlinePayment && invoice.payableOnline && invoice.balanceCents > 0;

/** What the selected invoices (by id, among `invoices`) come to. */
export function selectedTotal(invoices: readonly InvoiceSummary[], selected: ReadonlySet<string>): number {
  let total = 0;
  for (const invoice of invoices) if (selected.has(invoice.id)) total += invoice.balanceCents;
  return total;
}

/** The state words and colour an invoice is shown with: the most telling first. */
export type ShownState = InvoiceSummary['state'] | 'overdue' | 'disputed' | 'credit-note';
export function shownStates(invoice: InvoiceSummary): ShownState[] {
  const states: ShownState[] = [invoice.creditNote ? 'credit-note' : invoice.state];
  if (invoice.overdue) states.push('overdue');
  if (invoice.disputed) states.push('disputed');
  return states;
}

/** The provider's answer as the return address carries it (the service checks its signature). */
const answerShape: shape.Shape<PaymentReturn> = shape.object({
  paymentId: shape.filled(),
  status: shape.literals(['paid', 'refused', 'cancelled']),
  signature: shape.filled(),
});

/** The provider's answer for the invoices that `href` carries (never the cart's). */
export function invoiceAnswerIn(href: string): PaymentReturn | undefined {
  const url = new URL(href);
  if (paymentPurpose(url.search) !== 'invoices') return undefined;
  const parsed = answerShape.safeParse(
    Object.fromEntries(
      paymentAnswerParameters.map((name) => [name, url.searchParams.get(name) ?? undefined]),
    ),
  );
  return parsed.success ? parsed.data : undefined;
}

/** `href` without the provider's answer nor its mark; the rest of its query and its hash are kept. */
export function withoutInvoiceAnswer(href: string): string {
  const url = new URL(href);
  for (const name of [...paymentAnswerParameters, paymentForParameter]) url.searchParams.delete(name);
  return url.href;
}

/** Where the provider brings the parent back: `base` (this page by default), marked as the invoices' payment. */
export function invoiceReturnUrl(base: string | undefined, here: string): string {
  const url = new URL(base ?? withoutInvoiceAnswer(here), here);
  url.searchParams.set(paymentForParameter, 'invoices');
  // A path given stays a path; an absolute address stays absolute.
  return base && !/^[a-z][a-z0-9+.-]*:/i.test(base) ? `${url.pathname}${url.search}${url.hash}` : url.href;
}

/** What the element says at the top after a payment's return. */
export type Notice =
  | { kind: 'paid'; outcome: InvoicePaymentOutcome }
  | { kind: 'refused' | 'cancelled'; outcome: InvoicePaymentOutcome }
  | { kind: 'unverified'; error: AdapterError };

/** How a return failed: `retry` keeps the answer (a passing failure); otherwise it is dropped and said. */
export function returnFailure(error: AdapterError): 'retry' | 'unverified' {
  const final = error.type === 'validation' || error.type === 'not-found' || error.type === 'conflict';
  return final ? 'unverified' : 'retry';
}

/** A file's size in the parent's unit: "14 ko", "1,2 Mo" (`size`: the number, the unit's key). */
export function fileSize(bytes: number, locale: string): { key: 'kb' | 'mb'; size: string } {
  if (bytes < 1_000_000) return { key: 'kb', size: String(Math.max(1, Math.round(bytes / 1000))) };
  return {
    key: 'mb',
    size: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1_000_000),
  };
}
