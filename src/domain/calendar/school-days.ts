import type { Country } from '../commune.js';
import type { DayRange, PlanningDay, SchoolCalendar, Unit } from '../calendar.js';
import { isoWeekday } from './dates.js';

const zones: Record<Country, string> = { BE: 'Europe/Brussels', FR: 'Europe/Paris' };

/** The zone a commune's deadlines and days are told in. */
export const communeTimeZone = (commune: { country: Country }): string => zones[commune.country];

const within = (range: Pick<DayRange, 'from' | 'to'>, date: string) => range.from <= date && date <= range.to;

/**
 * What `date` is for a school site: a closure of the service, a public holiday,
 * a weekend, a school holiday, or a school day (between the year's first and
 * last school days). Outside every school year a weekday is a school holiday
 * (the summer). Without a site, any calendar listed applies.
 */
export function dayOf(
  calendars: readonly SchoolCalendar[],
  schoolSiteId: string | undefined,
  date: string,
): PlanningDay {
  const mine = calendars.filter(
    (calendar) => schoolSiteId === undefined || calendar.schoolSiteIds.includes(schoolSiteId),
  );
  const closure = mine.flatMap((calendar) => calendar.closures).find((range) => within(range, date));
  if (closure) return { date, kind: 'closure', name: closure.name };
  const holiday = mine.flatMap((calendar) => calendar.publicHolidays).find((day) => day.date === date);
  if (holiday) return { date, kind: 'public-holiday', name: holiday.name };
  if (isoWeekday(date) >= 6) return { date, kind: 'weekend' };
  const vacation = mine.flatMap((calendar) => calendar.holidays).find((range) => within(range, date));
  if (vacation) return { date, kind: 'school-holiday', name: vacation.name };
  const inYear = mine.some((calendar) => calendar.start <= date && date <= calendar.end);
  return { date, kind: inYear ? 'school-day' : 'school-holiday' };
}

/** A unit runs on this kind of day and weekday, closures and public holidays aside. */
export function runsOn(unit: Pick<Unit, 'weekdays' | 'days'>, day: PlanningDay): boolean {
  if (!unit.weekdays.includes(isoWeekday(day.date))) return false;
  if (day.kind === 'school-day') return unit.days !== 'school-holidays';
  if (day.kind === 'school-holiday' || day.kind === 'weekend') return unit.days !== 'school-days';
  return true;
}

/** The unit is offered on that day: its weekday and kind of day, and the service open. */
export const offered = (unit: Pick<Unit, 'weekdays' | 'days'>, day: PlanningDay): boolean =>
  day.kind !== 'closure' && day.kind !== 'public-holiday' && runsOn(unit, day);
