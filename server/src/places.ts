import {
  CampSchema,
  offerFreedPlaces as offerFreedPlacesDecision,
  type Camp,
  type FreedDay,
  type Release,
  type WaitingRow,
} from '../../src/domain/index.js';
import type { Db } from './db.js';

/** A waiting-list row (`camp_waiting w` with its request `r`) as the domain's decisions read it. */
export const waitingColumns = `w.request_id as "requestId", w.camp_id as "campId", w.group_id as "groupId",
  w.week_id as "weekId", w.days, w.offered_at is not null as offered, r.status = 'cancelled' as cancelled`;
import { notFound } from './problem.js';
import { addHistories, addHistory, send, type ServiceOptions } from './requests.js';

/*
 * The commune's camps and their places: the rows the camp, cart and expiry
 * features lock, take and give back, and freed places offered to the
 * families waiting.
 */

/** One camp of the commune; an unknown one is not found. */
export async function campById(db: Db, campId: string): Promise<Camp> {
  const [row] = await db.query<{ data: unknown }>('select data from camps where id = $1', [campId]);
  if (!row) throw notFound('camp.not-found');
  return CampSchema.parse(row.data);
}

/** The commune's camps, in its order. */
export async function getCamps(db: Db): Promise<Camp[]> {
  const rows = await db.query<{ data: unknown }>('select data from camps order by position');
  return rows.map((row) => CampSchema.parse(row.data));
}

/**
 * These days' places in a camp group, their rows locked until the transaction
 * ends, in the days' order (so two transactions never wait on each other crosswise).
 */
export async function lockedPlaces(
  tx: Db,
  campId: string,
  groupId: string,
  days: readonly string[],
): Promise<Record<string, { capacity: number; taken: number }>> {
  const rows = await tx.query<{ day: string; capacity: number; taken: number }>(
    `select to_char(day, 'YYYY-MM-DD') as day, capacity, taken from camp_places
      where camp_id = $1 and group_id = $2 and day = any($3::date[]) order by day for update`,
    [campId, groupId, [...days]],
  );
  return Object.fromEntries(rows.map(({ day, capacity, taken }) => [day, { capacity, taken }]));
}

/**
 * Cancels an article's camp requests (their history says why): their places
 * on waiting lists gone (the days' waiting counts with them), their places
 * given back; answers the days freed.
 */
export async function releaseRequests(tx: Db, { requestIds, history }: Release): Promise<FreedDay[]> {
  await tx.query("update requests set status = 'cancelled' where id = any($1::text[])", [requestIds]);
  await addHistories(tx, history);
  await tx.query(
    `with gone as (delete from camp_waiting where request_id = any($1::text[]) returning camp_id, group_id, days)
     update camp_places p set waiting = greatest(p.waiting - g.n, 0)
       from (select camp_id, group_id, day::date as day, count(*)::int as n
               from gone, jsonb_array_elements_text(gone.days) as day group by camp_id, group_id, day) g
      where p.camp_id = g.camp_id and p.group_id = g.group_id and p.day = g.day`,
    [requestIds],
  );
  return freeBookings(tx, requestIds);
}

/** The bookings of these requests (on `days` only, when given) gone, and their places given back. */
export async function freeBookings(
  tx: Db,
  requestIds: readonly string[],
  days?: readonly string[],
): Promise<FreedDay[]> {
  const which = 'request_id = any($1::text[]) and ($2::date[] is null or day = any($2::date[]))';
  const params = [requestIds, days ?? null];
  const freed = await tx.query<FreedDay>(
    `select distinct camp_id as "campId", group_id as "groupId", to_char(day, 'YYYY-MM-DD') as date
       from camp_bookings where ${which}`,
    params,
  );
  await tx.query(
    `update camp_places p set taken = p.taken - b.n
       from (select camp_id, group_id, day, count(*)::int as n from camp_bookings
              where ${which} group by camp_id, group_id, day) b
      where p.camp_id = b.camp_id and p.group_id = b.group_id and p.day = b.day`,
    params,
  );
  await tx.query(`delete from camp_bookings where ${which}`, params);
  return freed;
}

/**
 * Freed places offered to the first families waiting for them (see the
 * domain's `offerFreedPlaces`): by e-mail and in their request's history.
 */
export async function offerFreedPlaces(
  tx: Db,
  freed: readonly FreedDay[],
  at: Date,
  options: Pick<ServiceOptions, 'commune'>,
): Promise<void> {
  if (freed.length === 0) return;
  const rows = await tx.query<WaitingRow & { label: string | null; email: string | null }>(
    `select ${waitingColumns}, a.email,
            (select x->>'label' from jsonb_array_elements(r.weeks) x where x->>'weekId' = w.week_id) as label
       from camp_waiting w join requests r on r.id = w.request_id
       join families f on f.id = r.family_id join accounts a on a.id = f.account_id
      where w.camp_id = any($1::text[])
      order by w.seq`,
    [[...new Set(freed.map((day) => day.campId))]],
  );
  const candidates = rows.map((row) => ({
    ...row,
    label: row.label ?? row.weekId,
    email: row.email ?? undefined,
  }));
  for (const offer of offerFreedPlacesDecision(freed, candidates, at)) {
    await tx.query('update camp_waiting set offered_at = $3 where request_id = $1 and week_id = $2', [
      offer.requestId,
      offer.weekId,
      at,
    ]);
    await addHistory(tx, offer.requestId, [offer.history]);
    await send(tx, offer.mail, offer.requestId, options);
  }
}
