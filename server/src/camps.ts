import * as z from 'zod/mini';
import {
  CampAvailabilitySchema,
  CampEnrolmentInputSchema,
  CampEnrolmentSchema,
  CampEnrolmentSummarySchema,
  campEnrolmentSummary,
  CampUnsubscribeBodySchema,
  CampWeekOutcomeSchema,
  CampWaitingSchema,
  decideEnrolment,
  groupFor,
  history,
  joinWaitingList as joinWaitingListDecision,
  requestUnsubscribe,
  waitingPosition,
  WaitingListInputSchema,
  type CampAvailability,
  type CampEnrolment,
  type CampEnrolmentSummary,
  type CampWaiting,
  type RequestReceipt,
  type RequestStatus,
  type LocalizedText,
  type WaitingRow,
} from '../../src/domain/index.js';
import { getChild, lockedChild } from './children.js';
import type { Db } from './db.js';
import { campById, lockedPlaces, waitingColumns } from './places.js';
import { checked, notFound } from './problem.js';
import {
  addHistory,
  decided,
  getRequest,
  newRequest,
  receiptJson,
  toReceipt,
  type Family,
  type ReceiptJson,
  type ServiceOptions,
} from './requests.js';

/*
 * Camps (issue 5): what the commune offers, enrolment with places taken
 * inside transactions, waiting lists and unsubscribing. Every query is scoped
 * to the session's family. The cart, payment, expiry and drafts have their
 * own files.
 */

/**
 * A camp for one child of the family: the child's group and its places day
 * by day. An unknown camp, or another family's child, is not found.
 */
export async function getCampAvailability(
  db: Db,
  family: Family,
  campId: string,
  childId: string,
  options: Pick<ServiceOptions, 'now' | 'commune'>,
): Promise<CampAvailability> {
  const camp = await campById(db, campId);
  const child = await getChild(db, family, childId, options);
  const group = groupFor(camp, child.identity);
  const days = group
    ? await db.query<{ date: string; capacity: number; left: number; waiting: number }>(
        `select to_char(day, 'YYYY-MM-DD') as date, capacity, capacity - taken as left, waiting
           from camp_places where camp_id = $1 and group_id = $2 order by day`,
        [campId, group.id],
      )
    : [];
  return CampAvailabilitySchema.parse({ campId, childId, groupId: group?.id ?? null, days });
}

/**
 * "Inscrire mon enfant à une plaine": the rows of the days' places are
 * locked (in the days' order) before the decision reads them and released
 * when the transaction ends, so two parents never get the last place twice.
 */
export async function enrolInCamp(
  tx: Db,
  family: Family,
  input: unknown,
  options: ServiceOptions,
): Promise<CampEnrolment> {
  const body = checked(CampEnrolmentInputSchema, input);
  const { campId, childId, days, trackingCode } = body;
  if (trackingCode) {
    const [draft] = await tx.query(
      'select 1 from enrolment_drafts where tracking_code = $1 and family_id = $2 for update',
      [trackingCode, family.id],
    );
    if (!draft) throw notFound('draft.not-found');
  }
  const camp = await campById(tx, campId);
  const child = await lockedChild(tx, family, childId, options);
  const group = groupFor(camp, child.identity);
  const dates = [...new Set(days.map((day) => day.date))].sort();
  const places = group ? await lockedPlaces(tx, campId, group.id, dates) : {};
  const booked = await tx.query<{ day: string }>(
    `select to_char(day, 'YYYY-MM-DD') as day from camp_bookings where camp_id = $1 and child_id = $2`,
    [campId, childId],
  );
  const at = options.now();
  const outcome = decided(() =>
    decideEnrolment({ camp, child, days, bookedDates: booked.map((row) => row.day), places, now: at }),
  );

  const request = await newRequest(tx, family, 'camp-enrolment', at, body);
  await tx.query('update requests set child_id = $2 where id = $1', [request.id, childId]);
  if (trackingCode) {
    // The code shown since the first step stays the request's; the draft is done.
    await tx.query('update requests set tracking_code = $2 where id = $1', [request.id, trackingCode]);
    await tx.query('delete from enrolment_drafts where tracking_code = $1', [trackingCode]);
  }
  if (outcome.bookings.length > 0) {
    await tx.query(
      'update camp_places set taken = taken + 1 where camp_id = $1 and group_id = $2 and day = any($3::date[])',
      [campId, outcome.groupId, outcome.bookings.map((booking) => booking.date)],
    );
    await tx.query(
      `insert into camp_bookings (request_id, camp_id, child_id, group_id, day, activity_ids)
       select $1, $2, $3, $4, day::date, activity_ids
         from jsonb_to_recordset($5::jsonb) as booking(day text, activity_ids jsonb)`,
      [
        request.id,
        campId,
        childId,
        outcome.groupId,
        JSON.stringify(
          outcome.bookings.map(({ date, activityIds }) => ({ day: date, activity_ids: activityIds })),
        ),
      ],
    );
  }
  await addHistory(tx, request.id, outcome.history);
  // What each week became stays with the request: its bookings go when its places are given back.
  await tx.query('update requests set status = $2, weeks = $3 where id = $1', [
    request.id,
    outcome.status,
    JSON.stringify(outcome.weeks),
  ]);
  return CampEnrolmentSchema.parse({
    receipt: await getRequest(tx, family, request.id),
    campId,
    childId,
    weeks: outcome.weeks,
  });
}

/**
 * A full week of an enrolment request onto its waiting list (see the
 * domain's `joinWaitingList`). The week's places are locked first, so two
 * families joining at once get two positions.
 */
export async function joinWaitingList(
  tx: Db,
  family: Family,
  requestId: string,
  input: unknown,
  options: ServiceOptions,
): Promise<CampWaiting> {
  const { weekId } = checked(WaitingListInputSchema, input);
  const [request] = await tx.query<{
    payload: unknown;
    childId: string;
    weeks: unknown;
    status: RequestStatus;
  }>(
    `select payload, child_id as "childId", weeks, status from requests
      where id = $1 and family_id = $2 and kind = 'camp-enrolment' for update`,
    [requestId, family.id],
  );
  if (!request) throw notFound('request.not-found');
  const weeks = z.array(CampWeekOutcomeSchema).parse(request.weeks);
  const { campId } = CampEnrolmentInputSchema.parse(request.payload);
  const camp = await campById(tx, campId);
  const groupId = groupFor(camp, (await getChild(tx, family, request.childId, options)).identity)?.id;
  const week = weeks.find((candidate) => candidate.weekId === weekId);
  if (groupId && week) await lockedPlaces(tx, campId, groupId, week.days);
  const rows = await tx.query<WaitingRow>(
    `select ${waitingColumns} from camp_waiting w join requests r on r.id = w.request_id
      where w.week_id = $1 and ((w.camp_id = $2 and w.group_id = $3) or w.request_id = $4)
      order by w.seq`,
    [weekId, campId, groupId ?? null, requestId],
  );
  const at = options.now();
  const outcome = decided(() =>
    joinWaitingListDecision({
      request: { id: requestId, status: request.status, weeks },
      weekId,
      campId,
      groupId,
      rows,
      now: at,
    }),
  );
  if (outcome.join) {
    const { row } = outcome.join;
    await tx.query(
      `insert into camp_waiting (request_id, week_id, camp_id, group_id, days, joined_at)
       values ($1, $2, $3, $4, $5, $6) on conflict (request_id, week_id) do nothing`,
      [requestId, weekId, campId, row.groupId, JSON.stringify(row.days), at],
    );
    await tx.query(
      'update camp_places set waiting = waiting + 1 where camp_id = $1 and group_id = $2 and day = any($3::date[])',
      [campId, row.groupId, row.days],
    );
    await addHistory(tx, requestId, [outcome.join.history]);
  }
  return CampWaitingSchema.parse(outcome.waiting);
}

/** The waiting lists the family is on, whole (other families' rows too), in the order families joined. */
async function familyWaitingLists(db: Db, family: Family): Promise<WaitingRow[]> {
  return db.query<WaitingRow>(
    `select ${waitingColumns} from camp_waiting w join requests r on r.id = w.request_id
      where exists (select 1 from camp_waiting m join requests mr on mr.id = m.request_id
                     where mr.family_id = $1 and m.camp_id = w.camp_id and m.group_id = w.group_id
                       and m.week_id = w.week_id)
      order by w.seq`,
    [family.id],
  );
}

/**
 * "Mes inscriptions": the family's camp enrolment requests (only `requestId`,
 * when given), the newest first, each with its child, its camp, its cart
 * article, its waiting-list places and its weeks' unsubscribe requests.
 */
export async function getCampEnrolments(
  db: Db,
  family: Family,
  requestId?: string,
): Promise<CampEnrolmentSummary[]> {
  const rows = await db.query<{
    receipt: ReceiptJson;
    campId: string;
    campName: LocalizedText;
    childId: string;
    firstName: string;
    weeks: unknown;
    articleId: string | null;
    unsubscribes: { weekId: string; status: RequestStatus }[];
  }>(
    `select ${receiptJson} as receipt, r.payload->>'campId' as "campId", c.data->'name' as "campName",
            r.child_id as "childId", k.first_name as "firstName", r.weeks,
            (select a.id from cart_articles a
              where a.family_id = r.family_id and a.request_ids ? r.id and a.status in ('unpaid', 'paid')) as "articleId",
            (select coalesce(json_agg(json_build_object('weekId', u.payload->>'weekId', 'status', u.status)), '[]')
               from requests u
              where u.family_id = r.family_id and u.kind = 'camp-unsubscribe' and u.payload->>'requestId' = r.id) as unsubscribes
       from requests r join camps c on c.id = r.payload->>'campId' join children k on k.id = r.child_id
      where r.family_id = $1 and r.kind = 'camp-enrolment' and ($2::text is null or r.id = $2)
      order by r.submitted_at desc, split_part(r.number, '-', 2)::bigint desc`,
    [family.id, requestId ?? null],
  );
  const lists = rows.length > 0 ? await familyWaitingLists(db, family) : [];
  return rows.map(({ receipt, weeks, articleId, ...row }) => {
    const id = String(receipt.id);
    return CampEnrolmentSummarySchema.parse(
      campEnrolmentSummary({
        ...row,
        receipt: toReceipt(receipt),
        weeks: z.array(CampWeekOutcomeSchema).parse(weeks),
        articleId: articleId ?? undefined,
        waiting: lists
          .filter((entry) => entry.requestId === id)
          .map((entry) => ({
            weekId: entry.weekId,
            position: waitingPosition(lists, id, entry.weekId),
            offered: entry.offered,
          })),
      }),
    );
  });
}

/**
 * "Désinscription": a request to the service for a booked week of a paid
 * enrolment (see the domain's `requestUnsubscribe`); the enrolment's history
 * says so too. The enrolment's row is locked: one request per week at a time.
 */
export async function requestCampUnsubscribe(
  tx: Db,
  family: Family,
  requestId: string,
  input: unknown,
  options: ServiceOptions,
): Promise<RequestReceipt> {
  const { weekId, reason } = checked(CampUnsubscribeBodySchema, input);
  await tx.query(
    "select 1 from requests where id = $1 and family_id = $2 and kind = 'camp-enrolment' for update",
    [requestId, family.id],
  );
  const [enrolment] = await getCampEnrolments(tx, family, requestId);
  const at = options.now();
  const outcome = decided(() => requestUnsubscribe(enrolment, { requestId, weekId, reason }, at));
  const request = await newRequest(tx, family, 'camp-unsubscribe', at, { requestId, weekId, reason });
  await tx.query('update requests set child_id = $2 where id = $1', [request.id, outcome.childId]);
  await addHistory(tx, request.id, outcome.history);
  const receipt = await getRequest(tx, family, request.id);
  await addHistory(tx, requestId, [history.unsubscribeRequested(at, outcome.label, request.number)]);
  return receipt;
}
