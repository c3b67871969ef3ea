import { getISOWeek } from 'date-fns';

/*
 * Calendar dates are `yyyy-MM-dd` strings, counted in UTC so that the
 * machine's own zone never moves a day; instants (deadlines) are told in the
 * commune's zone through `Intl` (the domain takes no time-zone package).
 */

const parts = (date: string): [number, number, number] => {
  const [year, month, day] = date.split('-').map(Number);
  return [year ?? 0, month ?? 1, day ?? 1];
};

const fromUtc = (time: number) => new Date(time).toISOString().slice(0, 10);

/** `date` moved by `days` (negative: earlier). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = parts(date);
  return fromUtc(Date.UTC(year, month - 1, day + days));
}

/** The same day `months` months later (negative: earlier), clamped to `day`. */
export function monthDay(date: string, months: number, day: number): string {
  const [year, month] = parts(date);
  return fromUtc(Date.UTC(year, month - 1 + months, day));
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function isoWeekday(date: string): number {
  const [year, month, day] = parts(date);
  return ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
}

/** The ISO week number (1–53). */
export function isoWeek(date: string): number {
  const [year, month, day] = parts(date);
  return getISOWeek(new Date(year, month - 1, day));
}

/** The Monday of `date`'s ISO week. */
export const mondayOf = (date: string) => addDays(date, 1 - isoWeekday(date));

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  return dates;
}

const formats = new Map<string, Intl.DateTimeFormat>();
/** The wall clock of `timeZone` at `time`, read as if it were UTC. */
function wallClock(time: number, timeZone: string): number {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  const part = Object.fromEntries(format.formatToParts(time).map(({ type, value }) => [type, Number(value)]));
  return Date.UTC(part.year ?? 0, (part.month ?? 1) - 1, part.day, part.hour, part.minute, part.second);
}

/** The instant `time` (`HH:mm`) on `date` in `timeZone`, through summer-time changes. */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [year, month, day] = parts(date);
  const [hours, minutes] = time.split(':').map(Number);
  const wall = Date.UTC(year, month - 1, day, hours ?? 0, minutes ?? 0);
  // The offset at a first guess, then at the instant it gives: right on both sides of a change.
  const guess = wall - (wallClock(wall, timeZone) - wall);
  return new Date(wall - (wallClock(guess, timeZone) - guess));
}

/** The date `now` is in `timeZone`. */
export function dateIn(now: Date, timeZone: string): string {
  return fromUtc(wallClock(now.getTime(), timeZone));
}
