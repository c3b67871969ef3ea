import { html, nothing } from 'lit';
import { sectionHeading } from './section-heading.js';
import type { FamilyPortalAdapter } from '../../adapter/index.js';
import type { BookingResult } from '../../domain/index.js';
import type { ActionController } from '../../shared/controllers/index.js';
import { button } from '../../shared/ui/index.js';
import type { PendingChange } from './calendar-model.js';
import { deltaOf, recapOf, toChanges } from './recap-model.js';
import { itemName, itemsList, signed, type ItemsView } from './booking-items.js';
import type { CalendarLocalizer } from './cell-words.js';
import { panelStyles } from './panel.styles.js';

export { recapMessages as messages } from './messages/recap/index.js';
export const styles = [panelStyles];
export { unitsOf } from './recap-model.js';

// What the calendar shows once the parent has ticked a day: the recap of the changes to send and,
// once sent, the service's answer day by day. Loaded when first needed, or when the page is idle.

export interface RecapView extends ItemsView {
  headingLevel: number;
  currency: string;
  busy: boolean;
  send(): void;
  discard(): void;
  closeAnswer(): void;
}

function pendingLine(view: RecapView, change: PendingChange) {
  const { i18n } = view;
  const gives = change.billed
    ? i18n.t('calendar.recap.billed')
    : i18n.t(`calendar.recap.gives.${change.outcome}`);
  return html`<li class="recap__item" part="recap-item">
    <span>${itemName(view, change)}</span>
    <span class="hint">${gives}</span>
    <span class="recap__price">${signed(i18n, deltaOf(change), view.currency)}</span>
  </li>`;
}

function group(view: RecapView, title: string, changes: readonly PendingChange[]) {
  if (changes.length === 0) return nothing;
  return html`<div class="h4" role="heading" aria-level=${Math.min(view.headingLevel + 2, 6)}>${title}</div>
    <ul class="recap__list">
      ${changes.map((change) => pendingLine(view, change))}
    </ul>`;
}

/** The changes not sent yet: additions, cancellations, what each gives, the price change; send or drop them. */
export function renderRecap(view: RecapView, changes: readonly PendingChange[], error: unknown) {
  const { i18n } = view;
  const { additions, cancellations, totalDeltaCents } = recapOf(changes);
  return html`<section class="recap" part="recap" aria-labelledby="recap-heading">
    ${sectionHeading(view.headingLevel, 'recap', i18n.t('calendar.recap.title'))}
    ${group(view, i18n.t('calendar.recap.additions'), additions)}
    ${group(view, i18n.t('calendar.recap.cancellations'), cancellations)}
    <p class="recap__total" part="total">
      ${i18n.t('calendar.recap.total', { amount: signed(i18n, totalDeltaCents, view.currency) })}
    </p>
    ${error}
    <div class="actions">
      <span data-button="send"
        >${button({
          label: i18n.t('calendar.recap.send'),
          busyLabel: i18n.t('calendar.recap.sending'),
          variant: 'primary',
          busy: view.busy,
          onClick: () => view.send(),
        })}</span
      >
      <span data-button="discard"
        >${button({ label: i18n.t('calendar.recap.discard'), onClick: () => view.discard() })}</span
      >
    </div>
  </section>`;
}

/** The service's answer day by day: booked, requested, waiting list, or refused with the reason in words. */
export function renderAnswer(view: RecapView, result: BookingResult) {
  const { i18n } = view;
  return html`<section class="answer" part="answer" aria-labelledby="answer-heading">
    ${sectionHeading(view.headingLevel, 'answer', i18n.t('calendar.answer.title'))}
    <p class="hint">${i18n.t('calendar.answer.reference', { number: result.receipt.number })}</p>
    ${itemsList(view, result.items, result.currency)}
    <p class="recap__total" part="total">
      ${i18n.t('calendar.answer.total', { amount: signed(i18n, result.totalDeltaCents, result.currency) })}
    </p>
    <div class="actions">
      ${button({ label: i18n.t('calendar.answer.close'), onClick: () => view.closeAnswer() })}
    </div>
  </section>`;
}

/**
 * "Envoyer mes demandes": every change in one request, sent once (one
 * idempotency key until the service answers, across a reload); `undefined`
 * when it failed (the action shows the error with "Réessayer").
 */
export async function sendChanges(
  adapter: FamilyPortalAdapter,
  action: ActionController,
  pending: readonly PendingChange[],
): Promise<BookingResult | undefined> {
  const changes = toChanges(pending);
  const sent = await action.send(
    (idempotencyKey) => adapter.changeBookings({ changes }, { idempotencyKey }),
    { payload: changes, operation: 'change-bookings' },
  );
  return sent?.value;
}

/** What is said once the service answered: how many days it processed. */
export function answerAnnouncement(i18n: CalendarLocalizer, result: BookingResult): string {
  const count = result.items.length;
  return i18n.t(count === 1 ? 'calendar.answer.announce.one' : 'calendar.answer.announce.other', { count });
}

/** The answer once sent, then the recap while changes wait. */
export function recapSection(
  view: RecapView,
  changes: readonly PendingChange[],
  answer: BookingResult | undefined,
  error: unknown,
) {
  return html`${answer ? renderAnswer(view, answer) : nothing}
  ${changes.length ? renderRecap(view, changes, error) : nothing}`;
}
