/** The query parameters of the payment provider's signed answer, on the page it brings the parent back to. */
export const paymentAnswerParameters = ['paymentId', 'status', 'signature'] as const;

/**
 * What a payment was for, marked on its return address: the cart's (no mark,
 * as before) or the invoices' (`payment-for=invoices`, which `<invoice-list>`
 * adds). A page may show the cart and the invoices together: each element
 * records only its own answers.
 */
export const paymentForParameter = 'payment-for';
export type PaymentPurpose = 'cart' | 'invoices';

/** What the answer in `search` pays for. */
export function paymentPurpose(search = globalThis.location?.search ?? ''): PaymentPurpose {
  return new URLSearchParams(search).get(paymentForParameter) === 'invoices' ? 'invoices' : 'cart';
}

/**
 * Whether the page's address carries the payment provider's answer for
 * `purpose` (the cart's by default: the cart then completes the payment).
 */
export function hasPaymentAnswer(
  search = globalThis.location?.search ?? '',
  purpose: PaymentPurpose = 'cart',
): boolean {
  const parameters = new URLSearchParams(search);
  return paymentAnswerParameters.every((name) => parameters.has(name)) && paymentPurpose(search) === purpose;
}
