/** The query parameters of the payment provider's signed answer, on the page it brings the parent back to. */
export const paymentAnswerParameters = ['paymentId', 'status', 'signature'] as const;

/** Whether the page's address carries the payment provider's answer (the cart then completes the payment). */
export function hasPaymentAnswer(search = globalThis.location?.search ?? ''): boolean {
  const parameters = new URLSearchParams(search);
  return paymentAnswerParameters.every((name) => parameters.has(name));
}
