import { Task, initialState } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AdapterError, isAbort, type FamilyPortalAdapter } from '../../adapter/index.js';
import type { Cart, CartArticle, PaymentOutcome, PaymentReturn } from '../../domain/index.js';
import { FpCartChangedEvent, FpErrorEvent } from '../../shared/events.js';
import { FpCheckoutEvent, FpPaidEvent } from './events.js';
import { LazyController } from '../../shared/controllers/index.js';
import { FpFormElement } from '../../shared/form-element.js';
import { coreStyles, flowStyles } from '../../shared/styles.js';
import {
  answerIn,
  newlyDue,
  returnFailure,
  shownCart,
  whyGone,
  withoutAnswer,
  type Action,
  type Notice,
  type Written,
} from './cart-model.js';
import { renderCart, type CartView } from './cart-view.js';
import type * as OnDemandViewModule from './on-demand-view.js';
import { familyCartStyles } from './family-cart.styles.js';
import { cartMessages, type CartKey } from './messages/index.js';

/**
 * The family's cart ("Panier"), as the portals parents know show it after
 * "Clôturer mes demandes" (seeds 000 and 001): each article ("Réservation de
 * plaine(s) pour la demande n° 319") with its amount, the price breakdown
 * (weeks, degressive reduction for the 2nd and 3rd child, supplements,
 * residents' tariff or not), the deadline to pay and the time left (updated
 * each minute), the total, and a note that unpaid places are freed after the
 * deadline.
 *
 * - "Payer" fires `fp-checkout`; unless the host cancels it (and takes the
 *   payment over), the parent goes to the payment provider, which brings
 *   them back to `return-url` (this page by default).
 * - Back from the provider (its answer in the page's address, or in
 *   `paymentReturn`), the element records the payment once, removes the
 *   answer from the address and shows "Payé" with the e-mail recap's address,
 *   or, refused or cancelled, the cart again with what happened and until when
 *   the places stay held. A payment back after the article was released at
 *   its deadline or removed (the service refunds it) is said plainly, with
 *   the cart as it is.
 * - "Retirer mon article du panier et libérer les places" asks to confirm in
 *   place, then cancels the requests and frees the places.
 * - An article whose deadline passes while shown is read again: the service
 *   has released it, and the element says so.
 *
 * Each action is sent once (a busy button, one idempotency key until it
 * succeeds); a backend failure is shown with "Réessayer". Put it on the
 * commune's own "Panier" page, or let `<child-enrol>` show it after closing.
 *
 * @summary The family's cart: articles, price breakdown, deadline, payment and removal.
 *
 * @fires {FpCheckoutEvent} fp-checkout - "Payer" was pressed. Cancelable: call `preventDefault()` to take the payment over; otherwise the element starts the payment and the browser goes to the provider. `detail`: `{ articleId, amountCents, currency, requestIds }`.
 * @fires {FpPaidEvent} fp-paid - Back from the provider, the article is paid. `detail`: `{ articleId, requestIds, amountCents, currency }`.
 * @fires {FpCartChangedEvent} fp-cart-changed - The cart changed: an article paid, removed, or released at its deadline. `detail`: `{ articleCount, totalCents, currency }`.
 * @fires {FpErrorEvent} fp-error - The backend failed. `detail`: `{ type, code, message, retryable, requestId, operation }`, `operation` being `load`, `pay`, `remove` or `complete-payment`.
 *
 * @csspart heading - The element's main heading ("Panier").
 * @csspart cart - The articles, the total and the note on the deadline.
 * @csspart article - Each article.
 * @csspart breakdown - Each article's price breakdown (a disclosure).
 * @csspart deadline - "À payer avant le…".
 * @csspart time-left - "Il vous reste…".
 * @csspart total - "Total : 77,00 €".
 * @csspart note - The note that unpaid places are freed after the deadline.
 * @csspart empty - "Votre panier est vide."
 * @csspart actions - The row of buttons of an article.
 * @csspart confirm - The question before removing an article.
 * @csspart button - Every button; also `button-primary` or `button-secondary` by its role.
 * @csspart paid - The confirmation "Payé".
 * @csspart payment-message - What became of a payment that was not made (refused, cancelled, or an answer that could not be checked).
 * @csspart message - What became of an article removed or released at its deadline.
 * @csspart error-panel - A backend error, with "Réessayer" when it may help.
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssprop --fp-color-primary - Main colour (buttons, links, focus accents).
 * @cssprop --fp-color-text - Text colour.
 * @cssprop --fp-color-muted - Secondary text colour (hints).
 * @cssprop --fp-color-border - Borders of articles and tables.
 * @cssprop --fp-color-error - Errors, the removal question and a deadline less than a day away.
 * @cssprop --fp-color-success - Background of "Payé".
 * @cssprop --fp-color-on-success - Text of "Payé".
 * @cssprop --fp-color-surface - Background of panels.
 * @cssprop --fp-color-focus - Focus ring.
 * @cssprop --fp-color-input - Background of secondary buttons.
 * @cssprop --fp-color-on-primary - Text on primary buttons.
 * @cssprop --fp-radius - Corner radius.
 * @cssprop --fp-space - Spacing unit.
 * @cssprop --fp-font-size - Base font size.
 * @cssprop --fp-font-family - Font; inherits the page's by default.
 * @cssprop --fp-max-width - Maximum width of the content.
 */
export class FamilyCart extends FpFormElement<CartKey> {
  static override styles = [coreStyles, flowStyles, familyCartStyles];

  /** @internal */
  static override messages = cartMessages;

  private readonly loadTask = new Task<
    readonly [FamilyPortalAdapter | undefined, PaymentReturn | undefined],
    Cart
  >(this, {
    task: async ([adapter], { signal }) => {
      if (!adapter) return initialState;
      const answer = this.answer;
      const [cart] = await Promise.all([
        answer ? this.record(adapter, answer, signal) : this.read(adapter, signal),
        this.i18n.ready,
      ]);
      return cart;
    },
    args: () => [this.activeAdapter, this.paymentReturn] as const,
  });

  /**
   * Where the payment provider brings the parent back: an absolute URL or a
   * path. Defaults to this page as it is (without a previous answer).
   */
  @property({ attribute: 'return-url' }) returnUrl: string | undefined;

  /**
   * The provider's answer when the host reads it itself (a single-page app):
   * it takes precedence over the page's address. Without it, the element reads
   * `paymentId`, `status` and `signature` from the address and removes them
   * once the payment is recorded.
   */
  @property({ attribute: false }) paymentReturn: PaymentReturn | undefined;

  /**
   * What the cart shows beyond its first look (the price breakdown, the
   * removal question, what it says after an action or a payment's return):
   * loaded when first needed, with its messages and the breakdown's styles.
   */
  private readonly onDemand = new LazyController<typeof OnDemandViewModule>(
    this,
    this.i18n,
    () => this.importOnDemandView(),
    { focus: this.nextFocus },
  );

  /** The provider's answer not recorded yet, and whether it came from the page's address. */
  private answer: PaymentReturn | undefined;
  private answerInAddress = false;

  @state() private notice: Notice | undefined;
  /** The articles whose "Détail du prix" was opened before the breakdown's part was there: it is asked for then. */
  @state() private openedBreakdowns: ReadonlySet<string> = new Set();
  /** The article whose removal the parent is asked to confirm. */
  @state() private confirming: string | undefined;
  /** The action sending, or failed last: its button is busy, its error shown by its article. */
  @state() private action: Action | undefined;
  /** The cart a removal answered, shown until the next read (`over`: the read it replaced). */
  @state() private written: Written | undefined;

  private ticker: ReturnType<typeof setInterval> | undefined;
  /** Articles seen past their deadline: the cart is read again once for each. */
  private readonly expired = new Set<string>();

  /** @internal Sends the browser to the payment provider (tests stay on their page by overriding it). */
  protected navigate(url: string): void {
    location.assign(url);
  }

  /** @internal Downloads what the cart shows beyond its first look (tests make it fail by overriding it). */
  protected importOnDemandView(): Promise<typeof OnDemandViewModule> {
    return import('./on-demand-view.js');
  }

  /** @internal The time now, in milliseconds (tests set their own clock by overriding it). */
  protected now(): number {
    return Date.now();
  }

  /** Reads the cart again: when the page changed it otherwise (another tab, a new closing). */
  async refresh(): Promise<void> {
    const before = this.cart?.articles ?? [];
    await this.loadTask.run();
    const after = this.cart;
    if (!after) return;
    const why = whyGone(before, after, this.now());
    if (!why) return;
    if (why === 'expired') {
      this.notice = { kind: 'expired' };
      this.status = this.t('cart.expired');
    } else if (why === 'emptied') this.status = this.t('cart.empty');
    this.cartChanged(after);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ticker = setInterval(() => this.tick(), 60_000);
  }

  override disconnectedCallback(): void {
    clearInterval(this.ticker);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('paymentReturn')) {
      const inAddress = this.paymentReturn ? undefined : answerIn(location.href);
      this.answer = this.paymentReturn ?? inAddress;
      this.answerInAddress = inAddress !== undefined;
      // Back from the provider, what happened is said next: its words download while the payment is recorded.
      if (this.answer) this.onDemand.prefetch();
    }
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // A parent looking at the cart may open the breakdown or remove an article next: that part downloads
    // while the page is idle (within two seconds), then the breakdowns stand in their closed "Détail du prix".
    this.onDemand.prefetchWhenIdle();
  }

  /** The cart shown: the last read, or what a removal answered since. */
  private get cart(): Cart | undefined {
    return shownCart(this.loadTask.value, this.written);
  }

  private read(adapter: FamilyPortalAdapter, signal: AbortSignal): Promise<Cart> {
    return adapter.getCart({ signal }).catch((error: unknown) => this.loadFailed(error));
  }

  /**
   * Records the provider's answer and answers the cart. Its idempotency key
   * comes from the payment, so that a reload or "Réessayer" replays it and
   * never records it twice. A passing failure keeps the answer (in the address
   * too, for a reload); an answer that fails its check or names an unknown
   * payment is dropped, said, and the cart shown; so is one the service
   * refuses for good (a conflict: `article.not-payable`, paid after the places
   * were freed), the answer being final.
   */
  private async record(
    adapter: FamilyPortalAdapter,
    answer: PaymentReturn,
    signal: AbortSignal,
  ): Promise<Cart> {
    let outcome: PaymentOutcome;
    try {
      outcome = await adapter.completePayment(answer, {
        idempotencyKey: `payment-return-${answer.paymentId}`,
        signal,
      });
    } catch (caught) {
      if (isAbort(caught)) throw caught;
      const error = AdapterError.from(caught);
      this.dispatchEvent(new FpErrorEvent(error, 'complete-payment'));
      const failure = returnFailure(error);
      if (failure === 'retry') throw error;
      this.dropAnswer();
      this.show({ kind: failure, error });
      return this.read(adapter, signal);
    }
    this.dropAnswer();
    const { article, cart } = outcome;
    if (outcome.status === 'paid') {
      // The recap goes to the account's e-mail; without it (a failed read), the text names none.
      const email = await adapter.getFamily({ signal }).then(
        (family) => family.account.email ?? family.parent?.email,
        () => undefined,
      );
      this.show({ kind: 'paid', article, email });
      this.dispatchEvent(
        new FpPaidEvent({
          articleId: article.id,
          requestIds: [...article.requestIds],
          amountCents: article.amountCents,
          currency: article.currency,
        }),
      );
      this.cartChanged(cart);
    } else this.show({ kind: outcome.status, article });
    return cart;
  }

  /** The answer is recorded (or useless): never sent again, and gone from the address. */
  private dropAnswer(): void {
    this.answer = undefined;
    if (this.answerInAddress) history.replaceState(history.state, '', withoutAnswer(location.href));
    this.answerInAddress = false;
  }

  /** Shows `notice` at the top, focused so that it is read first. */
  private show(notice: Notice): void {
    this.notice = notice;
    this.confirming = undefined;
    this.nextFocus.request('notice');
  }

  private cartChanged(cart: Cart): void {
    this.dispatchEvent(FpCartChangedEvent.of(cart));
  }

  /** Each minute the time left moves on; an article past its deadline is read again (the service releases it). */
  private tick(): void {
    this.requestUpdate();
    const due = newlyDue(this.cart?.articles ?? [], this.now(), this.expired);
    if (due.length === 0) return;
    for (const article of due) this.expired.add(article.id);
    void this.refresh();
  }

  /**
   * Sends one action once (the element's `submission`: one at a time); its
   * failure is shown by its article, with "Réessayer".
   */
  private async perform<T>(
    action: Action,
    act: (adapter: FamilyPortalAdapter, idempotencyKey: string) => Promise<T>,
    done: (answer: T) => void,
  ): Promise<void> {
    const adapter = this.activeAdapter;
    if (this.submission.busy() || !adapter) return;
    this.action = action;
    const sent = await this.submission.send((idempotencyKey) => act(adapter, idempotencyKey), {
      payload: action,
      operation: action.kind,
    });
    if (sent) done(sent.value);
  }

  /** "Payer": the host may take the payment over; otherwise it starts and the browser goes to the provider. */
  private pay(article: CartArticle): void {
    if (this.submission.busy()) return;
    const checkout = new FpCheckoutEvent({
      articleId: article.id,
      amountCents: article.amountCents,
      currency: article.currency,
      requestIds: [...article.requestIds],
    });
    if (this.dispatchEvent(checkout)) void this.startPayment(article);
  }

  private async startPayment(article: CartArticle): Promise<void> {
    const returnUrl = this.returnUrl ?? withoutAnswer(location.href);
    await this.perform(
      { kind: 'pay', articleId: article.id, returnUrl },
      (adapter, idempotencyKey) => adapter.startPayment(article.id, returnUrl, { idempotencyKey }),
      (start) => this.navigate(start.redirectUrl),
    );
  }

  private askRemoval(article: CartArticle): void {
    this.confirming = article.id;
    this.submission.clearError();
    this.nextFocus.request('button:keep');
  }

  private keep(article: CartArticle): void {
    this.confirming = undefined;
    this.submission.clearError();
    this.nextFocus.request(`button:remove-${article.id}`);
  }

  private async removeArticle(article: CartArticle): Promise<void> {
    await this.perform(
      { kind: 'remove', articleId: article.id },
      (adapter, idempotencyKey) => adapter.removeCartArticle(article.id, { idempotencyKey }),
      (cart) => {
        this.written = { cart, over: this.loadTask.value };
        this.show({ kind: 'removed' });
        this.cartChanged(cart);
      },
    );
  }

  /** What the templates render and call back (see `CartView`). */
  private get view(): CartView {
    const view: CartView = {
      i18n: this.i18n,
      t: (key, params) => this.t(key, params),
      headingLevel: this.headingLevel,
      now: this.now(),
      notice: this.notice,
      confirming: this.confirming,
      action: this.action,
      submission: this.submission,
      subheading: (text) => this.subheading(text),
      pay: (article) => this.pay(article),
      startPayment: (article) => void this.startPayment(article),
      askRemoval: (article) => this.askRemoval(article),
      keep: (article) => this.keep(article),
      removeArticle: (article) => void this.removeArticle(article),
      breakdown: (article) =>
        this.openedBreakdowns.has(article.id) || this.onDemand.loaded
          ? this.onDemand.render(3, (onDemand) => onDemand.renderBreakdown(view, article))
          : nothing,
      openBreakdown: (article) => {
        if (!this.openedBreakdowns.has(article.id))
          this.openedBreakdowns = new Set([...this.openedBreakdowns, article.id]);
      },
      removalQuestion: (article) =>
        this.onDemand.render(2, (onDemand) => onDemand.renderConfirm(view, article)),
    };
    return view;
  }

  /** What happened, at the top, once its words are there. */
  private renderNotice(view: CartView) {
    return this.notice
      ? this.onDemand.render(1, (onDemand) => html`${onDemand.renderNotice(view)}`)
      : nothing;
  }

  override render() {
    const { cart } = this;
    const view = this.view;
    const content = this.loadView(this.loadTask, (read) => renderCart(view, this.cart ?? read), {
      lines: 6,
      label: this.t(this.answer ? 'cart.completing' : 'ui.loading'),
      // A read again (a deadline passed) keeps the cart in sight; a payment being recorded does not.
      keep: () => (cart && !this.answer ? renderCart(view, cart) : undefined),
    });
    return this.withStatus(html`${this.heading(this.t('cart.title'))} ${this.renderNotice(view)} ${content}`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'family-cart': FamilyCart;
  }
}
