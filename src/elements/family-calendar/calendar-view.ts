import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Planning, PlanningCell } from '../../domain/index.js';
import type { GridKeyboardController } from '../../shared/controllers/index.js';
import { localString } from '../../shared/i18n/local-text.js';
import {
  actionable,
  cellKey,
  shownState,
  type PendingChange,
  type PlanningIndex,
  type Row,
} from './calendar-model.js';
import { cellName, columnName, dayName, type CalendarLocalizer } from './cell-words.js';

/** Wide: a row per unit and a column per day. Narrow: a row per day (a list of days), never 31 columns. */
export type Layout = 'month' | 'days';

/** What the grid's templates render and call back. */
export interface GridView {
  i18n: CalendarLocalizer;
  planning: Planning;
  index: PlanningIndex;
  rows: readonly Row[];
  /** The month's dates (month layout), or the days with something to show (days layout). */
  dates: readonly string[];
  layout: Layout;
  month: string;
  today: string;
  pending: ReadonlyMap<string, PendingChange>;
  /**
   * Each cell's accessible name by `cellKey` and pending action: the host keeps
   * it while the planning and the words stay, so that a toggle names one cell again, not the month.
   */
  names: Map<string, string>;
  openDay: string | undefined;
  grid: GridKeyboardController;
  onKeydown(event: KeyboardEvent): void;
  activate(row: Row, date: string): void;
  toggleDay(date: string): void;
}

export const pendingOf = (view: GridView, row: Row, date: string) =>
  view.pending.get(cellKey(row.childId, row.unit.id, date));

/** The kind of the first row's child's day (the columns' look; each cell's name says its own child's). */
function kindOf(view: GridView, date: string): string {
  const childId = view.rows[0]?.childId;
  return (childId && view.index.day(childId, date)?.kind) || 'school-day';
}

/** One cell's button: its code (text as well as colour), named in full (`aria-label`, or `words` beside the code); greyed when nothing may be done. */
export function cellButton(
  view: GridView,
  row: Row,
  date: string,
  at: { row: number; column: number },
  words?: (cell: PlanningCell | undefined, pending: PendingChange | undefined) => unknown,
) {
  const { i18n, index } = view;
  const cell = index.cell(row, date);
  const pending = pendingOf(view, row, date);
  const state = cell ? shownState(cell, pending) : 'not-offered';
  const locked = !actionable(cell);
  const parts = `cell cell-${state}${locked ? ' cell-locked' : ''}${pending ? ' cell-pending' : ''}`;
  // The code's box is written here rather than by `stateCode`: one template per cell, not two.
  return html`<button
    type="button"
    class="cell cell--${state} ${locked ? 'cell--locked' : ''} ${pending ? 'cell--pending' : ''}"
    part=${parts}
    data-row=${at.row}
    data-column=${at.column}
    tabindex=${view.grid.tabindex(at)}
    aria-label=${words ? nothing : nameOf(view, row, date, cell, pending)}
    aria-disabled=${locked ? 'true' : nothing}
  >
    <span class="code code--${state}" aria-hidden="true">${i18n.t(`calendar.code.${state}`)}</span>${
      words ? words(cell, pending) : nothing
    }
  </button>`;
}

/** A cell's accessible name, from the host's names when it was already said. */
function nameOf(
  view: GridView,
  row: Row,
  date: string,
  cell: PlanningCell | undefined,
  pending: PendingChange | undefined,
): string {
  const key = `${cellKey(row.childId, row.unit.id, date)}|${pending?.action ?? ''}`;
  let name = view.names.get(key);
  if (name === undefined) {
    const { i18n, planning, index } = view;
    const day = index.day(row.childId, date);
    name = cellName(
      i18n,
      { row, date, day, timeZone: planning.timeZone, currency: planning.currency },
      cell,
      pending,
    );
    view.names.set(key, name);
  }
  return name;
}

/**
 * A click in the grid (a cell or a day's button; Enter and Space click too):
 * one listener for the grid rather than one per cell, the cell found by its
 * place (`data-row`, `data-column`) in the layout shown.
 */
export function onGridClick(view: GridView, event: Event): void {
  const button = (event.target as HTMLElement).closest<HTMLElement>('[data-column]');
  if (!button) return;
  const row = Number(button.dataset['row']);
  const column = Number(button.dataset['column']);
  const [date, index] = view.layout === 'month' ? [view.dates[column], row] : [view.dates[row], column];
  if (date === undefined) return;
  const shown = view.rows[index - 1];
  if (index === 0) view.toggleDay(date);
  else if (shown) view.activate(shown, date);
}

/** The day's actions button: opens the day's panel (every action of the day, in words). */
export function dayButton(
  view: GridView,
  date: string,
  at: { row: number; column: number },
  content: unknown,
) {
  return html`<button
    type="button"
    class="day-button ${date === view.today ? 'day-button--today' : ''}"
    part="day-button"
    data-row=${at.row}
    data-column=${at.column}
    tabindex=${view.grid.tabindex(at)}
    aria-expanded=${view.openDay === date ? 'true' : 'false'}
    aria-current=${ifDefined(date === view.today ? 'date' : undefined)}
  >
    <span class="day-button__face" aria-hidden="true">${content}</span>
    <span class="visually-hidden"
      >${view.i18n.t('calendar.dayActions', { date: dayName(view.i18n, date) })}</span
    >
  </button>`;
}

/** A row per unit (and child), a column per day of the month; the header row holds each day's actions button. */
export function monthGrid(view: GridView, label: string) {
  const { i18n, rows, dates } = view;
  return html`<div class="grid-scroll" part="grid-scroll">
    <table
      role="grid"
      class="grid"
      part="grid"
      aria-label=${label}
      aria-describedby="instructions"
      @keydown=${view.onKeydown}
      @focusin=${view.grid.onFocusin}
      @click=${(event: Event) => onGridClick(view, event)}
    >
      <thead>
        <tr>
          <th scope="col" class="corner">
            <span class="visually-hidden">${i18n.t('calendar.view.activity')}</span>
          </th>
          ${dates.map((date, column) => {
            const { weekday, day } = columnName(i18n, date);
            return html`<th scope="col" class="column column--${kindOf(view, date)}" part="column">
              ${dayButton(view, date, { row: 0, column }, html`<span>${weekday}</span><span>${day}</span>`)}
            </th>`;
          })}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row, index) =>
            html`<tr>
              <th scope="row" class="row-name" part="row-name">
                <span class="row-name__unit">${localString(i18n, row.unit.name)}</span>
                ${row.childName ? html`<span class="row-name__child">${row.childName}</span>` : nothing}
              </th>
              ${dates.map(
                (date, column) =>
                  html`<td role="gridcell" class="column--${kindOf(view, date)}">
                    ${cellButton(view, row, date, { row: index + 1, column })}
                  </td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** Without a child enrolled in an activity, where to enrol. */
export function noChild(i18n: CalendarLocalizer) {
  return html`<div class="callout" part="empty">
    <p>${i18n.t('calendar.noChild')}</p>
    <p class="hint">${i18n.t('calendar.noChild.hint')}</p>
  </div>`;
}

/** How to use the grid, and how many changes wait to be sent. */
export function gridIntro(i18n: CalendarLocalizer, count: number) {
  return html`<p id="instructions" class="hint">${i18n.t('calendar.instructions')}</p>
    ${
      count
        ? html`<p class="pending-count" part="pending-count">
            ${i18n.t(count === 1 ? 'calendar.pendingCount.one' : 'calendar.pendingCount.other', { count })}
          </p>`
        : nothing
    }`;
}
