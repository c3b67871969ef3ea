import type { Camp } from '../camp.js';
import { cartLabel, type CartArticle, type ClosingPreview } from '../camp-enrolment.js';
import type { CommuneSettings } from '../commune.js';
import type { StatusHistoryEntry } from '../request.js';
import { history } from './history.js';
import { mails } from './mails.js';
import { conflictRefusal, notFoundRefusal, type Mail, type Refusal } from './refusal.js';

type Commune = Pick<CommuneSettings, 'name' | 'serviceName' | 'language'>;

/** History entries to append, request by request. */
export type RequestEntries = { requestId: string; entries: StatusHistoryEntry[] }[];

/** What "Clôturer mes demandes" needs: the preview of the open requests, their camps and numbers. */
export interface ClosingState {
  preview: ClosingPreview;
  camps: readonly Camp[];
  /** The requests of the preview, in the order they were made. */
  requests: readonly { id: string; number: string }[];
  now: Date;
}

/**
 * Every open camp request closed together into one unpaid cart article with
 * their total, to pay within the camps' delay (the shortest when several
 * camps are closed together).
 */
export function closeRequests(state: ClosingState): {
  /** The backend gives it its id. */
  article: Omit<CartArticle, 'id'>;
  history: RequestEntries;
} {
  const { preview, now } = state;
  if (preview.requestIds.length === 0) throw conflictRefusal('camp.nothing-to-close');
  const delay = Math.min(
    ...state.camps
      .filter((camp) => preview.camps.some((priced) => priced.campId === camp.id))
      .map((camp) => camp.paymentDelayDays),
  );
  const numbers = state.requests.map((request) => request.number);
  return {
    article: {
      label: cartLabel(numbers),
      requestNumbers: numbers,
      requestIds: preview.requestIds,
      amountCents: preview.totalCents,
      currency: 'EUR',
      createdAt: now.toISOString(),
      dueAt: new Date(now.getTime() + delay * 86_400_000).toISOString(),
      status: 'unpaid',
      preview,
    },
    history: preview.requestIds.map((requestId) => ({
      requestId,
      entries: [history.plain('camp-closed', now), history.plain('camp-in-cart', now)],
    })),
  };
}

type ArticleFacts = Pick<CartArticle, 'status' | 'dueAt' | 'requestIds' | 'label' | 'amountCents'>;

/**
 * An article's requests cancelled: their history says why, their bookings
 * and waiting-list places are given back by the backend, and the places freed
 * are offered (see `offerFreedPlaces`).
 */
export interface Release {
  requestIds: string[];
  history: RequestEntries;
}

const release = (requestIds: readonly string[], status: 'camp-released' | 'camp-expired', now: Date) => ({
  requestIds: [...requestIds],
  history: requestIds.map((requestId) => ({ requestId, entries: [history.plain(status, now)] })),
});

/** "Retirer mon article du panier et libérer les places": only an unpaid article. */
export function removeCartArticle(
  article: ArticleFacts | undefined,
  now: Date,
): { status: 'removed'; release: Release } {
  if (article?.status !== 'unpaid') throw notFoundRefusal('article.not-found');
  return { status: 'removed', release: release(article.requestIds, 'camp-released', now) };
}

/**
 * An unpaid article past its deadline: its places freed and its family told.
 * Nothing to do (`undefined`) for an article paid, removed, expired already
 * or still within its deadline, so running it twice is safe.
 */
export function expireArticle(
  article: ArticleFacts,
  to: string | undefined,
  commune: Commune,
  now: Date,
): { status: 'expired'; release: Release; mail: Mail } | undefined {
  if (article.status !== 'unpaid' || Date.parse(article.dueAt) > now.getTime()) return undefined;
  return {
    status: 'expired',
    release: release(article.requestIds, 'camp-expired', now),
    mail: { ...mails.expired(to, article.label, commune), requestId: article.requestIds[0] ?? '' },
  };
}

/** "Payer": only an unpaid article still within its deadline. */
export function checkPayable(article: Pick<CartArticle, 'status' | 'dueAt'> | undefined, now: Date): void {
  if (article?.status !== 'unpaid') throw notFoundRefusal('article.not-found');
  if (Date.parse(article.dueAt) <= now.getTime()) throw conflictRefusal('article.expired');
}

export type PaymentStatus = 'started' | 'paid' | 'refused' | 'cancelled';

/** What the provider's return needs, its signature checked by the backend. */
export interface PaymentReturnState {
  payment: { status: PaymentStatus; refundDue: boolean };
  /** What the provider answered. */
  answer: 'paid' | 'refused' | 'cancelled';
  article: ArticleFacts;
  /** The family's e-mail and the parent's first name, for the e-mail. */
  to: string | undefined;
  firstName: string;
  commune: Commune;
  now: Date;
}

/** What the return does. `refusal`: answered after the rest is stored (the payment stays recorded). */
export interface PaymentReturnOutcome {
  /** What the parent is told the payment became. */
  status: 'paid' | 'refused' | 'cancelled';
  /** The payment's new state; absent when a return is replayed. */
  payment?: { status: 'paid' | 'refused' | 'cancelled'; refundDue: boolean };
  articleStatus?: 'paid';
  /** Requests accepted ("Payé"). */
  accepted: string[];
  history: RequestEntries;
  mails: Mail[];
  refusal?: Refusal;
}

/**
 * Back from the provider: paid, the article and its requests are paid and a
 * recap is sent; refused or cancelled, the article stays in the cart until
 * its deadline. Paid after the article was released or removed: the money was
 * taken, the payment stays recorded for the service to refund ("kept for
 * refund") and the parent is told. A return replayed answers what the payment became.
 */
export function acceptPaymentReturn(state: PaymentReturnState): PaymentReturnOutcome {
  const { payment, answer, article, now } = state;
  if (payment.refundDue) throw conflictRefusal('article.not-payable');
  const nothing = { accepted: [], history: [], mails: [] };
  if (payment.status !== 'started') return { status: payment.status, ...nothing };
  const requestId = article.requestIds[0] ?? '';
  if (answer !== 'paid') return { status: answer, payment: { status: answer, refundDue: false }, ...nothing };
  if (article.status !== 'unpaid')
    return {
      status: answer,
      payment: { status: answer, refundDue: true },
      ...nothing,
      mails: [{ ...mails.refundDue(state.to, state.firstName, article, state.commune), requestId }],
      refusal: conflictRefusal('article.not-payable'),
    };
  return {
    status: answer,
    payment: { status: answer, refundDue: false },
    articleStatus: 'paid',
    accepted: [...article.requestIds],
    history: article.requestIds.map((id) => ({ requestId: id, entries: [history.plain('camp-paid', now)] })),
    mails: [{ ...mails.paid(state.to, state.firstName, article, state.commune), requestId }],
  };
}
