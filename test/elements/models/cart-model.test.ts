import { expect } from '@open-wc/testing';
import { AdapterError } from '../../../src/adapter/index.js';
import type { Cart, CartArticle } from '../../../src/domain/index.js';
import {
  answerIn,
  isUrgent,
  newlyDue,
  returnFailure,
  shownCart,
  timeLeft,
  whyGone,
  withoutAnswer,
} from '../../../src/elements/family-cart/cart-model.js';

const now = Date.parse('2027-03-10T09:00:00Z');
const hour = 3_600_000;

function article(id: string, dueAt: number): CartArticle {
  return {
    id,
    label: `Réservation de plaine(s) pour la demande n° ${id}`,
    requestNumbers: [id],
    requestIds: [`req-${id}`],
    amountCents: 3000,
    currency: 'EUR',
    createdAt: new Date(now - hour).toISOString(),
    dueAt: new Date(dueAt).toISOString(),
    status: 'unpaid',
    preview: { requestIds: [`req-${id}`], camps: [], resident: true, currency: 'EUR', totalCents: 3000 },
  };
}

const cartOf = (...articles: CartArticle[]): Cart => ({
  articles,
  currency: 'EUR',
  totalCents: articles.reduce((sum, one) => sum + one.amountCents, 0),
});

describe('cart-model', () => {
  it('reads a whole answer of the provider from an address, and takes it out keeping the rest', () => {
    const href = 'https://commune.example/panier?tab=2&paymentId=pay-1&status=paid&signature=abc#top';
    expect(answerIn(href)).to.deep.equal({ paymentId: 'pay-1', status: 'paid', signature: 'abc' });
    expect(answerIn('https://commune.example/panier?paymentId=pay-1&status=paid'), 'no signature').to.equal(
      undefined,
    );
    expect(answerIn('https://commune.example/panier?paymentId=pay-1&status=lost&signature=abc')).to.equal(
      undefined,
    );
    expect(withoutAnswer(href)).to.equal('https://commune.example/panier?tab=2#top');
  });

  it('counts the time left in days and hours, and calls less than a day urgent', () => {
    expect(timeLeft(new Date(now + 53 * hour + 10 * 60_000).toISOString(), now)).to.deep.equal({
      days: 2,
      hours: 5,
    });
    expect(timeLeft(new Date(now + 30 * 60_000).toISOString(), now)).to.equal('under-an-hour');
    expect(timeLeft(new Date(now).toISOString(), now)).to.equal('over');
    expect(isUrgent({ days: 2, hours: 5 })).to.equal(false);
    expect(isUrgent({ days: 0, hours: 5 })).to.equal(true);
    expect(isUrgent('under-an-hour')).to.equal(true);
    expect(isUrgent('over')).to.equal(true);
  });

  it('shows what a removal answered until the next read replaces it', () => {
    const read = cartOf(article('1', now + hour), article('2', now + hour));
    const written = { cart: cartOf(article('2', now + hour)), over: read };
    expect(shownCart(read, written)).to.equal(written.cart);
    const next = cartOf(article('2', now + hour));
    expect(shownCart(next, written), 'a newer read wins').to.equal(next);
    expect(shownCart(read, undefined)).to.equal(read);
  });

  it('says why articles went: past their deadline, the cart emptied, or otherwise', () => {
    const before = [article('1', now - hour), article('2', now + hour)];
    expect(whyGone(before, cartOf(...before), now)).to.equal(undefined);
    expect(whyGone(before, cartOf(before[1]!), now)).to.equal('expired');
    expect(whyGone(before, cartOf(before[0]!), now)).to.equal('other');
    expect(whyGone([before[1]!], cartOf(), now)).to.equal('emptied');
  });

  it('finds the articles newly past their deadline, once each', () => {
    const articles = [article('1', now - hour), article('2', now), article('3', now + hour)];
    expect(newlyDue(articles, now, new Set()).map((one) => one.id)).to.deep.equal(['1', '2']);
    expect(newlyDue(articles, now, new Set(['1'])).map((one) => one.id)).to.deep.equal(['2']);
  });

  it('keeps an answer of the provider for a retry only when the failure may pass', () => {
    const failure = (type: AdapterError['type'], retryable?: boolean) =>
      returnFailure(
        new AdapterError({ type, code: type, ...(retryable === undefined ? {} : { retryable }) }),
      );
    expect(failure('network')).to.equal('retry');
    expect(failure('server')).to.equal('retry');
    expect(failure('validation')).to.equal('unverified');
    expect(failure('not-found')).to.equal('unknown');
    expect(failure('conflict', false)).to.equal('refused-return');
    expect(failure('conflict', true)).to.equal('retry');
  });
});
