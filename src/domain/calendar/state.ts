import * as z from 'zod/mini';
import {
  recordedStatuses,
  type Activity,
  type DeadlineRule,
  type SchoolCalendar,
  type Unit,
} from '../calendar.js';
import type { HealthFormStatus } from '../family.js';
import { localizedText } from '../localized-text.js';

/** A child as the calendar's decisions see them. */
export interface CalendarChild {
  id: string;
  firstName: string;
  /** None: the calendars covering the date, whichever site. */
  schoolSiteId?: string | undefined;
  healthForm: HealthFormStatus;
  /** The activities the child is enrolled in. */
  activityIds: string[];
}

/** The state of one child's unit on one day, as a backend keeps it. */
export const BookingStatusSchema = z.enum([...recordedStatuses, 'cancelled']);
export type BookingStatus = z.infer<typeof BookingStatusSchema>;

/** One child's unit on one day, as a backend stores it (the memory adapter checks what it reloads with it). */
export const BookingRecordSchema = z.object({
  childId: z.string(),
  unitId: z.string(),
  date: z.string(),
  status: BookingStatusSchema,
  /** The request that made or last changed it. */
  requestId: z.string(),
  /** ISO timestamp of that change (the waiting list's order). */
  at: z.string(),
  /** The service's reason for a refusal. */
  note: z.optional(localizedText({ max: 500 })),
});
export type BookingRecord = z.infer<typeof BookingRecordSchema>;

/** What a decision needs, loaded by a backend for one family (and the places taken by all). */
export interface CalendarState {
  /** `communeTimeZone(commune)`. */
  timeZone: string;
  activities: Activity[];
  calendars: SchoolCalendar[];
  children: CalendarChild[];
  /** French family quotient; none: the last band. */
  quotient?: number | undefined;
  /** This family's, over the dates concerned. */
  bookings: BookingRecord[];
  /** `placesKey(unitId, date)` → places taken by every family. */
  taken: ReadonlyMap<string, number>;
  /** Days up to it (included) are invoiced. */
  invoicedThrough?: string | undefined;
}

/** The key of a unit's day in `CalendarState.taken`. */
export const placesKey = (unitId: string, date: string) => `${unitId}|${date}`;

export const recordKey = (record: Pick<BookingRecord, 'childId' | 'unitId' | 'date'>) =>
  `${record.childId}|${record.unitId}|${record.date}`;

/** Statuses that hold the child's day (a place taken, asked for or waited for): what "booked" means to exclusions and copies. */
export const holdingStatuses: ReadonlySet<BookingStatus> = new Set([
  'requested',
  'booked',
  'waiting',
  'cancel-requested',
  'absence-requested',
  'absent-excused',
  'absent-billed',
  'present',
]);

/** Statuses that take a place of the unit's capacity. */
export const placeStatuses: ReadonlySet<BookingStatus> = new Set([
  'requested',
  'booked',
  'cancel-requested',
  'absence-requested',
  'absent-excused',
  'present',
]);

export interface UnitOf {
  activity: Activity;
  unit: Unit;
}

/** Every unit by its id, with its activity. */
export function unitsById(activities: readonly Activity[]): Map<string, UnitOf> {
  return new Map(
    activities.flatMap((activity) => activity.units.map((unit) => [unit.id, { activity, unit }])),
  );
}

/** The cancellation rule of a unit (`same`: its booking rule). */
export const cancelRule = (unit: Unit): DeadlineRule => (unit.cancel === 'same' ? unit.book : unit.cancel);
