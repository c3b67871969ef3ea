import type { Camp, CampWeek } from './camp.js';
import { weekLabel } from './camp-rules.js';
import type { FieldIssue } from './field-issue.js';

/** What one child is booked for: days, with the activities chosen on each. */
export interface CampBooking {
  childId: string;
  firstName: string;
  birthDate: string;
  days: readonly { date: string; activityIds?: readonly string[] | undefined }[];
}

/** One week of one child on the bill. */
export interface PricedWeek {
  weekId: string;
  /** "S28". */
  label: string;
  days: number;
  /** Every open day of the week: the week's price applies when it is lower. */
  wholeWeek: boolean;
  baseCents: number;
}

/** One child on the bill, with their place in the family's degressive pricing. */
export interface PricedChild {
  childId: string;
  firstName: string;
  /** 1: full price; 2: the second child's reduction; 3: the third and more children's. */
  rank: number;
  weeks: PricedWeek[];
  baseCents: number;
  /** Activities that cost extra (not reduced). */
  supplementsCents: number;
  reductionPercent: number;
  reductionCents: number;
  totalCents: number;
}

/** The price of closing a family's requests ("la clôture"), child by child. */
export interface CampPrice {
  currency: 'EUR';
  children: PricedChild[];
  totalCents: number;
}

const weekOf = (camp: Pick<Camp, 'weeks'>, date: string): CampWeek | undefined =>
  camp.weeks.find((week) => week.days.some((day) => day.date === date));

/** Monday to Friday: a week price is for five days and is prorated when fewer are open. */
const weekdays = 5;

/** `percent` of `cents`, rounded to the cent (percentages to the hundredth, without floating-point drift). */
const percentOf = (cents: number, percent: number) =>
  Math.round((cents * Math.round(percent * 100)) / 10_000);

/**
 * What the bookings cost, as "la clôture" shows it before confirming. Each
 * week costs its days at the day price, or, when every open day of it is
 * booked, the week price if that is lower (prorated to the open days of a
 * short week: a public holiday, a first week starting on a Wednesday). The
 * degressive reduction applies to the days, not to activity supplements: the
 * eldest child booked pays full price, the next one the 2nd child's
 * reduction, the others the 3rd child's (twins: by id). Days booked twice,
 * or closed, count once or not at all; a child with no open day booked is
 * left out.
 */
export function priceCamp(
  camp: Pick<Camp, 'weeks' | 'tariffs' | 'degressive'>,
  bookings: readonly CampBooking[],
  family: { resident: boolean },
): CampPrice {
  const tariff = family.resident ? camp.tariffs.resident : camp.tariffs.nonResident;
  const priced = bookings
    .map((booking) => {
      // Each day once, with every activity chosen on it (a day booked twice does not count twice).
      const activitiesOn = new Map<string, Set<string>>();
      for (const day of booking.days) {
        const chosen = activitiesOn.get(day.date) ?? new Set<string>();
        for (const activityId of day.activityIds ?? []) chosen.add(activityId);
        activitiesOn.set(day.date, chosen);
      }
      const weeks: PricedWeek[] = [];
      let supplementsCents = 0;
      for (const week of camp.weeks) {
        const open = week.days.filter((day) => day.open);
        const booked = open.filter((day) => activitiesOn.has(day.date));
        if (booked.length === 0) continue;
        const wholeWeek = booked.length === open.length;
        const byDay = booked.length * tariff.dayCents;
        const weekPrice =
          tariff.weekCents === undefined
            ? undefined
            : Math.round((tariff.weekCents * open.length) / weekdays);
        const baseCents = wholeWeek && weekPrice !== undefined ? Math.min(byDay, weekPrice) : byDay;
        weeks.push({ weekId: week.id, label: weekLabel(week), days: booked.length, wholeWeek, baseCents });
        for (const day of booked) {
          for (const activity of day.activities) {
            if (activitiesOn.get(day.date)?.has(activity.id))
              supplementsCents += activity.supplementCents ?? 0;
          }
        }
      }
      const baseCents = weeks.reduce((sum, week) => sum + week.baseCents, 0);
      return { booking, weeks, baseCents, supplementsCents };
    })
    .filter(({ weeks }) => weeks.length > 0)
    .sort(
      (a, b) =>
        a.booking.birthDate.localeCompare(b.booking.birthDate) ||
        a.booking.childId.localeCompare(b.booking.childId),
    );
  const children = priced.map(({ booking, weeks, baseCents, supplementsCents }, index): PricedChild => {
    const rank = index + 1;
    const reductionPercent =
      rank === 1
        ? 0
        : rank === 2
          ? (camp.degressive?.secondChildPercent ?? 0)
          : (camp.degressive?.thirdChildPercent ?? 0);
    const reductionCents = percentOf(baseCents, reductionPercent);
    return {
      childId: booking.childId,
      firstName: booking.firstName,
      rank,
      weeks,
      baseCents,
      supplementsCents,
      reductionPercent,
      reductionCents,
      totalCents: baseCents - reductionCents + supplementsCents,
    };
  });
  return {
    currency: 'EUR',
    children,
    totalCents: children.reduce((sum, child) => sum + child.totalCents, 0),
  };
}

/**
 * What is wrong with a child's booking, as the service checks it: at least
 * one day, each day once, only open days of the camp, each activity offered
 * that day (once), none on or before `today` (the commune's day, `yyyy-MM-dd`:
 * see communeDay; the backends give it, a camp whose registration stays open
 * while it runs must not book nor bill a day gone), and whole weeks when the
 * camp takes whole weeks only (one problem per week: `weeks.<id>`).
 */
export function checkCampBooking(
  camp: Pick<Camp, 'weeks' | 'wholeWeeksOnly'>,
  days: CampBooking['days'],
  today?: string,
): FieldIssue[] {
  if (days.length === 0) return [{ field: 'days', code: 'camp.no-day' }];
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  days.forEach((booked, index) => {
    const week = weekOf(camp, booked.date);
    const day = week?.days.find((candidate) => candidate.date === booked.date);
    const activityIds = booked.activityIds ?? [];
    if (seen.has(booked.date)) issues.push({ field: `days.${index}`, code: 'camp.day-twice' });
    seen.add(booked.date);
    if (!day) issues.push({ field: `days.${index}`, code: 'camp.day-unknown' });
    else if (!day.open) issues.push({ field: `days.${index}`, code: 'camp.day-closed' });
    else if (today !== undefined && booked.date <= today)
      issues.push({ field: `days.${index}`, code: 'camp.day-past' });
    else if (
      new Set(activityIds).size !== activityIds.length ||
      activityIds.some((activityId) => !day.activities.some((activity) => activity.id === activityId))
    )
      issues.push({ field: `days.${index}.activityIds`, code: 'camp.activity-unknown' });
  });
  if (camp.wholeWeeksOnly && issues.length === 0) {
    for (const week of camp.weeks) {
      const open = week.days.filter((day) => day.open).map((day) => day.date);
      const booked = open.filter((date) => seen.has(date));
      if (booked.length > 0 && booked.length < open.length)
        issues.push({ field: `weeks.${week.id}`, code: 'camp.whole-weeks' });
    }
  }
  return issues;
}
