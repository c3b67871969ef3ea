import { html, nothing } from 'lit';
import { localString } from '../../shared/i18n/local-text.js';
import { button } from '../../shared/ui/index.js';
import { shownState } from './calendar-model.js';
import { pendingOf, type GridView } from './calendar-view.js';
import { sectionHeading } from './section-heading.js';
import { cellDetails, dayKindWords, dayName, lockWords, stateWord } from './cell-words.js';
import { stateCode } from './legend.js';
import { panelStyles } from './panel.styles.js';

export { dayMessages as messages } from './messages/day/index.js';
export const styles = [panelStyles];

// A day's actions in words, opened from its column's button: loaded on the first opening (or when the page is idle).

/** The day's panel: each unit's state and deadline in words, with the action it allows, or why none. */
export function dayPanel(
  view: GridView,
  date: string,
  headingLevel: number,
  close: () => void,
  reportAbsence: (childId: string, opener: EventTarget | null) => void,
) {
  const { i18n, planning, index, rows } = view;
  const shown = rows.filter((row) => index.cell(row, date));
  const kind = rows[0] ? dayKindWords(i18n, index.day(rows[0].childId, date)) : undefined;
  return html`<section class="day-panel" part="day-panel" aria-labelledby="day-heading">
    ${sectionHeading(headingLevel, 'day', html`${dayName(i18n, date)}${kind ? html` · ${kind}` : nothing}`)}
    ${shown.length === 0 ? html`<p>${i18n.t('calendar.day.nothing')}</p>` : nothing}
    <ul class="day-panel__list">
      ${shown.map((row) => {
        const cell = index.cell(row, date)!;
        const pending = pendingOf(view, row, date);
        const details = pending ? [] : cellDetails(i18n, cell, planning.timeZone, planning.currency);
        const action = pending
          ? i18n.t('calendar.action.undo')
          : cell.actions.book
            ? i18n.t(
                cell.actions.book.outcome === 'waiting' ? 'calendar.action.waiting' : 'calendar.action.book',
              )
            : cell.actions.cancel
              ? i18n.t('calendar.action.cancel')
              : undefined;
        return html`<li class="day-panel__item">
          <span class="day-panel__what">
            ${stateCode(i18n, shownState(cell, pending))}
            <span>
              <strong>${localString(i18n, row.unit.name)}</strong
              >${row.childName ? html` · ${row.childName}` : nothing} :
              ${stateWord(i18n, shownState(cell, pending), cell)}${details.length ? html`<span class="hint"> · ${details.join(' · ')}</span>` : nothing}
            </span>
          </span>
          ${
            cell.actions.absence && !pending
              ? button({
                  label: i18n.t('calendar.absence.open'),
                  onClick: (event) => reportAbsence(row.childId, event.currentTarget),
                })
              : nothing
          }
          ${
            action
              ? button({ label: action, onClick: () => view.activate(row, date) })
              : html`<span class="hint"
                  >${lockWords(i18n, cell, planning.timeZone) ?? i18n.t('calendar.noAction')}</span
                >`
          }
        </li>`;
      })}
    </ul>
    <div class="actions">${button({ label: i18n.t('calendar.day.close'), onClick: close })}</div>
  </section>`;
}
