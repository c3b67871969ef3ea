import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Planning, PlanningCell } from '../../domain/index.js';
import type { GridKeyboardController } from '../../shared/controllers/index.js';
import { localString } from '../../shared/i18n/local-text.js';
import { button } from '../../shared/ui/index.js';
import {
  actionable,
  cellKey,
  shownState,
  type PendingChange,
  type PlanningIndex,
  type Row,
} from './calendar-model.js';
import {
  cellDetails,
  cellName,
  columnName,
  dayKindWords,
  dayName,
  lockWords,
  stateWord,
  type CalendarLocalizer,
} from './cell-words.js';
import { stateCode } from './legend.js';

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
  openDay: string | undefined;
  grid: GridKeyboardController;
  onKeydown(event: KeyboardEvent): void;
  activate(row: Row, date: string): void;
  toggleDay(date: string): void;
}

const pendingOf = (view: GridView, row: Row, date: string) =>
  view.pending.get(cellKey(row.childId, row.unit.id, date));

/** The kind of the first row's child's day (the columns' look; each cell's name says its own child's). */
function kindOf(view: GridView, date: string): string {
  const childId = view.rows[0]?.childId;
  return (childId && view.index.day(childId, date)?.kind) || 'school-day';
}

/** One cell's button: its code (text as well as colour), named in full; greyed when nothing may be done. */
function cellButton(
  view: GridView,
  row: Row,
  date: string,
  at: { row: number; column: number },
  wide: boolean,
) {
  const { i18n, planning, index } = view;
  const cell = index.cell(row, date);
  const pending = pendingOf(view, row, date);
  const day = index.day(row.childId, date);
  const name = cellName(
    i18n,
    { row, date, day, timeZone: planning.timeZone, currency: planning.currency },
    cell,
    pending,
  );
  const state = cell ? shownState(cell, pending) : 'not-offered';
  const locked = !actionable(cell);
  const parts = `cell cell-${state}${locked ? ' cell-locked' : ''}${pending ? ' cell-pending' : ''}`;
  return html`<button
    type="button"
    class="cell cell--${state} ${locked ? 'cell--locked' : ''} ${pending ? 'cell--pending' : ''}"
    part=${parts}
    data-row=${at.row}
    data-column=${at.column}
    tabindex=${view.grid.tabindex(at)}
    aria-label=${wide ? name : nothing}
    aria-disabled=${locked ? 'true' : nothing}
    @click=${() => view.activate(row, date)}
  >
    ${stateCode(i18n, state)}${wide ? nothing : cellText(view, row, cell, pending)}
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

/** The day's actions button: opens the day's panel (every action of the day, in words). */
function dayButton(view: GridView, date: string, at: { row: number; column: number }, content: unknown) {
  return html`<button
    type="button"
    class="day-button ${date === view.today ? 'day-button--today' : ''}"
    part="day-button"
    data-row=${at.row}
    data-column=${at.column}
    tabindex=${view.grid.tabindex(at)}
    aria-expanded=${view.openDay === date ? 'true' : 'false'}
    aria-current=${ifDefined(date === view.today ? 'date' : undefined)}
    @click=${() => view.toggleDay(date)}
  >
    <span class="day-button__face" aria-hidden="true">${content}</span>
    <span class="visually-hidden"
      >${view.i18n.t('calendar.dayActions', { date: dayName(view.i18n, date) })}</span
    >
  </button>`;
}

/** A row per unit (and child), a column per day of the month; the header row holds each day's actions button. */
function monthGrid(view: GridView, label: string) {
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
                    ${cellButton(view, row, date, { row: index + 1, column }, true)}
                  </td>`,
              )}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** A row per day with something to show: its name, its actions button, then each unit's cell in words. */
function dayList(view: GridView, label: string) {
  const { i18n, rows, dates } = view;
  return html`<div
    role="grid"
    class="days"
    part="grid"
    aria-label=${label}
    aria-describedby="instructions"
    @keydown=${view.onKeydown}
    @focusin=${view.grid.onFocusin}
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
              ${cellButton(view, row, date, { row: index, column: column + 1 }, false)}
            </div>`,
        )}
      </div>`;
    })}
  </div>`;
}

export function renderGrid(view: GridView, label: string) {
  return view.layout === 'month' ? monthGrid(view, label) : dayList(view, label);
}

/** The day's panel: each unit's state and deadline in words, with the action it allows, or why none. */
export function dayPanel(view: GridView, date: string, headingLevel: number, close: () => void) {
  const { i18n, planning, index, rows } = view;
  const shown = rows.filter((row) => index.cell(row, date));
  const kind = rows[0] ? dayKindWords(i18n, index.day(rows[0].childId, date)) : undefined;
  return html`<section class="day-panel" part="day-panel" aria-labelledby="day-heading">
    <div
      id="day-heading"
      class="h3"
      role="heading"
      aria-level=${Math.min(headingLevel + 1, 6)}
      tabindex="-1"
      data-focus="day"
    >
      ${dayName(i18n, date)}${kind ? html` · ${kind}` : nothing}
    </div>
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
