import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapter/memory/index.js';
import { simulatedAnswer } from '../../src/adapter/memory/memory-adapter.js';
import type { Camp, PaymentReturn } from '../../src/domain/index.js';
import { FamilyCart } from '../../src/elements/family-cart/define.js';
import type { FpCheckoutEvent, FpPaidEvent } from '../../src/elements/family-cart/events.js';
import type { FpCartChangedEvent, FpErrorEvent } from '../../src/shared/events.js';
import { FamilyCartPage } from './family-cart.page.js';

/** The backend's clock and the element's: registration for the summer 2027 camps is open. */
const fixed = Date.parse('2027-03-10T09:00:00Z');
const hour = 3_600_000;
/** The article's deadline: three days after closing (the camps' delay), 10:00 in Brussels. */
const due = fixed + 72 * hour;

/** `<family-cart>` on a clock the test sets, and that stays on the test page when it would leave for the provider. */
class TestCart extends FamilyCart {
  static clock = fixed;
  static visited: string[] = [];
  /** While set, downloading the notices and the removal question fails, as on a dropped connection. */
  static offline = false;
  protected override importOnDemandView() {
    return TestCart.offline
      ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
      : super.importOnDemandView();
  }
  protected override now(): number {
    return TestCart.clock;
  }
  protected override navigate(url: string): void {
    TestCart.visited.push(url);
  }
}
customElements.define('test-family-cart', TestCart);

/** Marc Dubois's family, in memory, on a clock the test may move. */
function known(clock = { now: fixed }): MemoryAdapter {
  return createMemoryAdapter({ family: 'known', storage: null, now: () => new Date(clock.now) });
}

const summerOf = async (adapter: MemoryAdapter): Promise<Camp> =>
  (await adapter.getCamps()).find((camp) => camp.kind === 'plaine')!;

/** The summer's third week (S28): its open days, Monday first. */
const weekDays = async (adapter: MemoryAdapter) =>
  (await summerOf(adapter)).weeks[2]!.days.filter((day) => day.open);

/** Léa (chi-1) on the first two open days of S28, then "Clôturer mes demandes": one article of 30,00 €. */
async function leaInCart(adapter: MemoryAdapter): Promise<string[]> {
  const summer = await summerOf(adapter);
  const dates = (await weekDays(adapter)).slice(0, 2).map((day) => day.date);
  await adapter.enrolInCamp(
    { campId: summer.id, childId: 'chi-1', days: dates.map((date) => ({ date })) },
    { idempotencyKey: 'enrol-lea' },
  );
  await adapter.closeRequests({ idempotencyKey: 'close' });
  return dates;
}

/** Léa on Monday and Wednesday (Planétarium, 6,00 €), Tom (chi-2, form confirmed) the whole week S28. */
async function siblingsInCart(adapter: MemoryAdapter): Promise<void> {
  const summer = await summerOf(adapter);
  const days = await weekDays(adapter);
  const tom = await adapter.getChild('chi-2');
  await adapter.submitHealthForm('chi-2', tom.health!.form, { idempotencyKey: 'tom-health' });
  await adapter.enrolInCamp(
    {
      campId: summer.id,
      childId: 'chi-1',
      days: [{ date: days[0]!.date }, { date: days[2]!.date, activityIds: ['planetarium'] }],
    },
    { idempotencyKey: 'enrol-lea' },
  );
  await adapter.enrolInCamp(
    { campId: summer.id, childId: 'chi-2', days: days.map((day) => ({ date: day.date })) },
    { idempotencyKey: 'enrol-tom' },
  );
  await adapter.closeRequests({ idempotencyKey: 'close' });
}

/** A payment of the cart's first article, started with the demo provider. */
async function started(adapter: MemoryAdapter): Promise<{ paymentId: string; redirectUrl: string }> {
  const [article] = (await adapter.getCart()).articles;
  return adapter.startPayment(article!.id, '/panier', { idempotencyKey: 'start' });
}

async function mount(
  adapter: MemoryAdapter,
  {
    lang = 'fr',
    returnUrl = '',
    paymentReturn,
  }: { lang?: string; returnUrl?: string; paymentReturn?: PaymentReturn } = {},
): Promise<FamilyCartPage<TestCart>> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}>
      <test-family-cart
        .adapter=${adapter}
        .paymentReturn=${paymentReturn}
        return-url=${returnUrl || nothing}
      ></test-family-cart>
    </div>`,
  );
  const page = new FamilyCartPage(wrapper.querySelector('test-family-cart') as TestCart);
  await waitUntil(() => !page.root.querySelector('[aria-busy="true"]'), 'still loading', { timeout: 4000 });
  await page.settle();
  return page;
}

const removeLabel = 'Retirer mon article du panier et libérer les places';

describe('<family-cart>', () => {
  const address = location.href;
  beforeEach(() => {
    TestCart.clock = fixed;
    TestCart.visited = [];
  });
  afterEach(() => history.replaceState(null, '', address));

  it('is accessible with an article, its price breakdown, the removal question, and empty', async () => {
    const adapter = known();
    await leaInCart(adapter);
    const page = await mount(adapter);
    await page.waitForText('Payer');
    await expect(page.el).to.be.accessible();

    await page.openBreakdown();
    page.button(removeLabel).click();
    await page.waitForText('Oui, retirer et libérer les places');
    await expect(page.el).to.be.accessible();

    const empty = await mount(known());
    await empty.waitForText('Votre panier est vide.');
    await expect(empty.el).to.be.accessible();
  });

  it('shows the article, its amount, the deadline with the time left, the total and the note', async () => {
    const adapter = known();
    await leaInCart(adapter);
    const [article] = (await adapter.getCart()).articles;
    TestCart.clock = due - (2 * 24 + 5) * hour - 10 * 60_000;
    const page = await mount(adapter);
    expect(page.heading()).to.equal('Panier');
    expect(page.articles()).to.deep.equal([
      `Réservation de plaine(s) pour la demande n° ${article!.requestNumbers[0]}`,
    ]);
    expect(page.text()).to.include('Montant : 30,00 €');
    expect(page.partText('deadline')).to.equal('À payer avant le samedi 13 mars 2027 à 10:00.');
    expect(page.partText('time-left')).to.equal('Il vous reste 2 jours et 5 heures.');
    expect(page.partText('total')).to.equal('Total : 30,00 €');
    expect(page.partText('note')).to.include('les places de vos enfants sont libérées automatiquement');
    expect(page.hasButton('Payer')).to.equal(true);
  });

  it('says an empty cart plainly, with nothing alarming', async () => {
    const page = await mount(known());
    await page.waitForText('Votre panier est vide.');
    expect(page.root.querySelector('[role="alert"], .callout--error')).to.equal(null);
    expect(page.hasButton('Payer')).to.equal(false);
  });

  it('details the price: weeks, the 2nd child’s reduction, supplements, each child’s total, the tariff', async () => {
    const adapter = known();
    await siblingsInCart(adapter);
    const page = await mount(adapter);
    const details = page.root.querySelector<HTMLDetailsElement>('details[part~="breakdown"]')!;
    expect(details.open, 'closed until asked for').to.equal(false);
    await page.openBreakdown();
    expect(details.open).to.equal(true);
    const table = page.root.querySelector('.breakdown__table')!;
    expect(getComputedStyle(table).borderCollapse, 'the breakdown’s styles came with it').to.equal(
      'collapse',
    );
    expect(page.partText('breakdown')).to.include('Tarif résident : vous habitez la commune.');
    expect(page.partText('breakdown')).to.include('Plaines d’été 2027');
    expect(page.breakdownRows()).to.deep.equal([
      ['S28 : 2 jours', '30,00 €'],
      ['Suppléments (activités)', '6,00 €'],
      ['Total pour Léa', '36,00 €'],
      ['S28 : semaine complète (5 jours)', '65,00 €'],
      ['Réduction de 10 % (2e enfant)', '-6,50 €'],
      ['Total pour Tom', '58,50 €'],
    ]);
    expect(
      [...page.root.querySelectorAll('caption')].map((caption) => caption.textContent?.trim()),
    ).to.deep.equal(['Léa', 'Tom']);
    expect(page.partText('total')).to.equal('Total : 94,50 €');
  });

  it('details the non-residents’ tariff for a family living elsewhere', async () => {
    const adapter = known();
    const { parent } = await adapter.getFamily();
    const { id: _id, ...identity } = parent!;
    const change = await adapter.requestParentChange(
      { identity: { ...identity, address: { ...identity.address, postcode: '1000', city: 'Bruxelles' } } },
      { idempotencyKey: 'move' },
    );
    adapter.decide(change.id, 'accepted');
    await leaInCart(adapter);
    const page = await mount(adapter);
    await page.openBreakdown();
    expect(page.partText('breakdown')).to.include('Tarif non-résident : vous n’habitez pas la commune.');
    expect(page.breakdownRows()[0]).to.deep.equal(['S28 : 2 jours', '40,00 €']);
  });

  it('fires fp-checkout on "Payer" (keyboard), then starts the payment and goes to the provider', async () => {
    const adapter = known();
    await leaInCart(adapter);
    const [article] = (await adapter.getCart()).articles;
    const page = await mount(adapter, { returnUrl: '/panier' });
    const checkout = oneEvent(page.el, 'fp-checkout') as Promise<FpCheckoutEvent>;
    await page.tabToButton('Payer');
    await page.press('Enter');
    const event = await checkout;
    expect(event.detail).to.deep.equal({
      articleId: article!.id,
      amountCents: 3000,
      currency: 'EUR',
      requestIds: article!.requestIds,
    });
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    await waitUntil(() => TestCart.visited.length === 1, 'never went to the provider');
    expect(TestCart.visited[0]).to.match(/^\/panier\?paymentId=pay-1&status=paid&signature=/);
  });

  it('comes back to this page by default, without a previous answer in its address', async () => {
    history.replaceState(null, '', `${address}${address.includes('?') ? '&' : '?'}paymentId=old#panier`);
    const adapter = known();
    await leaInCart(adapter);
    const page = await mount(adapter);
    page.button('Payer').click();
    await waitUntil(() => TestCart.visited.length === 1, 'never went to the provider');
    const back = new URL(TestCart.visited[0]!);
    expect(back.origin + back.pathname).to.equal(location.origin + location.pathname);
    expect(back.hash).to.equal('#panier');
    expect(back.searchParams.get('paymentId')).to.equal('pay-1');
    expect(back.searchParams.getAll('paymentId')).to.have.length(1);
  });

  it('starts no payment when the host cancels fp-checkout to take the payment over', async () => {
    const adapter = known();
    await leaInCart(adapter);
    let starts = 0;
    const start = adapter.startPayment.bind(adapter);
    adapter.startPayment = (...args) => {
      starts += 1;
      return start(...args);
    };
    const page = await mount(adapter);
    page.el.addEventListener('fp-checkout', (event) => event.preventDefault());
    page.button('Payer').click();
    await page.settle();
    expect(starts).to.equal(0);
    expect(TestCart.visited).to.deep.equal([]);
    expect(page.hasButton('Payer'), 'the cart stays as it was').to.equal(true);
  });

  it('records a paid answer from the address once: "Payé", the e-mail recap, fp-paid, the address cleaned', async () => {
    const adapter = known();
    await leaInCart(adapter);
    const [article] = (await adapter.getCart()).articles;
    const { redirectUrl } = await started(adapter);
    const answer = new URL(redirectUrl, location.origin).searchParams;
    history.replaceState(null, '', `${address}${address.includes('?') ? '&' : '?'}keep=1&${answer}#haut`);
    const keys: string[] = [];
    const complete = adapter.completePayment.bind(adapter);
    adapter.completePayment = (answer, options) => {
      keys.push(options.idempotencyKey);
      return complete(answer, options);
    };
    const paid = oneEvent(document, 'fp-paid') as Promise<FpPaidEvent>;
    const changed = oneEvent(document, 'fp-cart-changed') as Promise<FpCartChangedEvent>;

    const page = await mount(adapter);
    await page.waitForText('Payé');
    expect(page.partText('paid')).to.include('Montant payé : 30,00 €');
    expect(page.partText('paid')).to.include(`pour la demande n° ${article!.requestNumbers[0]}`);
    expect(page.partText('paid')).to.include(
      'Un e-mail récapitulatif vous a été envoyé à marc.dubois@example.be.',
    );
    expect(page.focused()?.getAttribute('part')).to.equal('paid');
    expect((await paid).detail).to.deep.equal({
      articleId: article!.id,
      requestIds: article!.requestIds,
      amountCents: 3000,
      currency: 'EUR',
    });
    expect((await changed).detail).to.deep.equal({ articleCount: 0, totalCents: 0, currency: 'EUR' });
    expect(new URLSearchParams(location.search).has('paymentId')).to.equal(false);
    expect(new URLSearchParams(location.search).has('signature')).to.equal(false);
    expect(new URLSearchParams(location.search).get('keep')).to.equal('1');
    expect(location.hash).to.equal('#haut');
    expect(page.hasButton('Payer')).to.equal(false);
    expect((await adapter.getCart()).articles).to.deep.equal([]);

    const again = await mount(adapter);
    await again.waitForText('Votre panier est vide.');
    expect(keys, 'the answer is gone from the address: not sent again').to.have.length(1);

    const replayed = await mount(adapter, {
      paymentReturn: {
        paymentId: answer.get('paymentId')!,
        status: 'paid',
        signature: answer.get('signature')!,
      },
    });
    await replayed.waitForText('Payé');
    expect(keys[1], 'the same answer again (a reload): the same key, replayed').to.equal(keys[0]);
  });

  it('says the recap was sent without an address when the family cannot be read', async () => {
    const adapter = known();
    await leaInCart(adapter);
    const { paymentId } = await started(adapter);
    const getFamily = adapter.getFamily.bind(adapter);
    adapter.getFamily = () => Promise.reject(new Error('unreachable'));
    const page = await mount(adapter, { paymentReturn: simulatedAnswer(paymentId, 'paid') });
    adapter.getFamily = getFamily;
    await page.waitForText('Payé');
    expect(page.partText('paid')).to.include('Un e-mail récapitulatif vous a été envoyé.');
    expect(page.partText('paid')).not.to.include('@');
  });

  it('shows the cart again after a refused payment, the places still held until the deadline', async () => {
    const adapter = known();
    await leaInCart(adapter);
    const { paymentId } = await started(adapter);
    const page = await mount(adapter, { paymentReturn: simulatedAnswer(paymentId, 'refused') });
    await page.waitForText('refusé');
    expect(page.partText('payment-message')).to.equal(
      'Le paiement a été refusé par votre banque : rien n’a été débité. Vos places restent réservées jusqu’au samedi 13 mars 2027 à 10:00 : vous pouvez réessayer de payer.',
    );
    expect(page.focused()?.getAttribute('part')).to.equal('payment-message');
    expect(page.hasButton('Payer')).to.equal(true);
    expect(page.partText('total')).to.equal('Total : 30,00 €');
    expect((await adapter.getCart()).articles).to.have.length(1);
  });

  it('shows the cart again after a cancelled payment', async () => {
    const adapter = known();
    await leaInCart(adapter);
    const { paymentId } = await started(adapter);
    const page = await mount(adapter, { paymentReturn: simulatedAnswer(paymentId, 'cancelled') });
    await page.waitForText('annulé');
    expect(page.partText('payment-message')).to.equal(
      'Vous avez annulé le paiement : rien n’a été débité. Vos places restent réservées jusqu’au samedi 13 mars 2027 à 10:00.',
    );
    expect(page.hasButton('Payer')).to.equal(true);
  });

  it('records nothing from an answer that fails its check or names an unknown payment', async () => {
    const adapter = known();
    await leaInCart(adapter);
    const { paymentId } = await started(adapter);
    const errors: string[] = [];
    const listener = (event: FpErrorEvent) => errors.push(event.detail.operation);
    document.addEventListener('fp-error', listener);
    const forged = await mount(adapter, {
      paymentReturn: { paymentId, status: 'paid', signature: 'forged' },
    });
    await forged.waitForText('n’a pas pu être vérifiée');
    expect(forged.partText('payment-message')).to.include('aucun paiement n’a été enregistré');
    expect(forged.hasButton('Payer'), 'the cart is still there').to.equal(true);
    expect(errors).to.deep.equal(['complete-payment']);
    document.removeEventListener('fp-error', listener);

    const unknown = await mount(adapter, { paymentReturn: simulatedAnswer('pay-99', 'paid') });
    await unknown.waitForText('Ce paiement est introuvable');
    expect((await adapter.getCart()).articles).to.have.length(1);
  });

  it('says a payment back after the deadline freed the places is to be refunded: the answer leaves the address, the cart shows as it is', async () => {
    const clock = { now: fixed };
    const adapter = known(clock);
    await leaInCart(adapter);
    const { redirectUrl } = await started(adapter);
    const answer = new URL(redirectUrl, location.origin).searchParams;
    // The parent lingers on the provider's page past the deadline: the service's check releases the places.
    clock.now = due + 60_000;
    TestCart.clock = clock.now;
    expect((await adapter.getCart()).articles).to.deep.equal([]);
    history.replaceState(null, '', `${address}${address.includes('?') ? '&' : '?'}keep=1&${answer}#haut`);
    const errors: string[] = [];
    const listener = (event: FpErrorEvent) => errors.push(`${event.detail.operation}:${event.detail.code}`);
    document.addEventListener('fp-error', listener);
    let paid = false;
    const onPaid = () => (paid = true);
    document.addEventListener('fp-paid', onPaid);
    try {
      const page = await mount(adapter);
      await page.waitForText('Cet article n’était plus à payer');
      expect(page.partText('error-panel')).to.include(
        'Cet article n’était plus à payer (déjà payé, délai dépassé ou article retiré) : votre paiement sera remboursé, le service vous contactera. Vous pouvez inscrire à nouveau vos enfants tant qu’il reste des places.',
      );
      expect(
        page.focused()?.querySelector('[part~="error-panel"]') ?? null,
        'the message is read first',
      ).not.to.equal(null);
      expect(page.hasButton('Réessayer'), 'the answer is final').to.equal(false);
      expect(page.text()).not.to.include('Payé');
      expect(page.partText('empty')).to.equal('Votre panier est vide.');
      expect(new URLSearchParams(location.search).has('paymentId')).to.equal(false);
      expect(new URLSearchParams(location.search).has('signature')).to.equal(false);
      expect(new URLSearchParams(location.search).get('keep')).to.equal('1');
      expect(location.hash).to.equal('#haut');
      expect(errors).to.deep.equal(['complete-payment:article.not-payable']);
      expect(paid).to.equal(false);
      await expect(page.el).to.be.accessible();
    } finally {
      document.removeEventListener('fp-error', listener);
      document.removeEventListener('fp-paid', onPaid);
    }
  });

  it('says so too when the article was removed in another tab meanwhile, and shows the rest of the cart', async () => {
    const adapter = known();
    await leaInCart(adapter);
    const { paymentId } = await started(adapter);
    const [paying] = (await adapter.getCart()).articles;
    // In another tab: Tom the whole week S28, closed into a second article, then the first removed.
    const summer = await summerOf(adapter);
    const tom = await adapter.getChild('chi-2');
    await adapter.submitHealthForm('chi-2', tom.health!.form, { idempotencyKey: 'tom-health' });
    await adapter.enrolInCamp(
      {
        campId: summer.id,
        childId: 'chi-2',
        days: (await weekDays(adapter)).map((day) => ({ date: day.date })),
      },
      { idempotencyKey: 'enrol-tom' },
    );
    await adapter.closeRequests({ idempotencyKey: 'close-tom' });
    await adapter.removeCartArticle(paying!.id, { idempotencyKey: 'remove' });
    const page = await mount(adapter, { paymentReturn: simulatedAnswer(paymentId, 'paid') });
    await page.waitForText('Cet article n’était plus à payer');
    expect(page.hasButton('Payer'), 'Tom’s article is still to pay').to.equal(true);
    expect(page.partText('total')).to.equal('Total : 65,00 €');
    expect((await adapter.getCart()).articles.map((article) => article.id)).not.to.include(paying!.id);
  });

  it('removes the article after confirming, by keyboard; Escape or "Non" keep it; the places come back', async () => {
    const adapter = known();
    const dates = await leaInCart(adapter);
    const summer = await summerOf(adapter);
    const left = async () =>
      (await adapter.getCampAvailability(summer.id, 'chi-1')).days.find((day) => day.date === dates[0])!.left;
    const before = await left();
    const page = await mount(adapter);
    const focusedLabel = () => page.focused()?.textContent?.replace(/\s+/g, ' ').trim();

    await page.tabToButton(removeLabel);
    await page.press('Enter');
    await page.waitForText('Retirer cet article du panier ?');
    expect(focusedLabel(), 'focus on the safe answer').to.equal('Non, garder mon article');
    await page.press('Escape');
    expect(page.text()).not.to.include('Retirer cet article du panier ?');
    expect(focusedLabel()).to.equal(removeLabel);

    await page.press('Enter');
    await page.waitForText('Retirer cet article du panier ?');
    await page.press('Space');
    expect(page.text()).not.to.include('Retirer cet article du panier ?');
    expect(focusedLabel()).to.equal(removeLabel);

    await page.press('Space');
    await page.waitForText('Retirer cet article du panier ?');
    const changed = oneEvent(page.el, 'fp-cart-changed') as Promise<FpCartChangedEvent>;
    await sendKeys({ down: 'Shift' });
    await page.press('Tab');
    await sendKeys({ up: 'Shift' });
    expect(focusedLabel()).to.equal('Oui, retirer et libérer les places');
    await page.press('Enter');
    await page.waitForText('Votre panier est vide.');
    expect(page.partText('message')).to.equal(
      'Votre article a été retiré du panier : vos demandes sont annulées et les places libérées.',
    );
    expect(page.focused()?.getAttribute('part')).to.equal('message');
    expect((await changed).detail.articleCount).to.equal(0);
    expect(await left()).to.equal(before + 1);
    expect((await adapter.getCart()).articles).to.deep.equal([]);
  });

  it('shows a failure to load with "Réessayer", which works', async () => {
    const adapter = known();
    await leaInCart(adapter);
    adapter.failNext('server', { operation: 'read' });
    const errors: FpErrorEvent[] = [];
    document.addEventListener('fp-error', (event) => errors.push(event), { once: true });
    const page = await mount(adapter);
    await page.waitForText('Réessayer');
    expect(errors[0]?.detail.operation).to.equal('load');
    page.button('Réessayer').click();
    await page.waitForText('Total : 30,00 €');
  });

  it('shows a failure to pay by the article; "Réessayer" replays the same payment', async () => {
    const adapter = known();
    await leaInCart(adapter);
    const page = await mount(adapter);
    adapter.failNext('network', { operation: 'write', afterCommit: true });
    const failed = oneEvent(page.el, 'fp-error') as Promise<FpErrorEvent>;
    page.button('Payer').click();
    expect((await failed).detail.operation).to.equal('pay');
    await page.waitForText('Réessayer');
    expect(page.focused()?.getAttribute('data-focus')).to.equal('submit-error');
    expect(TestCart.visited).to.deep.equal([]);
    page.button('Réessayer').click();
    await waitUntil(() => TestCart.visited.length === 1, 'never went to the provider');
    expect(TestCart.visited[0], 'the payment recorded before the failure, not a second one').to.include(
      'paymentId=pay-1&',
    );
  });

  it('says when the removal question could not be downloaded; "Réessayer" brings it, focus on "Non"', async () => {
    const adapter = known();
    await leaInCart(adapter);
    TestCart.offline = true;
    try {
      const page = await mount(adapter);
      await page.waitForText('Payer');
      await page.tabToButton(removeLabel);
      await page.press('Enter');
      await waitUntil(() => page.root.querySelector('[part~="error-panel"]'), 'no error shown');
      expect(page.partText('error-panel')).to.include('Réessayer');
      await expect(page.el).to.be.accessible();

      TestCart.offline = false;
      await page.tabToButton('Réessayer');
      await page.press('Enter');
      await page.waitForText('Retirer cet article du panier ?');
      await waitUntil(
        () => page.focused()?.textContent?.trim() === 'Non, garder mon article',
        `focus on: ${page.focused()?.textContent}`,
      );
      expect((await adapter.getCart()).articles).to.have.length(1);
    } finally {
      TestCart.offline = false;
    }
  });

  it('shows a failure to remove under the question; "Réessayer" removes it once', async () => {
    const adapter = known();
    await leaInCart(adapter);
    const page = await mount(adapter);
    page.button(removeLabel).click();
    await page.waitForText('Oui, retirer et libérer les places');
    adapter.failNext('server', { operation: 'write', afterCommit: true });
    const failed = oneEvent(page.el, 'fp-error') as Promise<FpErrorEvent>;
    page.button('Oui, retirer et libérer les places').click();
    expect((await failed).detail.operation).to.equal('remove');
    await page.waitForText('Réessayer');
    page.button('Réessayer').click();
    await page.waitForText('Votre panier est vide.');
    expect(page.partText('message')).to.include('Votre article a été retiré du panier');
  });

  it('keeps the provider’s answer after a failure to record it: "Réessayer" records it', async () => {
    const adapter = known();
    await leaInCart(adapter);
    const { paymentId } = await started(adapter);
    adapter.failNext('network', { operation: 'write' });
    const failed = oneEvent(document, 'fp-error') as Promise<FpErrorEvent>;
    const page = await mount(adapter, { paymentReturn: simulatedAnswer(paymentId, 'paid') });
    expect((await failed).detail.operation).to.equal('complete-payment');
    await page.waitForText('Réessayer');
    page.button('Réessayer').click();
    await page.waitForText('Payé');
    expect((await adapter.getCart()).articles).to.deep.equal([]);
  });

  it('words the time left in days and hours, hours, or less than an hour, in French and English', async () => {
    const adapter = known();
    await leaInCart(adapter);
    const timeLeft = async (page: FamilyCartPage<TestCart>, before: number) => {
      TestCart.clock = due - before;
      page.el.requestUpdate();
      await page.settle();
      return page.partText('time-left');
    };
    const fr = await mount(adapter);
    expect(await timeLeft(fr, 49 * hour)).to.equal('Il vous reste 2 jours et 1 heure.');
    expect(await timeLeft(fr, 24 * hour + 30 * 60_000)).to.equal('Il vous reste 1 jour.');
    expect(await timeLeft(fr, 5.5 * hour)).to.equal('Il vous reste 5 heures.');
    expect(await timeLeft(fr, 59 * 60_000)).to.equal('Il vous reste moins d’une heure.');

    const en = await mount(adapter, { lang: 'en' });
    await en.waitForText('Cart');
    expect(await timeLeft(en, 50 * hour)).to.equal('You have 2 days and 2 hours left.');
    expect(await timeLeft(en, 1.5 * hour)).to.equal('You have 1 hour left.');
    expect(await timeLeft(en, 10 * 60_000)).to.equal('You have less than an hour left.');
  });

  it('says so when the deadline passed while shown: the cart read again is empty', async () => {
    const clock = { now: fixed };
    const adapter = known(clock);
    await leaInCart(adapter);
    const page = await mount(adapter);
    const changed = oneEvent(page.el, 'fp-cart-changed') as Promise<FpCartChangedEvent>;
    clock.now = due + 60_000;
    TestCart.clock = clock.now;
    await page.el.refresh();
    await page.waitForText('Votre panier est vide.');
    await waitUntil(() => page.partText('message').includes('Le délai de paiement est dépassé'), 'no notice');
    expect(page.root.querySelector('[role="status"]')?.textContent).to.include(
      'Le délai de paiement est dépassé',
    );
    expect((await changed).detail.articleCount).to.equal(0);
  });

  it('speaks Dutch', async () => {
    const adapter = known();
    await leaInCart(adapter);
    TestCart.clock = due - (2 * 24 + 5) * hour;
    const page = await mount(adapter, { lang: 'nl' });
    await page.waitForText('Winkelmandje');
    expect(page.text()).to.include('Reservering van speelpleinweken voor aanvraag nr.');
    expect(page.partText('deadline')).to.equal('Te betalen vóór zaterdag 13 maart 2027 om 10:00.');
    expect(page.partText('time-left')).to.equal('U hebt nog 2 dagen en 5 uur.');
    expect(page.partText('total')).to.equal('Totaal: € 30,00');
    expect(page.hasButton('Betalen')).to.equal(true);
    expect(page.hasButton('Mijn artikel uit het winkelmandje halen en de plaatsen vrijgeven')).to.equal(true);
  });
});
