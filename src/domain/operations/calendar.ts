import * as z from 'zod/mini';
import {
  AbsenceInputSchema,
  AttachmentSchema,
  BookingChangesInputSchema,
  BookingPreviewSchema,
  BookingResultSchema,
  CalendarFeedSchema,
  PeriodBookingSchema,
  PlanningCopySchema,
  PlanningRangeSchema,
  PlanningSchema,
  type AbsenceInput,
  type BookingChangesInput,
  type PeriodBooking,
  type PlanningCopy,
  type PlanningRange,
} from '../calendar.js';
import { RequestReceiptSchema } from '../request.js';
import { compute, read, write } from './operation.js';

const noChild = 'A child of another family, or none';
const refusals = {
  'booking.nothing': 'nothing to book or cancel (every date of the period or copy is closed or already so)',
};

/** After-school, canteen and Wednesday bookings (`<family-calendar>`). */
export const calendarOperations = {
  /**
   * The family's planning from `from` to `to` (at most 400 days): the
   * activities and their units, each child's days and, per unit and day, its
   * state, price, and what the parent may do until when, or why not.
   */
  getPlanning: read({
    feature: 'calendar',
    path: '/planning',
    summary:
      'The family’s planning between two dates: each child’s days, and per unit and day its state, price and allowed actions',
    call: (range: PlanningRange) => ({ query: range }),
    query: PlanningRangeSchema,
    answer: PlanningSchema,
  }),
  /**
   * "Envoyer mes demandes": bookings and cancellations, each decided on its
   * own (booked, a request, the waiting list, refused with its reason), in one
   * request.
   */
  changeBookings: write({
    feature: 'calendar',
    path: '/booking-changes',
    summary:
      'Book and cancel days: each change decided on its own (booked, requested, waiting list, refused), in one request',
    call: (input: BookingChangesInput) => ({ body: input }),
    body: BookingChangesInputSchema,
    answer: BookingResultSchema,
    notFound: noChild,
  }),
  /** What a period booking would give, date by date, and its total: nothing is booked. */
  previewPeriodBooking: compute({
    feature: 'calendar',
    path: '/period-bookings/previews',
    summary: 'What a period booking would give, date by date, with its total (nothing booked)',
    call: (booking: PeriodBooking) => ({ body: booking }),
    body: PeriodBookingSchema,
    answer: BookingPreviewSchema,
    notFound: noChild,
  }),
  /** "Réservations sur période": every matching date booked in one request. */
  bookPeriod: write({
    feature: 'calendar',
    path: '/period-bookings',
    summary: 'Book every matching day of a period (weeks, weekdays and units) in one request',
    call: (booking: PeriodBooking) => ({ body: booking }),
    body: PeriodBookingSchema,
    answer: BookingResultSchema,
    notFound: noChild,
    conflicts: refusals,
  }),
  /** What copying a child's bookings to siblings would give, per child and date: nothing is booked. */
  previewPlanningCopy: compute({
    feature: 'calendar',
    path: '/planning-copies/previews',
    summary: 'What copying a child’s bookings of an activity to siblings would give, per child and date',
    call: (copy: PlanningCopy) => ({ body: copy }),
    body: PlanningCopySchema,
    answer: BookingPreviewSchema,
    notFound: noChild,
  }),
  /** "Dupliquer": a child's bookings of an activity over a period, booked for siblings, per child and date. */
  copyPlanning: write({
    feature: 'calendar',
    path: '/planning-copies',
    summary: 'Copy a child’s bookings of an activity over a period to siblings, in one request',
    call: (copy: PlanningCopy) => ({ body: copy }),
    body: PlanningCopySchema,
    answer: BookingResultSchema,
    notFound: noChild,
    conflicts: refusals,
  }),
  /** "Demande d'absence": the booked days of a period, with a reason, a comment and proofs. */
  requestAbsence: write({
    feature: 'calendar',
    path: '/absences',
    summary:
      'Report an absence over booked days, with a reason, a comment and attachments (a medical certificate)',
    call: (input: AbsenceInput) => ({ body: input }),
    body: AbsenceInputSchema,
    answer: RequestReceiptSchema,
    notFound: 'A child or an attachment of another family, or none',
    conflicts: { 'absence.nothing-booked': 'no booked day of the child in that period (and those units)' },
  }),
  /** The family's private iCal feed, if it has one. */
  getCalendarFeed: read({
    feature: 'calendar',
    path: '/calendar-feed',
    summary: 'The family’s private iCal feed of its confirmed bookings, if any',
    call: () => ({}),
    answer: z.object({ feed: z.nullable(CalendarFeedSchema) }),
  }),
  /** A new secret URL for the feed: the previous one stops working. */
  renewCalendarFeed: write({
    feature: 'calendar',
    path: '/calendar-feed/renewals',
    summary: 'Create the family’s iCal feed, or replace its secret URL (the previous one stops working)',
    call: () => ({}),
    answer: CalendarFeedSchema,
  }),
  /** The feed's URL stops working. */
  revokeCalendarFeed: write({
    feature: 'calendar',
    path: '/calendar-feed/revocations',
    summary: 'Revoke the family’s iCal feed: its secret URL stops working',
    call: () => ({}),
    answer: z.object({ feed: z.null() }),
  }),
};

/** Files the family sends: a medical certificate with an absence, later with a message. */
export const attachmentOperations = {
  /** One PDF, JPEG or PNG of at most 10 MB; kept for the family, referred to by its id. */
  uploadAttachment: write({
    feature: 'attachments',
    path: '/attachments',
    summary: 'Send one file (PDF, JPEG or PNG, at most 10 MB) to join to a request',
    call: (file: Blob & { readonly name: string }) => ({ body: file }),
    upload: true,
    answer: AttachmentSchema,
  }),
};
