import type { Camp, CampGroup, CampWeek } from './camp.js';
import type { CampEnrolmentSummary } from './camp-enrolment.js';

/*
 * The camp rules the elements apply as they render, apart from the zod schemas
 * of camp.ts and camp-enrolment.ts (which re-export them): an element that
 * shows a camp loads no zod.
 */

/** Where registration stands at `now`: not yet open, open, or closed. */
export function registrationState(
  camp: Pick<Camp, 'registration'>,
  now: Date,
): 'not-yet-open' | 'open' | 'closed' {
  if (now < new Date(camp.registration.opensAt)) return 'not-yet-open';
  return now < new Date(camp.registration.closesAt) ? 'open' : 'closed';
}

/** The commune's time zone: Belgian and French communes share it (see formatting's `communeZone`). */
const communeZone = 'Europe/Brussels';
let communeDays: Intl.DateTimeFormat | undefined;

/**
 * The commune's calendar day at `now` (`yyyy-MM-dd`): "today" for the rules
 * on days already begun, whatever the server's or the device's zone. At
 * 23:30 UTC on 6 July 2027 it is already 7 July in Brussels.
 */
export function communeDay(now: Date): string {
  communeDays ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: communeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const parts = Object.fromEntries(communeDays.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Whole months of age on `on` (both `yyyy-MM-dd`): 30 is "2,5 ans". */
function monthsOn(birthDate: string, on: string): number {
  const [by = 0, bm = 0, bd = 0] = birthDate.split('-').map(Number);
  const [y = 0, m = 0, d = 0] = on.split('-').map(Number);
  return (y - by) * 12 + (m - bm) - (d < bd ? 1 : 0);
}

/** The camp's first open day (ages are counted on it). */
export function firstCampDay(camp: Pick<Camp, 'weeks'>): string | undefined {
  return camp.weeks.flatMap((week) => week.days).find((day) => day.open)?.date;
}

/**
 * The group a child belongs to: the first whose age range (on the camp's
 * first day) and grades both take them. None: the camp is not for them.
 */
export function groupFor(
  camp: Pick<Camp, 'groups' | 'weeks'>,
  child: { birthDate: string; schoolGradeId?: string | undefined },
): CampGroup | undefined {
  const first = firstCampDay(camp);
  if (!first) return undefined;
  const months = monthsOn(child.birthDate, first);
  return camp.groups.find(
    (group) =>
      (group.minAge === undefined || months >= group.minAge * 12) &&
      (group.maxAge === undefined || months < (group.maxAge + 1) * 12) &&
      (group.gradeIds === undefined ||
        (child.schoolGradeId !== undefined && group.gradeIds.includes(child.schoolGradeId))),
  );
}

/** "S28": the week as the recap and the status history name it. */
export function weekLabel(week: Pick<CampWeek, 'isoWeek'>): string {
  return `S${week.isoWeek}`;
}

/** The booked days of each week of the camp, in the camp's order (weeks without a booked day left out). */
export function bookedWeeks(
  camp: Pick<Camp, 'weeks'>,
  dates: readonly string[],
): { week: CampWeek; label: string; dates: string[] }[] {
  const chosen = new Set(dates);
  return camp.weeks
    .map((week) => ({
      week,
      label: weekLabel(week),
      dates: week.days.filter((day) => day.open && chosen.has(day.date)).map((day) => day.date),
    }))
    .filter(({ dates: booked }) => booked.length > 0);
}

/** Why an enrolment cannot be taken, before looking at places (`AdapterError` conflict codes). */
export type EnrolmentBlock =
  'camp.registration-not-yet-open' | 'camp.registration-closed' | 'child.incomplete' | 'camp.no-group';

/** Whether a family living at `postcode` pays the residents' tariff of a commune with `postcodes`. */
export function isResident(postcodes: readonly string[] | undefined, postcode: string | undefined): boolean {
  return postcodes === undefined || (postcode !== undefined && postcodes.includes(postcode));
}

/** Why a week of an enrolment cannot be unsubscribed (`AdapterError` conflict codes). */
export type UnsubscribeBlock =
  | 'camp.unsubscribe-not-paid'
  | 'camp.unsubscribe-pending'
  | 'camp.week-not-booked'
  | 'camp.unsubscribe-started';

/**
 * Whether the parent may ask to unsubscribe from a week of an enrolment on
 * `today` (`yyyy-MM-dd`): only from a booked week of a paid enrolment (before
 * payment, removing the cart's article frees the places), one request at a
 * time, and before the week's first booked day.
 */
export function unsubscribeBlock(
  enrolment: Pick<CampEnrolmentSummary, 'state' | 'weeks'>,
  weekId: string,
  today: string,
): UnsubscribeBlock | undefined {
  if (enrolment.state !== 'paid') return 'camp.unsubscribe-not-paid';
  const week = enrolment.weeks.find((candidate) => candidate.weekId === weekId);
  if (week?.status === 'unsubscribe-requested') return 'camp.unsubscribe-pending';
  if (week?.status !== 'booked') return 'camp.week-not-booked';
  if ((week.days[0] ?? '') <= today) return 'camp.unsubscribe-started';
  return undefined;
}
