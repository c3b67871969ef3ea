import { demoCalendar } from '../../src/demo-data/calendar.js';
import type { DemoCalendarRequest } from '../../src/demo-data/calendar-requests.js';
import { demoFamilies, trackingCode, type DemoProfile } from '../../src/demo-data/index.js';
import type { Db } from './db.js';
import { addHistory } from './requests.js';

/*
 * The demo's after-school calendar in the calendar tables (migration 016), as
 * the in-browser demo backend has it (src/demo-data/calendar.ts): the
 * commune's activities and school calendars, which demo children are enrolled
 * in what, the families' quotients, their bookings dated from `now` and the
 * requests that made them (numbered as the commune's next requests), and the
 * places every family has taken. Demo only: production's calendar is the
 * commune's own.
 */

/** Inserts the demo calendar as of `now` into empty calendar tables (the demo families already there). */
export async function seedCalendar(tx: Db, profile: DemoProfile, now: Date): Promise<void> {
  const demo = demoCalendar(profile, now);
  await tx.query(
    `insert into calendar_activities (id, data, position)
     select a.value->>'id', a.value, a.ordinality - 1 from jsonb_array_elements($1::jsonb) with ordinality a`,
    [JSON.stringify(demo.activities)],
  );
  await tx.query(
    'insert into school_calendars (data) select c.value from jsonb_array_elements($1::jsonb) with ordinality c order by c.ordinality',
    [JSON.stringify(demo.calendars)],
  );
  const enrolments = Object.entries(demo.enrolments).flatMap(([childId, activityIds]) =>
    activityIds.map((activityId) => ({ childId, activityId })),
  );
  // Only the children seeded (the demo families'), in one statement: the demo is reset often.
  await tx.query(
    `insert into activity_enrolments (child_id, activity_id)
     select e."childId", e."activityId" from jsonb_to_recordset($1::jsonb) as e("childId" text, "activityId" text)
      where exists (select 1 from children c where c.id = e."childId")`,
    [JSON.stringify(enrolments)],
  );
  for (const name of demoFamilies) {
    const quotient = demo.quotients[name];
    if (quotient !== undefined)
      await tx.query('update families set quotient = $2 where id = $1', [`fam-${name}`, quotient]);
  }
  const bookings = [];
  for (const name of demoFamilies) {
    const ids = await seedRequests(tx, `fam-${name}`, demo.requests[name] ?? []);
    bookings.push(
      ...(demo.bookings[name] ?? []).map((record) => ({
        ...record,
        requestId: ids.get(record.requestId) ?? record.requestId,
      })),
    );
  }
  await tx.query(
    `insert into bookings (child_id, unit_id, date, status, request_id, at, note)
     select r."childId", r."unitId", r.date::date, r.status, r."requestId", r.at::timestamptz, r.note
       from jsonb_to_recordset($1::jsonb)
         as r("childId" text, "unitId" text, date text, status text, "requestId" text, at text, note jsonb)
      where exists (select 1 from children c where c.id = r."childId")`,
    [JSON.stringify(bookings)],
  );
  await tx.query(
    `insert into calendar_places (unit_id, date, taken)
     select p."unitId", p.date::date, p.taken from jsonb_to_recordset($1::jsonb) as p("unitId" text, date text, taken integer)`,
    [JSON.stringify([...demo.taken].map(([key, taken]) => ({ ...placeOf(key), taken })))],
  );
  await tx.query('insert into calendar_invoicing (invoiced_through) values ($1::date)', [
    demo.invoicedThrough,
  ]);
}

/**
 * A demo family's calendar requests (none when the family is not seeded), each
 * numbered as the commune's next request: the demo's id → the stored one.
 */
async function seedRequests(
  tx: Db,
  familyId: string,
  requests: readonly DemoCalendarRequest[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const [family] = await tx.query('select 1 from families where id = $1', [familyId]);
  if (!family) return ids;
  for (const request of requests) {
    const [{ n } = { n: 0 }] = await tx.query<{ n: number | string }>(
      "select nextval('request_numbers') as n",
    );
    const number = `${request.submittedAt.slice(2, 4)}-${n}`;
    const id = `req-${number}`;
    await tx.query(
      `insert into requests (id, family_id, number, tracking_code, kind, status, submitted_at, child_id)
       values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        id,
        familyId,
        number,
        trackingCode(Number(n)),
        request.kind,
        request.status,
        request.submittedAt,
        request.childId ?? null,
      ],
    );
    await addHistory(tx, id, request.history);
    ids.set(request.id, id);
  }
  return ids;
}

/** `placesKey`'s unit and date back (`unitId|yyyy-MM-dd`: the date is the last ten characters). */
function placeOf(key: string): { unitId: string; date: string } {
  return { unitId: key.slice(0, -11), date: key.slice(-10) };
}
