import { communeDay, groupFor, registrationState, type Camp } from '../camp.js';
import { checkCampBooking } from '../camp-pricing.js';
import { bookedWeeks, type CampEnrolmentInput, type CampWeekOutcome } from '../camp-enrolment.js';
import { childSummary, type ChildRecord } from '../family.js';
import { textIn } from '../localized-text.js';
import type { StatusHistoryEntry } from '../request.js';
import { history } from './history.js';
import { conflictRefusal, invalidRefusal } from './refusal.js';

/** A day's places in the child's group. */
export interface DayPlaces {
  capacity: number;
  taken: number;
}

/** What "Valider" an enrolment needs to know, loaded by the backend. */
export interface EnrolmentState {
  camp: Camp;
  /** The child, with their health form's status as of `now`. */
  child: ChildRecord;
  days: CampEnrolmentInput['days'];
  /** The dates the child already has in this camp. */
  bookedDates: readonly string[];
  /** The places of the child's group (see `groupFor`), by date; a date absent has none. */
  places: Readonly<Record<string, DayPlaces>>;
  now: Date;
}

/** What the enrolment request becomes: each day booked takes one place of `groupId`. */
export interface EnrolmentOutcome {
  groupId: string;
  status: 'pending' | 'refused';
  weeks: CampWeekOutcome[];
  bookings: { date: string; activityIds: string[] }[];
  history: StatusHistoryEntry[];
}

/**
 * "Inscrire mon enfant à une plaine", week by week: a week whose days all
 * have a place left is accepted (a place taken on each day), a week with a
 * full day reserves nothing. Nothing accepted: the request is refused.
 */
export function decideEnrolment(state: EnrolmentState): EnrolmentOutcome {
  const { camp, child, days, now } = state;
  const registration = registrationState(camp, now);
  if (registration !== 'open') throw conflictRefusal(`camp.registration-${registration}`);
  if (child.healthForm !== 'complete' || !childSummary(child).identityComplete)
    throw conflictRefusal('child.incomplete');
  const group = groupFor(camp, child.identity);
  if (!group) throw conflictRefusal('camp.no-group');
  const booked = new Set(state.bookedDates);
  const issues = [
    ...checkCampBooking(camp, days, communeDay(now)),
    ...days.flatMap((day, index) =>
      booked.has(day.date) ? [{ field: `days.${index}`, code: 'camp.day-booked' }] : [],
    ),
  ];
  if (issues.length > 0) throw invalidRefusal(issues);

  const entries = [history.plain('camp-enrolment-received', now)];
  const activities = new Map(days.map((day) => [day.date, day.activityIds ?? []]));
  const bookings: EnrolmentOutcome['bookings'] = [];
  const weeks = bookedWeeks(camp, [...activities.keys()]).map(({ week, label, dates }): CampWeekOutcome => {
    const fullDays = dates.filter((date) => {
      const place = state.places[date];
      return !place || place.taken >= place.capacity;
    });
    if (fullDays.length > 0) {
      entries.push(history.weekFull(now, textIn(camp.name, 'fr'), label, fullDays));
      return { weekId: week.id, label, status: 'full', days: dates, fullDays };
    }
    for (const date of dates) bookings.push({ date, activityIds: activities.get(date) ?? [] });
    entries.push(history.weekAccepted(now, child.identity.firstName, dates));
    return { weekId: week.id, label, status: 'accepted', days: dates, fullDays: [] };
  });
  const accepted = weeks.some((week) => week.status === 'accepted');
  if (accepted) entries.push(history.plain('camp-enrolment-open', now));
  return { groupId: group.id, status: accepted ? 'pending' : 'refused', weeks, bookings, history: entries };
}
