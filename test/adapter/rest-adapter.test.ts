import { expect } from '@open-wc/testing';
import { isAbort } from '../../src/adapter/index.js';
import { createRestAdapter, type RestAdapterOptions } from '../../src/adapter/rest/index.js';
import type { CommuneSettings, FamilySnapshot, RequestReceipt } from '../../src/domain/index.js';
import { sophie } from '../fixtures.js';
import { rejection } from './support.js';

const base = 'https://commune.example/api/v1';

const commune: CommuneSettings = {
  id: 'mont-saint-guibert',
  name: 'Mont-Saint-Guibert',
  country: 'BE',
  nationalNumber: 'required',
  serviceName: 'Service Accueil Extrascolaire',
  contactEmail: 'accueil@example.be',
};
const receipt: RequestReceipt = {
  id: 'req-26-1',
  number: '26-1',
  trackingCode: 'HGQNWTWN',
  kind: 'parent-registration',
  status: 'pending',
  submittedAt: '2026-11-23T08:30:00+01:00',
  history: [{ status: 'registration-received', label: 'Demande reçue', at: '2026-11-23T08:30:00+01:00' }],
};
const family: FamilySnapshot = {
  account: { email: 'sophie.lambert@example.be' },
  parent: null,
  coParents: [],
  children: [],
  requests: [receipt],
};
const session = (csrfToken: string) => ({
  account: { displayName: 'Sophie Lambert' },
  csrfToken,
  expiresAt: '2026-11-23T10:30:00+01:00',
});

/** One scripted answer of the fake server. */
type Answer = (request: Request) => Response | Promise<Response>;

const reply =
  (status: number, body: string, headers: Record<string, string> = {}): Answer =>
  () =>
    new Response(status === 204 ? null : body, { status, headers });
const ok = (body: unknown, headers: Record<string, string> = {}, status = 200) =>
  reply(status, JSON.stringify(body), { 'Content-Type': 'application/json', ...headers });
const problem = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  reply(status, JSON.stringify({ status, ...body }), {
    'Content-Type': 'application/problem+json',
    ...headers,
  });
const fail =
  (error: Error): Answer =>
  () =>
    Promise.reject(error);
/** Never answers, but gives up when the request's signal aborts (as the browser's fetch does). */
const hang: Answer = (request) =>
  new Promise((_, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason as Error), { once: true });
  });

interface Recorded {
  method: string;
  url: string;
  headers: Headers;
  body: string;
  credentials: RequestCredentials;
}

/** A fetch that records each request and answers with the next scripted answer (the last one repeats). */
function fakeServer(...answers: Answer[]) {
  const calls: Recorded[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    // Like the browser's fetch: an aborted signal rejects before anything is sent.
    if (request.signal.aborted) throw request.signal.reason;
    calls.push({
      method: request.method,
      url: request.url,
      headers: request.headers,
      body: await request.clone().text(),
      credentials: request.credentials,
    });
    const answer = answers[Math.min(calls.length, answers.length) - 1];
    if (!answer) throw new Error('no answer scripted');
    return answer(request);
  };
  return { fetch, calls };
}

function adapterOn(server: ReturnType<typeof fakeServer>, options: Partial<RestAdapterOptions> = {}) {
  return createRestAdapter({
    baseUrl: base,
    fetch: server.fetch,
    timeout: 2000,
    ...options,
    retry: { backoffLimit: 5, ...options.retry },
  });
}

const write = { idempotencyKey: 'key-1' };

describe('REST adapter', () => {
  describe('requests', () => {
    it('reads each resource at its URL, with a request id and no write headers', async () => {
      const server = fakeServer(ok(commune), ok(family), ok(receipt));
      const adapter = adapterOn(server);
      expect(await adapter.getCommune()).to.deep.equal(commune);
      expect(await adapter.getFamily()).to.deep.equal(family);
      expect(await adapter.getRequest('req/26 1?x')).to.deep.equal(receipt);
      expect(server.calls.map((call) => `${call.method} ${call.url}`)).to.deep.equal([
        `GET ${base}/commune`,
        `GET ${base}/family`,
        `GET ${base}/requests/req%2F26%201%3Fx`,
      ]);
      const ids = new Set<string | null>();
      for (const { headers, credentials } of server.calls) {
        ids.add(headers.get('X-Request-Id'));
        expect(headers.get('X-Request-Id')).to.match(/^[0-9a-f]{32}$/);
        expect(headers.get('Accept')).to.include('application/json');
        expect(headers.has('Idempotency-Key')).to.equal(false);
        expect(headers.has('X-CSRF-Token')).to.equal(false);
        expect(headers.has('Authorization')).to.equal(false);
        expect(credentials).to.equal('same-origin');
      }
      expect(ids.size, 'a new request id per call').to.equal(3);
    });

    it('resolves a relative base against the page and sends extra headers and credentials', async () => {
      const server = fakeServer(ok(commune));
      const adapter = adapterOn(server, {
        baseUrl: '/api/v1/',
        credentials: 'include',
        headers: { 'X-Commune': 'msg' },
      });
      await adapter.getCommune();
      const [call] = server.calls;
      expect(call?.url).to.equal(`${location.origin}/api/v1/commune`);
      expect(call?.credentials).to.equal('include');
      expect(call?.headers.get('X-Commune')).to.equal('msg');
      expect(adapter.baseUrl).to.equal('/api/v1/');
    });

    it('sends writes as JSON with their idempotency key and the cookie session’s CSRF token', async () => {
      const server = fakeServer(ok(session('csrf-1')), ok(receipt, {}, 201), ok(receipt, {}, 201));
      const adapter = adapterOn(server);
      expect(await adapter.registerParent(sophie, write)).to.deep.equal(receipt);
      const change = { identity: sophie, comment: 'Nouvelle adresse' };
      await adapter.requestParentChange(change, { idempotencyKey: 'key-2' });
      expect(server.calls.map((call) => `${call.method} ${call.url}`)).to.deep.equal([
        `GET ${base}/session`,
        `POST ${base}/parent`,
        `POST ${base}/parent/change-requests`,
      ]);
      const [, first, second] = server.calls;
      expect(first?.headers.get('Idempotency-Key')).to.equal('key-1');
      expect(first?.headers.get('Content-Type')).to.equal('application/json');
      expect(first?.headers.get('X-CSRF-Token')).to.equal('csrf-1');
      expect(first?.headers.get('X-Request-Id')).to.match(/^[0-9a-f]{32}$/);
      expect(JSON.parse(first?.body ?? '')).to.deep.equal(sophie);
      expect(second?.headers.get('Idempotency-Key')).to.equal('key-2');
      expect(second?.headers.get('X-CSRF-Token'), 'the token is kept').to.equal('csrf-1');
      expect(JSON.parse(second?.body ?? '')).to.deep.equal(change);
    });

    it('takes the CSRF token from the page, and from the session when the server refuses it', async () => {
      const meta = Object.assign(document.createElement('meta'), {
        name: 'csrf-token',
        content: 'page-token',
      });
      document.head.append(meta);
      try {
        const server = fakeServer(
          problem(403, { type: 'https://family-portal.example/problems/auth', code: 'csrf.invalid' }),
          ok(session('session-token')),
          ok(receipt, {}, 201),
        );
        expect(await adapterOn(server).registerParent(sophie, write)).to.deep.equal(receipt);
        expect(server.calls.map((call) => call.headers.get('X-CSRF-Token'))).to.deep.equal([
          'page-token',
          null,
          'session-token',
        ]);
        expect(server.calls.map((call) => call.headers.get('Idempotency-Key'))).to.deep.equal([
          'key-1',
          null,
          'key-1',
        ]);
      } finally {
        meta.remove();
      }
    });

    it('sends a bearer token instead of the CSRF token when the token callback gives one', async () => {
      const server = fakeServer(ok(receipt, {}, 201));
      const adapter = adapterOn(server, { token: () => Promise.resolve('secret-token') });
      await adapter.registerParent(sophie, write);
      expect(server.calls).to.have.length(1);
      expect(server.calls[0]?.headers.get('Authorization')).to.equal('Bearer secret-token');
      expect(server.calls[0]?.headers.has('X-CSRF-Token')).to.equal(false);

      const failing = adapterOn(fakeServer(ok(commune)), {
        token: () => {
          throw new Error('no token store');
        },
      });
      const error = await rejection(failing.getCommune());
      expect([error.type, error.code]).to.deep.equal(['auth', 'token.unavailable']);
    });

    it('uses a CSRF token callback, or none with csrf: false', async () => {
      const given = fakeServer(ok(receipt, {}, 201));
      await adapterOn(given, { csrf: () => 'from-callback' }).registerParent(sophie, write);
      expect(given.calls.map((call) => call.headers.get('X-CSRF-Token'))).to.deep.equal(['from-callback']);

      const none = fakeServer(ok(receipt, {}, 201));
      await adapterOn(none, { csrf: false }).registerParent(sophie, write);
      expect(none.calls.map((call) => `${call.method} ${call.headers.get('X-CSRF-Token')}`)).to.deep.equal([
        'POST null',
      ]);
    });

    it('signs in, reads and ends the demo session', async () => {
      const server = fakeServer(
        problem(401, { type: 'https://family-portal.example/problems/auth', code: 'session.missing' }),
        ok(session('csrf-9'), {}, 201),
        ok(receipt, {}, 201),
        reply(204, ''),
      );
      const adapter = adapterOn(server);
      expect(await adapter.getSession()).to.equal(null);
      expect((await adapter.signIn('sophie'))?.csrfToken).to.equal('csrf-9');
      await adapter.registerParent(sophie, write);
      await adapter.signOut();
      expect(server.calls.map((call) => `${call.method} ${call.url.slice(base.length)}`)).to.deep.equal([
        'GET /session',
        'POST /session',
        'POST /parent',
        'DELETE /session',
      ]);
      const [, signIn, register, signOut] = server.calls;
      expect(JSON.parse(signIn?.body ?? '')).to.deep.equal({ account: 'sophie' });
      expect(signIn?.headers.get('Idempotency-Key')).to.match(/^[0-9a-f]{32}$/);
      expect(register?.headers.get('X-CSRF-Token')).to.equal('csrf-9');
      expect(signOut?.headers.get('X-CSRF-Token')).to.equal('csrf-9');
    });
  });

  describe('retries', () => {
    it('retries a 500 with the same idempotency key and request id, then succeeds', async () => {
      const server = fakeServer(
        problem(500, { type: 'https://family-portal.example/problems/server', code: 'server.error' }),
        ok(receipt, {}, 201),
      );
      expect(await adapterOn(server, { csrf: false }).registerParent(sophie, write)).to.deep.equal(receipt);
      const posts = server.calls.filter((call) => call.method === 'POST');
      expect(posts).to.have.length(2);
      expect(posts.map((call) => call.headers.get('Idempotency-Key'))).to.deep.equal(['key-1', 'key-1']);
      expect(posts[1]?.headers.get('X-Request-Id')).to.equal(posts[0]?.headers.get('X-Request-Id'));
      expect(posts.map((call) => call.body)).to.deep.equal([JSON.stringify(sophie), JSON.stringify(sophie)]);
    });

    it('waits as long as a 429’s Retry-After says, then succeeds', async () => {
      const server = fakeServer(problem(429, { code: 'rate.limited' }, { 'Retry-After': '1' }), ok(commune));
      const start = performance.now();
      expect(await adapterOn(server).getCommune()).to.deep.equal(commune);
      expect(performance.now() - start).to.be.at.least(950);
      expect(server.calls).to.have.length(2);
    });

    it('caps a long Retry-After, given in seconds or as an HTTP date', async () => {
      const later = new Date(Date.now() + 3_600_000).toUTCString();
      const server = fakeServer(
        problem(503, { code: 'unavailable' }, { 'Retry-After': '3600' }),
        problem(429, { code: 'rate.limited' }, { 'Retry-After': later }),
        ok(commune),
      );
      const start = performance.now();
      await adapterOn(server, { retry: { maxRetryAfter: 20 } }).getCommune();
      expect(performance.now() - start).to.be.below(1000);
      expect(server.calls).to.have.length(3);
    });

    it('retries a network failure, and says `network` when it lasts', async () => {
      const server = fakeServer(fail(new TypeError('Failed to fetch')), ok(receipt, {}, 201));
      await adapterOn(server, { csrf: false }).registerParent(sophie, write);
      expect(server.calls).to.have.length(2);

      const down = fakeServer(fail(new TypeError('NetworkError when attempting to fetch resource.')));
      const error = await rejection(adapterOn(down).getFamily());
      expect([error.type, error.code, error.retryable]).to.deep.equal([
        'network',
        'network.unreachable',
        true,
      ]);
      expect(error.requestId).to.equal(down.calls[0]?.headers.get('X-Request-Id'));
      expect(down.calls, 'first try and two retries').to.have.length(3);
    });

    it('gives up after the retry limit on 5xx', async () => {
      const server = fakeServer(
        problem(503, { type: 'https://family-portal.example/problems/server', code: 'unavailable' }),
      );
      const error = await rejection(adapterOn(server, { retry: { limit: 1 } }).getFamily());
      expect([error.type, error.code, error.retryable]).to.deep.equal(['server', 'unavailable', true]);
      expect(server.calls).to.have.length(2);
    });

    it('fails with `timeout` when the server does not answer in time', async () => {
      const server = fakeServer(hang);
      const error = await rejection(adapterOn(server, { timeout: 50 }).getCommune());
      expect([error.type, error.code, error.retryable]).to.deep.equal(['timeout', 'timeout', true]);
      expect(server.calls, 'a timeout is not retried: the wait would only grow').to.have.length(1);
      expect(error.requestId).to.match(/^[0-9a-f]{32}$/);
    });

    it('never retries other 4xx', async () => {
      for (const status of [400, 401, 403, 404, 409, 413, 415, 422]) {
        const server = fakeServer(problem(status, { code: 'x' }), ok(receipt, {}, 201));
        await rejection(adapterOn(server, { csrf: false }).registerParent(sophie, write));
        expect(server.calls, `status ${status}`).to.have.length(1);
      }
    });

    it('asks again while the first request with the same key is still running', async () => {
      const inProgress = problem(409, {
        type: 'https://family-portal.example/problems/conflict',
        code: 'idempotency.in-progress',
      });
      const server = fakeServer(inProgress, ok(receipt, { 'Idempotent-Replayed': 'true' }, 201));
      expect(await adapterOn(server, { csrf: false }).registerParent(sophie, write)).to.deep.equal(receipt);
      expect(server.calls).to.have.length(2);

      const busy = fakeServer(inProgress);
      const error = await rejection(adapterOn(busy, { csrf: false }).registerParent(sophie, write));
      expect([error.type, error.code, error.retryable]).to.deep.equal([
        'conflict',
        'idempotency.in-progress',
        true,
      ]);
    });
  });

  describe('errors', () => {
    it('maps each problem type one for one, with its code, message, request id and field issues', async () => {
      const types = [
        'network',
        'timeout',
        'auth',
        'validation',
        'capacity',
        'conflict',
        'not-found',
        'server',
      ] as const;
      for (const type of types) {
        const server = fakeServer(
          problem(type === 'server' ? 501 : 400, {
            type: `https://family-portal.example/problems/${type}`,
            title: 'Some details are not valid',
            detail: `Detail of ${type}`,
            code: `${type}.code`,
            requestId: `req-${type}`,
            fieldIssues: [
              { field: 'nationalNumber', code: 'national-number.checksum' },
              { field: 3, code: 'x' },
              'postcode',
              null,
              { field: 'address.postcode', code: 'postcode.format', extra: '<b>' },
            ],
          }),
        );
        const error = await rejection(adapterOn(server).getFamily());
        expect(error.type).to.equal(type);
        expect(error.code).to.equal(`${type}.code`);
        expect(error.message).to.equal(`Detail of ${type}`);
        expect(error.requestId).to.equal(`req-${type}`);
        expect(error.fieldIssues).to.deep.equal([
          { field: 'nationalNumber', code: 'national-number.checksum' },
          { field: 'address.postcode', code: 'postcode.format' },
        ]);
        expect(error.retryable).to.equal(['network', 'timeout', 'server'].includes(type));
      }
    });

    it('falls back on the status when a proxy answers, and on the headers for the request id', async () => {
      const cases: Array<[number, string]> = [
        [400, 'validation'],
        [413, 'validation'],
        [415, 'validation'],
        [422, 'validation'],
        [401, 'auth'],
        [403, 'auth'],
        [404, 'not-found'],
        [409, 'conflict'],
        [418, 'server'],
        [501, 'server'],
      ];
      for (const [status, type] of cases) {
        const server = fakeServer(
          reply(status, '<html><body>Bad Gateway</body></html>', {
            'Content-Type': 'text/html',
            'X-Request-Id': `proxy-${status}`,
          }),
        );
        const error = await rejection(adapterOn(server).getCommune());
        expect([error.type, error.requestId], `status ${status}`).to.deep.equal([type, `proxy-${status}`]);
      }
      const unknown = fakeServer(problem(422, { type: 'about:blank', title: 'Unprocessable' }));
      const error = await rejection(adapterOn(unknown).getCommune());
      expect([error.type, error.code, error.message]).to.deep.equal([
        'validation',
        'validation',
        'Unprocessable',
      ]);
      expect(error.requestId, 'the id sent').to.equal(unknown.calls[0]?.headers.get('X-Request-Id'));
    });

    it('turns malformed JSON and wrong shapes into `response.malformed` with the request id', async () => {
      const bodies = [
        '{"id": "mont',
        '',
        'null',
        '[]',
        JSON.stringify({ ...commune, country: 'NL' }),
        JSON.stringify({ ...commune, contactEmail: 42 }),
        '<!doctype html><title>Login</title><script>alert(1)</script>',
      ];
      for (const body of bodies) {
        const server = fakeServer(
          reply(200, body, { 'Content-Type': 'application/json', 'X-Request-Id': 'r-1' }),
        );
        const error = await rejection(adapterOn(server).getCommune());
        expect([error.type, error.code, error.requestId], body).to.deep.equal([
          'server',
          'response.malformed',
          'r-1',
        ]);
      }
      const noHeader = fakeServer(ok({ ...receipt, history: 'none' }));
      const error = await rejection(adapterOn(noHeader).getRequest('req-26-1'));
      expect([error.code, error.requestId]).to.deep.equal([
        'response.malformed',
        noHeader.calls[0]?.headers.get('X-Request-Id'),
      ]);
      const empty = fakeServer(reply(201, '', { 'Content-Type': 'application/json' }));
      expect((await rejection(adapterOn(empty).registerParent(sophie, write))).code).to.equal(
        'response.malformed',
      );
    });

    it('keeps hostile answers harmless', async () => {
      const hostile = `{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}},
        ${JSON.stringify(commune).slice(1, -1)}, "notice": "<img src=x onerror=alert(1)>"}`;
      const server = fakeServer(reply(200, hostile, { 'Content-Type': 'application/json' }));
      const read = await adapterOn(server).getCommune();
      expect(Object.keys(read).sort()).to.deep.equal([...Object.keys(commune), 'notice'].sort());
      expect(Object.getPrototypeOf(read)).to.equal(Object.prototype);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(read.notice, 'kept as text, rendered as text').to.equal('<img src=x onerror=alert(1)>');

      const problems = [
        '{"__proto__": {"type": "validation"}, "code": {"toString": 1}, "fieldIssues": {"length": 2}}',
        `{"type": 42, "code": "${'x'.repeat(5000)}", "requestId": ["a"], "fieldIssues": [{"__proto__": {"field": "a"}}]}`,
        'not json at all',
      ];
      for (const body of problems) {
        const bad = fakeServer(reply(400, body, { 'Content-Type': 'application/problem+json' }));
        const error = await rejection(adapterOn(bad).getFamily());
        expect(error.type).to.equal('validation');
        expect(error.code.length).to.be.at.most(200);
        expect(error.fieldIssues).to.deep.equal([]);
        expect(error.requestId).to.equal(bad.calls[0]?.headers.get('X-Request-Id'));
      }
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  });

  describe('aborts', () => {
    it('rejects with the caller’s abort, not an AdapterError', async () => {
      const controller = new AbortController();
      const server = fakeServer(hang);
      const pending = adapterOn(server).getFamily({ signal: controller.signal });
      setTimeout(() => controller.abort(), 20);
      const error: unknown = await pending.then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(isAbort(error), String(error)).to.equal(true);
    });

    it('stops waiting for a retry when the caller aborts', async () => {
      const controller = new AbortController();
      const server = fakeServer(problem(503, { code: 'unavailable' }, { 'Retry-After': '5' }), ok(receipt));
      const pending = adapterOn(server, { csrf: false }).registerParent(sophie, {
        ...write,
        signal: controller.signal,
      });
      setTimeout(() => controller.abort(), 50);
      const error: unknown = await pending.then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(isAbort(error), String(error)).to.equal(true);
      expect(server.calls).to.have.length(1);

      const already = AbortSignal.abort();
      const early: unknown = await adapterOn(fakeServer(ok(commune)))
        .getCommune({ signal: already })
        .then(
          () => undefined,
          (reason: unknown) => reason,
        );
      expect(isAbort(early)).to.equal(true);
    });
  });
});
