import {
  copyChanges,
  decideAbsence,
  decideChanges,
  expandPeriod,
  placesKey,
  planningOf,
  type AbsenceInput,
  type BookingChange,
  type BookingChangesInput,
  type BookingPreview,
  type BookingResult,
  type CalendarRequestKind,
  type CalendarState,
  type PeriodBooking,
  type Planning,
  type PlanningCopy,
  type PlanningRange,
  type RequestReceipt,
} from '../../src/domain/index.js';
import { familyAttachments } from './attachments.js';
import { offerFreedDays } from './calendar-office.js';
import { calendarState, lockPlaces, movePlaces, storeRecords } from './calendar-state.js';
import type { Db } from './db.js';
import { conflict, decided, invalid, notFound } from './problem.js';
import { addHistory, getRequest, newRequest, type Family, type ServiceOptions } from './requests.js';

/*
 * The calendar's operations: each loads the family's state, calls the
 * domain's decision (src/domain/calendar) and stores its outcome. Places are
 * locked (`for update`) before a decision that may take them.
 */

type Service = Pick<ServiceOptions, 'now' | 'commune'>;

/** The longest planning asked at once: a school year and a little more. */
const maxPlanningDays = 400;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** The dates a set of changes spans. */
function spanOf(changes: readonly { date: string }[]): { from: string; to: string } {
  const dates = changes.map((change) => change.date).sort();
  return { from: dates[0]!, to: dates.at(-1)! };
}

/** Another family's child (or none) is not found, never forbidden. */
function ownChildren(state: CalendarState, childIds: readonly string[]): void {
  const own = new Set(state.children.map((child) => child.id));
  if (childIds.some((id) => !own.has(id))) throw notFound('child.not-found');
}

export async function getPlanning(
  db: Db,
  family: Family,
  range: PlanningRange,
  service: Service,
): Promise<Planning> {
  const days = dayNumber(range.to) - dayNumber(range.from);
  if (days < 0) throw invalid([{ field: 'to', code: 'date.invalid' }]);
  if (days >= maxPlanningDays) throw invalid([{ field: 'to', code: 'too-long' }]);
  const state = await calendarState(db, family, range, service);
  return planningOf(state, range, service.now());
}

/**
 * Decides `changes` for the family as one request of `kind`, with the places
 * of their days locked: stores the records, moves the places, offers the
 * places given back to the children waiting, and answers each date's outcome.
 */
async function decideAndStore(
  tx: Db,
  family: Family,
  state: CalendarState,
  changes: readonly BookingChange[],
  kind: CalendarRequestKind,
  payload: unknown,
  service: Service,
): Promise<BookingResult> {
  const now = service.now();
  const taken = await lockPlaces(tx, changes);
  const request = await newRequest(tx, family, kind, now, payload);
  const outcome = decided(() => decideChanges({ ...state, taken }, changes, now, request.id, kind));
  await storeRecords(tx, outcome.records);
  await movePlaces(tx, outcome.taken);
  for (const move of outcome.taken) {
    const key = placesKey(move.unitId, move.date);
    taken.set(key, (taken.get(key) ?? 0) + move.delta);
  }
  await offerFreedDays(tx, state, outcome.freed, taken, service);
  await tx.query('update requests set status = $2 where id = $1', [request.id, outcome.requestStatus]);
  await addHistory(tx, request.id, [outcome.history]);
  return {
    items: outcome.items,
    totalDeltaCents: outcome.totalDeltaCents,
    currency: 'EUR',
    receipt: await getRequest(tx, family, request.id),
  };
}

export async function changeBookings(
  tx: Db,
  family: Family,
  input: BookingChangesInput,
  service: Service,
): Promise<BookingResult> {
  const state = await calendarState(tx, family, spanOf(input.changes), service);
  ownChildren(
    state,
    input.changes.map((change) => change.childId),
  );
  return decideAndStore(tx, family, state, input.changes, 'booking', input, service);
}

/** A period booking's or a copy's changes, from the family's state over its dates. */
async function changesOf(
  db: Db,
  family: Family,
  input: PeriodBooking | PlanningCopy,
  service: Service,
): Promise<{ state: CalendarState; changes: BookingChange[] }> {
  const state = await calendarState(db, family, input, service);
  if ('childIds' in input) {
    ownChildren(state, input.childIds);
    return { state, changes: expandPeriod(input, state) };
  }
  ownChildren(state, [input.sourceChildId, ...input.targetChildIds]);
  return { state, changes: copyChanges(input, state) };
}

/** What the changes would give, decided on the places taken now; nothing is stored. */
async function preview(db: Db, family: Family, input: PeriodBooking | PlanningCopy, service: Service) {
  const { state, changes } = await changesOf(db, family, input, service);
  const kind: CalendarRequestKind = 'childIds' in input ? 'period-booking' : 'planning-copy';
  const outcome = decided(() => decideChanges(state, changes, service.now(), 'preview', kind));
  const answer: BookingPreview = {
    items: outcome.items,
    totalDeltaCents: outcome.totalDeltaCents,
    currency: 'EUR',
  };
  return answer;
}

async function book(tx: Db, family: Family, input: PeriodBooking | PlanningCopy, service: Service) {
  const { state, changes } = await changesOf(tx, family, input, service);
  if (changes.length === 0) throw conflict('booking.nothing');
  const kind: CalendarRequestKind = 'childIds' in input ? 'period-booking' : 'planning-copy';
  return decideAndStore(tx, family, state, changes, kind, input, service);
}

export const previewPeriodBooking = (db: Db, family: Family, input: PeriodBooking, service: Service) =>
  preview(db, family, input, service);
export const bookPeriod = (tx: Db, family: Family, input: PeriodBooking, service: Service) =>
  book(tx, family, input, service);
export const previewPlanningCopy = (db: Db, family: Family, input: PlanningCopy, service: Service) =>
  preview(db, family, input, service);
export const copyPlanning = (tx: Db, family: Family, input: PlanningCopy, service: Service) =>
  book(tx, family, input, service);

/** "Demande d'absence": the booked days of the period await the service's decision, with the certificates. */
export async function requestAbsence(
  tx: Db,
  family: Family,
  input: AbsenceInput,
  service: Service,
): Promise<RequestReceipt> {
  const state = await calendarState(tx, family, input, service);
  ownChildren(state, [input.childId]);
  await familyAttachments(tx, family, input.attachmentIds);
  const now = service.now();
  const request = await newRequest(tx, family, 'absence', now, input);
  const outcome = decided(() => decideAbsence(state, input, now, request.id));
  await storeRecords(tx, outcome.records);
  await tx.query('update requests set child_id = $2 where id = $1', [request.id, input.childId]);
  await addHistory(tx, request.id, [outcome.history]);
  return getRequest(tx, family, request.id);
}
