import assert from 'node:assert/strict';
import type { Hono } from 'hono';
import pg from 'pg';
import type { Db } from '../src/db.js';

/**
 * A form of the server's own pages (/dev, the simulated provider) posted as
 * the browser would: with the form cookie and the token its page gives.
 */
export async function postForm(
  app: Pick<Hono, 'request'>,
  pagePath: string,
  action: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Response> {
  const page = await app.request(pagePath);
  const cookie = page.headers.get('set-cookie')?.split(';')[0] ?? '';
  const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  return app.request(action, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams({ ...fields, csrf }).toString(),
  });
}

/** A session of a demo account: its cookie, CSRF token and bearer token. */
export interface Signed {
  cookie: string;
  csrf: string;
  token: string;
}

/** Signs in as a demo account (the demo's sign-in). */
export async function signIn(app: Pick<Hono, 'request'>, account: string): Promise<Signed> {
  const answer = await app.request('/api/v1/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ account }),
  });
  assert.equal(answer.status, 201);
  const body = (await answer.json()) as { csrfToken: string; token: string };
  return {
    cookie: answer.headers.get('set-cookie')!.split(';')[0]!,
    csrf: body.csrfToken,
    token: body.token,
  };
}

/** The headers of a write from a cookie session. */
export const write = (signed: Signed, key: string, extra: Record<string, string> = {}) => ({
  cookie: signed.cookie,
  'x-csrf-token': signed.csrf,
  'content-type': 'application/json',
  'idempotency-key': key,
  ...extra,
});

/** Asserts `answer` is the problem+json `status` `code`, and gives its body. */
export async function problem(answer: Response, status: number, code: string) {
  assert.equal(answer.status, status, await answer.clone().text());
  assert.match(answer.headers.get('content-type') ?? '', /application\/problem\+json/);
  const body = (await answer.json()) as { code: string; requestId: string; fieldIssues?: unknown[] };
  assert.equal(body.code, code);
  assert.ok(body.requestId);
  return body;
}

/**
 * A database of its own on the PostgreSQL server at `base`, so that other
 * test files' resets do not interfere. Made afresh at the start (and left for
 * the next run to replace: dropping it while a pool winds down would end its
 * connections under it).
 */
export async function ownDatabase(base: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * `count` more children of a family, each as complete as Léa of the demo
 * (identity, school, health form confirmed today): ready to enrol in camps.
 */
export async function childrenLikeLea(db: Db, familyId: string, count: number) {
  const [lea] = await db.query<{ identity: { firstName: string; birthDate: string }; health: unknown }>(
    "select identity, health from children where id = 'chi-1'",
  );
  const ids = Array.from({ length: count }, (_, index) => `chi-load-${index}`);
  await db.query(
    `insert into children (id, family_id, first_name, last_name, birth_date, identity, health, health_confirmed_at)
     select id, $1, identity->>'firstName', identity->>'lastName', (identity->>'birthDate')::date, identity, $2::jsonb, now()
       from jsonb_to_recordset($3::jsonb) as child(id text, identity jsonb)`,
    [
      familyId,
      JSON.stringify(lea!.health),
      JSON.stringify(
        ids.map((id, index) => ({ id, identity: { ...lea!.identity, firstName: `Enfant ${index}` } })),
      ),
    ],
  );
  return { ids, lea: lea! };
}

/** A day's places of a camp group once a burst is over: taken (the counter) and booked (the rows). */
export async function placesOfDay(db: Db, place: { campId: string; groupId: string; day: string }) {
  const [row] = await db.query<{ taken: number; booked: number | string }>(
    `select taken, (select count(*) from camp_bookings where camp_id = $1 and day = $3) as booked
       from camp_places where camp_id = $1 and group_id = $2 and day = $3`,
    [place.campId, place.groupId, place.day],
  );
  return { taken: row?.taken ?? 0, booked: Number(row?.booked ?? 0) };
}

/** An article of the `known` family's cart, ready to pay. */
export async function unpaidArticle(app: Pick<Hono, 'request'>, signed: Signed): Promise<string> {
  const post = (path: string, key: string, body: unknown = {}) =>
    app.request(`/api/v1${path}`, {
      method: 'POST',
      headers: write(signed, key),
      body: JSON.stringify(body),
    });
  const camps = (await (
    await app.request('/api/v1/camps', { headers: { cookie: signed.cookie } })
  ).json()) as {
    id: string;
    kind: string;
    weeks: { days: { date: string; open: boolean }[] }[];
  }[];
  const summer = camps.find((camp) => camp.kind === 'plaine')!;
  const date = summer.weeks[2]!.days.find((day) => day.open)!.date;
  const enrolled = await post('/camp-enrolments', 'enrol', {
    campId: summer.id,
    childId: 'chi-1',
    days: [{ date }],
  });
  assert.equal(enrolled.status, 201);
  const { articles } = (await (await post('/closing', 'close')).json()) as { articles: { id: string }[] };
  return articles[0]!.id;
}

/** No calendar at all (the demo's removed): for tests that set up a small one of their own. */
export async function withoutCalendar(db: Db): Promise<void> {
  await db.query(
    'truncate bookings, calendar_invoicing, calendar_places, activity_enrolments, calendar_activities, school_calendars',
  );
  await db.query('update families set quotient = null');
}
