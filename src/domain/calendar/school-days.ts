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
  const mine = calendarsOf(calendars, schoolSiteId);
  const closure = mine.flatMap((calendar) => calendar.closures).find((range) => within(range, date));
  if (closure) return { date, kind: 'closure', name: closure.name };
  const holiday = mine.flatMap((calendar) => calendar.publicHolidays).find((day) => day.date === date);
  if (holiday) return { date, kind: 'public-holiday', name: holiday.name };
  return regularDay(mine, date);
}

const calendarsOf = (calendars: readonly SchoolCalendar[], schoolSiteId: string | undefined) =>
  calendars.filter((calendar) => schoolSiteId === undefined || calendar.schoolSiteIds.includes(schoolSiteId));

/** What the day would be if the service were open: a weekend, a school holiday or a school day. */
function regularDay(mine: readonly SchoolCalendar[], date: string): PlanningDay {
  if (isoWeekday(date) >= 6) return { date, kind: 'weekend' };
  const vacation = mine.flatMap((calendar) => calendar.holidays).find((range) => within(range, date));
  if (vacation) return { date, kind: 'school-holiday', name: vacation.name };
  const inYear = mine.some((calendar) => calendar.start <= date && date <= calendar.end);
  return { date, kind: inYear ? 'school-day' : 'school-holiday' };
}

/** `dayOf`, with what the day would be were the service open (`regular`): whether a unit would run on a closed day. */
export function daysOf(
  calendars: readonly SchoolCalendar[],
  schoolSiteId: string | undefined,
  date: string,
): { day: PlanningDay; regular: PlanningDay } {
  const day = dayOf(calendars, schoolSiteId, date);
  const closed = day.kind === 'closure' || day.kind === 'public-holiday';
  return { day, regular: closed ? regularDay(calendarsOf(calendars, schoolSiteId), date) : day };
}

/** The unit is offered on that day: its weekday and kind of day, and the service open. */
export function offered(unit: Pick<Unit, 'weekdays' | 'days'>, day: PlanningDay): boolean {
  if (!unit.weekdays.includes(isoWeekday(day.date))) return false;
  if (day.kind === 'school-day') return unit.days !== 'school-holidays';
  if (day.kind === 'school-holiday' || day.kind === 'weekend') return unit.days !== 'school-days';
  return false;
}
