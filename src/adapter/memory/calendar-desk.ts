import {
  AbsenceInputSchema,
  BookingChangesInputSchema,
  PeriodBookingSchema,
  PlanningCopySchema,
  PlanningRangeSchema,
  copyChanges,
  decideAbsence,
  decideChanges,
  expandPeriod,
  decideCalendarRequest,
  placesKey,
  planningOf,
  promoteWaiting,
  recordKey,
  isCalendarRequest,
  type ItemDecision,
  type BookingChange,
  type BookingPreview,
  type BookingRecord,
  type BookingResult,
  type CalendarOutcome,
  type CalendarRequestKind,
  type CalendarState,
  type FieldIssue,
  type Planning,
  type RequestReceipt,
} from '../../domain/index.js';
import type * as CalendarSeed from '../../demo-data/calendar.js';
import { AdapterError } from '../errors.js';
import { communes, trackingCode } from '../../demo-data/index.js';
import {
  appendHistory,
  checked,
  decided,
  findRequest,
  invalid,
  newRequest,
  withStatus,
  type Desk,
} from './memory-state.js';
import type { MemoryFamily } from './seed.js';

/*
 * The calendar's desk: it loads a `CalendarState` from the stored state (the
 * family's bookings, every family's places) and the demo's commune calendar,
 * lets the domain decide (src/domain/calendar), and stores what it decided.
 */

/**
 * The demo's calendar for the commune (activities, school calendars,
 * enrolments) and its module, loaded on first use: demos without a calendar
 * do not download it.
 */
export interface CalendarLoaded {
  demo: CalendarSeed.DemoCalendar;
  seed: typeof CalendarSeed;
}

/** What each calendar operation of the desk is: the adapter's input, as sent, checked here. */
export type CalendarAct<T> = (desk: Desk, loaded: CalendarLoaded, family: MemoryFamily, input: unknown) => T;

type StoredCalendar = {
  bookings: BookingRecord[];
  taken: Record<string, number>;
  quotient?: number;
  /** Set by the billing run (invoices-desk.ts); the demo's day until then. */
  invoicedThrough?: string;
};

/** A planning asks for at most this many days (a school year and some). */
export const maxPlanningDays = 400;

/**
 * The family's calendar as stored, seeded from the demo on first use (states
 * stored before the calendar included), with the requests that made its
 * bookings among the family's, by date (numbered apart from the family's
 * next ones, which the counter gives).
 */
export function stored(desk: Desk, { demo }: CalendarLoaded, family: MemoryFamily): StoredCalendar {
  if (desk.state.calendar) return desk.state.calendar;
  const quotient = demo.quotients[family];
  const { requests } = desk.state.family;
  (demo.requests[family] ?? []).forEach((seeded, index) => {
    const request = {
      ...structuredClone(seeded),
      number: `${seeded.submittedAt.slice(2, 4)}-${index + 1}`,
      // Apart from the codes of the family's other requests (`trackingCode(number)`).
      trackingCode: trackingCode(1000 + index),
    };
    const later = requests.findIndex((one) => one.submittedAt > request.submittedAt);
    requests.splice(later < 0 ? requests.length : later, 0, request);
  });
  return (desk.state.calendar = {
    bookings: structuredClone(demo.bookings[family] ?? []),
    taken: Object.fromEntries(demo.taken),
    ...(quotient === undefined ? {} : { quotient }),
  });
}

/**
 * What the domain decides on: the family's children as of now, its bookings, every family's places,
 * the days invoiced (the demo's, or later where the billing run moved it).
 */
export function stateOf(desk: Desk, loaded: CalendarLoaded, family: MemoryFamily): CalendarState {
  const calendar = stored(desk, loaded, family);
  const children = desk.state.children.map((child) => withStatus(desk, child));
  const invoiced = [loaded.demo.invoicedThrough, calendar.invoicedThrough ?? ''].sort().at(-1)!;
  return {
    ...loaded.seed.demoCalendarState(loaded.demo, family, children),
    quotient: calendar.quotient,
    bookings: calendar.bookings,
    taken: new Map(Object.entries(calendar.taken)),
    invoicedThrough: invoiced,
  };
}

/** A child of another family (or none) is not found, as the server answers. */
function ownChildren(desk: Desk, childIds: readonly string[]): void {
  for (const id of childIds)
    if (!desk.state.children.some((child) => child.id === id))
      throw new AdapterError({ type: 'not-found', code: 'child.not-found' });
}

/** A planning's `to` before its `from`, or more than `maxPlanningDays` after: refused, as the server refuses it. */
function rangeIssues(range: { from: string; to: string }): FieldIssue[] {
  const days = (Date.parse(range.to) - Date.parse(range.from)) / 86_400_000;
  if (days < 0) return [{ field: 'to', code: 'date.invalid' }];
  if (days >= maxPlanningDays) return [{ field: 'to', code: 'too-long' }];
  return [];
}

export function planning(desk: Desk, loaded: CalendarLoaded, family: MemoryFamily, query: unknown): Planning {
  const range = checked(PlanningRangeSchema, query);
  const issues = rangeIssues(range);
  if (issues.length > 0) throw invalid(issues);
  return planningOf(stateOf(desk, loaded, family), range, desk.now());
}

/** Stores a decision's records and places, and gives freed places to the family's waiting children. */
function store(desk: Desk, loaded: CalendarLoaded, family: MemoryFamily, outcome: CalendarOutcome): void {
  const calendar = stored(desk, loaded, family);
  upsert(calendar, outcome.records);
  for (const { unitId, date, delta } of outcome.taken) {
    const key = placesKey(unitId, date);
    calendar.taken[key] = Math.max(0, (calendar.taken[key] ?? 0) + delta);
  }
  promote(desk, loaded, family, outcome.freed);
}

/** Freed places go to the family's waiting children (the other families' waiting lists are not in the demo). */
function promote(
  desk: Desk,
  loaded: CalendarLoaded,
  family: MemoryFamily,
  freed: readonly { unitId: string; date: string }[],
): void {
  const calendar = stored(desk, loaded, family);
  const queue = calendar.bookings.map((record) => ({ ...record, familyId: family }));
  const taken = new Map(Object.entries(calendar.taken));
  const children = new Map(desk.state.children.map((child) => [child.id, child.identity.firstName]));
  const named = queue.map((entry) => ({ ...entry, firstName: children.get(entry.childId) }));
  const promotions = promoteWaiting(freed, named, taken, loaded.demo, communes[desk.profile], desk.now());
  upsert(
    calendar,
    promotions.map((promotion) => promotion.record),
  );
  calendar.taken = Object.fromEntries(taken);
  appendHistory(
    desk,
    promotions.map((promotion) => ({ requestId: promotion.record.requestId, entries: [promotion.history] })),
  );
}

function upsert(calendar: StoredCalendar, records: readonly BookingRecord[]): void {
  const index = new Map(calendar.bookings.map((record, at) => [recordKey(record), at]));
  for (const record of records) {
    const at = index.get(recordKey(record));
    if (at === undefined) {
      index.set(recordKey(record), calendar.bookings.length);
      calendar.bookings.push(record);
    } else calendar.bookings[at] = record;
  }
}

/** Decides `changes` as one request of `kind`, stores it, and answers it with its receipt. */
function request(
  desk: Desk,
  loaded: CalendarLoaded,
  family: MemoryFamily,
  kind: CalendarRequestKind,
  changes: readonly BookingChange[],
  payload: unknown,
): BookingResult {
  const now = desk.now();
  const state = stateOf(desk, loaded, family);
  const receipt = newRequest(desk, kind, now);
  const outcome = decided(() => decideChanges(state, changes, now, receipt.id, kind));
  store(desk, loaded, family, outcome);
  receipt.status = outcome.requestStatus;
  receipt.history.push(outcome.history);
  desk.state.payloads[receipt.id] = payload;
  desk.state.family.requests.push(receipt);
  return { items: outcome.items, totalDeltaCents: outcome.totalDeltaCents, currency: 'EUR', receipt };
}

/** What `changes` would give, as of now: nothing is stored. */
function preview(
  desk: Desk,
  loaded: CalendarLoaded,
  family: MemoryFamily,
  kind: CalendarRequestKind,
  changes: BookingChange[],
) {
  const state = stateOf(desk, loaded, family);
  const outcome = decided(() => decideChanges(state, changes, desk.now(), 'preview', kind));
  const answer: BookingPreview = {
    items: outcome.items,
    totalDeltaCents: outcome.totalDeltaCents,
    currency: 'EUR',
  };
  return answer;
}

export function changeBookings(
  desk: Desk,
  loaded: CalendarLoaded,
  family: MemoryFamily,
  body: unknown,
): BookingResult {
  const input = checked(BookingChangesInputSchema, body);
  ownChildren(
    desk,
    input.changes.map((change) => change.childId),
  );
  return request(desk, loaded, family, 'booking', input.changes, input);
}

function periodChanges(desk: Desk, loaded: CalendarLoaded, family: MemoryFamily, body: unknown) {
  const booking = checked(PeriodBookingSchema, body);
  ownChildren(desk, booking.childIds);
  return { input: booking, changes: expandPeriod(booking, stateOf(desk, loaded, family)) };
}

/** A period or a copy with nothing to book (every day closed, or none held to copy). */
function some<T extends { changes: BookingChange[] }>(found: T): T {
  if (found.changes.length === 0) throw new AdapterError({ type: 'conflict', code: 'booking.nothing' });
  return found;
}

export function previewPeriodBooking(
  desk: Desk,
  loaded: CalendarLoaded,
  family: MemoryFamily,
  body: unknown,
): BookingPreview {
  return preview(desk, loaded, family, 'period-booking', periodChanges(desk, loaded, family, body).changes);
}

export function bookPeriod(desk: Desk, loaded: CalendarLoaded, family: MemoryFamily, body: unknown) {
  const { input, changes } = some(periodChanges(desk, loaded, family, body));
  return request(desk, loaded, family, 'period-booking', changes, input);
}

function copyOf(desk: Desk, loaded: CalendarLoaded, family: MemoryFamily, body: unknown) {
  const copy = checked(PlanningCopySchema, body);
  ownChildren(desk, [copy.sourceChildId, ...copy.targetChildIds]);
  return { input: copy, changes: copyChanges(copy, stateOf(desk, loaded, family)) };
}

export function previewPlanningCopy(
  desk: Desk,
  loaded: CalendarLoaded,
  family: MemoryFamily,
  body: unknown,
): BookingPreview {
  return preview(desk, loaded, family, 'planning-copy', copyOf(desk, loaded, family, body).changes);
}

export function copyPlanning(desk: Desk, loaded: CalendarLoaded, family: MemoryFamily, body: unknown) {
  const { input, changes } = some(copyOf(desk, loaded, family, body));
  return request(desk, loaded, family, 'planning-copy', changes, input);
}

/**
 * "Demande d'absence": the booked days become absence requests, awaiting the
 * service. Its attachments must be files this family sent (`uploadAttachment`).
 */
export function requestAbsence(
  desk: Desk,
  loaded: CalendarLoaded,
  family: MemoryFamily,
  body: unknown,
): RequestReceipt {
  const input = checked(AbsenceInputSchema, body);
  ownChildren(desk, [input.childId]);
  for (const id of input.attachmentIds)
    if (!desk.state.attachments?.some((attachment) => attachment.id === id))
      throw new AdapterError({ type: 'not-found', code: 'attachment.not-found' });
  const now = desk.now();
  const state = stateOf(desk, loaded, family);
  const receipt = newRequest(desk, 'absence', now);
  const outcome = decided(() => decideAbsence(state, input, now, receipt.id));
  upsert(stored(desk, loaded, family), outcome.records);
  receipt.status = outcome.requestStatus;
  receipt.childId = input.childId;
  receipt.history.push(outcome.history);
  desk.state.payloads[receipt.id] = input;
  desk.state.family.requests.push(receipt);
  return receipt;
}

/**
 * The service's decision on a pending calendar request (the demo's back
 * office): the days it left awaiting the service settled, the places given
 * back to the family's waiting children. The demo sends no e-mail.
 */
export function decideRequest(
  desk: Desk,
  loaded: CalendarLoaded,
  family: MemoryFamily,
  requestId: string,
  decision: 'accepted' | 'refused',
  reason: string | undefined,
  items?: readonly ItemDecision[],
): RequestReceipt {
  const state = stateOf(desk, loaded, family);
  const request = findRequest(desk, requestId);
  const children = new Map(desk.state.children.map((child) => [child.id, child.identity.firstName]));
  const queue = state.bookings.map((record) => ({
    ...record,
    familyId: family,
    firstName: children.get(record.childId),
  }));
  const outcome = decided(() =>
    decideCalendarRequest({
      request,
      decision,
      items,
      reason,
      state,
      queue,
      parent: desk.state.family.parent ?? undefined,
      accountEmail: desk.state.family.account.email,
      commune: communes[desk.profile],
      now: desk.now(),
    }),
  );
  const calendar = stored(desk, loaded, family);
  upsert(calendar, [...outcome.records, ...outcome.promotions.map((promotion) => promotion.record)]);
  for (const { unitId, date, delta } of outcome.taken) {
    const key = placesKey(unitId, date);
    calendar.taken[key] = Math.max(0, (calendar.taken[key] ?? 0) + delta);
  }
  request.status = outcome.status;
  request.history.push(...outcome.history);
  appendHistory(
    desk,
    outcome.promotions.map((promotion) => ({
      requestId: promotion.record.requestId,
      entries: [promotion.history],
    })),
  );
  return request;
}

/** Whether the family's request (seeded with the calendar, if it was not yet) is the calendar's. */
export function isCalendarRequestOf(
  desk: Desk,
  loaded: CalendarLoaded,
  family: MemoryFamily,
  requestId: string,
): boolean {
  stored(desk, loaded, family);
  const request = desk.state.family.requests.find((candidate) => candidate.id === requestId);
  return request !== undefined && isCalendarRequest(request.kind);
}
