import { html } from 'lit';
import type { BookingItem, Unit } from '../../domain/index.js';
import { localString } from '../../shared/i18n/local-text.js';
import { dayName, type CalendarLocalizer } from './cell-words.js';

// A list of booking items with what each gave (the answer to sent changes, a period booking's or a
// copy's preview and answer). Its words are the recap's messages: a part using it loads them.

export interface ItemsView {
  i18n: CalendarLocalizer;
  units: ReadonlyMap<string, Unit>;
  /** The children's first names. */
  names: ReadonlyMap<string, string>;
}

/** "+ 5,00 €", "− 2,50 €": the sign always shown. */
export function signed(i18n: CalendarLocalizer, cents: number, currency: string): string {
  const amount = i18n.money(Math.abs(cents), currency);
  return cents > 0 ? `+ ${amount}` : cents < 0 ? `− ${amount}` : amount;
}

/** "jeudi 21 janvier · Accueil du matin · Nahel". */
export function itemName(view: ItemsView, item: { childId: string; unitId: string; date: string }): string {
  const unit = view.units.get(item.unitId);
  return [
    dayName(view.i18n, item.date),
    unit ? localString(view.i18n, unit.name) : '',
    view.names.get(item.childId),
  ]
    .filter(Boolean)
    .join(' · ');
}

type RefusalKey =
  | 'deadline-passed'
  | 'not-offered'
  | 'not-enrolled'
  | 'incompatible'
  | 'health-form-missing'
  | 'invoiced'
  | 'presence-only'
  | 'not-booked';

/** "Réservé", "Refusé : délai dépassé", "Annulé (facturé)". */
export function outcomeWords(i18n: CalendarLocalizer, item: BookingItem): string {
  const outcome = i18n.t(`calendar.outcome.${item.outcome}`);
  if (item.outcome === 'refused' && item.reason)
    return `${outcome} : ${i18n.t(`calendar.refusal.${item.reason.slice('booking.'.length) as RefusalKey}`)}`;
  return item.billed ? `${outcome} (${i18n.t('calendar.outcome.billed')})` : outcome;
}

/** Each item's day, unit and child, what it gives, and its price change. */
export function itemsList(view: ItemsView, items: readonly BookingItem[], currency: string) {
  return html`<ul class="recap__list">
    ${items.map(
      (item) =>
        html`<li
          class="recap__item answer__item answer__item--${item.outcome}"
          part="answer-item answer-${item.outcome}"
        >
          <span>${itemName(view, item)}</span>
          <strong>${outcomeWords(view.i18n, item)}</strong>
          <span class="recap__price">${signed(view.i18n, item.deltaCents, currency)}</span>
        </li>`,
    )}
  </ul>`;
}
