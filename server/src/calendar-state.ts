import {
  ActivitySchema,
  ChildIdentitySchema,
  communeTimeZone,
  placesKey,
  SchoolCalendarSchema,
  type BookingRecord,
  type CalendarState,
  type LocalizedText,
  type QueuedEntry,
} from '../../src/domain/index.js';
import { toChildRecord, type ChildRow } from './children.js';
import type { Db } from './db.js';
import type { Family, ServiceOptions } from './requests.js';

/*
 * The calendar's state as its decisions need it (src/domain/calendar), loaded
 * for one family, and the places of the days concerned locked until the
 * transaction ends; and the decisions' outcomes stored back.
 */

type UnitDay = { unitId: string; date: string };

interface BookingRow {
  childId: string;
  unitId: string;
  date: string;
  status: BookingRecord['status'];
  requestId: string;
  at: Date | string;
  note: LocalizedText | null;
}

const bookingColumns = `b.child_id as "childId", b.unit_id as "unitId", to_char(b.date, 'YYYY-MM-DD') as date,
  b.status, b.request_id as "requestId", b.at, b.note`;

const toRecord = ({ at, note, ...row }: BookingRow): BookingRecord => ({
  ...row,
  at: new Date(at).toISOString(),
  ...(note ? { note } : {}),
});

/**
 * The family's calendar state with its bookings from `from` to `to`; places
 * taken as of now (none locked: `lockPlaces` locks the days a change touches).
 */
export async function calendarState(
  db: Db,
  family: Family,
  range: { from: string; to: string },
  service: Pick<ServiceOptions, 'now' | 'commune'>,
): Promise<CalendarState> {
  const activities = (
    await db.query<{ data: unknown }>('select data from calendar_activities order by position')
  ).map(({ data }) => ActivitySchema.parse(data));
  const calendars = (await db.query<{ data: unknown }>('select data from school_calendars order by id')).map(
    ({ data }) => SchoolCalendarSchema.parse(data),
  );
  const rows = await db.query<ChildRow & { firstName: string; activityIds: string[] }>(
    `select c.id, c.identity, c.health, c.health_confirmed_at as "confirmedAt", c.first_name as "firstName",
            coalesce(array(select e.activity_id from activity_enrolments e
                             join calendar_activities a on a.id = e.activity_id
                            where e.child_id = c.id order by a.position), '{}') as "activityIds"
       from children c where c.family_id = $1 order by c.birth_date, c.id`,
    [family.id],
  );
  const children = rows.map((row) => ({
    id: row.id,
    firstName: row.firstName,
    schoolSiteId: ChildIdentitySchema.parse(row.identity).schoolSiteId,
    healthForm: toChildRecord(row, service).healthForm,
    activityIds: row.activityIds,
  }));
  const [quotient] = await db.query<{ quotient: number | null }>(
    'select quotient from families where id = $1',
    [family.id],
  );
  const bookings = await db.query<BookingRow>(
    `select ${bookingColumns} from bookings b join children c on c.id = b.child_id
      where c.family_id = $1 and b.date between $2::date and $3::date`,
    [family.id, range.from, range.to],
  );
  const places = await db.query<{ unitId: string; date: string; taken: number }>(
    `select unit_id as "unitId", to_char(date, 'YYYY-MM-DD') as date, taken from calendar_places
      where date between $1::date and $2::date`,
    [range.from, range.to],
  );
  const [invoiced] = await db.query<{ through: string }>(
    `select to_char(invoiced_through, 'YYYY-MM-DD') as through from calendar_invoicing`,
  );
  return {
    timeZone: communeTimeZone(service.commune),
    activities,
    calendars,
    children,
    ...(quotient?.quotient != null ? { quotient: quotient.quotient } : {}),
    bookings: bookings.map(toRecord),
    taken: new Map(places.map((place) => [placesKey(place.unitId, place.date), place.taken])),
    ...(invoiced ? { invoicedThrough: invoiced.through } : {}),
  };
}

/**
 * The places of `days` locked until the transaction ends (rows made when
 * missing, locked in one order so that two transactions never wait on each
 * other): what every family has taken, that no one else changes meanwhile.
 */
export async function lockPlaces(tx: Db, days: readonly UnitDay[]): Promise<Map<string, number>> {
  const unique = [...new Map(days.map((day) => [placesKey(day.unitId, day.date), day])).values()];
  if (unique.length === 0) return new Map();
  const json = JSON.stringify(unique);
  await tx.query(
    `insert into calendar_places (unit_id, date)
     select d."unitId", d.date::date from jsonb_to_recordset($1::jsonb) as d("unitId" text, date text)
     on conflict do nothing`,
    [json],
  );
  const rows = await tx.query<{ unitId: string; date: string; taken: number }>(
    `select p.unit_id as "unitId", to_char(p.date, 'YYYY-MM-DD') as date, p.taken
       from calendar_places p join jsonb_to_recordset($1::jsonb) as d("unitId" text, date text)
         on p.unit_id = d."unitId" and p.date = d.date::date
      order by p.unit_id, p.date for update of p`,
    [json],
  );
  return new Map(rows.map((row) => [placesKey(row.unitId, row.date), row.taken]));
}

/** Upserts a decision's records (one per child, unit and date). */
export async function storeRecords(tx: Db, records: readonly BookingRecord[]): Promise<void> {
  if (records.length === 0) return;
  await tx.query(
    `insert into bookings (child_id, unit_id, date, status, request_id, at, note)
     select r."childId", r."unitId", r.date::date, r.status, r."requestId", r.at::timestamptz, r.note
       from jsonb_to_recordset($1::jsonb)
         as r("childId" text, "unitId" text, date text, status text, "requestId" text, at text, note jsonb)
     on conflict (child_id, unit_id, date) do update
       set status = excluded.status, request_id = excluded.request_id, at = excluded.at, note = excluded.note`,
    [JSON.stringify(records.map((record) => ({ ...record, note: record.note ?? null })))],
  );
}

/** Takes (1) or gives back (−1) places of locked days. */
export async function movePlaces(tx: Db, moves: readonly (UnitDay & { delta: number })[]): Promise<void> {
  if (moves.length === 0) return;
  await tx.query(
    `update calendar_places p set taken = p.taken + m.delta
       from (select "unitId", date::date as date, sum(delta)::integer as delta
               from jsonb_to_recordset($1::jsonb) as m("unitId" text, date text, delta integer)
              group by 1, 2) m
      where p.unit_id = m."unitId" and p.date = m.date`,
    [JSON.stringify(moves)],
  );
}

/** Every family's children waiting for `days`, for freed places to go to, first come first served, with whom to tell. */
export async function waitingFor(tx: Db, days: readonly UnitDay[]): Promise<QueuedEntry[]> {
  if (days.length === 0) return [];
  const rows = await tx.query<BookingRow & { familyId: string; email: string | null; firstName: string }>(
    `select ${bookingColumns}, c.family_id as "familyId", a.email, c.first_name as "firstName"
       from bookings b join children c on c.id = b.child_id
       join families f on f.id = c.family_id join accounts a on a.id = f.account_id
       join jsonb_to_recordset($1::jsonb) as d("unitId" text, date text)
         on b.unit_id = d."unitId" and b.date = d.date::date
      where b.status = 'waiting' order by b.at for update of b`,
    [JSON.stringify(days)],
  );
  return rows.map(({ familyId, email, firstName, ...row }) => ({
    ...toRecord(row),
    familyId,
    firstName,
    ...(email ? { email } : {}),
  }));
}
