/**
 * `npm run bench:server`: requests per second and latency (p50, p99) of the
 * reference backend over HTTP, for reading the family snapshot and for
 * registering a parent, on PGlite and, when DATABASE_URL is set, PostgreSQL.
 * A measurement printed as a table, not a test. BENCH_SECONDS (default 3)
 * sets how long reads run; BENCH_REGISTRATIONS (default 300) how many
 * registrations; BENCH_CONCURRENCY (default 10) how many requests at a time.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { startBackend } from '../server/src/start.js';
import { sophie } from '../test/fixtures.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 3);
const registrations = Number(process.env.BENCH_REGISTRATIONS ?? 300);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 10);

interface Row {
  backend: string;
  scenario: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

function summarise(backend: string, scenario: string, latencies: number[], elapsed: number): Row {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    backend,
    scenario,
    requests: latencies.length,
    rps: latencies.length / (elapsed / 1000),
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
  };
}

async function measure(name: string, databaseUrl: string | null): Promise<Row[]> {
  const backend = await startBackend({ demo: true, dataDir: 'memory', databaseUrl, log: () => undefined });
  const { resetDemoData } = await import('../server/src/seed.js');
  await resetDemoData(backend.db, 'be');
  const server = serve({ fetch: backend.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
  const signIn = async (account: string) =>
    (
      (await (
        await fetch(`${origin}/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ account }),
        })
      ).json()) as { token: string }
    ).token;

  // Reads: the known family (two children, three requests), as fast as the server answers.
  const reader = await signIn('known');
  const reads: number[] = [];
  const readStart = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() - readStart < seconds * 1000) {
        const started = performance.now();
        const answer = await fetch(`${origin}/family`, { headers: { authorization: `Bearer ${reader}` } });
        await answer.arrayBuffer();
        if (!answer.ok) throw new Error(`GET /family: ${answer.status}`);
        reads.push(performance.now() - started);
      }
    }),
  );
  const readRow = summarise(name, 'GET /family (snapshot)', reads, performance.now() - readStart);

  // Writes: each registration by another new parent (accounts made for the bench).
  await backend.db.transaction(async (tx) => {
    for (let i = 0; i < registrations; i += 1) {
      await tx.query('insert into accounts (id, email) values ($1, $2)', [
        `bench-${i}`,
        `bench-${i}@example.be`,
      ]);
      await tx.query('insert into families (id, account_id) values ($1, $2)', [
        `fam-bench-${i}`,
        `bench-${i}`,
      ]);
    }
  });
  const tokens: string[] = [];
  for (let i = 0; i < registrations; i += 1) tokens.push(await signIn(`bench-${i}`));
  const writes: number[] = [];
  let next = 0;
  const writeStart = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let i = next++; i < registrations; i = next++) {
        const body = JSON.stringify({ ...sophie, email: `bench-${i}@example.be` });
        const started = performance.now();
        const answer = await fetch(`${origin}/parent`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${tokens[i]}`,
            'content-type': 'application/json',
            'idempotency-key': `bench-${i}`,
          },
          body,
        });
        await answer.arrayBuffer();
        if (answer.status !== 201) throw new Error(`POST /parent: ${answer.status}`);
        writes.push(performance.now() - started);
      }
    }),
  );
  const writeRow = summarise(name, 'POST /parent (registration)', writes, performance.now() - writeStart);
  await new Promise((resolve) => server.close(resolve));
  await backend.close();
  return [readRow, writeRow];
}

const rows = await measure('PGlite (in memory)', null);
if (process.env.DATABASE_URL) rows.push(...(await measure('PostgreSQL', process.env.DATABASE_URL)));
else console.log('(Set DATABASE_URL to measure on PostgreSQL too.)\n');

const table = [
  ['backend', 'scenario', 'requests', 'req/s', 'p50 ms', 'p99 ms'],
  ...rows.map((row) => [
    row.backend,
    row.scenario,
    String(row.requests),
    row.rps.toFixed(0),
    row.p50.toFixed(1),
    row.p99.toFixed(1),
  ]),
];
const widths = table[0]!.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
console.log(`Reference backend over HTTP, ${concurrency} requests at a time, Node ${process.version}\n`);
for (const row of table)
  console.log(
    row.map((cell, i) => (i >= 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  '),
  );
