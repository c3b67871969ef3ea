import {
  acceptPaymentReturn,
  paymentToResume,
  closeRequests as closeRequestsDecision,
  closingPreview,
  expireArticle,
  isResident,
  newTrackingCode,
  removeCartArticle as removeCartArticleDecision,
  type Camp,
  type Cart,
  type ClosingPreview,
  type EnrolmentDraft,
  type EnrolmentDraftInput,
  type PaymentOutcome,
  type PaymentReturn,
  type PaymentStart,
} from '../../domain/index.js';
import { AdapterError } from '../errors.js';
import { release } from './enrolments-desk.js';
import { communes } from '../../demo-data/index.js';
import {
  adapterError,
  appendHistory,
  decided,
  KeptRefusal,
  type CampsLoaded,
  type Desk,
} from './memory-state.js';

/* The cart's desk: closing, the cart, its deadline, payment, and enrolment drafts. */

/** The family's open camp requests (not in a cart yet), priced. */
export function closing(desk: Desk, camps: readonly Camp[]): ClosingPreview {
  const { state } = desk;
  const closed = new Set(
    (state.cart ?? [])
      .filter((article) => article.status !== 'removed')
      .flatMap((article) => article.requestIds),
  );
  const requestIds = state.family.requests
    .filter(
      (request) =>
        request.kind === 'camp-enrolment' && request.status === 'pending' && !closed.has(request.id),
    )
    .map((request) => request.id);
  const booked = (state.bookings ?? []).filter((day) => requestIds.includes(day.requestId));
  const children = state.children.map(({ id, identity }) => ({ id, ...identity }));
  const resident = isResident(communes[desk.profile].postcodes, state.family.parent?.address.postcode);
  return closingPreview(camps, booked, children, requestIds, resident);
}

export function closeRequests(desk: Desk, camps: readonly Camp[]): Cart {
  const preview = closing(desk, camps);
  const cart = (desk.state.cart ??= []);
  const { article, history } = decided(() =>
    closeRequestsDecision({
      preview,
      camps,
      requests: desk.state.family.requests.filter((request) => preview.requestIds.includes(request.id)),
      now: desk.now(),
    }),
  );
  appendHistory(desk, history);
  cart.push({ id: `art-${cart.length + 1}`, ...article });
  return cartNow(desk);
}

/** The cart's unpaid articles and their total. */
export function cartNow(desk: Desk): Cart {
  const articles = (desk.state.cart ?? []).filter((article) => article.status === 'unpaid');
  return {
    articles,
    currency: 'EUR',
    totalCents: articles.reduce((sum, article) => sum + article.amountCents, 0),
  };
}

/** Unpaid articles past their deadline, released as the server releases them. Run before reading the cart. */
export function releaseExpired(desk: Desk, loaded: CampsLoaded): void {
  const now = desk.now();
  for (const article of desk.state.cart ?? []) {
    const expired = expireArticle(article, undefined, now);
    if (!expired) continue;
    article.status = expired.status;
    release(desk, loaded, expired.release);
  }
}

export function removeCartArticle(desk: Desk, loaded: CampsLoaded, articleId: string): Cart {
  const article = desk.state.cart?.find((candidate) => candidate.id === articleId);
  const removed = decided(() => removeCartArticleDecision(article, desk.now()));
  article!.status = removed.status;
  // Freed places go to the families waiting for them, as after a deadline.
  release(desk, loaded, removed.release);
  return cartNow(desk);
}

/** The demo provider's answer for a payment: its query parameters on the return URL, "signed". */
export function simulatedAnswer(paymentId: string, status: PaymentReturn['status']): PaymentReturn {
  return { paymentId, status, signature: `memory:${paymentId}:${status}` };
}

/**
 * The demo's provider pays at once: `redirectUrl` is `returnUrl` with a
 * paid answer (see `simulatedAnswer` to answer otherwise in tests).
 */
export function startPayment(desk: Desk, articleId: string, returnUrl: string): PaymentStart {
  const article = desk.state.cart?.find((candidate) => candidate.id === articleId);
  const payments = (desk.state.payments ??= []);
  const resumed = decided(() =>
    paymentToResume(
      article,
      payments.filter((payment) => payment.articleId === articleId),
      desk.now(),
    ),
  );
  const paymentId = resumed ?? `pay-${payments.length + 1}`;
  if (!resumed) payments.push({ id: paymentId, articleId, status: 'started' });
  const url = new URL(returnUrl, 'http://localhost/');
  for (const [name, value] of Object.entries(simulatedAnswer(paymentId, 'paid')))
    url.searchParams.set(name, value);
  return {
    paymentId,
    redirectUrl: /^[a-z]+:/i.test(returnUrl) ? url.toString() : `${url.pathname}${url.search}${url.hash}`,
  };
}

/** Back from the demo's provider: its "signature" checked, then the decision on the return. */
export function completePayment(desk: Desk, answer: PaymentReturn): PaymentOutcome {
  const { paymentId, status, signature } = answer;
  const payment = desk.state.payments?.find((candidate) => candidate.id === paymentId);
  if (!payment) throw new AdapterError({ type: 'not-found', code: 'payment.not-found' });
  if (signature !== simulatedAnswer(paymentId, status).signature)
    throw new AdapterError({ type: 'validation', code: 'payment.signature' });
  const article = desk.state.cart?.find((candidate) => candidate.id === payment.articleId);
  if (!article) throw new AdapterError({ type: 'not-found', code: 'article.not-found' });
  const outcome = decided(() =>
    acceptPaymentReturn({
      payment: { status: payment.status, refundDue: payment.refundDue ?? false },
      answer: status,
      article,
      to: undefined,
      firstName: desk.state.family.parent?.firstName ?? '',
      now: desk.now(),
    }),
  );
  if (outcome.payment) {
    payment.status = outcome.payment.status;
    if (outcome.payment.refundDue) payment.refundDue = true;
  }
  // Released at its deadline or removed meanwhile: the payment stays recorded and the parent is told.
  if (outcome.refusal) throw new KeptRefusal(adapterError(outcome.refusal));
  if (outcome.articleStatus) article.status = outcome.articleStatus;
  for (const request of desk.state.family.requests.filter((r) => outcome.accepted.includes(r.id)))
    request.status = 'accepted';
  appendHistory(desk, outcome.history);
  return { status: outcome.status, article, cart: cartNow(desk) };
}

export function saveEnrolmentDraft(desk: Desk, body: EnrolmentDraftInput): EnrolmentDraft {
  const drafts = (desk.state.drafts ??= []);
  let trackingCode = body.trackingCode;
  if (trackingCode) {
    if (!drafts.some((draft) => draft.trackingCode === trackingCode))
      throw new AdapterError({ type: 'not-found', code: 'draft.not-found' });
  } else {
    const taken = new Set(drafts.map((draft) => draft.trackingCode));
    do trackingCode = newTrackingCode((bytes) => crypto.getRandomValues(new Uint8Array(bytes)));
    while (taken.has(trackingCode));
  }
  const draft = { ...body, trackingCode, updatedAt: desk.now().toISOString() };
  desk.state.drafts = [...drafts.filter((other) => other.trackingCode !== trackingCode), draft];
  return draft;
}

export function deleteEnrolmentDraft(desk: Desk, trackingCode: string): { trackingCode: string } {
  if (!desk.state.drafts?.some((draft) => draft.trackingCode === trackingCode))
    throw new AdapterError({ type: 'not-found', code: 'draft.not-found' });
  desk.state.drafts = desk.state.drafts.filter((draft) => draft.trackingCode !== trackingCode);
  return { trackingCode };
}
