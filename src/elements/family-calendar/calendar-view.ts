import { html, noChange, nothing, type ChildPart } from 'lit';
import { Directive, directive } from 'lit/directive.js';
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
  type ShownState,
} from './calendar-model.js';
import { cellName, columnName, dayName, dayPlace, rowName, type CalendarLocalizer } from './cell-words.js';

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

/** What a cell shows: its state, whether it is locked, pending, its code's class and its parts. */
export function cellLook(view: GridView, key: string) {
  const cell = view.index.cellAt(key);
  const pending = view.pending.get(key);
  const state = cell ? shownState(cell, pending) : 'not-offered';
  const locked = !actionable(cell);
  const parts = `cell cell-${state}${locked ? ' cell-locked' : ''}${pending ? ' cell-pending' : ''}`;
  const classes = `cell cell--${state}${locked ? ' cell--locked' : ''}${pending ? ' cell--pending' : ''}`;
  return { cell, pending, state, locked, parts, classes };
}

/** What a month's cell shows and says: its attributes in the order `monthCells` writes them, then its code's class and text. */
type CellValues = [
  classes: string,
  part: string,
  row: string,
  column: string,
  tabindex: string,
  label: string,
  disabled: string | undefined,
  codeClass: string,
  code: string,
];
const cellAttributes = [
  'class',
  'part',
  'data-row',
  'data-column',
  'tabindex',
  'aria-label',
  'aria-disabled',
];

/** A month's cell in the page: the table's cell, its code's box, and what they show. */
interface ShownCell {
  td: HTMLTableCellElement;
  code: HTMLSpanElement;
  values?: CellValues;
}

/**
 * One row's cells of the month. The grid's cell itself is what takes focus
 * (APG grid; no button inside, a month has hundreds), named in full, its
 * code shown (text as well as colour), greyed when nothing may be done.
 *
 * A directive rather than a template per cell: a month is 744 cells, and a
 * template per cell costs a template instance, its markers and nine parts
 * each (time on every month shown, memory while it is). Here each cell is a
 * `<td>` and a `<span>` made once, and a render writes only the attributes
 * that changed (a toggle: one cell's); a row none of whose inputs changed (the
 * planning, the words, its pending changes, the Tab stop in it) is skipped.
 * The cells stay the same elements from one render to the next (focus stays).
 */
class MonthCells extends Directive {
  private cells: ShownCell[] = [];
  private said: readonly unknown[] = [];

  render(..._: Parameters<typeof rowInputs>): unknown {
    return noChange;
  }

  /** `part`: a row's content (after its header cell). */
  override update(part: ChildPart, inputs: Parameters<typeof rowInputs>): unknown {
    const said = rowInputs(...inputs);
    if (said.every((value, index) => value === this.said[index])) return noChange;
    this.said = said;
    const [view, row, index, kinds, places] = inputs;
    const { dates } = view;
    const parent = part.parentNode;
    for (let column = 0; column < dates.length; column += 1) {
      let shown = this.cells[column];
      if (!shown) {
        const td = document.createElement('td');
        td.setAttribute('role', 'gridcell');
        const code = document.createElement('span');
        code.setAttribute('aria-hidden', 'true');
        td.append(code);
        parent.insertBefore(td, part.endNode);
        shown = { td, code };
        this.cells.push(shown);
      }
      write(shown, cellValues(view, row, dates[column]!, { row: index, column }, kinds[column]!, places));
    }
    for (const removed of this.cells.splice(dates.length)) removed.td.remove();
    return noChange;
  }
}

/** What a row's cells depend on beside the view's words and planning: its pending changes, the Tab stop in it. */
function rowInputs(view: GridView, row: Row, index: number, kinds: readonly string[], _places: Places) {
  const { active } = view.grid;
  const tabStop = active.row === index && view.grid.tabindex(active) === 0 ? active.column : -1;
  let pending = '';
  for (const change of view.pending.values())
    if (change.childId === row.childId && change.unitId === row.unit.id)
      pending += change.date + change.action;
  return [
    view.index,
    view.names,
    `${view.month}|${kinds}|${row.childId}|${row.unit.id}|${index}|${pending}|${tabStop}`,
  ];
}

/** One row's cells (`index`: the row's place in the grid, the header's row being 0). */
const monthCells = directive(MonthCells);

function cellValues(
  view: GridView,
  row: Row,
  date: string,
  at: { row: number; column: number },
  kind: string,
  places: Places,
): CellValues {
  const key = cellKey(row.childId, row.unit.id, date);
  const { cell, pending, state, locked, parts, classes } = cellLook(view, key);
  return [
    `${classes} column--${kind}`,
    parts,
    `${at.row}`,
    `${at.column}`,
    `${view.grid.tabindex(at)}`,
    nameOf(view, { row, date, key }, cell, pending, places),
    locked ? 'true' : undefined,
    `code code--${state}`,
    places.code(state),
  ];
}

/** Writes what changed since the cell's last values (the last two: its code's class and text). */
function write(shown: ShownCell, values: CellValues): void {
  const last = shown.values;
  values.forEach((value, index) => {
    if (last?.[index] === value) return;
    if (index > 6) shown.code[index > 7 ? 'textContent' : 'className'] = value!;
    else if (value === undefined) shown.td.removeAttribute(cellAttributes[index]!);
    else shown.td.setAttribute(cellAttributes[index]!, value);
  });
  shown.values = values;
}

/** `make`, asked once per key. */
function once<K, V>(make: (key: K) => V): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key)!;
  };
}

/** What the cells say once per render: a day's part of their names (per child and date: schools differ), a row's, a state's code. */
function placesOf(view: GridView) {
  const { i18n, index } = view;
  return {
    day: once((key: string) => {
      const [childId = '', date = ''] = key.split('|');
      return dayPlace(i18n, date, index.day(childId, date));
    }),
    row: once((row: Row) => rowName(i18n, row)),
    code: once((state: ShownState) => i18n.t(`calendar.code.${state}`)),
    /** The states' words by what they depend on (`cellName`). */
    said: new Map<string, string>(),
  };
}

type Places = ReturnType<typeof placesOf>;

/** A cell's accessible name, from the host's names when it was already said. */
function nameOf(
  view: GridView,
  { row, date, key: cellId }: { row: Row; date: string; key: string },
  cell: PlanningCell | undefined,
  pending: PendingChange | undefined,
  places: Places,
): string {
  const key = pending ? `${cellId}|${pending.action}` : cellId;
  let name = view.names.get(key);
  if (name === undefined) {
    const { i18n, planning } = view;
    const place = { ...places.day(`${row.childId}|${date}`), row: places.row(row) };
    const context = { timeZone: planning.timeZone, currency: planning.currency, place, said: places.said };
    name = cellName(i18n, context, cell, pending);
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
  const kinds = dates.map((date) => kindOf(view, date));
  const places = placesOf(view);
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
            return html`<th scope="col" class="column column--${kinds[column]}" part="column">
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
              ${monthCells(view, row, index + 1, kinds, places)}
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
