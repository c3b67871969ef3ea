import { html, nothing } from 'lit';
import type { CartArticle } from '../../domain/index.js';
import { closingBreakdown } from '../../shared/ui/breakdown.js';
import { button, errorPanel } from '../../shared/ui/index.js';
import { articleLabel, deadline, type CartView } from './cart-view.js';

import { breakdownStyles } from '../../shared/ui/breakdown.js';

export { noticeMessages as messages } from './messages/notices/index.js';
export const styles = [breakdownStyles];

// What the cart shows beyond its first look: the price breakdown (a closed "Détail du prix"), the
// removal question, and what it says after an action or a return from the payment provider ("Payé",
// refused, removed…). Loaded when first needed, or when the page is idle, with their messages.

/** The article's price, camp by camp and child by child. */
export function renderBreakdown(view: CartView, article: CartArticle) {
  return closingBreakdown(view.i18n, article.preview, view.headingLevel + 2);
}

function callout(view: CartView, part: string, text: string, error = false, reference?: string) {
  return html`<div
    class="callout ${error ? 'callout--error' : ''}"
    part=${part}
    tabindex="-1"
    data-focus="notice"
  >
    <p>${text}</p>
    ${reference ? html`<p class="hint">${view.t('ui.error.reference', { id: reference })}</p>` : nothing}
  </div>`;
}

/** What happened to the cart, at its top. */
export function renderNotice(view: CartView) {
  const { notice } = view;
  if (!notice) return nothing;
  switch (notice.kind) {
    case 'paid':
      return html`<div class="confirmation" part="paid" tabindex="-1" data-focus="notice">
        <div class="confirmation__title" role="heading" aria-level=${Math.min(view.headingLevel + 1, 6)}>
          ${view.t('cart.paid.title')}
        </div>
        <p class="confirmation__reference">
          ${view.t('cart.paid.amount', {
            amount: view.i18n.money(notice.article.amountCents, notice.article.currency),
          })}
        </p>
        <p>${articleLabel(view, notice.article)}</p>
        <p>
          ${view.t('cart.paid.places')}
          ${notice.email ? view.t('cart.paid.email', { email: notice.email }) : view.t('cart.paid.emailSent')}
        </p>
      </div>`;
    case 'refused':
    case 'cancelled':
      return callout(
        view,
        'payment-message',
        view.t(`cart.${notice.kind}`, deadline(view, notice.article.dueAt)),
        notice.kind === 'refused',
      );
    case 'unverified':
    case 'unknown':
      return callout(
        view,
        'payment-message',
        view.t(`cart.return.${notice.kind}`),
        true,
        notice.error.requestId,
      );
    case 'refused-return':
      // The service's words for its code (`ui.error.article.not-payable`), its reference, no "Réessayer".
      return html`<div tabindex="-1" data-focus="notice">
        ${errorPanel({ i18n: view.i18n, error: notice.error })}
      </div>`;
    default:
      return callout(view, 'message', view.t(`cart.${notice.kind}`));
  }
}

export function renderConfirm(view: CartView, article: CartArticle) {
  const id = `confirm-${article.id}`;
  return html`<div
    class="confirm"
    part="confirm"
    role="group"
    aria-labelledby=${id}
    aria-describedby="${id}-warning"
    @keydown=${(event: KeyboardEvent) => {
      if (event.key === 'Escape') view.keep(article);
    }}
  >
    <p class="confirm__question" id=${id}>${view.t('cart.remove.question')}</p>
    <p id="${id}-warning">${view.t('cart.remove.warning')}</p>
    <div class="actions">
      ${button({
        label: view.t('cart.remove.confirm'),
        variant: 'primary',
        busy: view.submission.busy(),
        busyLabel: view.t('ui.sending'),
        onClick: () => view.removeArticle(article),
      })}
      <span data-button="keep">
        ${button({ label: view.t('cart.remove.keep'), onClick: () => view.keep(article) })}
      </span>
    </div>
  </div>`;
}
