import type {
  CellActions,
  CellStatus,
  ChildPlanning,
  Planning,
  PlanningCell,
  PlanningRange,
  Unit,
} from '../calendar.js';
import { datesBetween } from './dates.js';
import { offered } from './school-days.js';
import {
  bookCheck,
  cancelCheck,
  contextOf,
  endOf,
  placesLeft,
  priceOf,
  recordAt,
  type Block,
  type Context,
} from './rules.js';
import type { BookingRecord, CalendarChild, CalendarState, UnitOf } from './state.js';

/** A cancelled record shows as the free day it is again. */
const isShown = (record: BookingRecord): record is BookingRecord & { status: CellStatus } =>
  record.status !== 'cancelled';

/** "Dernières places": this many or fewer left. */
export const fewPlaces = 3;

const lockOf = (block: Block): PlanningCell['locked'] =>
  block.reason === 'not-offered' || block.reason === 'not-booked'
    ? undefined
    : { reason: block.reason, ...(block.deadline ? { deadline: block.deadline.toISOString() } : {}) };

/** A day nothing holds (or refused): its places, and booking it. */
function freeCell(
  context: Context,
  child: CalendarChild,
  unitOf: UnitOf,
  date: string,
  refused: boolean,
): Pick<PlanningCell, 'status' | 'placesLeft' | 'actions' | 'locked'> {
  const { unit } = unitOf;
  const check = bookCheck(context, child, unitOf, date);
  const left = placesLeft(context, unit, date);
  const status: CellStatus = refused
    ? 'refused'
    : !offered(unit, context.days(child.schoolSiteId, date).day)
      ? 'not-offered'
      : left <= 0
        ? 'full'
        : left <= fewPlaces
          ? 'few-places'
          : 'available';
  const places = status === 'few-places' ? { placesLeft: left } : {};
  if ('block' in check) {
    const locked = lockOf(check.block);
    return { status, ...places, actions: {}, ...(locked ? { locked } : {}) };
  }
  const outcome = left <= 0 ? 'waiting' : unit.validation === 'manual' ? 'requested' : 'booked';
  return { status, ...places, actions: { book: { until: check.until.toISOString(), outcome } } };
}

/** A day the child holds: cancelling it, reporting an absence. */
function heldCell(
  context: Context,
  child: CalendarChild,
  unit: Unit,
  record: BookingRecord & { status: CellStatus },
): Pick<PlanningCell, 'status' | 'actions' | 'locked'> {
  const { status } = record;
  const check = cancelCheck(context, child, unit, record);
  const actions: CellActions = {};
  if (!('block' in check))
    actions.cancel = {
      ...(check.until ? { until: check.until.toISOString() } : {}),
      outcome: check.outcome,
      billed: check.billed,
    };
  // A booked day that can no longer be cancelled can still be reported absent, until it is over.
  const dayOver = 'block' in check && ['past', 'invoiced', 'presence-only'].includes(check.block.reason);
  if (status === 'booked' && !dayOver) actions.absence = { until: endOf(context, record.date).toISOString() };
  const locked = 'block' in check ? lockOf(check.block) : undefined;
  return { status, actions, ...(locked ? { locked } : {}) };
}

function childPlanning(context: Context, child: CalendarChild, dates: readonly string[]): ChildPlanning {
  const cells: PlanningCell[] = [];
  for (const date of dates) {
    const { day, regular } = context.days(child.schoolSiteId, date);
    for (const activity of context.state.activities) {
      for (const unit of activity.units) {
        const record = recordAt(context, child.id, unit.id, date);
        const live = record && isShown(record) ? record : undefined;
        // A cell per day the unit runs (closed days shown closed), and per day something was booked.
        if (!live && !offered(unit, day) && !offered(unit, regular)) continue;
        const refused = live?.status === 'refused';
        const shown =
          live && !refused
            ? heldCell(context, child, unit, live)
            : freeCell(context, child, { activity, unit }, date, refused);
        cells.push({
          unitId: unit.id,
          date,
          ...shown,
          priceCents: priceOf(context, unit),
          ...(refused && live.note ? { note: live.note } : {}),
        });
      }
    }
  }
  return {
    childId: child.id,
    activityIds: [...child.activityIds],
    days: dates.map((date) => context.days(child.schoolSiteId, date).day),
    cells,
  };
}

/**
 * The family's planning from `range.from` to `range.to` as of `now`: each
 * child's days, and a cell per unit and day it runs (or that holds a record),
 * with its state, price for this family, what the parent may do until when,
 * or why not.
 */
export function planningOf(state: CalendarState, range: PlanningRange, now: Date): Planning {
  const context = contextOf(state, now);
  const dates = datesBetween(range.from, range.to);
  return {
    from: range.from,
    to: range.to,
    at: now.toISOString(),
    timeZone: state.timeZone,
    currency: 'EUR',
    activities: state.activities,
    children: state.children.map((child) => childPlanning(context, child, dates)),
  };
}
