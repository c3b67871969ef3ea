import {
  CartSchema,
  ClosingPreviewSchema,
  PaymentOutcomeSchema,
  PaymentReturnSchema,
  PaymentStartInputSchema,
  PaymentStartSchema,
  type PaymentReturn,
} from '../index.js';
import { read, write } from './operation.js';

const noArticle = 'No such unpaid article in this family’s cart';

/** Closing the camp requests, the cart and paying it. */
export const cartOperations = {
  /** What "Clôturer mes demandes" would bill, before confirming: each camp's price with its degressive breakdown. */
  previewClosing: read({
    feature: 'cart',
    path: '/closing',
    summary:
      'What closing the family’s open camp requests would bill, camp by camp, with the degressive breakdown',
    call: () => ({}),
    answer: ClosingPreviewSchema,
  }),
  /**
   * "Clôturer mes demandes": every open camp request of every child closed
   * together, one article in the cart with their total, to pay within the
   * camp's delay. Answers the cart.
   */
  closeRequests: write({
    feature: 'cart',
    path: '/closing',
    summary: 'Close every open camp request of the family into one cart article (“Clôturer mes demandes”)',
    call: () => ({}),
    answer: CartSchema,
    conflicts: { 'camp.nothing-to-close': 'the family has no open camp request' },
  }),
  /** The family's cart: its unpaid articles. */
  getCart: read({
    feature: 'cart',
    path: '/cart',
    summary: 'The family’s cart: its unpaid articles and their total',
    call: () => ({}),
    answer: CartSchema,
  }),
  /** "Retirer mon article du panier et libérer les places": the requests are cancelled, their places freed. */
  removeCartArticle: write({
    feature: 'cart',
    path: '/cart/articles/{id}/removal',
    summary: 'Remove an unpaid article: its requests are cancelled and their places freed',
    call: (articleId: string) => ({ params: { id: articleId } }),
    answer: CartSchema,
    notFound: noArticle,
  }),
  /** "Payer": a payment for an unpaid article; the parent goes to `redirectUrl` and comes back to `returnUrl`. */
  startPayment: write({
    feature: 'cart',
    path: '/cart/articles/{id}/payments',
    summary: 'Pay an unpaid article: where the provider takes the parent, who comes back to returnUrl',
    call: (articleId: string, returnUrl: string) => ({ params: { id: articleId }, body: { returnUrl } }),
    body: PaymentStartInputSchema,
    formats: { returnUrl: 'required' },
    answer: PaymentStartSchema,
    notFound: noArticle,
    conflicts: { 'payment.unavailable': 'the commune takes no payment online (no provider configured)' },
  }),
  /** Back from the provider: its signed answer checked, the article paid (or still to pay). */
  completePayment: write({
    feature: 'cart',
    path: '/payments/returns',
    summary: 'The provider’s signed answer, from the return URL: the article paid, or still to pay',
    call: (answer: PaymentReturn) => ({ body: answer }),
    body: PaymentReturnSchema,
    answer: PaymentOutcomeSchema,
    notFound: 'No such payment for this family',
    conflicts: {
      'payment.unavailable': 'the commune takes no payment online (no provider configured)',
      'article.not-payable':
        'paid after the article was released at its deadline or removed: the payment is kept, for the service to refund (a replay answers the same)',
    },
  }),
};
