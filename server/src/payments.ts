import { createHmac, randomBytes } from 'node:crypto';
import {
  acceptPaymentReturn,
  PaymentOutcomeSchema,
  PaymentReturnSchema,
  PaymentStartInputSchema,
  paymentToResume,
  PaymentStartSchema,
  type PaymentOutcome,
  type PaymentStart,
  type PaymentStatus,
} from '../../src/domain/index.js';
import { cartArticles, getCart } from './cart.js';
import type { Db } from './db.js';
import { safeEqual } from './security.js';
import { checked, invalid, KeptProblem, notFound } from './problem.js';
import {
  addHistories,
  currentParent,
  decided,
  problemOf,
  send,
  type Family,
  type ServiceOptions,
} from './requests.js';

/* Payment: with the provider (the reference server's simulated one) and back, its answer signed. */

/** The provider's signature of a payment's answer (HMAC with the server's secret). */
export function paymentSignature(secret: string, paymentId: string, status: string): string {
  return createHmac('sha256', secret).update(`payment:${paymentId}:${status}`).digest('base64url');
}

/**
 * "Payer": a payment for an unpaid article still within its deadline. The
 * parent goes to the provider (`providerUrl`) and comes back to `returnUrl`
 * with its signed answer.
 */
export async function startPayment(
  tx: Db,
  family: Family,
  articleId: string,
  input: unknown,
  options: ServiceOptions & { providerUrl: (paymentId: string) => string },
): Promise<PaymentStart> {
  const { returnUrl } = checked(PaymentStartInputSchema, input, { returnUrl: 'required' });
  const [article] = await cartArticles(tx, 'where id = $1 and family_id = $2 for update', [
    articleId,
    family.id,
  ]);
  const at = options.now();
  // The article's row is locked: a second tab's "Payer" waits here, then resumes this payment.
  const payments = await tx.query<{ id: string; status: PaymentStatus }>(
    'select id, status from payments where article_id = $1 order by created_at, id',
    [articleId],
  );
  const resumed = decided(() => paymentToResume(article, payments, at));
  const paymentId = resumed ?? `pay-${randomBytes(9).toString('base64url')}`;
  if (resumed) await tx.query('update payments set return_url = $2 where id = $1', [paymentId, returnUrl]);
  else
    await tx.query(
      `insert into payments (id, family_id, article_id, status, return_url, created_at) values ($1, $2, $3, 'started', $4, $5)`,
      [paymentId, family.id, articleId, returnUrl, at],
    );
  return PaymentStartSchema.parse({ paymentId, redirectUrl: options.providerUrl(paymentId) });
}

/**
 * Back from the provider: its signature checked, then the payment's and the
 * article's rows locked (a deadline's release or a removal in another tab
 * waits) and the domain's decision stored (see `acceptPaymentReturn`).
 */
export async function completePayment(
  tx: Db,
  family: Family,
  input: unknown,
  options: ServiceOptions & { secret: string },
): Promise<PaymentOutcome> {
  const { paymentId, status, signature } = checked(PaymentReturnSchema, input);
  const expected = paymentSignature(options.secret, paymentId, status);
  if (!safeEqual(signature, expected)) throw invalid([{ field: 'signature', code: 'payment.signature' }]);
  const [payment] = await tx.query<{ articleId: string; status: PaymentStatus; refundDue: boolean }>(
    `select article_id as "articleId", status, refund_due as "refundDue" from payments
      where id = $1 and family_id = $2 for update`,
    [paymentId, family.id],
  );
  if (!payment) throw notFound('payment.not-found');
  const [article] = await cartArticles(tx, 'where id = $1 for update', [payment.articleId]);
  if (!article) throw notFound('article.not-found');
  const parent = await currentParent(tx, family.id);
  const at = options.now();
  const outcome = decided(() =>
    acceptPaymentReturn({
      payment,
      answer: status,
      article,
      to: family.email ?? parent?.email,
      firstName: parent?.firstName ?? '',
      now: at,
    }),
  );
  if (outcome.payment)
    await tx.query('update payments set status = $2, completed_at = $3, refund_due = $4 where id = $1', [
      paymentId,
      outcome.payment.status,
      at,
      outcome.payment.refundDue,
    ]);
  if (outcome.articleStatus)
    await tx.query('update cart_articles set status = $2 where id = $1', [article.id, outcome.articleStatus]);
  if (outcome.accepted.length > 0)
    await tx.query("update requests set status = 'accepted' where id = any($1::text[])", [outcome.accepted]);
  await addHistories(tx, outcome.history);
  for (const mail of outcome.mails) await send(tx, mail, mail.requestId, options);
  // Kept: the transaction commits (the payment stays recorded for the refund), then the refusal is answered.
  if (outcome.refusal) {
    const problem = problemOf(outcome.refusal);
    throw new KeptProblem(problem.status, problem.type, problem.code);
  }
  const [paid] = await cartArticles(tx, 'where id = $1', [article.id]);
  return PaymentOutcomeSchema.parse({
    status: outcome.status,
    article: paid,
    cart: await getCart(tx, family),
  });
}
