import type { BookingChange, PeriodBooking, PlanningCopy } from '../calendar.js';
import { datesBetween, isoWeek, isoWeekday, mondayOf } from './dates.js';
import { dayOf as calendarDay, offered } from './school-days.js';
import { holdingStatuses, unitsById, type CalendarState } from './state.js';

/** Whether `date`'s week counts in a period booking starting on `from`. */
function weekCounts(weeks: PeriodBooking['weeks'], from: string, date: string): boolean {
  switch (weeks) {
    case 'every':
      return true;
    case 'alternate': {
      const days = (Date.parse(mondayOf(date)) - Date.parse(mondayOf(from))) / 86_400_000;
      return Math.round(days / 7) % 2 === 0;
    }
    case 'even':
      return isoWeek(date) % 2 === 0;
    case 'odd':
      return isoWeek(date) % 2 === 1;
  }
}

const byChildDateUnit = (a: BookingChange, b: BookingChange) =>
  a.childId.localeCompare(b.childId) || a.date.localeCompare(b.date) || a.unitId.localeCompare(b.unitId);

/**
 * "Réservations sur période": a `book` change per child, counted week, slot
 * and day its unit is offered on at the child's school (holidays, public
 * holidays and closures skipped), in child, date and unit order. Whether each
 * is allowed is `decideChanges`'s to say.
 */
export function expandPeriod(booking: PeriodBooking, state: CalendarState): BookingChange[] {
  const units = unitsById(state.activities);
  const dates = datesBetween(booking.from, booking.to).filter((date) =>
    weekCounts(booking.weeks, booking.from, date),
  );
  const changes = new Map<string, BookingChange>();
  for (const childId of booking.childIds) {
    const child = state.children.find((candidate) => candidate.id === childId);
    for (const date of dates) {
      const day = isoWeekday(date);
      for (const slot of booking.slots) {
        const unit = units.get(slot.unitId)?.unit;
        if (slot.weekday !== day || !unit || !offered(unit, dayOf(state, child?.schoolSiteId, date)))
          continue;
        changes.set(`${childId}|${unit.id}|${date}`, { childId, unitId: unit.id, date, action: 'book' });
      }
    }
  }
  return [...changes.values()].sort(byChildDateUnit);
}

/**
 * "Dupliquer": the days the source child holds in the activity's units from
 * `from` to `to` (booked, asked for, waited for), as `book` changes for each
 * target child on the days those units are offered at their school.
 */
export function copyChanges(copy: PlanningCopy, state: CalendarState): BookingChange[] {
  const activity = state.activities.find((candidate) => candidate.id === copy.activityId);
  if (!activity) return [];
  const units = new Map(activity.units.map((unit) => [unit.id, unit]));
  const source = state.bookings.filter(
    (record) =>
      record.childId === copy.sourceChildId &&
      units.has(record.unitId) &&
      copy.from <= record.date &&
      record.date <= copy.to &&
      holdingStatuses.has(record.status) &&
      record.status !== 'cancel-requested',
  );
  const changes: BookingChange[] = [];
  for (const childId of copy.targetChildIds) {
    if (childId === copy.sourceChildId) continue;
    const child = state.children.find((candidate) => candidate.id === childId);
    for (const record of source) {
      const unit = units.get(record.unitId);
      if (unit && offered(unit, dayOf(state, child?.schoolSiteId, record.date)))
        changes.push({ childId, unitId: record.unitId, date: record.date, action: 'book' });
    }
  }
  return changes.sort(byChildDateUnit);
}

const dayOf = (state: CalendarState, schoolSiteId: string | undefined, date: string) =>
  calendarDay(state.calendars, schoolSiteId, date);
