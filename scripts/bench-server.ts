/**
 * `npm run bench:server`: the reference backend's throughput and latency,
 * measured as a commune would meet them. The server runs in its own process
 * (`server/src/main.ts`, as `npm start -w server` runs it, in demo mode for
 * the sign-in) and autocannon drives it over HTTP from this one:
 *
 * - the family snapshot (GET /family), for BENCH_SECONDS (default 10);
 * - camp enrolments (POST /camp-enrolments), BENCH_CHILDREN children (default
 *   3000) each enrolled once in the same day of a camp with BENCH_PLACES
 *   places (default 300): then the places taken, the bookings and the
 *   accepted answers must all equal the places (0 oversold).
 *
 * On PGlite (a data folder of its own) and, when DATABASE_URL is set, on
 * PostgreSQL (a database of its own, fp_bench, made afresh). Prints req/s,
 * p50, p99 and issue 12's targets on PostgreSQL. A measurement, not a test.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { groupFor } from '../src/domain/index.js';
import { getCamps } from '../server/src/places.js';
import { familyOfAccount } from '../server/src/requests.js';
import { createApp } from '../server/src/app.js';
import type { Db } from '../server/src/db.js';
import { communeOf } from '../server/src/seed.js';
import { startBackend, type Backend } from '../server/src/start.js';
import { childrenLikeLea, ownDatabase, placesOfDay } from '../server/test/support.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const children = Number(process.env.BENCH_CHILDREN ?? 3000);
const places = Number(process.env.BENCH_PLACES ?? 300);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
/** The demo accounts: one reads its snapshot, the other enrols the bench's children. */
const reading = 'known';
const enrolling = 'separated';

/** Issue 12's targets, on this 2-core machine with PostgreSQL. */
const targets = { snapshotRps: 1500, snapshotP99: 50, enrolmentsRps: 300 };

interface Row {
  backend: string;
  scenario: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  note: string;
}

interface Where {
  name: string;
  env: Record<string, string>;
  options: { databaseUrl: string | null; dataDir?: string };
}

/** The demo data, plus the bench's children and the day they all want, stored before the server starts. */
async function prepare(where: Where) {
  const backend = await startBackend({ demo: true, releaseEvery: 0, log: () => undefined, ...where.options });
  try {
    // Another family than the one whose snapshot is read: its snapshot stays a family's usual size.
    const family = (await familyOfAccount(backend.db, enrolling))!;
    const summer = (await getCamps(backend.db)).find((camp) => camp.kind === 'plaine')!;
    const day = summer.weeks[2]!.days.find((candidate) => candidate.open)!.date;
    const { ids, lea } = await childrenLikeLea(backend.db, family.id, children + 1);
    const group = groupFor(summer, lea.identity)!;
    await backend.db.query(
      'update camp_places set capacity = $4, taken = 0 where camp_id = $1 and group_id = $2 and day = $3',
      [summer.id, group.id, day, places],
    );
    // One child of them for the profile, the rest for the burst.
    const profile = await queriesPerRequest(backend, { campId: summer.id, childId: ids.pop()!, day });
    return { ids, campId: summer.id, groupId: group.id, day, profile };
  } finally {
    await backend.close();
  }
}

/**
 * The profile that comes before any tuning: how many queries one snapshot and
 * one enrolment make (the same app, over a database that counts its queries).
 */
async function queriesPerRequest(
  backend: Backend,
  enrolment: { campId: string; childId: string; day: string },
): Promise<string> {
  let count = 0;
  const counting = (db: Db): Db => ({
    ...db,
    query: (sql, params) => {
      count += 1;
      return db.query(sql, params);
    },
    transaction: (work) => db.transaction((tx) => work(counting(tx))),
  });
  const app = createApp({
    db: counting(backend.db),
    commune: communeOf('be'),
    demo: true,
    log: () => undefined,
  });
  const signIn = async (account: string) => {
    const answer = await app.request('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ account }),
    });
    return `Bearer ${((await answer.json()) as { token: string }).token}`;
  };
  const measure = async (request: () => Response | Promise<Response>) => {
    count = 0;
    const answer = await request();
    if (!answer.ok) throw new Error(`profile: ${answer.status} ${await answer.text()}`);
    return count;
  };
  const reader = await signIn(reading);
  const enroller = await signIn(enrolling);
  const snapshot = await measure(() => app.request('/api/v1/family', { headers: { authorization: reader } }));
  const enrol = await measure(() =>
    app.request('/api/v1/camp-enrolments', {
      method: 'POST',
      headers: { authorization: enroller, 'content-type': 'application/json', 'idempotency-key': 'profile' },
      body: JSON.stringify({
        campId: enrolment.campId,
        childId: enrolment.childId,
        days: [{ date: enrolment.day }],
      }),
    }),
  );
  return `queries per request: GET /family ${snapshot}, POST /camp-enrolments ${enrol}`;
}

/** The server in its own process; resolves with its origin once it listens. */
async function serve(where: Where) {
  const server = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    // The demo's sign-in, refused with NODE_ENV=production: the rest runs as in production.
    env: { ...process.env, ...where.env, FP_DEMO: '1', PORT: '0', NODE_ENV: 'demo' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: server.stdout });
  const origin = await new Promise<string>((resolve, reject) => {
    server.once('exit', (code) => reject(new Error(`the server stopped (${code})`)));
    lines.on('line', (line) => {
      const listening = / listening on ([\d.]+:\d+)/.exec(line);
      if (listening) resolve(`http://${listening[1]}`);
    });
  });
  return {
    origin,
    stop: () =>
      new Promise<void>((resolve) => {
        server.once('exit', () => resolve());
        server.kill('SIGTERM');
      }),
  };
}

const run = (options: autocannon.Options) =>
  new Promise<autocannon.Result>((resolve, reject) =>
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result))),
  );

async function measure(where: Where): Promise<Row[]> {
  const bench = await prepare(where);
  const server = await serve(where);
  const rows: Row[] = [];
  try {
    const signIn = async (account: string) => {
      const session = await fetch(`${server.origin}/api/v1/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ account }),
      });
      return `Bearer ${((await session.json()) as { token: string }).token}`;
    };
    const authorization = await signIn(reading);

    const reads = await run({
      url: `${server.origin}/api/v1/family`,
      headers: { authorization },
      connections,
      duration: seconds,
    });
    rows.push({
      backend: where.name,
      scenario: 'GET /family (snapshot)',
      requests: reads.requests.total,
      rps: reads.requests.average,
      p50: reads.latency.p50,
      p99: reads.latency.p99,
      note: [
        ...(reads.non2xx ? [`${reads.non2xx} answers not 2xx`] : []),
        ...(reads.errors ? [`${reads.errors} errors`] : []),
      ].join(', '),
    });

    const enrolled = await signIn(enrolling);
    let next = 0;
    const outcomes = new Map<string, number>();
    const enrolments = await run({
      url: server.origin,
      connections,
      amount: bench.ids.length,
      requests: [
        {
          method: 'POST',
          path: '/api/v1/camp-enrolments',
          setupRequest: (request) => {
            const index = next++;
            return {
              ...request,
              headers: {
                authorization: enrolled,
                'content-type': 'application/json',
                'idempotency-key': `bench-enrol-${index}`,
              },
              body: JSON.stringify({
                campId: bench.campId,
                childId: bench.ids[index % bench.ids.length],
                days: [{ date: bench.day }],
              }),
            };
          },
          onResponse: (status, body) => {
            const week =
              status === 201
                ? (JSON.parse(body) as { weeks: { status: string }[] }).weeks[0]?.status
                : String(status);
            outcomes.set(week ?? '?', (outcomes.get(week ?? '?') ?? 0) + 1);
          },
        },
      ],
    });
    rows.push({
      backend: where.name,
      scenario: 'POST /camp-enrolments',
      requests: enrolments.requests.total,
      rps: enrolments.requests.total / (enrolments.duration || 1),
      p50: enrolments.latency.p50,
      p99: enrolments.latency.p99,
      note: [
        ...[...outcomes].map(([outcome, count]) => `${count} ${outcome}`),
        ...(enrolments.errors ? [`${enrolments.errors} errors (${enrolments.timeouts} timeouts)`] : []),
      ].join(', '),
    });
  } finally {
    await server.stop();
  }
  rows.at(-1)!.note += `; ${await oversold(where, bench)}`;
  profiles.push(`${where.name}: ${bench.profile}`);
  return rows;
}

/** What the day's places say once the burst is over: taken, booked, against the places there were. */
async function oversold(where: Where, bench: Awaited<ReturnType<typeof prepare>>): Promise<string> {
  const backend = await startBackend({ demo: true, releaseEvery: 0, log: () => undefined, ...where.options });
  try {
    const { taken, booked } = await placesOfDay(backend.db, bench);
    return taken <= places && booked === taken
      ? `${taken}/${places} places taken, 0 oversold`
      : `OVERSOLD: ${taken} taken, ${booked} booked, ${places} places`;
  } finally {
    await backend.close();
  }
}

const folder = mkdtempSync(join(tmpdir(), 'fp-bench-'));
const wheres: Where[] = [
  {
    name: 'PGlite',
    env: { FP_DATA_DIR: folder, DATABASE_URL: '' },
    options: { databaseUrl: null, dataDir: folder },
  },
];
if (process.env.DATABASE_URL) {
  const databaseUrl = await ownDatabase(process.env.DATABASE_URL, 'fp_bench');
  wheres.push({ name: 'PostgreSQL', env: { DATABASE_URL: databaseUrl }, options: { databaseUrl } });
}
const rows: Row[] = [];
const profiles: string[] = [];
try {
  for (const where of wheres) rows.push(...(await measure(where)));
} finally {
  rmSync(folder, { recursive: true, force: true });
}

const table = [
  ['backend', 'scenario', 'requests', 'req/s', 'p50 ms', 'p99 ms', ''],
  ...rows.map((row) => [
    row.backend,
    row.scenario,
    String(row.requests),
    row.rps.toFixed(0),
    row.p50.toFixed(1),
    row.p99.toFixed(1),
    row.note,
  ]),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
console.log(
  `Reference backend in its own process, driven by autocannon (${connections} connections), Node ${process.version}\n`,
);
for (const row of table)
  console.log(
    row
      .map((cell, i) => (i >= 2 && i <= 5 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  );

console.log(`\n${profiles.join('\n')}`);

const postgres = rows.filter((row) => row.backend === 'PostgreSQL');
if (postgres.length === 0)
  console.log('\nSet DATABASE_URL to measure on PostgreSQL, where the targets apply.');
else {
  const [snapshot, enrolments] = postgres;
  const verdict = (met: boolean, what: string) => console.log(`${met ? 'met ' : 'GAP '} ${what}`);
  console.log('\nIssue 12’s targets on PostgreSQL:');
  verdict(
    snapshot!.rps >= targets.snapshotRps,
    `family snapshot ≥ ${targets.snapshotRps} req/s: ${snapshot!.rps.toFixed(0)}`,
  );
  verdict(snapshot!.p99 <= targets.snapshotP99, `its p99 ≤ ${targets.snapshotP99} ms: ${snapshot!.p99}`);
  verdict(
    enrolments!.rps >= targets.enrolmentsRps,
    `camp enrolments ≥ ${targets.enrolmentsRps}/s: ${enrolments!.rps.toFixed(0)}`,
  );
}
