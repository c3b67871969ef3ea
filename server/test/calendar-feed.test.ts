import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Activity } from '../../src/domain/index.js';
import { renderFeed, zonedInstant } from '../src/feed-ics.js';
import { resetDemoData } from '../src/seed.js';
import { startBackend, type Backend } from '../src/start.js';
import { signIn, withoutCalendar, write, type Signed } from './support.js';

/** What the feed holds, as a calendar application reads it, and what the database keeps of it. */

let backend: Backend;
let signed: Signed;
const now = new Date('2027-01-10T09:00:00Z');
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
  await withoutCalendar(backend.db);
  signed = await signIn(backend.app, 'known');
});

const activity: Activity = {
  id: 'repas',
  name: { fr: 'Repas chaud', nl: 'Warme maaltijd' },
  units: [
    {
      id: 'repas-midi',
      name: { fr: 'Repas chaud', nl: 'Warme maaltijd' },
      abbreviation: 'R',
      start: '12:00',
      end: '13:00',
      weekdays: [1, 2, 4, 5],
      days: 'school-days',
      excludes: [],
      mode: 'booking',
      validation: 'automatic',
      book: { kind: 'days-before', days: 2, at: '10:00', skip: ['weekend', 'public-holiday'] },
      cancel: 'same',
      lateCancel: 'refused',
      meal: true,
      pricing: { kind: 'flat', cents: 350 },
    },
  ],
};

async function renew(key: string): Promise<string> {
  const answer = await backend.app.request('/api/v1/calendar-feed/renewals', {
    method: 'POST',
    headers: write(signed, key),
    body: '{}',
  });
  assert.equal(answer.status, 201);
  return ((await answer.json()) as { url: string }).url;
}

/** The family's children and another family's, with a request for the bookings to belong to. */
async function seedBookings() {
  const db = backend.db;
  await db.query('insert into calendar_activities (id, data, position) values ($1, $2, 0)', [
    activity.id,
    JSON.stringify(activity),
  ]);
  const children = await db.query<{ id: string; family_id: string; first_name: string }>(
    `select c.id, c.family_id, c.first_name from children c join families f on f.id = c.family_id
      where f.account_id in ('known', 'separated') order by f.account_id, c.first_name`,
  );
  const [request] = await db.query<{ id: string }>(
    "select r.id from requests r join families f on f.id = r.family_id where f.account_id = 'known' limit 1",
  );
  const known = children.filter((child) => child.first_name === 'Léa' || child.first_name === 'Tom');
  const lea = known.find((child) => child.first_name === 'Léa')!;
  const tom = known.find((child) => child.first_name === 'Tom')!;
  const stranger = children.find((child) => child.family_id !== lea.family_id)!;
  const rows: [string, string, string][] = [
    [lea.id, '2027-01-11', 'booked'],
    [lea.id, '2027-03-29', 'present'], // the Monday after the clocks go forward
    [tom.id, '2027-01-12', 'requested'],
    [tom.id, '2027-01-14', 'cancelled'],
    [tom.id, '2027-01-15', 'waiting'],
    [tom.id, '2026-06-01', 'booked'], // long past
    [stranger.id, '2027-01-11', 'booked'],
  ];
  for (const [childId, date, status] of rows) {
    await db.query(
      `insert into bookings (child_id, unit_id, date, status, request_id, at) values ($1, 'repas-midi', $2, $3, $4, $5)`,
      [childId, date, status, request!.id, '2027-01-05T10:00:00Z'],
    );
  }
}

describe('the iCal feed', () => {
  it('lists exactly the family’s booked and attended days, in UTC, each with a stable UID', async () => {
    await seedBookings();
    const url = new URL(await renew('feed-1'));
    const answer = await backend.app.request(url.pathname);
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('content-type'), 'text/calendar; charset=utf-8');
    assert.equal(answer.headers.get('cache-control'), 'private, max-age=900');
    const text = await answer.text();
    const events = text.split('BEGIN:VEVENT').slice(1);
    assert.equal(events.length, 2, text);
    assert.match(events[0]!, /DTSTART:20270111T110000Z\r\nDTEND:20270111T120000Z/);
    assert.match(events[1]!, /DTSTART:20270329T100000Z\r\nDTEND:20270329T110000Z/);
    assert.match(events[0]!, /SUMMARY:Repas chaud · Léa/);
    assert.match(events[0]!, /DTSTAMP:20270105T100000Z/);
    const uids = events.map((event) => /UID:(\S+)/.exec(event)?.[1]);
    assert.ok(uids.every((uid) => uid?.endsWith('.family-portal')));

    const again = await backend.app.request(url.pathname);
    assert.equal(await again.text(), text, 'the same feed while nothing changes');
    const etag = again.headers.get('etag')!;
    const cached = await backend.app.request(url.pathname, { headers: { 'if-none-match': etag } });
    assert.equal(cached.status, 304);
  });

  it('answers an unknown, malformed or revoked token with the same 404, never cached', async () => {
    const url = new URL(await renew('feed-2'));
    const [, token] = /\/calendar-feeds\/(.+)\.ics$/.exec(url.pathname)!;
    const wrong = token!.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'));
    for (const path of [`/calendar-feeds/${wrong}.ics`, '/calendar-feeds/nothing.ics', '/calendar-feeds/x']) {
      const answer = await backend.app.request(path);
      assert.equal(answer.status, 404, path);
      assert.equal(answer.headers.get('cache-control'), 'no-store');
    }
  });

  it('keeps no working URL in the database, not even for the renewal’s idempotency key', async () => {
    const url = await renew('feed-3');
    const verifier = /\.([\w-]{43})\.ics$/.exec(url)![1]!;
    const dump = JSON.stringify([
      await backend.db.query('select * from calendar_feeds'),
      await backend.db.query('select body from idempotency_keys'),
    ]);
    assert.ok(!dump.includes(verifier), dump);
    assert.equal(await renew('feed-3'), url, 'a replay tells the same URL');
  });

  it('turns the commune’s wall-clock times into instants across daylight-saving changes', () => {
    assert.equal(
      zonedInstant('2027-03-27', '07:00', 'Europe/Brussels').toISOString(),
      '2027-03-27T06:00:00.000Z',
    );
    assert.equal(
      zonedInstant('2027-03-29', '07:00', 'Europe/Brussels').toISOString(),
      '2027-03-29T05:00:00.000Z',
    );
    assert.equal(
      zonedInstant('2027-10-31', '16:30', 'Europe/Paris').toISOString(),
      '2027-10-31T15:30:00.000Z',
    );
    assert.equal(
      zonedInstant('2027-03-28', '02:30', 'Europe/Brussels').toISOString(),
      '2027-03-28T01:30:00.000Z',
    );
    const text = renderFeed([], { name: 'Commune', prodId: 'commune' });
    assert.match(text, /^BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-\/\/family-portal\/\/commune\/\/EN/);
  });
});
