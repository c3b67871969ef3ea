import type { DeadlineRule, PlanningDay, SkippedDay } from '../calendar.js';
import { addDays, isoWeekday, monthDay, mondayOf, zonedInstant } from './dates.js';

const skipped = (day: PlanningDay, skip: readonly SkippedDay[]) =>
  skip.some((kind) => (kind === 'weekend' ? isoWeekday(day.date) >= 6 : day.kind === kind));

/** The day a rule closes for `date`, before its time of day is added. */
function deadlineDate(rule: DeadlineRule, date: string, dayAt: (date: string) => PlanningDay): string {
  switch (rule.kind) {
    case 'days-before': {
      let day = date;
      for (let counted = 0; counted < rule.days; counted += 1) {
        day = addDays(day, -1);
        // A year of skipped days would be a calendar error: stop there rather than loop.
        for (let guard = 0; guard < 366 && skipped(dayAt(day), rule.skip); guard += 1) day = addDays(day, -1);
      }
      return day;
    }
    case 'weekday-before': {
      if (rule.weeksBefore > 0) return addDays(mondayOf(date), rule.weekday - 1 - 7 * rule.weeksBefore);
      const back = (isoWeekday(date) - rule.weekday + 7) % 7 || 7;
      return addDays(date, -back);
    }
    case 'day-of-previous-month':
      return monthDay(date, -1, rule.day);
  }
}

/**
 * When booking (or cancelling) `date` closes, as an instant: the rule's day at
 * its time of day in the commune's `timeZone` ("J−2 à 10:00, jours ouvrables":
 * a Monday closes on the Thursday before at 10:00, or the Wednesday when that
 * Thursday is a public holiday). `dayAt` tells the child's school calendar.
 */
export function deadlineOf(
  rule: DeadlineRule,
  date: string,
  dayAt: (date: string) => PlanningDay,
  timeZone: string,
): Date {
  return zonedInstant(deadlineDate(rule, date, dayAt), rule.at, timeZone);
}
