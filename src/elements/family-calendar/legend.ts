import { html } from 'lit';
import type { ShownState } from './calendar-model.js';
import type { CalendarLocalizer } from './cell-words.js';

/** The states the legend explains, in the order parents meet them (seed 004's legend, seed 003's letters). */
const legendStates: readonly ShownState[] = [
  'available',
  'few-places',
  'full',
  'booked',
  'requested',
  'waiting',
  'refused',
  'cancel-requested',
  'absence-requested',
  'absent-excused',
  'absent-billed',
  'present',
  'not-offered',
  'add',
  'remove',
];

/** The state's code in its box, as a cell shows it. */
export function stateCode(i18n: CalendarLocalizer, state: ShownState) {
  return html`<span class="code code--${state}" aria-hidden="true"
    >${i18n.t(`calendar.code.${state}`)}</span
  >`;
}

/**
 * The legend, always shown: each state's code and colour with its words (text
 * as well as colour), and what a greyed-out cell means. Every action is a
 * click, Enter or Space: no right-click.
 */
export function legend(i18n: CalendarLocalizer, headingLevel: number) {
  return html`<section class="legend" part="legend" aria-labelledby="legend-heading">
    <div id="legend-heading" class="h4" role="heading" aria-level=${Math.min(headingLevel + 1, 6)}>
      ${i18n.t('calendar.legend')}
    </div>
    <ul class="legend__list">
      ${legendStates.map(
        (state) =>
          html`<li class="legend__item">
            ${stateCode(i18n, state)}
            <span
              >${state === 'few-places' ? i18n.t('calendar.legend.few-places') : i18n.t(`calendar.state.${state}`)}</span
            >
          </li>`,
      )}
      <li class="legend__item">
        <span class="code code--locked" aria-hidden="true">○</span
        ><span>${i18n.t('calendar.legend.locked')}</span>
      </li>
    </ul>
  </section>`;
}
