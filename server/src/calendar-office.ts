import {
  decideCalendarRequest,
  promoteWaiting,
  type CalendarPromotion,
  type CalendarState,
  type ItemDecision,
  type RequestReceipt,
  type RequestStatus,
} from '../../src/domain/index.js';
import { calendarState, lockPlaces, movePlaces, storeRecords, waitingFor } from './calendar-state.js';
import type { Db } from './db.js';
import { decided } from './problem.js';
import { addHistory, currentParent, send, type Family, type ServiceOptions } from './requests.js';

/*
 * The service's decision on a calendar request (its back office), and the
 * places given back that go to the children waiting for them: each loads the
 * state, locks the places of the days concerned, calls the domain's decision
 * and stores its outcome, history entries and e-mails.
 */

type Service = Pick<ServiceOptions, 'now' | 'commune'>;

/** A waiting child's freed place booked: their request's history, their family's e-mail. */
export async function storePromotions(
  tx: Db,
  promotions: readonly CalendarPromotion[],
  service: Service,
): Promise<void> {
  await storeRecords(
    tx,
    promotions.map((promotion) => promotion.record),
  );
  for (const promotion of promotions) {
    await addHistory(tx, promotion.record.requestId, [promotion.history]);
    await send(tx, promotion.mail, promotion.record.requestId, service);
  }
}

/**
 * Freed places go to the children waiting for them (any family), first come
 * first served; `taken` (the locked places, after the changes that freed them)
 * is updated.
 */
export async function offerFreedDays(
  tx: Db,
  state: Pick<CalendarState, 'activities'>,
  freed: readonly { unitId: string; date: string }[],
  taken: Map<string, number>,
  service: Service,
): Promise<void> {
  const queue = await waitingFor(tx, freed);
  const promotions = promoteWaiting(freed, queue, taken, state, service.commune, service.now());
  await movePlaces(
    tx,
    promotions.map(({ record: { unitId, date } }) => ({ unitId, date, delta: 1 })),
  );
  await storePromotions(tx, promotions, service);
}

/** The request's row as the back office locked it. */
export interface LockedRequest {
  kind: RequestReceipt['kind'];
  status: RequestStatus;
  number: string;
}

/**
 * Settles the days a pending calendar request left awaiting the service, its
 * places locked: stores them, moves the places, books the waiting children
 * the freed places go to, and tells the families.
 */
export async function decideCalendar(
  tx: Db,
  family: Family,
  request: LockedRequest & { id: string },
  decision: 'accepted' | 'refused',
  service: Service,
  reason: string | undefined,
  items?: readonly ItemDecision[],
): Promise<void> {
  const days = await tx.query<{ unitId: string; date: string }>(
    `select unit_id as "unitId", to_char(date, 'YYYY-MM-DD') as date from bookings
      where request_id = $1 order by date, unit_id`,
    [request.id],
  );
  const today = service.now().toISOString().slice(0, 10);
  const span = { from: days[0]?.date ?? today, to: days.at(-1)?.date ?? today };
  const taken = await lockPlaces(tx, days);
  const state = { ...(await calendarState(tx, family, span, service)), taken };
  const queue = await waitingFor(tx, days);
  const parent = await currentParent(tx, family.id);
  const outcome = decided(() =>
    decideCalendarRequest({
      request,
      decision,
      items,
      reason,
      state,
      queue,
      parent,
      accountEmail: family.email ?? parent?.email,
      commune: service.commune,
      now: service.now(),
    }),
  );
  await storeRecords(tx, outcome.records);
  await movePlaces(tx, outcome.taken);
  await storePromotions(tx, outcome.promotions, service);
  await tx.query('update requests set status = $2 where id = $1', [request.id, outcome.status]);
  await addHistory(tx, request.id, outcome.history);
  await send(tx, outcome.mail, request.id, service);
}
