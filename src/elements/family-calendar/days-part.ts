import { css, html, nothing } from 'lit';
import type { PlanningCell } from '../../domain/index.js';
import { localString } from '../../shared/i18n/local-text.js';
import { cellKey, shownState, type PendingChange, type Row } from './calendar-model.js';
import { cellLook, dayButton, onGridClick, type GridView } from './calendar-view.js';
import { cellDetails, dayKindWords, dayName, stateWord } from './cell-words.js';

// The month as a list of days, each unit's cell in words: what narrow screens show instead of the
// table. Loaded when the element is first that narrow (a phone downloads it with the planning).

export const styles = [
  css`
    .days {
      display: grid;
      gap: var(--_space);
    }
    .day {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
      display: grid;
      gap: calc(var(--_space) / 2);
    }
    .day__name {
      font-weight: 700;
    }
    .day__name::first-letter {
      text-transform: uppercase;
    }
    .day .day-button {
      flex-direction: row;
      justify-content: flex-start;
      text-decoration: underline;
      color: var(--_primary);
      min-height: 2.75em;
    }
    /* The list of days' cells are buttons (the month's, the table's cells: their styles are the element's). */
    button.cell {
      display: flex;
      align-items: center;
      gap: var(--_space);
      width: 100%;
      min-width: 2.4em;
      min-height: 2.75em;
      border: 0;
      background: transparent;
      font: inherit;
      color: inherit;
      padding: 2px;
    }
    .day .cell {
      justify-content: flex-start;
      text-align: start;
      border-top: 1px solid var(--_surface);
    }
    .cell__text {
      display: flex;
      flex-direction: column;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .cell__unit {
      font-weight: 700;
    }
    .cell__details {
      color: var(--_muted);
      font-size: 0.9em;
    }
  `,
];

/** One cell's button in the list of days: its code (text as well as colour) and its words beside it; greyed when nothing may be done. */
function cellButton(
  view: GridView,
  row: Row,
  date: string,
  at: { row: number; column: number },
  words: (cell: PlanningCell | undefined, pending: PendingChange | undefined) => unknown,
) {
  const { cell, pending, state, locked, parts, classes } = cellLook(
    view,
    cellKey(row.childId, row.unit.id, date),
  );
  return html`<button
    type="button"
    class=${classes}
    part=${parts}
    data-row=${at.row}
    data-column=${at.column}
    tabindex=${view.grid.tabindex(at)}
    aria-disabled=${locked ? 'true' : nothing}
  >
    <span class="code code--${state}" aria-hidden="true">${view.i18n.t(`calendar.code.${state}`)}</span
    >${words(cell, pending)}
  </button>`;
}

/** In the list of days, the cell says it all in words beside its code. */
function cellText(
  view: GridView,
  row: Row,
  cell: PlanningCell | undefined,
  pending: PendingChange | undefined,
) {
  const { i18n, planning } = view;
  const state = cell
    ? stateWord(i18n, shownState(cell, pending), cell)
    : i18n.t('calendar.state.not-offered');
  const details = cell && !pending ? cellDetails(i18n, cell, planning.timeZone, planning.currency) : [];
  return html`<span class="cell__text">
    <span class="cell__unit"
      >${localString(i18n, row.unit.name)}${row.childName ? html` · ${row.childName}` : nothing}</span
    >
    <span class="cell__state">${state}</span>
    ${details.length ? html`<span class="cell__details">${details.join(' · ')}</span>` : nothing}
  </span>`;
}

/** A row per day with something to show: its name, its actions button, then each unit's cell in words. */
export function dayList(view: GridView, label: string) {
  const { i18n, rows, dates } = view;
  return html`<div
    role="grid"
    class="days"
    part="grid"
    aria-label=${label}
    aria-describedby="instructions"
    @keydown=${view.onKeydown}
    @focusin=${view.grid.onFocusin}
    @click=${(event: Event) => onGridClick(view, event)}
  >
    ${dates.map((date, index) => {
      const kind = rows[0] ? dayKindWords(i18n, view.index.day(rows[0].childId, date)) : undefined;
      return html`<div role="row" class="day" part="day-row">
        <div role="rowheader" class="day__name">
          ${dayName(i18n, date)}${kind ? html`<span class="hint"> · ${kind}</span>` : nothing}
        </div>
        <div role="gridcell" class="day__actions">
          ${dayButton(view, date, { row: index, column: 0 }, i18n.t('calendar.action.menu'))}
        </div>
        ${rows.map(
          (row, column) =>
            html`<div role="gridcell" class="day__cell">
              ${cellButton(view, row, date, { row: index, column: column + 1 }, (cell, pending) =>
                cellText(view, row, cell, pending),
              )}
            </div>`,
        )}
      </div>`;
    })}
  </div>`;
}
