import * as z from 'zod/mini';
import { localizedText } from './localized-text.js';
import { RequestReceiptSchema } from './request.js';

/*
 * The after-school calendar's wire format: activities and their units, the
 * school calendar's days, each child's planning cell by cell with what the
 * parent may do there and until when, and the answers to booking changes,
 * period bookings, copies and absences. The rules that fill these in live in
 * `calendar/` (deadlines, day kinds, expansion, prices, decisions).
 */

const id = z.string().check(z.minLength(1), z.maxLength(100));
const cents = z.number().check(z.int(), z.minimum(0));
const signedCents = z.number().check(z.int());
const label = localizedText({ max: 200 });
/** A time of day in the commune's time zone, `HH:mm`. */
export const TimeOfDaySchema = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));
const date = z.iso.date();
const dateTime = z.iso.datetime({ offset: true });
/** ISO weekday: 1 Monday … 7 Sunday. */
export const WeekdaySchema = z.number().check(z.int(), z.minimum(1), z.maximum(7));

// ——— deadlines ———

/** Days a `days-before` deadline does not count (J−2 "working days" skips weekends and public holidays). */
export const SkippedDaySchema = z.enum(['weekend', 'public-holiday', 'closure', 'school-holiday']);
export type SkippedDay = z.infer<typeof SkippedDaySchema>;

/**
 * When booking or cancelling a day closes, in the commune's time zone:
 * - `days-before`: `days` counted days before the date, at `at` ("J−2 à
 *   10:00, jours ouvrables": a Monday closes on Thursday at 10:00, or on
 *   Wednesday when that Thursday is a holiday);
 * - `weekday-before`: the `weekday` before the date's week (`weeksBefore` 1),
 *   two weeks before (2), or the last such weekday before the date (0), at `at`
 *   ("le mercredi précédent à 12:00");
 * - `day-of-previous-month`: the `day` of the month before the date's, at `at`
 *   ("le 20 du mois précédent").
 */
export const DeadlineRuleSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('days-before'),
    days: z.number().check(z.int(), z.minimum(0), z.maximum(365)),
    at: TimeOfDaySchema,
    skip: z.array(SkippedDaySchema),
  }),
  z.object({
    kind: z.literal('weekday-before'),
    weekday: WeekdaySchema,
    weeksBefore: z.number().check(z.int(), z.minimum(0), z.maximum(2)),
    at: TimeOfDaySchema,
  }),
  z.object({
    kind: z.literal('day-of-previous-month'),
    day: z.number().check(z.int(), z.minimum(1), z.maximum(28)),
    at: TimeOfDaySchema,
  }),
]);
export type DeadlineRule = z.infer<typeof DeadlineRuleSchema>;

// ——— activities and units ———

/** Which days a unit is offered on, by the school calendar. */
export const UnitDaysSchema = z.enum(['school-days', 'school-holidays', 'every-day']);
export type UnitDays = z.infer<typeof UnitDaysSchema>;

/** What a unit costs a family: one price (Belgium), or bands by family quotient (France; no quotient known: the last band). */
export const UnitPricingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('flat'), cents }),
  z.object({
    kind: z.literal('quotient-bands'),
    /** Ascending by `upTo`; the last has none (everything above). */
    bands: z
      .array(z.object({ upTo: z.optional(z.number().check(z.int(), z.minimum(0))), cents }))
      .check(z.minLength(1), z.maxLength(20)),
  }),
]);
export type UnitPricing = z.infer<typeof UnitPricingSchema>;

/**
 * One bookable slot of an activity ("Accueil du matin 7:00–8:30", "Repas"):
 * what one cell of the planning books, with its rules.
 */
export const UnitSchema = z.object({
  id,
  name: label,
  /** One or two letters for narrow columns and the legend ("M", "R", "S"). */
  abbreviation: z.string().check(z.minLength(1), z.maxLength(3)),
  start: TimeOfDaySchema,
  end: TimeOfDaySchema,
  /** The weekdays it runs on (ISO, 1 Monday). */
  weekdays: z.array(WeekdaySchema).check(z.minLength(1), z.maxLength(7)),
  days: UnitDaysSchema,
  /** Units booked instead of this one on a day (two evening variants): booking one cancels none, it is refused. */
  excludes: z.array(id),
  /** `presence`: not booked but billed from attendance (Belgian garderie): read-only in the calendar. */
  mode: z.enum(['booking', 'presence']),
  /** `manual`: the service accepts each booking ("Demande en attente"). */
  validation: z.enum(['automatic', 'manual']),
  /** Places per day; none: no limit. */
  capacity: z.optional(z.number().check(z.int(), z.minimum(1))),
  book: DeadlineRuleSchema,
  /** `same`: the booking's deadline. */
  cancel: z.union([DeadlineRuleSchema, z.literal('same')]),
  /** A cancellation after its deadline: `refused`, accepted but `billed`, or a `request` the service decides. */
  lateCancel: z.enum(['refused', 'billed', 'request']),
  /** A meal (French tax rules treat meals apart from care). */
  meal: z.boolean(),
  pricing: UnitPricingSchema,
});
export type Unit = z.infer<typeof UnitSchema>;

/** An activity ("Restauration scolaire", "Mercredi après-midi") and its units. */
export const ActivitySchema = z.object({
  id,
  name: label,
  units: z.array(UnitSchema).check(z.minLength(1)),
});
export type Activity = z.infer<typeof ActivitySchema>;

// ——— the school calendar ———

export const DayKindSchema = z.enum(['school-day', 'school-holiday', 'public-holiday', 'closure', 'weekend']);
export type DayKind = z.infer<typeof DayKindSchema>;

/** A named range of days (`to` included): a school holiday, a closure. */
export const DayRangeSchema = z.object({ from: date, to: date, name: label });
export type DayRange = z.infer<typeof DayRangeSchema>;

/**
 * A school site's year (Belgian communities and French zones differ: data,
 * not code): its first and last school days, holidays, public holidays, and
 * the service's closures.
 */
export const SchoolCalendarSchema = z.object({
  /** `2026-2027`. */
  schoolYear: z.string().check(z.regex(/^\d{4}-\d{4}$/)),
  /** The school sites it applies to. */
  schoolSiteIds: z.array(id),
  start: date,
  end: date,
  holidays: z.array(DayRangeSchema),
  publicHolidays: z.array(z.object({ date, name: label })),
  closures: z.array(DayRangeSchema),
});
export type SchoolCalendar = z.infer<typeof SchoolCalendarSchema>;

// ——— the planning ———

/**
 * One state per child, unit and day:
 * - `available`, `few-places` (with `placesLeft`), `full` (the waiting list is
 *   offered), `not-offered`: nothing booked;
 * - `requested` (awaiting the service), `booked`, `waiting` (on the waiting
 *   list), `refused`;
 * - `cancel-requested`, `absence-requested`, `absent-excused`, `absent-billed`,
 *   `present`.
 */
/** The states a backend records for a child's day (a booking, a request, an absence); the others it computes. */
export const recordedStatuses = [
  'requested',
  'booked',
  'waiting',
  'refused',
  'cancel-requested',
  'absence-requested',
  'absent-excused',
  'absent-billed',
  'present',
] as const;

export const CellStatusSchema = z.enum([
  'available',
  'few-places',
  'full',
  'not-offered',
  ...recordedStatuses,
]);
export type CellStatus = z.infer<typeof CellStatusSchema>;

/** Why a cell offers nothing, or not what the parent might expect. */
export const LockReasonSchema = z.enum([
  'past',
  'deadline-passed',
  'invoiced',
  'not-enrolled',
  'health-form-missing',
  'closed',
  'presence-only',
  'incompatible',
]);
export type LockReason = z.infer<typeof LockReasonSchema>;

/**
 * What the parent may do on a cell, and until when: the server fills it in, so
 * the element never offers what the server will refuse.
 */
export const CellActionsSchema = z.object({
  /** Book until `until`; `outcome` says what booking gives: booked at once, a request, or the waiting list (full). */
  book: z.optional(z.object({ until: dateTime, outcome: z.enum(['booked', 'requested', 'waiting']) })),
  /**
   * Cancel: `until` the deadline (none: a late cancellation, `billed` or a
   * `request`); `outcome` says what cancelling gives.
   */
  cancel: z.optional(
    z.object({
      until: z.optional(dateTime),
      outcome: z.enum(['cancelled', 'cancel-requested']),
      billed: z.boolean(),
    }),
  ),
  /** Report an absence (a booked day, until its end). */
  absence: z.optional(z.object({ until: dateTime })),
});
export type CellActions = z.infer<typeof CellActionsSchema>;

export const PlanningCellSchema = z.object({
  unitId: id,
  date,
  status: CellStatusSchema,
  /** With `few-places`: how many are left. */
  placesLeft: z.optional(z.number().check(z.int(), z.minimum(0))),
  /** What the day costs this family. */
  priceCents: cents,
  actions: CellActionsSchema,
  /** Why no action (or not the expected one) is offered; `deadline` for `deadline-passed`. */
  locked: z.optional(z.object({ reason: LockReasonSchema, deadline: z.optional(dateTime) })),
  /** The service's reason for a refusal, in its words. */
  note: z.optional(localizedText({ max: 500 })),
});
export type PlanningCell = z.infer<typeof PlanningCellSchema>;

/** A day of a child's school calendar. */
export const PlanningDaySchema = z.object({
  date,
  kind: DayKindSchema,
  /** The holiday's, public holiday's or closure's name. */
  name: z.optional(label),
});
export type PlanningDay = z.infer<typeof PlanningDaySchema>;

/** One child's planning over the asked dates: their days and a cell per unit and offered day. */
export const ChildPlanningSchema = z.object({
  childId: id,
  /** The activities the child is enrolled in. */
  activityIds: z.array(id),
  days: z.array(PlanningDaySchema),
  cells: z.array(PlanningCellSchema),
});
export type ChildPlanning = z.infer<typeof ChildPlanningSchema>;

/** The family's planning from `from` to `to` (at most a school year). */
export const PlanningSchema = z.object({
  from: date,
  to: date,
  /** When the answer was computed: deadlines are told against it. */
  at: dateTime,
  timeZone: z.string().check(z.minLength(1)),
  currency: z.literal('EUR'),
  activities: z.array(ActivitySchema),
  children: z.array(ChildPlanningSchema),
});
export type Planning = z.infer<typeof PlanningSchema>;

export const PlanningRangeSchema = z.object({ from: date, to: date });
export type PlanningRange = z.infer<typeof PlanningRangeSchema>;

// ——— changes and their answers ———

export const BookingChangeSchema = z.object({
  childId: id,
  unitId: id,
  date,
  action: z.enum(['book', 'cancel']),
});
export type BookingChange = z.infer<typeof BookingChangeSchema>;

export const BookingChangesInputSchema = z.object({
  changes: z.array(BookingChangeSchema).check(z.minLength(1), z.maxLength(1000)),
});
export type BookingChangesInput = z.infer<typeof BookingChangesInputSchema>;

/** What one change gave, date by date (seed 003: "2 annulations excusées les 06/05, 13/05 ; 1 annulation facturée le 20/05"). */
export const BookingOutcomeSchema = z.enum([
  'booked',
  'requested',
  'waiting',
  'cancelled',
  'cancel-requested',
  'refused',
  'unchanged',
]);
export type BookingOutcome = z.infer<typeof BookingOutcomeSchema>;

/** Conflict codes a refused item carries. */
export const BookingRefusalSchema = z.enum([
  'booking.deadline-passed',
  'booking.not-offered',
  'booking.not-enrolled',
  'booking.incompatible',
  'booking.health-form-missing',
  'booking.invoiced',
  'booking.presence-only',
  'booking.not-booked',
]);
export type BookingRefusal = z.infer<typeof BookingRefusalSchema>;

export const BookingItemSchema = z.object({
  childId: id,
  unitId: id,
  date,
  action: z.enum(['book', 'cancel']),
  outcome: BookingOutcomeSchema,
  /** With `refused`. */
  reason: z.optional(BookingRefusalSchema),
  /** A late cancellation that is still billed. */
  billed: z.optional(z.boolean()),
  /** What this item changes to the family's bill (negative: less to pay). */
  deltaCents: signedCents,
});
export type BookingItem = z.infer<typeof BookingItemSchema>;

/** The answer to a set of changes, a period booking or a copy: per date, with the request when any awaits the service. */
export const BookingResultSchema = z.object({
  items: z.array(BookingItemSchema),
  totalDeltaCents: signedCents,
  currency: z.literal('EUR'),
  /** The request the changes make (its number, its history); every item is in it. */
  receipt: RequestReceiptSchema,
});
export type BookingResult = z.infer<typeof BookingResultSchema>;

/** Which weeks of a period booking count: ISO week numbers for `even` and `odd`; `alternate` counts from `from`'s week. */
export const WeekPatternSchema = z.enum(['every', 'alternate', 'even', 'odd']);
export type WeekPattern = z.infer<typeof WeekPatternSchema>;

/** "Réservations sur période" (seed 003): from–to, which weeks, and a weekday × unit grid, for one or more children. */
export const PeriodBookingSchema = z.object({
  childIds: z.array(id).check(z.minLength(1), z.maxLength(12)),
  from: date,
  to: date,
  weeks: WeekPatternSchema,
  slots: z.array(z.object({ weekday: WeekdaySchema, unitId: id })).check(z.minLength(1), z.maxLength(50)),
});
export type PeriodBooking = z.infer<typeof PeriodBookingSchema>;

/** What a period booking or a copy would give, before it is sent. */
export const BookingPreviewSchema = z.object({
  items: z.array(BookingItemSchema),
  totalDeltaCents: signedCents,
  currency: z.literal('EUR'),
});
export type BookingPreview = z.infer<typeof BookingPreviewSchema>;

/** "Dupliquer" (seed 002): a child's bookings of an activity over a period, given to siblings. */
export const PlanningCopySchema = z.object({
  sourceChildId: id,
  targetChildIds: z.array(id).check(z.minLength(1), z.maxLength(12)),
  activityId: id,
  from: date,
  to: date,
});
export type PlanningCopy = z.infer<typeof PlanningCopySchema>;

// ——— absences and attachments ———

export const AbsenceReasonSchema = z.enum(['illness', 'family', 'other']);
export type AbsenceReason = z.infer<typeof AbsenceReasonSchema>;

/** "Demande d'absence" (seed 004): the booked days of `from`–`to` (of `unitIds`, else all), with a reason and proofs. */
export const AbsenceInputSchema = z.object({
  childId: id,
  from: date,
  to: date,
  unitIds: z.optional(z.array(id).check(z.maxLength(20))),
  reason: AbsenceReasonSchema,
  comment: z.optional(z.string().check(z.maxLength(1000))),
  attachmentIds: z.array(id).check(z.maxLength(5)),
});
export type AbsenceInput = z.infer<typeof AbsenceInputSchema>;

/** The media types and size an attachment may have (checked by the element, and by the backend again). */
export { attachmentRules } from './attachment-rules.js';
import { attachmentRules } from './attachment-rules.js';

/** A file the family sent (a medical certificate): what is shown of it. */
export const AttachmentSchema = z.object({
  id,
  name: z.string().check(z.minLength(1), z.maxLength(255)),
  mediaType: z.enum(attachmentRules.mediaTypes),
  sizeBytes: z.number().check(z.int(), z.minimum(1), z.maximum(attachmentRules.maxBytes)),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

// ——— the calendar feed ———

/** The family's private iCal feed of its confirmed bookings: a secret URL, revocable by renewing it. */
export const CalendarFeedSchema = z.object({
  url: z.url(),
  createdAt: dateTime,
});
export type CalendarFeed = z.infer<typeof CalendarFeedSchema>;
