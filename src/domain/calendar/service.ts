import { isCalendarRequest, type RequestReceipt, type StatusHistoryEntry } from '../request.js';
import { communeText, type CommuneSettings } from '../commune.js';
import { mails } from '../decisions/mails.js';
import { conflictRefusal, type Mail } from '../decisions/refusal.js';
import { textIn } from '../localized-text.js';
import { calendarHistory } from './history.js';
import { contextOf, endOf } from './rules.js';
import {
  placeStatuses,
  placesKey,
  recordKey,
  unitsById,
  type BookingRecord,
  type BookingStatus,
  type CalendarState,
} from './state.js';
import { offerFreedCalendarPlaces, type WaitingEntry } from './waiting.js';

/*
 * The service's decision on a calendar request (its back office): each day the
 * request left awaiting it is settled, the places it gives back go to the
 * children waiting for them, and the family is told.
 */

/** The statuses a request leaves awaiting the service (or a place). */
export const awaitingStatuses: ReadonlySet<BookingStatus> = new Set([
  'requested',
  'cancel-requested',
  'absence-requested',
  'waiting',
]);

type Decision = 'accepted' | 'refused';

/** One day's decision, when the service does not decide the whole request alike. */
export interface ItemDecision {
  childId: string;
  unitId: string;
  date: string;
  decision: Decision;
}

/** A child waiting for a place, with whom to tell when one is given (any family). */
export type QueuedEntry = WaitingEntry & { email?: string | undefined; firstName?: string | undefined };

export interface CalendarDecisionState {
  request: Pick<RequestReceipt, 'id' | 'kind' | 'status' | 'number'>;
  decision: Decision;
  /** Days decided otherwise than `decision`. */
  items?: readonly ItemDecision[] | undefined;
  /** The service's words on a refusal: the refused days' note, and the e-mail's. */
  reason: string | undefined;
  /** The family's, with the request's days (and their places, locked by a server). */
  state: CalendarState;
  /** Every family's children waiting for the request's days. */
  queue: readonly QueuedEntry[];
  parent: { firstName: string } | undefined;
  accountEmail: string | undefined;
  commune: Pick<CommuneSettings, 'name' | 'serviceName' | 'language'>;
  now: Date;
}

/** One settled day: what it was, what it is now. */
export interface SettledItem {
  childId: string;
  unitId: string;
  date: string;
  from: BookingStatus;
  to: BookingStatus;
}

/** A waiting child given a freed place: their booked day, its request's history entry, the e-mail. */
export interface CalendarPromotion {
  familyId: string;
  record: BookingRecord;
  history: StatusHistoryEntry;
  mail: Mail;
}

export interface CalendarDecisionOutcome {
  status: Decision;
  items: SettledItem[];
  /** To upsert: the request's settled days. */
  records: BookingRecord[];
  /** Places taken (1) or given back (−1), the promotions' included. */
  taken: { unitId: string; date: string; delta: 1 | -1 }[];
  promotions: CalendarPromotion[];
  history: StatusHistoryEntry[];
  mail: Mail;
}

const keyOf = (item: { childId: string; unitId: string; date: string }) => recordKey(item);

/**
 * What the service's decision makes of a day awaiting it: a booking request
 * is booked (a place kept; the waiting list when the unit is over its
 * capacity) or refused; a late cancellation is cancelled or stays booked
 * (billed: absent, once the day is over); an absence is excused or billed; a
 * waiting list entry stays, or is refused.
 */
export function settledStatus(
  from: BookingStatus,
  decision: Decision,
  { overCapacity, dayOver }: { overCapacity: boolean; dayOver: boolean },
): BookingStatus {
  const accepted = decision === 'accepted';
  switch (from) {
    case 'requested':
      return !accepted ? 'refused' : overCapacity ? 'waiting' : 'booked';
    case 'cancel-requested':
      return accepted ? 'cancelled' : dayOver ? 'absent-billed' : 'booked';
    case 'absence-requested':
      return accepted ? 'absent-excused' : 'absent-billed';
    case 'waiting':
      return accepted ? 'waiting' : 'refused';
    default:
      return from;
  }
}

const placeOf = (status: BookingStatus) => (placeStatuses.has(status) ? 1 : 0);

/**
 * Freed places given to the children waiting for them, first come first
 * served (`offerFreedCalendarPlaces`): each booked, its request's history
 * told, its family e-mailed. `taken` is updated.
 */
export function promoteWaiting(
  freed: readonly { unitId: string; date: string }[],
  queue: readonly QueuedEntry[],
  taken: Map<string, number>,
  state: Pick<CalendarState, 'activities'>,
  commune: Pick<CommuneSettings, 'language'>,
  now: Date,
): CalendarPromotion[] {
  const units = unitsById(state.activities);
  const promotions = offerFreedCalendarPlaces(freed, queue, taken, state.activities, now);
  return promotions.flatMap((promotion) => {
    const entry = queue.find((candidate) => keyOf(candidate) === keyOf(promotion));
    if (!entry) return [];
    const { familyId, email, firstName, ...kept } = entry;
    const key = placesKey(entry.unitId, entry.date);
    taken.set(key, (taken.get(key) ?? 0) + 1);
    const unit = units.get(entry.unitId)?.unit.name ?? entry.unitId;
    const child = firstName ?? '';
    return [
      {
        familyId,
        record: { ...kept, status: 'booked' as const, at: now.toISOString() },
        history: calendarHistory.placeBooked(now, child, entry.date, unit),
        mail: {
          ...mails.calendarPlaceBooked(email, child, entry.date, textIn(unit, commune.language ?? 'fr')),
          requestId: entry.requestId,
        },
      },
    ];
  });
}

/**
 * The service's decision on a pending calendar request: each day it left
 * awaiting the service is settled (`settledStatus`), as decided for the whole
 * request or day by day (`items`); places given back go to the waiting list.
 * The request is refused when every day it settles is, else accepted.
 * Not pending: a conflict (`request.not-pending`).
 */
export function decideCalendarRequest(input: CalendarDecisionState): CalendarDecisionOutcome {
  const { request, state, now, commune } = input;
  if (request.status !== 'pending') throw conflictRefusal('request.not-pending');
  if (!isCalendarRequest(request.kind)) throw conflictRefusal('request.not-decided-by-service');
  const context = contextOf(state, now);
  const units = unitsById(state.activities);
  const asked = new Map((input.items ?? []).map((item) => [keyOf(item), item.decision]));
  const reason = input.reason?.trim() || undefined;
  const at = now.toISOString();
  const items: SettledItem[] = [];
  const records: BookingRecord[] = [];
  const taken: CalendarDecisionOutcome['taken'] = [];
  const freed: { unitId: string; date: string }[] = [];
  const awaiting = state.bookings
    .filter((record) => record.requestId === request.id && awaitingStatuses.has(record.status))
    .sort((a, b) => a.at.localeCompare(b.at) || keyOf(a).localeCompare(keyOf(b)));
  for (const record of awaiting) {
    const decision = asked.get(keyOf(record)) ?? input.decision;
    const unit = units.get(record.unitId)?.unit;
    const key = placesKey(record.unitId, record.date);
    const overCapacity = unit?.capacity !== undefined && (context.taken.get(key) ?? 0) > unit.capacity;
    const to = settledStatus(record.status, decision, {
      overCapacity,
      dayOver: now >= endOf(context, record.date),
    });
    items.push({
      childId: record.childId,
      unitId: record.unitId,
      date: record.date,
      from: record.status,
      to,
    });
    if (to === record.status) continue;
    const { note: _note, ...kept } = record;
    records.push({ ...kept, status: to, at, ...(to === 'refused' && reason ? { note: reason } : {}) });
    const delta = placeOf(to) - placeOf(record.status);
    if (delta === 0) continue;
    context.taken.set(key, (context.taken.get(key) ?? 0) + delta);
    taken.push({ unitId: record.unitId, date: record.date, delta: delta > 0 ? 1 : -1 });
    if (delta < 0) freed.push({ unitId: record.unitId, date: record.date });
  }
  // The queue as this decision leaves it: a waiting day it refused no longer waits.
  const settled = new Map(records.map((record) => [keyOf(record), record.status]));
  const queue = input.queue.map((entry) => ({ ...entry, status: settled.get(keyOf(entry)) ?? entry.status }));
  const promotions = promoteWaiting(freed, queue, context.taken, state, commune, now);
  for (const promotion of promotions)
    taken.push({ unitId: promotion.record.unitId, date: promotion.record.date, delta: 1 });

  const decided = items.map((item) => asked.get(keyOf(item)) ?? input.decision);
  const status: Decision =
    decided.length > 0
      ? decided.every((one) => one === 'refused')
        ? 'refused'
        : 'accepted'
      : input.decision;
  const names = [...new Set(items.map((item) => item.childId))].map(
    (id) => state.children.find((child) => child.id === id)?.firstName ?? id,
  );
  const author = communeText(commune, commune.serviceName);
  const entry = calendarHistory.decided(status, now, author, names, items, reason);
  const mail = mails.calendarDecided(
    input.accountEmail,
    { kind: request.kind, number: request.number, status },
    entry.params ?? {},
    input.parent?.firstName ?? '',
    reason,
  );
  return {
    status,
    items,
    records,
    taken,
    promotions,
    history: [entry],
    mail: { ...mail, requestId: request.id },
  };
}
