import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { BookingResult, Planning, RequestReceipt } from '../../src/domain/index.js';
import { activities, calendar, now } from '../../test/domain/calendar-fixtures.js';
import { resetDemoData } from '../src/seed.js';
import { startBackend, type Backend } from '../src/start.js';
import { postForm, problem, signIn, withoutCalendar, write, type Signed } from './support.js';

/**
 * The calendar's operations on the reference server, on the domain tests'
 * small commune (one activity of each kind, the FWB school year 2026-2027),
 * its clock on Monday 1 March 2027: the state loaded, the decision stored,
 * places taken and given back. (The contract suite runs them on every
 * backend once the demo data has activities.)
 */

let backend: Backend;
let signed: Signed;
before(async () => {
  backend = await startBackend({
    demo: true,
    dataDir: 'memory',
    databaseUrl: null,
    log: () => undefined,
    now: () => now,
  });
});
after(() => backend.close());
beforeEach(async () => {
  await resetDemoData(backend.db, 'be');
  const { db } = backend;
  await withoutCalendar(db);
  for (const [position, activity] of activities.entries())
    await db.query('insert into calendar_activities (id, data, position) values ($1, $2, $3)', [
      activity.id,
      JSON.stringify(activity),
      position,
    ]);
  await db.query('insert into school_calendars (data) values ($1)', [JSON.stringify(calendar)]);
  for (const activity of activities)
    for (const child of ['chi-1', 'chi-2'])
      await db.query('insert into activity_enrolments (child_id, activity_id) values ($1, $2)', [
        child,
        activity.id,
      ]);
  signed = await signIn(backend.app, 'known');
});

let keys = 0;
async function post<T>(path: string, body: unknown, status = 201): Promise<T> {
  const answer = await backend.app.request(`/api/v1${path}`, {
    method: 'POST',
    headers: write(signed, `calendar-${(keys += 1)}`),
    body: JSON.stringify(body),
  });
  assert.equal(answer.status, status, await answer.clone().text());
  return (await answer.json()) as T;
}

async function planning(from: string, to: string): Promise<Planning> {
  const answer = await backend.app.request(`/api/v1/planning?from=${from}&to=${to}`, {
    headers: { cookie: signed.cookie },
  });
  assert.equal(answer.status, 200, await answer.clone().text());
  return (await answer.json()) as Planning;
}

const cell = (plan: Planning, childId: string, unitId: string, date: string) =>
  plan.children
    .find((child) => child.childId === childId)
    ?.cells.find((c) => c.unitId === unitId && c.date === date);

const change = (childId: string, unitId: string, date: string, action: 'book' | 'cancel' = 'book') => ({
  childId,
  unitId,
  date,
  action,
});

describe('the calendar on the reference server', () => {
  it('answers the family’s planning, cell by cell, and refuses a range it cannot serve', async () => {
    const plan = await planning('2027-03-01', '2027-03-31');
    assert.deepEqual(
      plan.children.map((child) => child.childId),
      ['chi-1', 'chi-2'],
    );
    assert.equal(plan.timeZone, 'Europe/Brussels');
    assert.equal(cell(plan, 'chi-1', 'long', '2027-03-04')?.status, 'available');
    const meal = cell(plan, 'chi-1', 'meal', '2027-03-04');
    assert.deepEqual([meal?.status, meal?.placesLeft, meal?.priceCents], ['few-places', 2, 380]);
    assert.equal(cell(plan, 'chi-1', 'meal', '2027-03-12')?.status, 'not-offered');
    const reversed = await backend.app.request('/api/v1/planning?from=2027-03-31&to=2027-03-01', {
      headers: { cookie: signed.cookie },
    });
    await problem(reversed, 422, 'validation.failed');
  });

  it('books, then cancels before the deadline; a day past it is refused with its reason', async () => {
    const booked = await post<BookingResult>('/booking-changes', {
      changes: [change('chi-1', 'meal', '2027-03-04'), change('chi-1', 'meal', '2027-03-02')],
    });
    assert.deepEqual(
      booked.items.map((item) => [item.date, item.outcome, item.reason ?? null, item.deltaCents]),
      [
        ['2027-03-04', 'booked', null, 380],
        ['2027-03-02', 'refused', 'booking.deadline-passed', 0],
      ],
    );
    assert.equal(booked.totalDeltaCents, 380);
    assert.deepEqual([booked.receipt.kind, booked.receipt.status], ['booking', 'accepted']);
    assert.equal(
      cell(await planning('2027-03-01', '2027-03-07'), 'chi-1', 'meal', '2027-03-04')?.status,
      'booked',
    );
    const [place] = await backend.db.query<{ taken: number }>(
      "select taken from calendar_places where unit_id = 'meal' and date = '2027-03-04'",
    );
    assert.equal(place?.taken, 1);

    const cancelled = await post<BookingResult>('/booking-changes', {
      changes: [change('chi-1', 'meal', '2027-03-04', 'cancel')],
    });
    assert.deepEqual(
      cancelled.items.map((item) => [item.outcome, item.deltaCents]),
      [['cancelled', -380]],
    );
    const [freed] = await backend.db.query<{ taken: number }>(
      "select taken from calendar_places where unit_id = 'meal' and date = '2027-03-04'",
    );
    assert.equal(freed?.taken, 0);
  });

  it('puts a child on the waiting list of a full day, and gives them the place a cancellation frees', async () => {
    await backend.db.query(
      "insert into calendar_places (unit_id, date, taken) values ('meal', '2027-03-05', 1)",
    );
    const first = await post<BookingResult>('/booking-changes', {
      changes: [change('chi-2', 'meal', '2027-03-05'), change('chi-1', 'meal', '2027-03-05')],
    });
    assert.deepEqual(
      first.items.map((item) => item.outcome),
      ['booked', 'waiting'],
    );
    assert.equal(first.receipt.status, 'pending');
    await post<BookingResult>('/booking-changes', {
      changes: [change('chi-2', 'meal', '2027-03-05', 'cancel')],
    });
    const plan = await planning('2027-03-01', '2027-03-07');
    assert.equal(cell(plan, 'chi-1', 'meal', '2027-03-05')?.status, 'booked', 'Léa got the freed place');
    const [place] = await backend.db.query<{ taken: number }>(
      "select taken from calendar_places where unit_id = 'meal' and date = '2027-03-05'",
    );
    assert.equal(place?.taken, 2);
  });

  it('lists a calendar request’s days in the back office; accepting a late cancellation gives the place to the first family waiting, by e-mail', async () => {
    const { db } = backend;
    // Wednesday 3 March is full; Léa's late cancellation awaits the service; Yasmine (another family) waits, then Tom.
    await db.query(
      "insert into calendar_places (unit_id, date, taken) values ('wednesday', '2027-03-03', 10)",
    );
    for (const [id, family] of [
      ['req-cancel', 'fam-known'],
      ['req-yasmine', 'fam-separated'],
      ['req-tom', 'fam-known'],
    ])
      await db.query(
        `insert into requests (id, family_id, number, tracking_code, kind, status, submitted_at)
         values ($1, $2, $1, 'ABCDEFGH', 'booking', 'pending', '2027-02-20T10:00:00Z')`,
        [id, family],
      );
    for (const [child, status, request, at] of [
      ['chi-1', 'cancel-requested', 'req-cancel', '2027-02-28T10:00:00Z'],
      ['chi-3', 'waiting', 'req-yasmine', '2027-02-20T10:00:00Z'],
      ['chi-2', 'waiting', 'req-tom', '2027-02-21T10:00:00Z'],
    ])
      await db.query(
        `insert into bookings (child_id, unit_id, date, status, request_id, at)
         values ($1, 'wednesday', '2027-03-03', $2, $3, $4)`,
        [child, status, request, at],
      );
    const page = await (await backend.app.request('/dev/back-office')).text();
    assert.match(page, /Léa<\/td>\s*<td>2027-03-03<\/td>\s*<td>wednesday<\/td>\s*<td>annulation hors délai/);

    const form = { account: 'known', decision: 'accepted' };
    const answer = await postForm(backend.app, '/dev/back-office', '/dev/back-office/req-cancel', form);
    assert.equal(answer.status, 303);
    const statuses = await db.query<{ child: string; status: string }>(
      `select child_id as child, status from bookings where unit_id = 'wednesday' and date = '2027-03-03' order by child_id`,
    );
    assert.deepEqual(
      statuses.map((row) => [row.child, row.status]),
      [
        ['chi-1', 'cancelled'],
        ['chi-2', 'waiting'],
        ['chi-3', 'booked'],
      ],
    );
    const [place] = await db.query<{ taken: number }>(
      "select taken from calendar_places where unit_id = 'wednesday' and date = '2027-03-03'",
    );
    assert.equal(place?.taken, 10, 'the freed place is Yasmine’s');
    const [history] = await db.query<{ status: string }>(
      "select status from request_history where request_id = 'req-yasmine' order by id desc limit 1",
    );
    assert.equal(history?.status, 'calendar-place-booked');
    const mails = (await (await backend.app.request('/dev/outbox.json')).json()) as {
      to: string;
      subject: string;
      body: string;
      requestId: string;
    }[];
    const promoted = mails.find((mail) => mail.requestId === 'req-yasmine');
    assert.ok(promoted, 'Yasmine’s family is told');
    assert.match(promoted.body, /Yasmine est inscrit\(e\) le 3 mars 2027 \(wednesday\)/);
    assert.ok(mails.some((mail) => mail.requestId === 'req-cancel' && /acceptée/.test(mail.subject)));
    const decided = await problem(
      await postForm(backend.app, '/dev/back-office', '/dev/back-office/req-cancel', form),
      409,
      'request.not-pending',
    );
    assert.ok(decided);
  });

  it('previews a period booking without storing it, then books it in one request', async () => {
    const period = {
      childIds: ['chi-1'],
      from: '2027-03-08',
      to: '2027-03-19',
      weeks: 'every',
      slots: [1, 2, 4, 5].map((weekday) => ({ weekday, unitId: 'meal' })),
    };
    const previewed = await post<{ items: unknown[]; totalDeltaCents: number }>(
      '/period-bookings/previews',
      period,
      200,
    );
    // Eight school days with a meal, the pedagogical Friday 12 March closed.
    assert.equal(previewed.items.length, 7);
    assert.equal(previewed.totalDeltaCents, 7 * 380);
    const [none] = await backend.db.query<{ n: number | string }>('select count(*) as n from bookings');
    assert.equal(Number(none?.n), 0, 'a preview stores nothing');
    const booked = await post<BookingResult>('/period-bookings', period);
    assert.equal(booked.receipt.kind, 'period-booking');
    assert.equal(booked.items.filter((item) => item.outcome === 'booked').length, 7);

    const copied = await post<BookingResult>('/planning-copies', {
      sourceChildId: 'chi-1',
      targetChildIds: ['chi-2'],
      activityId: 'canteen',
      from: '2027-03-08',
      to: '2027-03-19',
    });
    assert.equal(copied.receipt.kind, 'planning-copy');
    assert.deepEqual(
      [...new Set(copied.items.map((item) => `${item.childId} ${item.outcome}`))],
      ['chi-2 booked'],
    );
  });

  it('refuses another family’s child, and a period with nothing to book', async () => {
    const other = await backend.app.request('/api/v1/booking-changes', {
      method: 'POST',
      headers: write(signed, 'calendar-other'),
      body: JSON.stringify({ changes: [change('chi-3', 'meal', '2027-03-04')] }),
    });
    await problem(other, 404, 'child.not-found');
    const nothing = await backend.app.request('/api/v1/period-bookings', {
      method: 'POST',
      headers: write(signed, 'calendar-nothing'),
      body: JSON.stringify({
        childIds: ['chi-1'],
        from: '2027-05-03',
        to: '2027-05-14',
        weeks: 'every',
        slots: [{ weekday: 1, unitId: 'meal' }],
      }),
    });
    await problem(nothing, 409, 'booking.nothing');
  });

  it('reports an absence over booked days with the family’s own certificate only', async () => {
    await post<BookingResult>('/booking-changes', { changes: [change('chi-1', 'meal', '2027-03-04')] });
    const absence = {
      childId: 'chi-1',
      from: '2027-03-04',
      to: '2027-03-05',
      reason: 'illness',
      attachmentIds: ['att-of-someone-else'],
    };
    const foreign = await backend.app.request('/api/v1/absences', {
      method: 'POST',
      headers: write(signed, 'calendar-absence-1'),
      body: JSON.stringify(absence),
    });
    await problem(foreign, 404, 'attachment.not-found');
    const receipt = await post<RequestReceipt>('/absences', { ...absence, attachmentIds: [] });
    assert.deepEqual([receipt.kind, receipt.status, receipt.childId], ['absence', 'pending', 'chi-1']);
    const plan = await planning('2027-03-01', '2027-03-07');
    assert.equal(cell(plan, 'chi-1', 'meal', '2027-03-04')?.status, 'absence-requested');
  });
});
