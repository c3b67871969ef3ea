import * as z from 'zod/mini';
import { localizedText } from './localized-text.js';

/** A date (`2020-06-02`) or a timestamp with offset (`2020-06-02T09:08:00+02:00`): time is shown only if known. */
export const DateOrDateTimeSchema = z.union([z.iso.datetime({ offset: true }), z.iso.date()]);

export const RequestKindSchema = z.enum([
  'parent-registration',
  'parent-change',
  'child-registration',
  'health-form',
  'child-change',
  'camp-enrolment',
  'camp-unsubscribe',
  'booking',
  'period-booking',
  'planning-copy',
  'absence',
  'invoice-dispute',
]);
export type RequestKind = z.infer<typeof RequestKindSchema>;

/**
 * The kinds of request the service accepts or refuses in its back office (the
 * calendar's, day by day: `decideCalendarRequest`). The others settle
 * themselves: at once (a child's registration, a health form) or, for a camp
 * enrolment, by its payment or its cart's deadline.
 */
export const serviceDecidedKinds: readonly RequestKind[] = [
  'parent-registration',
  'parent-change',
  'child-change',
  'camp-unsubscribe',
  'booking',
  'period-booking',
  'planning-copy',
  'absence',
  'invoice-dispute',
];

/** The calendar's kinds of request, which the service settles day by day. */
export const calendarRequestKinds: readonly RequestKind[] = [
  'booking',
  'period-booking',
  'planning-copy',
  'absence',
];

export const isCalendarRequest = (kind: RequestKind) => calendarRequestKinds.includes(kind);

export const RequestStatusSchema = z.enum(['pending', 'accepted', 'refused', 'cancelled']);
export type RequestStatus = z.infer<typeof RequestStatusSchema>;

const code = z.string().check(z.regex(/^[a-z][a-z0-9-]{0,59}$/));

/**
 * What the service's sentence of a history entry says, rendered in the
 * parent's language: names and labels as text, ISO dates (`yyyy-MM-dd`,
 * formatted by the element), counts, and lists of either (joined by the
 * language's rules).
 */
export const HistoryParamsSchema = z
  .record(
    z.string().check(z.regex(/^[a-zA-Z][a-zA-Z0-9]{0,39}$/)),
    z.union([
      z.string().check(z.maxLength(500)),
      // A commune's own text (a camp's name), worded in the parent's language when shown.
      localizedText({ min: 0, max: 500 }),
      z.number(),
      z.array(z.string().check(z.maxLength(200))).check(z.maxLength(60)),
    ]),
  )
  .check(z.refine((params) => Object.keys(params).length <= 12, 'At most 12 parameters'));
export type HistoryParams = z.infer<typeof HistoryParamsSchema>;

/**
 * One step of a request's status history. Elements translate `status` when their
 * catalogue knows the code and fall back to `label` (the service's own words).
 * The service's own sentence comes as a code (`messageCode`, else `status`) with
 * `params`, which elements render in the parent's language; `message` is free
 * text a person wrote (the parent's comment, the service's reason), shown as
 * typed, or, from a backend that sends no `params`, its own sentence.
 */
export const StatusHistoryEntrySchema = z.object({
  status: z.string().check(z.minLength(1)),
  label: z.string(),
  at: DateOrDateTimeSchema,
  author: z.optional(z.string()),
  /** The sentence's code when one status has several (`camp-unsubscribe-requested`). */
  messageCode: z.optional(code),
  params: z.optional(HistoryParamsSchema),
  message: z.optional(z.string()),
});
export type StatusHistoryEntry = z.infer<typeof StatusHistoryEntrySchema>;

/** One changed field of a change request, for the recap and the history. */
export const FieldChangeSchema = z.object({
  field: z.string(),
  from: z.string(),
  to: z.string(),
});
export type FieldChange = z.infer<typeof FieldChangeSchema>;

/** What the service answers when a request is submitted, and what it shows of it afterwards. */
export const RequestReceiptSchema = z.object({
  id: z.string().check(z.minLength(1)),
  /** The request number parents quote ("28-49"). */
  number: z.string().check(z.minLength(1)),
  /** The tracking code shown from the first step ("HGQNWTWN"). */
  trackingCode: z.string().check(z.minLength(1)),
  kind: RequestKindSchema,
  status: RequestStatusSchema,
  submittedAt: z.iso.datetime({ offset: true }),
  /** Oldest first on the wire; elements show newest first. */
  history: z.array(StatusHistoryEntrySchema),
  changes: z.optional(z.array(FieldChangeSchema)),
  /** For requests about a child: which one. */
  childId: z.optional(z.string()),
});
export type RequestReceipt = z.infer<typeof RequestReceiptSchema>;
