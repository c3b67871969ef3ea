import { createHmac, randomBytes } from 'node:crypto';
import * as z from 'zod/mini';
import {
  acceptedWeekMessage,
  bookedWeeks,
  CampAvailabilitySchema,
  CampEnrolmentInputSchema,
  CampEnrolmentSchema,
  CampEnrolmentSummarySchema,
  campEnrolmentSummary,
  CampSchema,
  CampUnsubscribeBodySchema,
  CampUnsubscribeInputSchema,
  CampWaitingSchema,
  CampWeekOutcomeSchema,
  CartSchema,
  ClosingPreviewSchema,
  EnrolmentDraftInputSchema,
  EnrolmentDraftSchema,
  newTrackingCode,
  PaymentOutcomeSchema,
  PaymentStartInputSchema,
  PaymentReturnSchema,
  PaymentStartSchema,
  cartLabel,
  checkCampBooking,
  childSummary,
  communeDay,
  closingPreview,
  fullWeekMessage,
  groupFor,
  isResident,
  placeOfferedMessage,
  registrationState,
  unsubscribeBlock,
  unsubscribedMessage,
  unsubscribeMessage,
  unsubscribeRefusedMessage,
  unsubscribeRequestedMessage,
  waitingMessage,
  WaitingListInputSchema,
  type Camp,
  type CampAvailability,
  type CampEnrolment,
  type CampEnrolmentSummary,
  type CampWaiting,
  type CampWeekOutcome,
  type Cart,
  type ClosingPreview,
  type EnrolmentDraft,
  type PaymentOutcome,
  type PaymentStart,
  type RequestReceipt,
  type RequestStatus,
} from '../../src/domain/index.js';
import type { Db } from './db.js';
import { checked, conflict, invalid, keptConflict, notFound } from './problem.js';
import { safeEqual } from './security.js';
import {
  addHistory,
  currentParent,
  getChild,
  getRequest,
  iso,
  lockedChild,
  newRequest,
  receiptJson,
  send,
  toReceipt,
  type Family,
  type ReceiptJson,
  type ServiceOptions,
} from './service.js';

/*
 * Camps (issue 5): what the commune offers, enrolment with places taken
 * inside transactions, waiting lists, closing into the cart, and payment.
 * Every query is scoped to the session's family, as in service.ts.
 */

/** One camp of the commune; an unknown one is not found. */
async function campById(db: Db, campId: string): Promise<Camp> {
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
 * "Inscrire mon enfant à une plaine": the places are taken at once, week by
 * week, inside the transaction. A day's row is locked by the update that
 * takes it, so two parents never get the last place twice; a week with a
 * full day gives back what it took and reserves nothing.
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
  const at = options.now();
  const registration = registrationState(camp, at);
  if (registration !== 'open') throw conflict(`camp.registration-${registration}`);
  if (child.healthForm !== 'complete' || !childSummary(child).identityComplete)
    throw conflict('child.incomplete');
  const group = groupFor(camp, child.identity);
  if (!group) throw conflict('camp.no-group');
  const booked = new Set(
    (
      await tx.query<{ day: string }>(
        `select to_char(day, 'YYYY-MM-DD') as day from camp_bookings where camp_id = $1 and child_id = $2`,
        [campId, childId],
      )
    ).map((booking) => booking.day),
  );
  const issues = [
    ...checkCampBooking(camp, days, communeDay(at)),
    ...days.flatMap((day, index) =>
      booked.has(day.date) ? [{ field: `days.${index}`, code: 'camp.day-booked' }] : [],
    ),
  ];
  if (issues.length > 0) throw invalid(issues);

  const requestId = await newRequest(tx, family, 'camp-enrolment', at, null);
  await tx.query('update requests set child_id = $2, payload = $3 where id = $1', [
    requestId,
    childId,
    JSON.stringify(body),
  ]);
  if (trackingCode) {
    // The code shown since the first step stays the request's; the draft is done.
    await tx.query('update requests set tracking_code = $2 where id = $1', [requestId, trackingCode]);
    await tx.query('delete from enrolment_drafts where tracking_code = $1', [trackingCode]);
  }
  await addHistory(tx, requestId, 'camp-enrolment-received', at);
  const activities = new Map(days.map((day) => [day.date, day.activityIds ?? []]));
  const weeks: CampWeekOutcome[] = [];
  for (const { week, label, dates } of bookedWeeks(camp, [...activities.keys()])) {
    const taken = await tx.query<{ day: string }>(
      `update camp_places set taken = taken + 1
        where camp_id = $1 and group_id = $2 and day = any($3::date[]) and taken < capacity
        returning to_char(day, 'YYYY-MM-DD') as day`,
      [campId, group.id, dates],
    );
    const got = new Set(taken.map((place) => place.day));
    const fullDays = dates.filter((date) => !got.has(date));
    if (fullDays.length > 0) {
      if (got.size > 0)
        await tx.query(
          'update camp_places set taken = taken - 1 where camp_id = $1 and group_id = $2 and day = any($3::date[])',
          [campId, group.id, [...got]],
        );
      await addHistory(tx, requestId, 'camp-week-full', at, {
        message: fullWeekMessage(camp.name, label, fullDays),
      });
      weeks.push({ weekId: week.id, label, status: 'full', days: dates, fullDays });
      continue;
    }
    await tx.query(
      `insert into camp_bookings (request_id, camp_id, child_id, group_id, day, activity_ids)
       select $1, $2, $3, $4, day::date, activity_ids
         from jsonb_to_recordset($5::jsonb) as booking(day text, activity_ids jsonb)`,
      [
        requestId,
        campId,
        childId,
        group.id,
        JSON.stringify(dates.map((day) => ({ day, activity_ids: activities.get(day) ?? [] }))),
      ],
    );
    await addHistory(tx, requestId, 'camp-week-accepted', at, {
      message: acceptedWeekMessage(child.identity.firstName, dates),
    });
    weeks.push({ weekId: week.id, label, status: 'accepted', days: dates, fullDays: [] });
  }
  const accepted = weeks.some((week) => week.status === 'accepted');
  if (accepted) await addHistory(tx, requestId, 'camp-enrolment-open', at);
  // What each week became stays with the request: its bookings go when its places are given back.
  await tx.query('update requests set status = $2, weeks = $3 where id = $1', [
    requestId,
    accepted ? 'pending' : 'refused',
    JSON.stringify(weeks),
  ]);
  return CampEnrolmentSchema.parse({
    receipt: await getRequest(tx, family, requestId),
    campId,
    childId,
    weeks,
  });
}

/**
 * A full week of an enrolment request onto its waiting list: the week must
 * have been full for that request (none of its days reserved). Joining twice
 * answers the same position.
 */
export async function joinWaitingList(
  tx: Db,
  family: Family,
  requestId: string,
  input: unknown,
  options: ServiceOptions,
): Promise<CampWaiting> {
  const body = checked(WaitingListInputSchema, input);
  const { weekId } = body;
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
  // Removed from the cart or past its deadline: its places and its waiting lists are gone.
  if (request.status === 'cancelled') throw conflict('request.cancelled');
  const week = z
    .array(CampWeekOutcomeSchema)
    .parse(request.weeks)
    .find((candidate) => candidate.weekId === weekId);
  if (week?.status !== 'full') throw conflict('camp.week-not-full');
  const { campId } = CampEnrolmentInputSchema.parse(request.payload);
  const camp = await campById(tx, campId);
  const group = groupFor(camp, (await getChild(tx, family, request.childId, options)).identity)?.id;
  if (!group) throw conflict('camp.no-group');
  const inserted = await tx.query(
    `insert into camp_waiting (request_id, week_id, camp_id, group_id, days, joined_at)
     values ($1, $2, $3, $4, $5, $6) on conflict (request_id, week_id) do nothing returning seq`,
    [requestId, weekId, campId, group, JSON.stringify(week.days), options.now()],
  );
  const position = await waitingPosition(tx, requestId, weekId);
  if (inserted.length > 0) {
    await tx.query(
      'update camp_places set waiting = waiting + 1 where camp_id = $1 and group_id = $2 and day = any($3::date[])',
      [campId, group, week.days],
    );
    await addHistory(tx, requestId, 'camp-waiting-list', options.now(), {
      message: waitingMessage(week.label, position),
    });
  }
  return CampWaitingSchema.parse({ requestId, weekId, label: week.label, position, days: week.days });
}

/**
 * The families ahead of `w` (a `camp_waiting` row) on its week's waiting list
 * in its camp and group, still waiting: not yet offered a place, their request
 * not cancelled. Its position is one more.
 */
const waitingAhead = (
  w: string,
) => `(select count(*) from camp_waiting o join requests q on q.id = o.request_id
   where o.camp_id = ${w}.camp_id and o.group_id = ${w}.group_id and o.week_id = ${w}.week_id
     and o.seq < ${w}.seq and o.offered_at is null and q.status <> 'cancelled')`;

/** A request's place on a week's waiting list: 1 for the first family still waiting in its camp and group. */
async function waitingPosition(tx: Db, requestId: string, weekId: string): Promise<number> {
  const [{ position } = { position: 0 }] = await tx.query<{ position: number | string }>(
    `select ${waitingAhead('mine')} + 1 as position from camp_waiting mine
      where mine.request_id = $1 and mine.week_id = $2`,
    [requestId, weekId],
  );
  return Number(position);
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
    campName: string;
    childId: string;
    firstName: string;
    weeks: unknown;
    articleId: string | null;
    waiting: { weekId: string; position: number; offered: boolean }[];
    unsubscribes: { weekId: string; status: RequestStatus }[];
  }>(
    `select ${receiptJson} as receipt, r.payload->>'campId' as "campId", c.data->>'name' as "campName",
            r.child_id as "childId", k.first_name as "firstName", r.weeks,
            (select a.id from cart_articles a
              where a.family_id = r.family_id and a.request_ids ? r.id and a.status in ('unpaid', 'paid')) as "articleId",
            (select coalesce(json_agg(json_build_object(
                'weekId', w.week_id, 'offered', w.offered_at is not null,
                'position', ${waitingAhead('w')} + 1)), '[]')
               from camp_waiting w where w.request_id = r.id) as waiting,
            (select coalesce(json_agg(json_build_object('weekId', u.payload->>'weekId', 'status', u.status)), '[]')
               from requests u
              where u.family_id = r.family_id and u.kind = 'camp-unsubscribe' and u.payload->>'requestId' = r.id) as unsubscribes
       from requests r join camps c on c.id = r.payload->>'campId' join children k on k.id = r.child_id
      where r.family_id = $1 and r.kind = 'camp-enrolment' and ($2::text is null or r.id = $2)
      order by r.submitted_at desc, split_part(r.number, '-', 2)::bigint desc`,
    [family.id, requestId ?? null],
  );
  return rows.map(({ receipt, weeks, articleId, ...row }) =>
    CampEnrolmentSummarySchema.parse(
      campEnrolmentSummary({
        ...row,
        receipt: toReceipt(receipt),
        weeks: z.array(CampWeekOutcomeSchema).parse(weeks),
        articleId: articleId ?? undefined,
      }),
    ),
  );
}

/**
 * "Désinscription": a request to the service for a booked week of a paid
 * enrolment, before its first day (see unsubscribeBlock), with the reason;
 * the enrolment's history says so too. The enrolment's row is locked: one
 * request per week at a time.
 */
export async function requestCampUnsubscribe(
  tx: Db,
  family: Family,
  requestId: string,
  input: unknown,
  options: ServiceOptions,
): Promise<RequestReceipt> {
  const body = checked(CampUnsubscribeBodySchema, input);
  const { weekId, reason } = body;
  await tx.query(
    "select 1 from requests where id = $1 and family_id = $2 and kind = 'camp-enrolment' for update",
    [requestId, family.id],
  );
  const [enrolment] = await getCampEnrolments(tx, family, requestId);
  if (!enrolment) throw notFound('request.not-found');
  const at = options.now();
  // The commune's day: until 02:00 in Brussels, the UTC date is still the day before.
  const block = unsubscribeBlock(enrolment, weekId, communeDay(at));
  if (block) throw conflict(block);
  const { label } = enrolment.weeks.find((week) => week.weekId === weekId)!;
  const id = await newRequest(tx, family, 'camp-unsubscribe', at, null);
  await tx.query('update requests set child_id = $2, payload = $3 where id = $1', [
    id,
    enrolment.childId,
    JSON.stringify({ requestId, weekId, reason }),
  ]);
  await addHistory(tx, id, 'camp-unsubscribe-received', at, {
    message: unsubscribeMessage(enrolment, label, reason),
  });
  const receipt = await getRequest(tx, family, id);
  await addHistory(tx, requestId, 'camp-unsubscribe-received', at, {
    message: unsubscribeRequestedMessage(label, receipt.number),
  });
  return receipt;
}

/**
 * The service's decision on an unsubscribe request (from `decide`, which
 * locked it and sends the parent its e-mail). Accepted: the week's bookings
 * go, their places are given back and offered to the first family waiting;
 * refused: the week stays booked. Both requests' histories say so.
 */
export async function decideCampUnsubscribe(
  tx: Db,
  family: Family,
  requestId: string,
  payload: unknown,
  decision: 'accepted' | 'refused',
  options: ServiceOptions,
  reason?: string,
): Promise<void> {
  const { requestId: enrolmentId, weekId } = CampUnsubscribeInputSchema.parse(payload);
  await tx.query('select 1 from requests where id = $1 for update', [enrolmentId]);
  const [enrolment] = await getCampEnrolments(tx, family, enrolmentId);
  const week = enrolment?.weeks.find((candidate) => candidate.weekId === weekId);
  if (!enrolment || !week) throw notFound('request.not-found');
  const at = options.now();
  const author = options.commune.serviceName;
  await tx.query('update requests set status = $2 where id = $1', [requestId, decision]);
  if (decision === 'accepted') {
    const message = unsubscribedMessage(enrolment.firstName, week.label);
    await addHistory(tx, requestId, 'camp-unsubscribe-accepted', at, { author, message });
    await addHistory(tx, enrolmentId, 'camp-unsubscribe-accepted', at, { author, message });
    await offerFreedPlaces(tx, await freeBookings(tx, [enrolmentId], week.days), at, options);
  } else {
    await addHistory(tx, requestId, 'camp-unsubscribe-refused', at, { author, message: reason });
    await addHistory(tx, enrolmentId, 'camp-unsubscribe-refused', at, {
      author,
      message: unsubscribeRefusedMessage(week.label, reason),
    });
  }
}

/** What "Clôturer mes demandes" would bill: the family's open camp requests (in no cart yet), priced camp by camp. */
export async function previewClosing(
  db: Db,
  family: Family,
  options: Pick<ServiceOptions, 'commune'>,
): Promise<ClosingPreview> {
  const requestIds = (
    await db.query<{ id: string }>(
      `select id from requests
        where family_id = $1 and kind = 'camp-enrolment' and status = 'pending'
          and id not in (select jsonb_array_elements_text(request_ids) from cart_articles
                          where family_id = $1 and status <> 'removed')
        order by submitted_at`,
      [family.id],
    )
  ).map((row) => row.id);
  const booked = await db.query<{ campId: string; childId: string; date: string; activityIds: string[] }>(
    `select camp_id as "campId", child_id as "childId", to_char(day, 'YYYY-MM-DD') as date, activity_ids as "activityIds"
       from camp_bookings where request_id = any($1::text[]) order by day`,
    [requestIds],
  );
  const children = (
    await db.query<{ id: string; identity: { firstName: string; birthDate: string } }>(
      'select id, identity from children where family_id = $1',
      [family.id],
    )
  ).map(({ id, identity }) => ({ id, ...identity }));
  const resident = isResident(
    options.commune.postcodes,
    (await currentParent(db, family.id))?.address.postcode,
  );
  return ClosingPreviewSchema.parse(
    closingPreview(await getCamps(db), booked, children, requestIds, resident),
  );
}

interface CartRow {
  id: string;
  label: string;
  requestIds: string[];
  requestNumbers: string[];
  amountCents: number;
  currency: string;
  createdAt: Date | string;
  dueAt: Date | string;
  status: string;
  preview: unknown;
}

/** Cart articles as the contract has them (`where`: the rest of the query, on `cart_articles`). */
async function cartArticles(db: Db, where: string, params: unknown[]) {
  const rows = await db.query<CartRow>(
    `select id, label, request_ids as "requestIds", request_numbers as "requestNumbers", amount_cents as "amountCents",
            currency, created_at as "createdAt", due_at as "dueAt", status, preview
       from cart_articles ${where}`,
    params,
  );
  return rows.map((row) => ({ ...row, createdAt: iso(row.createdAt), dueAt: iso(row.dueAt) }));
}

/** The family's cart: its unpaid articles, oldest first. */
export async function getCart(db: Db, family: Family): Promise<Cart> {
  const articles = await cartArticles(
    db,
    "where family_id = $1 and status = 'unpaid' order by created_at, id",
    [family.id],
  );
  return CartSchema.parse({
    articles,
    currency: 'EUR',
    totalCents: articles.reduce((sum, article) => sum + article.amountCents, 0),
  });
}

/**
 * "Clôturer mes demandes": every open camp request of the family, closed
 * together into one cart article with their total, to pay within the camps'
 * delay (the shortest when several camps are closed together).
 */
export async function closeRequests(tx: Db, family: Family, options: ServiceOptions): Promise<Cart> {
  await tx.query('select id from families where id = $1 for update', [family.id]);
  const preview = await previewClosing(tx, family, options);
  if (preview.requestIds.length === 0) throw conflict('camp.nothing-to-close');
  const camps = (await getCamps(tx)).filter((camp) =>
    preview.camps.some((priced) => priced.campId === camp.id),
  );
  const delay = Math.min(...camps.map((camp) => camp.paymentDelayDays));
  const at = options.now();
  const numbers = (
    await tx.query<{ number: string }>(
      'select number from requests where id = any($1::text[]) order by submitted_at',
      [preview.requestIds],
    )
  ).map((row) => row.number);
  const [{ n } = { n: 0 }] = await tx.query<{ n: number | string }>("select nextval('cart_numbers') as n");
  await tx.query(
    `insert into cart_articles (id, family_id, label, request_ids, request_numbers, amount_cents, preview, created_at, due_at, status)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'unpaid')`,
    [
      `art-${n}`,
      family.id,
      cartLabel(numbers),
      JSON.stringify(preview.requestIds),
      JSON.stringify(numbers),
      preview.totalCents,
      JSON.stringify(preview),
      at,
      new Date(at.getTime() + delay * 86_400_000),
    ],
  );
  for (const requestId of preview.requestIds) {
    await addHistory(tx, requestId, 'camp-closed', at);
    await addHistory(tx, requestId, 'camp-in-cart', at);
  }
  return getCart(tx, family);
}

/** "Retirer mon article du panier et libérer les places": its requests cancelled, their places given back. */
export async function removeCartArticle(
  tx: Db,
  family: Family,
  articleId: string,
  options: ServiceOptions,
): Promise<Cart> {
  const [article] = await tx.query<{ requestIds: string[] }>(
    `select request_ids as "requestIds" from cart_articles
      where id = $1 and family_id = $2 and status = 'unpaid' for update`,
    [articleId, family.id],
  );
  if (!article) throw notFound('article.not-found');
  await tx.query("update cart_articles set status = 'removed' where id = $1", [articleId]);
  const at = options.now();
  // Freed places go to the families waiting for them, as after a deadline.
  await offerFreedPlaces(tx, await releaseRequests(tx, article.requestIds, 'camp-released', at), at, options);
  return getCart(tx, family);
}

/** Days freed, by camp and group. */
type FreedDays = { campId: string; groupId: string; day: string }[];

/**
 * Cancels these camp requests (`status` in their history): their places on
 * waiting lists gone (the days' waiting counts with them), their places given back.
 */
async function releaseRequests(
  tx: Db,
  requestIds: readonly string[],
  status: 'camp-released' | 'camp-expired',
  at: Date,
): Promise<FreedDays> {
  await tx.query("update requests set status = 'cancelled' where id = any($1::text[])", [requestIds]);
  for (const requestId of requestIds) await addHistory(tx, requestId, status, at);
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
async function freeBookings(
  tx: Db,
  requestIds: readonly string[],
  days?: readonly string[],
): Promise<FreedDays> {
  const which = 'request_id = any($1::text[]) and ($2::date[] is null or day = any($2::date[]))';
  const params = [requestIds, days ?? null];
  const freed = await tx.query<FreedDays[number]>(
    `select distinct camp_id as "campId", group_id as "groupId", to_char(day, 'YYYY-MM-DD') as day
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
 * In each group with freed days, the first family waiting for a week of those
 * days, and not yet offered a place for it, is offered one: by e-mail and in
 * its request's history. It enrols again to take it.
 */
async function offerFreedPlaces(
  tx: Db,
  freed: FreedDays,
  at: Date,
  options: Pick<ServiceOptions, 'commune'>,
): Promise<void> {
  const groups = [...new Set(freed.map((place) => `${place.campId}\n${place.groupId}`))];
  for (const key of groups) {
    const [campId = '', groupId = ''] = key.split('\n');
    const days = freed.filter((place) => place.campId === campId && place.groupId === groupId);
    const offered = await tx.query<{
      requestId: string;
      weekId: string;
      label: string;
      email: string | null;
    }>(
      `select distinct on (w.week_id) w.request_id as "requestId", w.week_id as "weekId", a.email,
              (select x->>'label' from jsonb_array_elements(r.weeks) x where x->>'weekId' = w.week_id) as label
         from camp_waiting w join requests r on r.id = w.request_id
         join families f on f.id = r.family_id join accounts a on a.id = f.account_id
        where w.camp_id = $1 and w.group_id = $2 and w.days ?| $3::text[] and w.offered_at is null
          and r.status <> 'cancelled'
        order by w.week_id, w.seq`,
      [campId, groupId, days.map((place) => place.day)],
    );
    for (const offer of offered) {
      await tx.query('update camp_waiting set offered_at = $3 where request_id = $1 and week_id = $2', [
        offer.requestId,
        offer.weekId,
        at,
      ]);
      await addHistory(tx, offer.requestId, 'camp-place-offered', at, {
        message: placeOfferedMessage(offer.label),
      });
      await send(
        tx,
        offer.email ?? undefined,
        `${options.commune.name} : une place s’est libérée`,
        `Bonjour,\n\n${placeOfferedMessage(offer.label)}\n\n${options.commune.serviceName}\n`,
        offer.requestId,
      );
    }
  }
}

/** The provider's signature of a payment's answer (HMAC with the server's secret). */
export function paymentSignature(secret: string, paymentId: string, status: string): string {
  return createHmac('sha256', secret).update(`payment:${paymentId}:${status}`).digest('base64url');
}

/**
 * "Payer": a payment for an unpaid article still within its deadline. The
 * parent goes to the provider (`providerUrl`, the reference server's
 * simulated one) and comes back to `returnUrl` with its signed answer.
 */
export async function startPayment(
  tx: Db,
  family: Family,
  articleId: string,
  input: unknown,
  options: ServiceOptions & { providerUrl: (paymentId: string) => string },
): Promise<PaymentStart> {
  const body = checked(PaymentStartInputSchema, input, { returnUrl: 'required' });
  const { returnUrl } = body;
  const [article] = await tx.query<{ dueAt: Date | string }>(
    `select due_at as "dueAt" from cart_articles where id = $1 and family_id = $2 and status = 'unpaid' for update`,
    [articleId, family.id],
  );
  if (!article) throw notFound('article.not-found');
  const at = options.now();
  if (new Date(iso(article.dueAt)) <= at) throw conflict('article.expired');
  const paymentId = `pay-${randomBytes(9).toString('base64url')}`;
  await tx.query(
    `insert into payments (id, family_id, article_id, status, return_url, created_at) values ($1, $2, $3, 'started', $4, $5)`,
    [paymentId, family.id, articleId, returnUrl, at],
  );
  return PaymentStartSchema.parse({ paymentId, redirectUrl: options.providerUrl(paymentId) });
}

/**
 * Back from the provider: its signature checked, then the article paid (its
 * requests "Payé", a recap by e-mail) or, refused or cancelled, still in the
 * cart until its deadline. A return replayed answers what the payment became.
 */
export async function completePayment(
  tx: Db,
  family: Family,
  input: unknown,
  options: ServiceOptions & { secret: string },
): Promise<PaymentOutcome> {
  const body = checked(PaymentReturnSchema, input);
  const { paymentId, status, signature } = body;
  const expected = paymentSignature(options.secret, paymentId, status);
  if (!safeEqual(signature, expected)) throw invalid([{ field: 'signature', code: 'payment.signature' }]);
  const [payment] = await tx.query<{ articleId: string; status: string; refundDue: boolean }>(
    `select article_id as "articleId", status, refund_due as "refundDue" from payments
      where id = $1 and family_id = $2 for update`,
    [paymentId, family.id],
  );
  if (!payment) throw notFound('payment.not-found');
  // A return replayed answers what it answered the first time.
  if (payment.refundDue) throw conflict('article.not-payable');
  const at = options.now();
  if (payment.status === 'started') {
    await tx.query('update payments set status = $2, completed_at = $3 where id = $1', [
      paymentId,
      status,
      at,
    ]);
    if (status === 'paid') {
      // Only an article still unpaid: its row locked, a deadline's release or a removal in another tab waits.
      const [article] = await tx.query<{ requestIds: string[]; label: string; amountCents: number }>(
        `update cart_articles set status = 'paid' where id = $1 and status = 'unpaid'
         returning request_ids as "requestIds", label, amount_cents as "amountCents"`,
        [payment.articleId],
      );
      if (!article) {
        // Released at its deadline or removed meanwhile: the places are gone. The payment stays
        // recorded (the money was taken, the service refunds it) and the parent is told, by e-mail too.
        await tx.query('update payments set refund_due = true where id = $1', [paymentId]);
        const [late] = await tx.query<{ label: string; amountCents: number; requestIds: string[] }>(
          `select label, amount_cents as "amountCents", request_ids as "requestIds" from cart_articles where id = $1`,
          [payment.articleId],
        );
        const parent = await currentParent(tx, family.id);
        await send(
          tx,
          family.email ?? parent?.email,
          `${options.commune.name} : paiement à rembourser`,
          `Bonjour ${parent?.firstName ?? ''},\n\nVotre paiement de ${((late?.amountCents ?? 0) / 100).toFixed(2).replace('.', ',')} € pour « ${late?.label ?? ''} » est arrivé alors que l’article n’était plus à payer (délai dépassé, article retiré ou déjà payé) : nous vous le rembourserons et vous contacterons. Vous pouvez inscrire à nouveau vos enfants tant qu’il reste des places.\n\n${options.commune.serviceName}\n`,
          late?.requestIds[0] ?? '',
        );
        throw keptConflict('article.not-payable');
      }
      const requestIds = article.requestIds;
      await tx.query("update requests set status = 'accepted' where id = any($1::text[])", [requestIds]);
      for (const requestId of requestIds) await addHistory(tx, requestId, 'camp-paid', at);
      const parent = await currentParent(tx, family.id);
      await send(
        tx,
        family.email ?? parent?.email,
        `${options.commune.name} : paiement reçu`,
        `Bonjour ${parent?.firstName ?? ''},\n\nNous avons bien reçu votre paiement de ${(article.amountCents / 100).toFixed(2).replace('.', ',')} € pour « ${article.label} ». Les places de vos enfants sont confirmées.\n\n${options.commune.serviceName}\n`,
        requestIds[0] ?? '',
      );
    }
  }
  const outcome = payment.status === 'started' ? status : payment.status;
  const [article] = await cartArticles(tx, 'where id = $1', [payment.articleId]);
  return PaymentOutcomeSchema.parse({
    status: outcome,
    article,
    cart: await getCart(tx, family),
  });
}

/**
 * Unpaid articles past their deadline: their requests cancelled, their places
 * freed and their parents told; the first family waiting for each freed week
 * is offered the place (by e-mail and in its request's history). Runs on a
 * timer in the server (see start.ts) and is safe to run twice at once.
 */
export async function releaseExpired(
  db: Db,
  options: Pick<ServiceOptions, 'now' | 'commune'>,
): Promise<number> {
  const at = options.now();
  const due = await db.query<{ id: string }>(
    "select id from cart_articles where status = 'unpaid' and due_at <= $1 order by due_at",
    [at],
  );
  let released = 0;
  for (const { id } of due) {
    released += await db.transaction(async (tx) => {
      const [article] = await tx.query<{ familyId: string; requestIds: string[]; label: string }>(
        `update cart_articles set status = 'expired' where id = $1 and status = 'unpaid'
         returning family_id as "familyId", request_ids as "requestIds", label`,
        [id],
      );
      if (!article) return 0;
      const freed = await releaseRequests(tx, article.requestIds, 'camp-expired', at);
      const [owner] = await tx.query<{ email: string | null }>(
        'select a.email from families f join accounts a on a.id = f.account_id where f.id = $1',
        [article.familyId],
      );
      await send(
        tx,
        owner?.email ?? undefined,
        `${options.commune.name} : délai de paiement dépassé`,
        `Bonjour,\n\nLe délai pour payer « ${article.label} » est dépassé : les places réservées ont été libérées. Vous pouvez inscrire à nouveau vos enfants tant qu’il reste des places.\n\n${options.commune.serviceName}\n`,
        article.requestIds[0] ?? '',
      );
      await offerFreedPlaces(tx, freed, at, options);
      return 1;
    });
  }
  return released;
}

/** Saves an enrolment in progress under its tracking code (a new one, unique, when it has none). */
export async function saveEnrolmentDraft(
  tx: Db,
  family: Family,
  input: unknown,
  options: Pick<ServiceOptions, 'now'>,
): Promise<EnrolmentDraft> {
  const body = checked(EnrolmentDraftInputSchema, input);
  const at = options.now();
  let trackingCode = body.trackingCode;
  if (trackingCode) {
    const [row] = await tx.query(
      'select 1 from enrolment_drafts where tracking_code = $1 and family_id = $2 for update',
      [trackingCode, family.id],
    );
    if (!row) throw notFound('draft.not-found');
  } else {
    for (;;) {
      trackingCode = newTrackingCode(randomBytes);
      const [taken] = await tx.query(
        'select 1 from enrolment_drafts where tracking_code = $1 union all select 1 from requests where tracking_code = $1',
        [trackingCode],
      );
      if (!taken) break;
    }
  }
  const draft = EnrolmentDraftSchema.parse({ ...body, trackingCode, updatedAt: at.toISOString() });
  const { trackingCode: _code, updatedAt: _at, ...data } = draft;
  await tx.query(
    `insert into enrolment_drafts (tracking_code, family_id, data, updated_at) values ($1, $2, $3, $4)
     on conflict (tracking_code) do update set data = excluded.data, updated_at = excluded.updated_at`,
    [trackingCode, family.id, JSON.stringify(data), at],
  );
  return draft;
}

/** "Brouillons en cours": the family's enrolments in progress, the latest first. */
export async function getEnrolmentDrafts(db: Db, family: Family): Promise<EnrolmentDraft[]> {
  const rows = await db.query<{
    trackingCode: string;
    data: Record<string, unknown>;
    updatedAt: Date | string;
  }>(
    `select tracking_code as "trackingCode", data, updated_at as "updatedAt"
       from enrolment_drafts where family_id = $1 order by updated_at desc`,
    [family.id],
  );
  return rows.map((row) =>
    EnrolmentDraftSchema.parse({
      ...row.data,
      trackingCode: row.trackingCode,
      updatedAt: iso(row.updatedAt),
    }),
  );
}

/** "Abandonner": the family's draft is gone. */
export async function deleteEnrolmentDraft(
  tx: Db,
  family: Family,
  trackingCode: string,
): Promise<{ trackingCode: string }> {
  const deleted = await tx.query(
    'delete from enrolment_drafts where tracking_code = $1 and family_id = $2 returning 1',
    [trackingCode, family.id],
  );
  if (deleted.length === 0) throw notFound('draft.not-found');
  return { trackingCode };
}
