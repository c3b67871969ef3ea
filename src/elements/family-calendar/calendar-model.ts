import type {
  Activity,
  BookingChange,
  CellStatus,
  ChildPlanning,
  Planning,
  PlanningCell,
  PlanningDay,
  Unit,
} from '../../domain/index.js';
import { array, literals, object, optional, string, type Shape } from '../../shared/shape.js';
import type { PendingAction } from '../../shared/draft.js';

/*
 * The calendar's model, without a DOM (Lion's calendar model): the shown
 * month's days, the rows (a child's unit), the cells, what toggling one
 * gives, and the recap's sums. Templates only render it.
 */

/** One row of the month: a unit of an activity the child is enrolled in. */
export interface Row {
  childId: string;
  childName: string;
  activity: Activity;
  unit: Unit;
}

/** `child`: each child's units together; `activity`: each unit's children together (seed 002). */
export type CalendarView = 'child' | 'activity';

/** A change the parent ticked and has not sent yet, with what the cell said it would give and cost. */
export interface PendingChange extends BookingChange {
  priceCents: number;
  /** What the server said this change gives (`actions.book.outcome`, `actions.cancel.outcome`). */
  outcome: 'booked' | 'requested' | 'waiting' | 'cancelled' | 'cancel-requested';
  /** A late cancellation still billed: it saves nothing. */
  billed?: boolean;
}

/** What the calendar keeps in sessionStorage: the changes not sent, and the key of a sending not acknowledged. */
export interface CalendarDraft {
  changes: PendingChange[];
  pending?: PendingAction;
}

const cents: Shape<number> = {
  safeParse: (value) =>
    Number.isInteger(value) ? { success: true, data: value as number } : { success: false },
};

export const calendarDraftShape: Shape<CalendarDraft> = object({
  changes: array(
    object({
      childId: string(),
      unitId: string(),
      date: string(),
      action: literals(['book', 'cancel'] as const),
      priceCents: cents,
      outcome: literals(['booked', 'requested', 'waiting', 'cancelled', 'cancel-requested'] as const),
    }),
  ),
  pending: optional(object({ key: string(), fingerprint: string() })),
});

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A `yyyy-MM` month, or undefined. */
export function parseMonth(value: string | null | undefined): string | undefined {
  return value && monthPattern.test(value) ? value : undefined;
}

/** One formatter per time zone: every render asks for today. */
const isoDates = new Map<string, Intl.DateTimeFormat>();

/** Today's date in the commune's time zone, `yyyy-MM-dd`. */
export function todayIn(now: Date, timeZone: string): string {
  let format = isoDates.get(timeZone);
  if (!format) {
    // The Swedish locale writes ISO dates.
    format = new Intl.DateTimeFormat('sv-SE', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    isoDates.set(timeZone, format);
  }
  return format.format(now);
}

/** The month `delta` months after `month`. */
export function shiftMonth(month: string, delta: number): string {
  const [year = 0, index = 1] = month.split('-').map(Number);
  const shifted = new Date(Date.UTC(year, index - 1 + delta, 1));
  return shifted.toISOString().slice(0, 7);
}

/** Every date of the month, `yyyy-MM-dd`. */
export function monthDates(month: string): string[] {
  const [year = 0, index = 1] = month.split('-').map(Number);
  const count = new Date(Date.UTC(year, index, 0)).getUTCDate();
  return Array.from({ length: count }, (_, day) => `${month}-${String(day + 1).padStart(2, '0')}`);
}

/** The range `getPlanning` is asked for: the month. */
export function monthRange(month: string): { from: string; to: string } {
  const dates = monthDates(month);
  return { from: dates[0]!, to: dates[dates.length - 1]! };
}

/** ISO weekday of a date: 1 Monday … 7 Sunday. */
export function weekdayOf(date: string): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export const cellKey = (childId: string, unitId: string, date: string) => `${childId}|${unitId}|${date}`;

const indexes = new WeakMap<Planning, PlanningIndex>();

/** The cells of a planning by `cellKey`, and its days by child and date. */
export class PlanningIndex {
  private readonly cells = new Map<string, PlanningCell>();
  private readonly days = new Map<string, PlanningDay>();

  /** The planning's index, made once per planning read (every render and click asks for it). */
  static of(planning: Planning): PlanningIndex {
    let index = indexes.get(planning);
    if (!index) {
      index = new PlanningIndex(planning);
      indexes.set(planning, index);
    }
    return index;
  }

  constructor(readonly planning: Planning) {
    for (const child of planning.children) {
      for (const cell of child.cells) this.cells.set(cellKey(child.childId, cell.unitId, cell.date), cell);
      for (const day of child.days) this.days.set(`${child.childId}|${day.date}`, day);
    }
  }

  cell(row: Pick<Row, 'childId' | 'unit'>, date: string): PlanningCell | undefined {
    return this.cells.get(cellKey(row.childId, row.unit.id, date));
  }

  /** The cell of a `cellKey`. */
  cellAt(key: string): PlanningCell | undefined {
    return this.cells.get(key);
  }

  day(childId: string, date: string): PlanningDay | undefined {
    return this.days.get(`${childId}|${date}`);
  }
}

/**
 * The rows shown: per child (`child-id` alone, or every child) each unit of
 * the activities they are enrolled in, grouped by child or by unit.
 */
export function rowsOf(
  planning: Planning,
  names: ReadonlyMap<string, string>,
  view: CalendarView,
  childId?: string,
): Row[] {
  const children: ChildPlanning[] = planning.children.filter(
    (child) => childId === undefined || child.childId === childId,
  );
  const rows: Row[] = [];
  for (const activity of planning.activities) {
    for (const unit of activity.units) {
      for (const child of children) {
        if (!child.activityIds.includes(activity.id)) continue;
        rows.push({ childId: child.childId, childName: names.get(child.childId) ?? '', activity, unit });
      }
    }
  }
  if (view === 'activity') return rows;
  const order = children.map((child) => child.childId);
  // A stable sort keeps each child's units in the activities' order.
  return rows.sort((a, b) => order.indexOf(a.childId) - order.indexOf(b.childId));
}

/** Where the grid's cells are: its dates (in the list of days, those where a row has a cell), its size, a date's first cell. */
export function gridShape(
  month: string,
  layout: 'month' | 'days',
  rows: readonly Row[],
  index: PlanningIndex | undefined,
) {
  const all = monthDates(month);
  const dates =
    layout === 'month' || !index ? all : all.filter((date) => rows.some((row) => index.cell(row, date)));
  const wide = layout === 'month';
  return {
    dates,
    size: wide
      ? { rows: rows.length + 1, columns: dates.length }
      : { rows: dates.length, columns: rows.length + 1 },
    cellOf(date: string): { row: number; column: number } {
      const at = Math.max(
        dates.findIndex((shown) => shown >= date),
        0,
      );
      return wide ? { row: 1, column: at } : { row: at, column: 1 };
    },
  };
}

/** The status a cell shows: `add`/`remove` while a change is pending on it. */
export type ShownState = CellStatus | 'add' | 'remove';

export function shownState(cell: PlanningCell, pending: PendingChange | undefined): ShownState {
  if (!pending) return cell.status;
  return pending.action === 'book' ? 'add' : 'remove';
}

/** Whether the parent may do anything on the cell (so it is not shown greyed out). */
export function actionable(cell: PlanningCell | undefined): boolean {
  return Boolean(cell && (cell.actions.book || cell.actions.cancel));
}

/**
 * What toggling a cell gives: the pending change undone, a new one (only what
 * the cell's `actions` allow: never what the server will refuse), or why not.
 */
export function toggle(
  changes: readonly PendingChange[],
  childId: string,
  cell: PlanningCell,
): { changes: PendingChange[]; added?: PendingChange } | { locked: true } {
  const key = cellKey(childId, cell.unitId, cell.date);
  const kept = changes.filter((change) => cellKey(change.childId, change.unitId, change.date) !== key);
  if (kept.length !== changes.length) return { changes: kept };
  const base = { childId, unitId: cell.unitId, date: cell.date, priceCents: cell.priceCents };
  const { book, cancel } = cell.actions;
  let added: PendingChange | undefined;
  if (book) added = { ...base, action: 'book', outcome: book.outcome };
  else if (cancel) added = { ...base, action: 'cancel', outcome: cancel.outcome, billed: cancel.billed };
  if (!added) return { locked: true };
  return { changes: [...kept, added].sort(byDate), added };
}

const byDate = (a: BookingChange, b: BookingChange) =>
  a.date.localeCompare(b.date) || a.childId.localeCompare(b.childId) || a.unitId.localeCompare(b.unitId);
