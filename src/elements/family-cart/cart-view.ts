import { html, nothing } from 'lit';
import type { Cart, CartArticle } from '../../domain/index.js';
import type { ActionController } from '../../shared/controllers/index.js';
import type { CoreKey, LocalizeController, MessageParams } from '../../shared/i18n/localize.js';
import { button } from '../../shared/ui/index.js';
import { quantity } from '../../shared/i18n/price-breakdown/index.js';
import { isUrgent, timeLeft, type Action, type Notice, type TimeLeft } from './cart-model.js';
import type { CartKey } from './messages/index.js';

/**
 * What the cart's templates render, and what they call back: the element's
 * state and handlers. The templates hold no state and cause no effect of their own.
 */
export interface CartView {
  i18n: LocalizeController<CartKey>;
  t(key: CoreKey | CartKey, params?: MessageParams): string;
  headingLevel: number;
  /** The time now, in milliseconds. */
  now: number;
  notice: Notice | undefined;
  /** The article whose removal the parent is asked to confirm. */
  confirming: string | undefined;
  /** The action sending, or failed last. */
  action: Action | undefined;
  submission: ActionController;
  subheading(text: string): unknown;
  pay(article: CartArticle): void;
  startPayment(article: CartArticle): void;
  askRemoval(article: CartArticle): void;
  keep(article: CartArticle): void;
  removeArticle(article: CartArticle): void;
  /** The article's price breakdown once asked for (its part, on-demand-view.ts, may still be downloading). */
  breakdown(article: CartArticle): unknown;
  /** "Détail du prix" was opened. */
  openBreakdown(article: CartArticle): void;
  /** "Retirer cet article du panier ?", once its part is there. */
  removalQuestion(article: CartArticle): unknown;
}

/** "Réservation de plaine(s) pour la demande n° 319", in the parent's language (the article's label is the service's French). */
export function articleLabel(view: CartView, article: CartArticle): string {
  const numbers = new Intl.ListFormat(view.i18n.locale, { type: 'conjunction' }).format(
    article.requestNumbers,
  );
  return view.t(article.requestNumbers.length > 1 ? 'cart.article.other' : 'cart.article.one', { numbers });
}

/** A deadline's long date ("mercredi 9 juin 2027") and time ("18:00"), in the commune's time. */
export function deadline(view: CartView, iso: string): { date: string; time: string } {
  return {
    date: view.i18n.longDate(iso),
    time: view.i18n.time(iso),
  };
}

function timeLeftText(view: CartView, left: TimeLeft): string {
  if (left === 'over') return view.t('cart.timeLeft.over');
  if (left === 'under-an-hour') return view.t('cart.timeLeft.underHour');
  const days = left.days > 0 ? quantity(view.i18n, 'day', left.days) : '';
  const hours = left.hours > 0 ? quantity(view.i18n, 'hour', left.hours) : '';
  return view.t('cart.timeLeft', {
    time: days && hours ? view.t('cart.timeLeft.both', { days, hours }) : days || hours,
  });
}

function renderArticle(view: CartView, article: CartArticle) {
  const left = timeLeft(article.dueAt, view.now);
  const mine = view.action?.articleId === article.id;
  const retry = () =>
    view.action?.kind === 'pay' ? view.startPayment(article) : view.removeArticle(article);
  return html`<li class="article" part="article">
    ${view.subheading(articleLabel(view, article))}
    <p class="amount">
      ${view.t('cart.amount', { amount: view.i18n.money(article.amountCents, article.currency) })}
    </p>
    <p part="deadline">
      <time datetime=${article.dueAt}>${view.t('cart.deadline', deadline(view, article.dueAt))}</time>
    </p>
    <p class="time-left ${isUrgent(left) ? 'time-left--urgent' : ''}" part="time-left">
      ${timeLeftText(view, left)}
    </p>
    <details
      part="breakdown"
      @toggle=${(event: Event) => (event.target as HTMLDetailsElement).open && view.openBreakdown(article)}
    >
      <summary>${view.t('cart.breakdown')}</summary>
      ${view.breakdown(article)}
    </details>
    ${
      view.confirming === article.id
        ? view.removalQuestion(article)
        : html`<div class="actions" part="actions">
              ${button({
                label: view.t('cart.pay'),
                variant: 'primary',
                busy: view.submission.busy() && mine,
                busyLabel: view.t('ui.sending'),
                onClick: () => view.pay(article),
              })}
              <span data-button="remove-${article.id}">
                ${button({ label: view.t('cart.remove'), onClick: () => view.askRemoval(article) })}
              </span>
            </div>
            <p class="hint">${view.t('cart.pay.hint')}</p>`
    }
    ${mine ? view.submission.renderError(view.i18n, retry) : nothing}
  </li>`;
}

/** The articles, the total and the note on the deadline; or "Votre panier est vide." */
export function renderCart(view: CartView, cart: Cart) {
  if (cart.articles.length === 0)
    return view.notice?.kind === 'paid' ? nothing : html`<p part="empty">${view.t('cart.empty')}</p>`;
  return html`<div part="cart">
    <ul class="articles">
      ${cart.articles.map((article) => renderArticle(view, article))}
    </ul>
    <p class="total" part="total">
      ${view.t('cart.total', { amount: view.i18n.money(cart.totalCents, cart.currency) })}
    </p>
    <p class="hint" part="note">${view.t('cart.note')}</p>
  </div>`;
}
