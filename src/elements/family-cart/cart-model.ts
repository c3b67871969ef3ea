import type { AdapterError } from '../../adapter/index.js';
import type { Cart, CartArticle, PaymentReturn } from '../../domain/index.js';
import { paymentAnswerParameters, paymentPurpose } from '../../shared/payment-return.js';
import * as shape from '../../shared/shape.js';

/** The provider's answer as the return address carries it (the service checks its signature). */
const answerShape: shape.Shape<PaymentReturn> = shape.object({
  paymentId: shape.filled(),
  status: shape.literals(['paid', 'refused', 'cancelled']),
  signature: shape.filled(),
});

/** The provider's answer that `href` carries, when it carries a whole one for the cart (not the invoices'). */
export function answerIn(href: string): PaymentReturn | undefined {
  const url = new URL(href);
  if (paymentPurpose(url.search) !== 'cart') return undefined;
  const search = url.searchParams;
  const parsed = answerShape.safeParse(
    Object.fromEntries(paymentAnswerParameters.map((name) => [name, search.get(name) ?? undefined])),
  );
  return parsed.success ? parsed.data : undefined;
}

/** `href` without the provider's answer; the rest of its query and its hash are kept. */
export function withoutAnswer(href: string): string {
  const url = new URL(href);
  for (const name of paymentAnswerParameters) url.searchParams.delete(name);
  return url.href;
}

const hourMs = 3_600_000;

/** What is left before a deadline: whole days and hours, less than an hour, or nothing. */
export type TimeLeft = { days: number; hours: number } | 'under-an-hour' | 'over';

/** What is left before `dueAt`. */
export function timeLeft(dueAt: string, now: number): TimeLeft {
  const left = Date.parse(dueAt) - now;
  if (left <= 0) return 'over';
  const hours = Math.floor(left / hourMs);
  return hours === 0 ? 'under-an-hour' : { days: Math.floor(hours / 24), hours: hours % 24 };
}

/** Less than a day left (or none): the time left is shown as urgent. */
export function isUrgent(left: TimeLeft): boolean {
  return typeof left === 'string' || left.days === 0;
}

/** What the element says at the top of the cart after something happened to it. */
export type Notice =
  | { kind: 'paid'; article: CartArticle; email: string | undefined }
  | { kind: 'refused' | 'cancelled'; article: CartArticle }
  /** The provider's answer failed its check (`unverified`) or names no payment the service knows (`unknown`). */
  | { kind: 'unverified' | 'unknown'; error: AdapterError }
  /**
   * The service refused the answer for good (a payment back after the article
   * was released at its deadline or removed: `article.not-payable`, to refund).
   */
  | { kind: 'refused-return'; error: AdapterError }
  | { kind: 'removed' | 'expired' };

/** "Payer" or "Retirer" on an article: the payload its idempotency key is kept for. */
export type Action =
  { kind: 'pay'; articleId: string; returnUrl: string } | { kind: 'remove'; articleId: string };

/** The cart a removal answered, shown until the next read (`over`: the read it replaced). */
export interface Written {
  cart: Cart;
  over: Cart | undefined;
}

/** The cart shown: the last read, or what a removal answered since. */
export function shownCart(read: Cart | undefined, written: Written | undefined): Cart | undefined {
  return written && written.over === read ? written.cart : read;
}

/**
 * Why the articles of `before` missing from `after` went: `expired` when one
 * was past its deadline (the service released it), `emptied` when the cart is
 * now empty, `other` else; undefined when none went.
 */
export function whyGone(
  before: readonly CartArticle[],
  after: Cart,
  now: number,
): 'expired' | 'emptied' | 'other' | undefined {
  const gone = before.filter((article) => !after.articles.some((other) => other.id === article.id));
  if (gone.length === 0) return undefined;
  if (gone.some((article) => Date.parse(article.dueAt) <= now)) return 'expired';
  return after.articles.length === 0 ? 'emptied' : 'other';
}

/** The articles past their deadline not yet seen so (`seen`: their ids). */
export function newlyDue(
  articles: readonly CartArticle[],
  now: number,
  seen: ReadonlySet<string>,
): CartArticle[] {
  return articles.filter((article) => Date.parse(article.dueAt) <= now && !seen.has(article.id));
}

/**
 * How the provider's answer failed to be recorded: `retry` keeps it (a
 * passing failure, thrown again), otherwise the notice to show.
 */
export function returnFailure(error: AdapterError): 'retry' | 'refused-return' | 'unverified' | 'unknown' {
  const final = error.type === 'conflict' && !error.retryable;
  if (error.type !== 'validation' && error.type !== 'not-found' && !final) return 'retry';
  return final ? 'refused-return' : error.type === 'validation' ? 'unverified' : 'unknown';
}
