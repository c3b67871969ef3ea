import {
  campEnrolmentSummary,
  CampUnsubscribeInputSchema,
  decideEnrolment,
  groupFor,
  history,
  joinWaitingList as joinWaitingListDecision,
  offerFreedPlaces,
  requestUnsubscribe,
  waitingPosition,
  type Camp,
  type CampAvailability,
  type CampEnrolment,
  type CampEnrolmentInput,
  type CampEnrolmentSummary,
  type CampUnsubscribeInput,
  type CampWaiting,
  type FreedDay,
  type Release,
  type RequestReceipt,
  type WaitingRow,
} from '../../domain/index.js';
import { AdapterError } from '../errors.js';
import {
  appendHistory,
  childOf,
  decided,
  findRequest,
  newRequest,
  withStatus,
  type CampsLoaded,
  type Desk,
  type Stored,
} from './memory-state.js';

/* The camps' desk: places, enrolment, waiting lists, "Mes inscriptions" and unsubscribing. */

type Places = NonNullable<Stored['places']>[string];

/** A camp's places by group and day, seeded on first use and kept with the rest of the state. */
export function placesOf(desk: Desk, camp: Camp, { seed }: CampsLoaded): Places {
  const places = (desk.state.places ??= {});
  return (places[camp.id] ??= Object.fromEntries(
    Object.entries(seed.seedCampPlaces(camp)).map(([groupId, days]) => [
      groupId,
      Object.fromEntries(Object.entries(days).map(([date, seat]) => [date, { ...seat, waiting: 0 }])),
    ]),
  ));
}

function campOf(loaded: CampsLoaded, campId: string): Camp {
  const camp = loaded.camps.find((candidate) => candidate.id === campId);
  if (!camp) throw new AdapterError({ type: 'not-found', code: 'camp.not-found' });
  return camp;
}

export function campAvailability(
  desk: Desk,
  loaded: CampsLoaded,
  campId: string,
  childId: string,
): CampAvailability {
  const camp = campOf(loaded, campId);
  const group = groupFor(camp, childOf(desk, childId).identity);
  const places = group ? (placesOf(desk, camp, loaded)[group.id] ?? {}) : {};
  return {
    campId,
    childId,
    groupId: group?.id ?? null,
    days: Object.entries(places)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([date, { capacity, taken, waiting }]) => ({
        date,
        capacity,
        left: Math.max(0, capacity - taken),
        waiting,
      })),
  };
}

export function enrolInCamp(desk: Desk, loaded: CampsLoaded, body: CampEnrolmentInput): CampEnrolment {
  const { campId, childId, days, trackingCode } = body;
  if (trackingCode && !desk.state.drafts?.some((draft) => draft.trackingCode === trackingCode))
    throw new AdapterError({ type: 'not-found', code: 'draft.not-found' });
  const camp = campOf(loaded, campId);
  const child = withStatus(desk, childOf(desk, childId));
  const group = groupFor(camp, child.identity);
  const places = group ? (placesOf(desk, camp, loaded)[group.id] ?? {}) : {};
  const bookings = (desk.state.bookings ??= []);
  const now = desk.now();
  const outcome = decided(() =>
    decideEnrolment({
      camp,
      child,
      days,
      bookedDates: bookings.filter((b) => b.childId === childId && b.campId === campId).map((b) => b.date),
      places,
      now,
    }),
  );
  const receipt = newRequest(desk, 'camp-enrolment', now);
  receipt.childId = childId;
  if (trackingCode) {
    // The code shown since the first step stays the request's; the draft is done.
    receipt.trackingCode = trackingCode;
    desk.state.drafts = desk.state.drafts?.filter((draft) => draft.trackingCode !== trackingCode);
  }
  for (const { date, activityIds } of outcome.bookings) {
    places[date]!.taken += 1;
    bookings.push({ requestId: receipt.id, campId, childId, groupId: outcome.groupId, date, activityIds });
  }
  receipt.history.push(...outcome.history);
  receipt.status = outcome.status;
  desk.state.family.requests.push(receipt);
  (desk.state.enrolments ??= {})[receipt.id] = { campId, groupId: outcome.groupId, weeks: outcome.weeks };
  return { receipt, campId, childId, weeks: outcome.weeks };
}

/** The waiting lists as the decisions read them, in the order families joined. */
function waitingRows(desk: Desk): (WaitingRow & { label: string })[] {
  const cancelled = new Set(
    desk.state.family.requests.filter((r) => r.status === 'cancelled').map((request) => request.id),
  );
  return (desk.state.waiting ?? []).map((entry) => {
    const week = desk.state.enrolments?.[entry.requestId]?.weeks.find((w) => w.weekId === entry.weekId);
    return {
      requestId: entry.requestId,
      campId: entry.campId,
      groupId: entry.groupId,
      weekId: entry.weekId,
      days: week?.days ?? [],
      label: week?.label ?? entry.weekId,
      offered: Boolean(entry.offeredAt),
      cancelled: cancelled.has(entry.requestId),
    };
  });
}

export function joinWaitingList(
  desk: Desk,
  loaded: CampsLoaded,
  requestId: string,
  weekId: string,
): CampWaiting {
  const request = desk.state.family.requests.find((r) => r.id === requestId && r.kind === 'camp-enrolment');
  const enrolment = desk.state.enrolments?.[requestId];
  if (!request || !enrolment) throw new AdapterError({ type: 'not-found', code: 'request.not-found' });
  const { campId, groupId } = enrolment;
  const outcome = decided(() =>
    joinWaitingListDecision({
      request: { id: requestId, status: request.status, weeks: enrolment.weeks },
      weekId,
      campId,
      groupId,
      rows: waitingRows(desk),
      now: desk.now(),
    }),
  );
  if (outcome.join) {
    (desk.state.waiting ??= []).push({ requestId, campId, groupId, weekId });
    const camp = loaded.camps.find((candidate) => candidate.id === campId);
    const places = camp ? (placesOf(desk, camp, loaded)[groupId] ?? {}) : {};
    for (const date of outcome.join.row.days) if (places[date]) places[date].waiting += 1;
    request.history.push(outcome.join.history);
  }
  return outcome.waiting;
}

/**
 * The family's camp enrolment requests (only `requestId`, when given), the
 * newest first, as "Mes inscriptions" shows them.
 */
export function enrolmentSummaries(
  desk: Desk,
  camps: readonly Camp[],
  requestId?: string,
): CampEnrolmentSummary[] {
  const { requests } = desk.state.family;
  const unsubscribes = requests
    .filter((request) => request.kind === 'camp-unsubscribe')
    .map((request) => ({
      ...CampUnsubscribeInputSchema.parse(desk.state.payloads[request.id]),
      status: request.status,
    }));
  const rows = waitingRows(desk);
  return requests
    .filter((request) => request.kind === 'camp-enrolment' && (!requestId || request.id === requestId))
    .reverse()
    .flatMap((receipt) => {
      const enrolment = desk.state.enrolments?.[receipt.id];
      const child = desk.state.children.find((candidate) => candidate.id === receipt.childId);
      if (!enrolment || !child) return [];
      const article = desk.state.cart?.find(
        (candidate) =>
          candidate.requestIds.includes(receipt.id) &&
          (candidate.status === 'unpaid' || candidate.status === 'paid'),
      );
      return [
        campEnrolmentSummary({
          receipt,
          campId: enrolment.campId,
          campName: camps.find((camp) => camp.id === enrolment.campId)?.name ?? enrolment.campId,
          childId: child.id,
          firstName: child.identity.firstName,
          weeks: enrolment.weeks,
          articleId: article?.id,
          waiting: rows
            .filter((row) => row.requestId === receipt.id)
            .map((row) => ({
              weekId: row.weekId,
              position: waitingPosition(rows, receipt.id, row.weekId),
              offered: row.offered,
            })),
          unsubscribes: unsubscribes.filter((unsubscribe) => unsubscribe.requestId === receipt.id),
        }),
      ];
    });
}

export function requestCampUnsubscribe(
  desk: Desk,
  camps: readonly Camp[],
  body: CampUnsubscribeInput,
): RequestReceipt {
  const [enrolment] = enrolmentSummaries(desk, camps, body.requestId);
  const now = desk.now();
  const outcome = decided(() => requestUnsubscribe(enrolment, body, now));
  const receipt = newRequest(desk, 'camp-unsubscribe', now);
  receipt.childId = outcome.childId;
  receipt.history.push(...outcome.history);
  desk.state.payloads[receipt.id] = body;
  desk.state.family.requests.push(receipt);
  findRequest(desk, body.requestId).history.push(
    history.unsubscribeRequested(now, outcome.label, receipt.number),
  );
  return receipt;
}

/**
 * An article's requests cancelled: their history, their places on waiting
 * lists gone (the days' waiting counts with them), their places given back
 * and offered to the families waiting.
 */
export function release(desk: Desk, loaded: CampsLoaded, { requestIds, history: entries }: Release): void {
  for (const request of desk.state.family.requests.filter((r) => requestIds.includes(r.id)))
    request.status = 'cancelled';
  appendHistory(desk, entries);
  const waiting = desk.state.waiting ?? [];
  for (const entry of waiting.filter((candidate) => requestIds.includes(candidate.requestId))) {
    const camp = loaded.camps.find((candidate) => candidate.id === entry.campId);
    const places = camp ? (placesOf(desk, camp, loaded)[entry.groupId] ?? {}) : {};
    const week = desk.state.enrolments?.[entry.requestId]?.weeks.find((w) => w.weekId === entry.weekId);
    for (const date of week?.days ?? []) {
      const place = places[date];
      if (place) place.waiting = Math.max(0, place.waiting - 1);
    }
  }
  if (desk.state.waiting)
    desk.state.waiting = waiting.filter((entry) => !requestIds.includes(entry.requestId));
  offerFreed(desk, freePlaces(desk, loaded, requestIds));
}

/**
 * The places of these requests' days (only `days`, when given) given back,
 * their bookings gone; answers the days freed.
 */
export function freePlaces(
  desk: Desk,
  loaded: CampsLoaded,
  requestIds: readonly string[],
  days?: readonly string[],
): FreedDay[] {
  const freeing = (day: { requestId: string; date: string }) =>
    requestIds.includes(day.requestId) && (!days || days.includes(day.date));
  const freed = (desk.state.bookings ?? []).filter(freeing);
  for (const day of freed) {
    const camp = loaded.camps.find((candidate) => candidate.id === day.campId);
    const place = camp ? placesOf(desk, camp, loaded)[day.groupId]?.[day.date] : undefined;
    if (place) place.taken = Math.max(0, place.taken - 1);
  }
  desk.state.bookings = (desk.state.bookings ?? []).filter((day) => !freeing(day));
  return freed;
}

/** Freed places offered to the first families waiting for them (the demo sends no e-mail). */
export function offerFreed(desk: Desk, freed: readonly FreedDay[]): void {
  const now = desk.now();
  const offers = offerFreedPlaces(freed, waitingRows(desk), now);
  for (const offer of offers) {
    const entry = desk.state.waiting?.find(
      (w) => w.requestId === offer.requestId && w.weekId === offer.weekId,
    );
    if (entry) entry.offeredAt = now.toISOString();
    findRequest(desk, offer.requestId).history.push(offer.history);
  }
}
