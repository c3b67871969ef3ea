import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { operations } from '../../src/domain/operations/index.js';
import type { Operation } from '../../src/domain/operations/operation.js';
import { startBackend, type Backend } from '../src/start.js';
import { bodyText, encodeHostile, hostileString, shapedBy } from './hostile-arbitraries.js';
import { ownDatabase, signIn } from './support.js';

/*
 * Property-based fuzzing of every operation of the table: generated bodies
 * (shaped by the operation's schema, with hostile leaves, or any JSON, or not
 * JSON at all), hostile path parameters and idempotency keys, sent as a
 * signed-in family. Whatever comes, the server answers within a few seconds
 * with a 4xx problem+json or an answer its contract allows — never a 5xx.
 *
 * FUZZ_RUNS sets the cases per operation (CI runs a bounded number; run more
 * with `FUZZ_RUNS=2000 npm run test:fuzz`); FUZZ_SEED replays a failure.
 */

const runs = Number(process.env.FUZZ_RUNS ?? 25);
const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
const answerWithin = 10_000;

const idempotencyKey = fc.oneof(
  { weight: 4, arbitrary: fc.uuid() },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)),
      maxLength: 300,
    }),
  },
);

/** The ids of the demo family, so that generated requests also reach real rows. */
async function knownIds(backend: Backend, token: string): Promise<string[]> {
  const get = async (path: string) =>
    (await backend.app.request(`/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } })).json();
  const family = (await get('/family')) as { children: { id: string }[]; requests: { id: string }[] };
  const camps = (await get('/camps')) as { id: string; weeks: { id: string; days: { date: string }[] }[] }[];
  return [
    ...family.children.map((child) => child.id),
    ...family.requests.map((request) => request.id),
    ...camps.flatMap((camp) => [camp.id, ...camp.weeks.map((week) => week.id)]),
  ];
}

function fuzz(kind: string, start: () => Promise<Backend>) {
  describe(`every operation under generated and hostile input (${kind})`, () => {
    let backend: Backend;
    let token: string;
    let known: string[];
    before(async () => {
      backend = await start();
      token = (await signIn(backend.app, 'known')).token;
      known = await knownIds(backend, token);
    });
    after(() => backend?.close());

    for (const [name, operation] of Object.entries(operations) as [string, Operation][]) {
      it(`${name}: ${operation.method.toUpperCase()} ${operation.path}`, async () => {
        const names = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
        const params = fc.record(
          Object.fromEntries(
            names.map((param) => [param, fc.oneof(fc.constantFrom(...known), hostileString)]),
          ),
        );
        const body =
          operation.method === 'post'
            ? bodyText(shapedBy(operation.body ?? anyObject, known))
            : fc.constant(undefined);
        await fc.assert(
          fc.asyncProperty(params, body, idempotencyKey, async (values, text, key) => {
            const path = operation.path.replace(/\{(\w+)\}/g, (_whole, param: string) =>
              encodeHostile(values[param] ?? ''),
            );
            const request = backend.app.request(`/api/v1${path}`, {
              method: operation.method.toUpperCase(),
              headers: {
                authorization: `Bearer ${token}`,
                ...(text === undefined ? {} : { 'content-type': 'application/json', 'idempotency-key': key }),
              },
              ...(text === undefined ? {} : { body: text }),
            });
            const answer = await Promise.race([
              request,
              new Promise<never>((_, reject) =>
                setTimeout(
                  () => reject(new Error(`no answer within ${answerWithin} ms`)),
                  answerWithin,
                ).unref(),
              ),
            ]);
            const what = `${operation.method.toUpperCase()} ${path} ${String(text).slice(0, 200)}`;
            assert.ok(answer.status < 500, `${answer.status} for ${what}: ${await answer.clone().text()}`);
            const json = (await answer.json()) as unknown;
            if (answer.status >= 400) {
              assert.match(answer.headers.get('content-type') ?? '', /application\/problem\+json/, what);
              assert.equal(typeof (json as { code?: unknown }).code, 'string', what);
            } else {
              assert.equal(answer.status, operation.method === 'post' ? 201 : 200, what);
              const parsed = operation.answer['~standard'].validate(json);
              assert.ok(!('issues' in parsed && parsed.issues), `an answer outside the contract for ${what}`);
            }
          }),
          { numRuns: runs, ...(seed === undefined ? {} : { seed }) },
        );
      });
    }
  });
}

/** Writes without a body schema still get bodies of any object shape. */
const anyObject = { _zod: { def: { type: 'object', shape: {} } } } as never;

fuzz('PGlite', () =>
  startBackend({ demo: true, dataDir: 'memory', databaseUrl: null, releaseEvery: 0, log: () => undefined }),
);

const base = process.env.DATABASE_URL;
if (base)
  fuzz('PostgreSQL', async () =>
    startBackend({
      demo: true,
      databaseUrl: await ownDatabase(base, 'fp_fuzz'),
      releaseEvery: 0,
      log: () => undefined,
    }),
  );
