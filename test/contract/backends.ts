import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import { createRestAdapter } from '../../src/adapter/rest/index.js';
import { AdapterError, type AdapterErrorType, type FamilyPortalAdapter } from '../../src/adapter/index.js';
import type { MemoryFamily, MemoryProfile } from '../../src/adapter/memory/seed.js';
import { simulatedAnswer } from '../../src/adapter/memory/memory-adapter.js';
import { seedCamps } from '../../src/demo-data/camps.js';
import type { Camp, ItemDecision, PaymentReturn, PaymentStart } from '../../src/domain/index.js';
import { startBackend, type Backend } from '../../server/src/start.js';
import { insertCamp, resetDemoData } from '../../server/src/seed.js';

/** One backend the contract suite runs against: adapters signed in as a demo account, on fresh demo data. */
export interface ContractBackend {
  name: string;
  /** The demo commune: `be` (Belgium) or `fr` (France). */
  profile: MemoryProfile;
  /** Back to the demo data as seeded (before each test). */
  reset(): Promise<void>;
  /** An adapter signed in as the demo account `family`. */
  adapter(family: MemoryFamily): Promise<FamilyPortalAdapter>;
  /**
   * The service accepts or refuses a pending request (its back office), a
   * calendar request's days one by one (`items`); its refusal as an `AdapterError`.
   */
  decide(
    family: MemoryFamily,
    adapter: FamilyPortalAdapter,
    requestId: string,
    decision: 'accepted' | 'refused',
    reason?: string,
    items?: ItemDecision[],
  ): Promise<void>;
  /**
   * The back office's monthly billing run for `month` (`YYYY-MM`): every
   * family's bookings of the month and camps paid, invoiced once (run twice,
   * it bills nothing new). `adapter`: the family's, where the backend needs it.
   */
  billMonth(family: MemoryFamily, adapter: FamilyPortalAdapter, month: string): Promise<void>;
  /**
   * The service answers in one of the family's threads (its back office):
   * `body`, signed by the service; the family sees it unread. Its refusal as an `AdapterError`.
   */
  answerThread(
    family: MemoryFamily,
    adapter: FamilyPortalAdapter,
    threadId: string,
    body: string,
  ): Promise<void>;
  /** The payment provider answers `status` for a payment started by the adapter: what comes back on the return URL. */
  pay(start: PaymentStart, status: PaymentReturn['status']): Promise<PaymentReturn>;
  /** The e-mails the service sent, oldest first, where the backend keeps them (the reference server's outbox). */
  outbox?(): Promise<{ to: string; subject: string; body: string }[]>;
  /**
   * The service's clock (its adapters' too, given before or after): `at`
   * instead of the real time, until the next reset; `undefined`: the real time.
   */
  setClock(at: Date | undefined): void;
  /**
   * The service's clock set to `at` (see setClock) and the demo's calendar
   * dated from it, as a backend seeded that day has it: adapters given after
   * see it.
   */
  calendarAt(at: Date): Promise<void>;
  /**
   * The commune publishes one more camp (its back office), its places as the
   * demo's (seedCampPlaces), until the next reset. Adapters given after see it.
   */
  addCamp(camp: Camp): Promise<void>;
  /** A calendar application fetching the family's feed, where the backend serves one (the reference server). */
  fetchFeed?(url: string): Promise<{ status: number; type: string; text: string }>;
  close(): Promise<void>;
}

/** The time a backend's clock says: the real one unless a test set it. */
function testClock() {
  let at: Date | undefined;
  return {
    now: () => (at ? new Date(at) : new Date()),
    set: (value: Date | undefined) => {
      at = value;
    },
  };
}

export function memoryBackend(profile: MemoryProfile = 'be'): ContractBackend {
  const clock = testClock();
  let added: Camp[] = [];
  return {
    name: `memory (${profile})`,
    profile,
    // Each memory adapter starts from the seed: only the test's clock and camps to forget.
    reset: async () => {
      clock.set(undefined);
      added = [];
    },
    adapter: async (family) =>
      createMemoryAdapter({
        profile,
        family,
        storage: null,
        now: clock.now,
        ...(added.length > 0 ? { camps: [...seedCamps(profile, clock.now()), ...added] } : {}),
      }),
    setClock: clock.set,
    // Each memory adapter seeds its calendar from its clock on first use.
    calendarAt: async (at) => clock.set(at),
    addCamp: async (camp) => {
      added = [...added, camp];
    },
    decide: async (_family, adapter, requestId, decision, reason, items) => {
      await (adapter as ReturnType<typeof createMemoryAdapter>).decide(requestId, decision, reason, items);
    },
    billMonth: async (_family, adapter, month) => {
      await (adapter as ReturnType<typeof createMemoryAdapter>).billMonth(month);
    },
    answerThread: async (_family, adapter, threadId, body) => {
      await (adapter as ReturnType<typeof createMemoryAdapter>).answerThread(threadId, body);
    },
    pay: async (start, status) => simulatedAnswer(start.paymentId, status),
    close: async () => undefined,
  };
}

/** A form of the server's pages posted as a browser would: with the cookie and the token its page gives. */
async function postForm(pageUrl: string, action: string, fields: Record<string, string>): Promise<Response> {
  const page = await fetch(pageUrl);
  const cookie = page.headers.get('set-cookie')?.split(';')[0] ?? '';
  const csrf = /name="csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  return fetch(action, {
    method: 'POST',
    headers: { cookie },
    body: new URLSearchParams({ ...fields, csrf }),
    redirect: 'manual',
  });
}

/** The reference server over HTTP, on PGlite in memory, or on PostgreSQL when `databaseUrl` is given. */
export async function restBackend(
  databaseUrl?: string,
  profile: MemoryProfile = 'be',
): Promise<ContractBackend & { backend: Backend; origin: string }> {
  const clock = testClock();
  const backend = await startBackend({
    demo: true,
    dataDir: 'memory',
    databaseUrl: databaseUrl ?? null,
    profile,
    log: () => undefined,
    now: clock.now,
  });
  const server = serve({ fetch: backend.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const signIn = async (family: MemoryFamily) => {
    const answer = await fetch(`${origin}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ account: family }),
    });
    return ((await answer.json()) as { token: string }).token;
  };
  return {
    name: databaseUrl ? 'REST on PostgreSQL' : 'REST on PGlite',
    profile,
    backend,
    origin,
    reset: async () => {
      clock.set(undefined);
      await resetDemoData(backend.db, profile);
    },
    setClock: clock.set,
    calendarAt: async (at) => {
      clock.set(at);
      await resetDemoData(backend.db, profile, at);
    },
    addCamp: (camp) => backend.db.transaction((tx) => insertCamp(tx, camp)),
    async adapter(family) {
      const token = await signIn(family);
      return createRestAdapter({ baseUrl: `${origin}/api/v1`, token: () => token, retry: { limit: 0 } });
    },
    async decide(family, _adapter, requestId, decision, reason, items = []) {
      const days = Object.fromEntries(
        items.map((item) => [`day:${item.childId}|${item.unitId}|${item.date}`, item.decision]),
      );
      const answer = await postForm(
        `${origin}/dev/back-office`,
        `${origin}/dev/back-office/${encodeURIComponent(requestId)}`,
        { account: family, decision, ...(reason ? { reason } : {}), ...days },
      );
      if (answer.status === 303) return;
      const problem = (await answer.json().catch(() => ({}))) as { type?: string; code?: string };
      const types: Record<number, AdapterErrorType> = { 409: 'conflict', 404: 'not-found' };
      throw new AdapterError({
        type: types[answer.status] ?? 'server',
        code: problem.code ?? `http.${answer.status}`,
      });
    },
    async billMonth(_family, _adapter, month) {
      // The demo back office's billing run, as its page posts it: every family of the commune.
      const answer = await postForm(`${origin}/dev/back-office`, `${origin}/dev/back-office/billing`, {
        month,
      });
      if (answer.status !== 303) throw new Error(`the billing run answered ${answer.status}`);
    },
    async answerThread(_family, _adapter, threadId, body) {
      // The demo back office's answer form, as its page posts it.
      const answer = await postForm(
        `${origin}/dev/back-office`,
        `${origin}/dev/back-office/threads/${encodeURIComponent(threadId)}`,
        { body },
      );
      if (answer.status === 303) return;
      const problem = (await answer.json().catch(() => ({}))) as { type?: string; code?: string };
      const types: Record<number, AdapterErrorType> = {
        400: 'validation',
        409: 'conflict',
        404: 'not-found',
      };
      throw new AdapterError({
        type: types[answer.status] ?? 'server',
        code: problem.code ?? `http.${answer.status}`,
      });
    },
    async pay(start, status) {
      // The simulated provider's page, as the parent's browser would post it.
      const answer = await postForm(start.redirectUrl, start.redirectUrl, { status });
      if (answer.status !== 303) throw new Error(`the provider answered ${answer.status}`);
      const back = new URL(answer.headers.get('location') ?? '');
      return {
        paymentId: back.searchParams.get('paymentId') ?? '',
        status: back.searchParams.get('status') as PaymentReturn['status'],
        signature: back.searchParams.get('signature') ?? '',
      };
    },
    async fetchFeed(url) {
      const answer = await fetch(url);
      return {
        status: answer.status,
        type: answer.headers.get('content-type') ?? '',
        text: await answer.text(),
      };
    },
    async outbox() {
      return (await (await fetch(`${origin}/dev/outbox.json`)).json()) as {
        to: string;
        subject: string;
        body: string;
      }[];
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await backend.close();
    },
  };
}
