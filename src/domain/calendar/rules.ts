import type { Activity, LockReason, PlanningDay, Unit } from '../calendar.js';
import { addDays, dateIn, zonedInstant } from './dates.js';
import { deadlineOf } from './deadlines.js';
import { unitPriceCents } from './pricing.js';
import { daysOf, offered } from './school-days.js';
import {
  cancelRule,
  holdingStatuses,
  placesKey,
  recordKey,
  unitsById,
  type BookingRecord,
  type CalendarChild,
  type CalendarState,
  type UnitOf,
} from './state.js';

/*
 * The checks the planning shows and the decisions apply, written once: what
 * the planning offers is exactly what `decideChanges` accepts.
 */

/** Why a day cannot be booked or cancelled: a lock, or not offered at all (no cell). */
export type Block = { reason: LockReason | 'not-offered' | 'not-booked'; deadline?: Date };

/** The state a check reads, with the records and places as a batch of changes moves them. */
export interface Context {
  state: CalendarState;
  now: Date;
  /** Today in the commune's zone. */
  today: string;
  units: Map<string, UnitOf>;
  records: Map<string, BookingRecord>;
  taken: Map<string, number>;
  days: (schoolSiteId: string | undefined, date: string) => { day: PlanningDay; regular: PlanningDay };
}

export function contextOf(state: CalendarState, now: Date): Context {
  const cache = new Map<string, { day: PlanningDay; regular: PlanningDay }>();
  return {
    state,
    now,
    today: dateIn(now, state.timeZone),
    units: unitsById(state.activities),
    records: new Map(state.bookings.map((record) => [recordKey(record), record])),
    taken: new Map(state.taken),
    days: (schoolSiteId, date) => {
      const key = `${schoolSiteId ?? ''}|${date}`;
      let found = cache.get(key);
      if (!found) cache.set(key, (found = daysOf(state.calendars, schoolSiteId, date)));
      return found;
    },
  };
}

export const dayAtFor = (context: Context, child: CalendarChild) => (date: string) =>
  context.days(child.schoolSiteId, date).day;

export const priceOf = (context: Context, unit: Unit) => unitPriceCents(unit.pricing, context.state.quotient);

export const recordAt = (context: Context, childId: string, unitId: string, date: string) =>
  context.records.get(recordKey({ childId, unitId, date }));

/** The record, if it holds the day (booked, asked for, waited for, attended…). */
export function heldAt(context: Context, childId: string, unitId: string, date: string) {
  const record = recordAt(context, childId, unitId, date);
  return record && holdingStatuses.has(record.status) ? record : undefined;
}

export const placesLeft = (context: Context, unit: Unit, date: string) =>
  unit.capacity === undefined ? Infinity : unit.capacity - (context.taken.get(placesKey(unit.id, date)) ?? 0);

/** The start of `date`'s next day in the commune's zone: when the day is over. */
export const endOf = (context: Context, date: string) =>
  zonedInstant(addDays(date, 1), '00:00', context.state.timeZone);

/** A unit the child holds on `date` that `unit` excludes, or that excludes it. */
function excluded(context: Context, child: CalendarChild, unit: Unit, date: string): boolean {
  for (const { unit: other } of context.units.values()) {
    if (other.id === unit.id || !(unit.excludes.includes(other.id) || other.excludes.includes(unit.id)))
      continue;
    if (heldAt(context, child.id, other.id, date)) return true;
  }
  return false;
}

/** What holds for a day whatever the change: presence-only, offered, past, invoiced. */
function dayBlock(context: Context, child: CalendarChild, unit: Unit, date: string): Block | undefined {
  if (unit.mode === 'presence') return { reason: 'presence-only' };
  const { day, regular } = context.days(child.schoolSiteId, date);
  if (!offered(unit, day)) return { reason: offered(unit, regular) ? 'closed' : 'not-offered' };
  if (date < context.today) return { reason: 'past' };
  const invoiced = context.state.invoicedThrough;
  if (invoiced && date <= invoiced) return { reason: 'invoiced' };
  return undefined;
}

/** Whether the child may book the unit's day, and until when. */
export function bookCheck(
  context: Context,
  child: CalendarChild,
  { activity, unit }: { activity: Activity; unit: Unit },
  date: string,
): { block: Block } | { until: Date } {
  const block = dayBlock(context, child, unit, date);
  if (block) return { block };
  if (!child.activityIds.includes(activity.id)) return { block: { reason: 'not-enrolled' } };
  if (child.healthForm === 'missing') return { block: { reason: 'health-form-missing' } };
  if (excluded(context, child, unit, date)) return { block: { reason: 'incompatible' } };
  const until = deadlineOf(unit.book, date, dayAtFor(context, child), context.state.timeZone);
  if (context.now > until) return { block: { reason: 'deadline-passed', deadline: until } };
  return { until };
}

/** What cancelling a held day gives: in time (`until`), late and billed, late as a request to the service. */
export type CancelCheck =
  | { block: Block }
  | { outcome: 'cancelled' | 'cancel-requested'; billed: boolean; until?: Date; late: boolean };

export function cancelCheck(
  context: Context,
  child: CalendarChild,
  unit: Unit,
  record: BookingRecord,
): CancelCheck {
  const block = dayBlock(context, child, unit, record.date);
  if (block && block.reason !== 'closed') return { block };
  // Leaving a waiting list costs nothing, until the day begins.
  if (record.status === 'waiting')
    return {
      outcome: 'cancelled',
      billed: false,
      until: zonedInstant(record.date, '00:00', context.state.timeZone),
      late: false,
    };
  if (record.status !== 'booked' && record.status !== 'requested') return { block: { reason: 'not-booked' } };
  const until = deadlineOf(cancelRule(unit), record.date, dayAtFor(context, child), context.state.timeZone);
  if (context.now <= until || block) return { outcome: 'cancelled', billed: false, until, late: false };
  switch (unit.lateCancel) {
    case 'refused':
      return { block: { reason: 'deadline-passed', deadline: until } };
    case 'billed':
      return { outcome: 'cancelled', billed: true, late: true };
    case 'request':
      return { outcome: 'cancel-requested', billed: false, late: true };
  }
}
