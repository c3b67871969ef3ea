import { AdapterError, isAbort, type FamilyPortalAdapter } from '../../adapter/index.js';
import type { InvoicePaymentOutcome, InvoiceSummary, PaymentReturn } from '../../domain/index.js';
import type { ActionController } from '../../shared/controllers/index.js';
import { DraftStore, type PendingAction } from '../../shared/draft.js';
import * as shape from '../../shared/shape.js';
import type { FpInvoiceCheckoutDetail, FpInvoicePaidDetail } from './events.js';
import { invoiceReturnUrl, returnFailure, selectedTotal } from './invoice-model.js';

/*
 * Paying invoices online: "Payer" starts the payment once (its key kept in
 * the tab across a reload), the provider brings the parent back with its
 * answer, which the service records once.
 */

/** The payment's key, kept in the tab across a reload: "Payer" pressed again replays, never pays twice. */
export const paymentKeys = new DraftStore<PendingAction>(
  'fp-invoice-list:payment',
  shape.object({ key: shape.filled(), fingerprint: shape.filled() }),
);

/**
 * Starts the payment of `invoices` once (the submission's key): what
 * `fp-checkout` tells, with the provider's address; undefined when it failed
 * (the submission shows it) or was already sending.
 */
export async function startPayment(
  adapter: FamilyPortalAdapter,
  submission: ActionController,
  invoices: readonly InvoiceSummary[],
  returnUrl: string | undefined,
): Promise<FpInvoiceCheckoutDetail | undefined> {
  const invoiceIds = invoices.map((invoice) => invoice.id);
  const input = { invoiceIds, returnUrl: invoiceReturnUrl(returnUrl, location.href) };
  const sent = await submission.send((idempotencyKey) => adapter.payInvoices(input, { idempotencyKey }), {
    payload: input,
    operation: 'pay',
  });
  if (!sent) return undefined;
  return {
    invoiceIds,
    amountCents: selectedTotal(invoices, new Set(invoiceIds)),
    currency: 'EUR',
    redirectUrl: sent.value.redirectUrl,
  };
}

/**
 * What recording the provider's answer gave: the outcome, or the failure
 * (`retry`: a passing one, the answer kept; `unverified`: refused for good,
 * the answer dropped and said).
 */
export type PaymentRecord =
  { outcome: InvoicePaymentOutcome } | { error: AdapterError; failure: 'retry' | 'unverified' };

/** Records the provider's answer, once: its key comes from the payment, so a reload or "Réessayer" replays it. */
export async function recordPayment(
  adapter: FamilyPortalAdapter,
  answer: PaymentReturn,
  signal: AbortSignal,
): Promise<PaymentRecord> {
  try {
    const outcome = await adapter.completeInvoicePayment(answer, {
      idempotencyKey: `invoice-payment-return-${answer.paymentId}`,
      signal,
    });
    return { outcome };
  } catch (caught) {
    if (isAbort(caught)) throw caught;
    const error = AdapterError.from(caught);
    return { error, failure: returnFailure(error) };
  }
}

/** What `fp-paid` tells of a paid outcome. */
export const paidDetail = (outcome: InvoicePaymentOutcome): FpInvoicePaidDetail => ({
  invoiceIds: outcome.invoices.map((invoice) => invoice.id),
  amountCents: outcome.amountCents,
  currency: 'EUR',
  balanceCents: outcome.balanceCents,
});
