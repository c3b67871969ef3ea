import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../src/app.js';
import { ConfigError, describeConfig, loadConfig } from '../src/config.js';
import { paymentSignature } from '../src/payments.js';
import { communeOf } from '../src/seed.js';
import { startBackend, type Backend } from '../src/start.js';
import { postForm, problem, signIn, unpaidArticle, write } from './support.js';

/**
 * Production is the default (issue 12): the configuration is checked before
 * anything starts, and the demo's sign-in, /dev pages and simulated provider
 * are not there unless the demo is asked for.
 */

const secret = 's'.repeat(32);
const production = { SESSION_SECRET: secret, PUBLIC_URL: 'https://portail.commune.example' };

const problemsOf = (env: NodeJS.ProcessEnv) => {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return error.problems.join('\n');
  }
  return '';
};

describe('the configuration', () => {
  it('refuses production without a long SESSION_SECRET and an https PUBLIC_URL, naming each', () => {
    const none = problemsOf({});
    assert.match(none, /SESSION_SECRET is required/);
    assert.match(none, /PUBLIC_URL is required/);
    assert.match(problemsOf({ ...production, SESSION_SECRET: 'short' }), /at least 32 characters/);
    assert.match(problemsOf({ ...production, PUBLIC_URL: 'http://portail.example' }), /must be https/);
    assert.match(problemsOf({ ...production, PUBLIC_URL: 'https://portail.example/fr' }), /origin only/);
    assert.match(problemsOf({ ...production, ALLOWED_RETURN_ORIGINS: 'javascript:x' }), /http\(s\)/);
    assert.match(problemsOf({ ...production, TRUSTED_USER_HEADER: 'x user' }), /not a header name/);
    assert.match(problemsOf({ ...production, PORT: 'eighty' }), /PORT/);
    assert.match(
      problemsOf({ ...production, FP_DEMO: '1', NODE_ENV: 'production' }),
      /not with NODE_ENV=production/,
    );
    const provider = { PAYMENT_PROVIDER_URL: 'https://psp.example/pay/{paymentId}', PAYMENT_SECRET: secret };
    assert.match(
      problemsOf({ ...production, PAYMENT_PROVIDER_URL: provider.PAYMENT_PROVIDER_URL }),
      /go together/,
    );
    assert.match(
      problemsOf({ ...production, ...provider, PAYMENT_PROVIDER_URL: 'https://psp.example/pay' }),
      /must contain \{paymentId\}/,
    );
    assert.match(
      problemsOf({ ...production, ...provider, PAYMENT_PROVIDER_URL: 'http://psp.example/{paymentId}' }),
      /must be https/,
    );
    assert.match(problemsOf({ ...production, ...provider, PAYMENT_SECRET: 'short' }), /at least 32/);
    assert.equal(problemsOf({ ...production, ...provider }), '');
  });

  it('reads production from the environment, and the demo only when asked for', () => {
    const config = loadConfig({
      ...production,
      ALLOWED_RETURN_ORIGINS: 'https://www.commune.example, https://e-guichet.commune.example',
      TRUST_PROXY: '1',
      TRUSTED_USER_HEADER: 'X-Remote-User',
      DATABASE_URL: 'postgres://portal@db/portal',
      PORT: '8080',
      HOST: '0.0.0.0',
    });
    assert.deepEqual(config, {
      demo: false,
      secret,
      publicUrl: 'https://portail.commune.example',
      allowedReturnOrigins: ['https://www.commune.example', 'https://e-guichet.commune.example'],
      trustProxy: true,
      trustedUserHeader: 'x-remote-user',
      paymentProvider: undefined,
      databaseUrl: 'postgres://portal@db/portal',
      port: 8080,
      host: '0.0.0.0',
    });
    assert.equal(
      describeConfig(config, 'postgres'),
      'family-portal: production · postgres · https://portail.commune.example · ' +
        "sign-in from the proxy's x-remote-user header · behind a trusted proxy (X-Forwarded-Proto) · " +
        'payments may return to https://www.commune.example, https://e-guichet.commune.example · ' +
        'no online payment (set PAYMENT_PROVIDER_URL and PAYMENT_SECRET)',
    );
    assert.equal(loadConfig({ FP_DEMO: '1' }).demo, true);
    assert.equal(loadConfig({}, { demo: true }).demo, true);
    assert.match(describeConfig(loadConfig({}, { demo: true }), 'pglite'), /^family-portal: demo · pglite/);
    assert.match(describeConfig(loadConfig(production), 'pglite'), /no sign-in \(set TRUSTED_USER_HEADER/);
  });

  it('stops startBackend before it opens anything', async () => {
    await assert.rejects(startBackend({ env: {}, dataDir: 'memory', databaseUrl: null }), ConfigError);
  });
});

describe('the server started as a commune would (npm start -w server)', () => {
  const main = (env: NodeJS.ProcessEnv) =>
    spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      env: { PATH: process.env.PATH, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const output = (child: ReturnType<typeof main>) => {
    let text = '';
    child.stdout.on('data', (chunk) => (text += String(chunk)));
    child.stderr.on('data', (chunk) => (text += String(chunk)));
    return () => text;
  };
  const exit = (child: ReturnType<typeof main>) =>
    new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  it('refuses to start without its configuration, saying what is missing', async () => {
    const child = main({});
    const text = output(child);
    assert.equal(await exit(child), 1);
    assert.match(text(), /cannot start:[\s\S]*SESSION_SECRET is required[\s\S]*PUBLIC_URL is required/);
  });

  it('logs what it serves, answers, and stops cleanly on SIGTERM', async () => {
    const child = main({ ...production, PORT: '0', FP_DATA_DIR: 'memory' });
    const text = output(child);
    const exited = exit(child);
    const port = await new Promise<string>((resolve, reject) => {
      const wait = setInterval(() => {
        const found = /listening on 127\.0\.0\.1:(\d+)/.exec(text());
        if (found) {
          clearInterval(wait);
          resolve(found[1]!);
        }
      }, 50);
      void exited.then(() => reject(new Error(text())));
    });
    assert.match(text(), /family-portal: production · pglite · https:\/\/portail\.commune\.example/);
    const answer = await fetch(`http://127.0.0.1:${port}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"account":"known"}',
    });
    assert.equal(answer.status, 404, 'no demo sign-in');
    child.kill('SIGTERM');
    assert.equal(await exited, 0, text());
    assert.match(text(), /SIGTERM, stopping/);
  });
});

describe('production mode', () => {
  let backend: Backend;
  before(async () => {
    backend = await startBackend({
      env: production,
      dataDir: 'memory',
      databaseUrl: null,
      releaseEvery: 0,
      log: () => undefined,
    });
  });
  after(() => backend.close());

  it('has no demo sign-in, no /dev pages and no simulated provider', async () => {
    const { app } = backend;
    assert.equal(backend.config.demo, false);
    await problem(
      await app.request('/api/v1/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"account":"known"}',
      }),
      404,
      'route.not-found',
    );
    for (const [method, path] of <[string, string][]>[
      ['GET', '/dev/sign-in'],
      ['GET', '/dev/outbox'],
      ['GET', '/dev/outbox.json'],
      ['GET', '/dev/back-office'],
      ['POST', '/dev/reset'],
      ['POST', '/dev/release-expired'],
      ['POST', '/dev/back-office/req-25-1'],
      ['GET', '/pay/pay-1'],
      ['POST', '/pay/pay-1'],
    ]) {
      await problem(await app.request(path, { method }), 404, 'route.not-found');
    }
    const [row] = await backend.db.query<{ n: number }>('select count(*)::int as n from camps');
    assert.ok(row!.n > 0, 'nothing reset');
  });

  it('answers with security headers, and no-store on what may carry a family’s data', async () => {
    const commune = await backend.app.request('/api/v1/commune');
    assert.equal(commune.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(commune.headers.get('x-frame-options'), 'DENY');
    assert.equal(commune.headers.get('referrer-policy'), 'no-referrer');
    assert.match(commune.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
    assert.equal(commune.headers.get('cache-control'), null, 'public: may be cached');
    const family = await backend.app.request('/api/v1/family', { headers: { 'x-remote-user': 'known' } });
    assert.equal(family.status, 401);
    for (const answer of [family, await backend.app.request('/nowhere')]) {
      assert.equal(answer.headers.get('cache-control'), 'no-store');
      assert.equal(answer.headers.get('x-content-type-options'), 'nosniff');
      assert.match(answer.headers.get('content-security-policy') ?? '', /default-src 'none'/);
    }
  });
});

describe('production behind the commune’s sign-in proxy', () => {
  let backend: Backend;
  before(async () => {
    backend = await startBackend({
      env: { ...production, TRUSTED_USER_HEADER: 'X-Remote-User' },
      dataDir: 'memory',
      databaseUrl: null,
      releaseEvery: 0,
      log: () => undefined,
    });
  });
  after(() => backend.close());
  const as = (user: string) => ({ headers: { 'x-remote-user': user } });

  it('has the commune’s camps and schools but none of the demo’s families', async () => {
    const [accounts] = await backend.db.query<{ n: number }>('select count(*)::int as n from accounts');
    assert.equal(accounts!.n, 0);
    const camps = (await (await backend.app.request('/api/v1/camps', as('someone'))).json()) as unknown[];
    assert.ok(camps.length > 0);
    const family = (await (await backend.app.request('/api/v1/family', as('known'))).json()) as {
      parent: unknown;
      children: unknown[];
    };
    assert.deepEqual([family.parent, family.children], [null, []], 'not the demo’s Dubois family');
  });

  it('makes one family for a parent on their first visit, however many requests it starts with', async () => {
    const user = 'citizen-8f2c@eguichet.example';
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => backend.app.request('/api/v1/family', as(user))),
    );
    assert.deepEqual(
      answers.map((answer) => answer.status),
      [200, 200, 200, 200, 200],
    );
    const [families] = await backend.db.query<{ n: number }>(
      'select count(*)::int as n from families where account_id = $1',
      [user],
    );
    assert.equal(families!.n, 1);
    const registered = await backend.app.request('/api/v1/parent', {
      method: 'POST',
      headers: {
        ...as(user).headers,
        'content-type': 'application/json',
        'idempotency-key': 'first-registration',
        'x-csrf-token': (
          (await (await backend.app.request('/api/v1/session', as(user))).json()) as {
            csrfToken: string;
          }
        ).csrfToken,
      },
      body: JSON.stringify({}),
    });
    assert.equal(registered.status, 422, 'the registration form is checked as for anyone');
  });

  it('takes no payment online without a provider, and sends the parent to the commune’s provider with one', async () => {
    const user = 'payer@eguichet.example';
    const csrf = async (app: typeof backend.app) =>
      ((await (await app.request('/api/v1/session', as(user))).json()) as { csrfToken: string }).csrfToken;
    const pay = async (app: typeof backend.app) =>
      app.request('/api/v1/cart/articles/art-1/payments', {
        method: 'POST',
        headers: {
          ...as(user).headers,
          'content-type': 'application/json',
          'idempotency-key': `pay-${Math.random()}`,
          'x-csrf-token': await csrf(app),
        },
        body: JSON.stringify({ returnUrl: 'https://portail.commune.example/panier' }),
      });
    await problem(await pay(backend.app), 409, 'payment.unavailable');

    const providerSecret = 'p'.repeat(40);
    const withProvider = createApp({
      db: backend.db,
      commune: communeOf('be'),
      secret,
      publicUrl: production.PUBLIC_URL,
      trustedUserHeader: 'x-remote-user',
      paymentProvider: { url: 'https://psp.example/checkout?ref={paymentId}', secret: providerSecret },
    });
    // No article to pay yet: the provider is there, the article is not.
    await problem(await pay(withProvider), 404, 'article.not-found');
    const forged = await withProvider.request('/api/v1/payments/returns', {
      method: 'POST',
      headers: {
        ...as(user).headers,
        'content-type': 'application/json',
        'idempotency-key': 'forged-return',
        'x-csrf-token': await csrf(withProvider),
      },
      body: JSON.stringify({
        paymentId: 'pay-x',
        status: 'paid',
        signature: paymentSignature(secret, 'pay-x', 'paid'),
      }),
    });
    await problem(forged, 422, 'validation.failed');
    await problem(await withProvider.request('/pay/pay-x'), 404, 'route.not-found');
  });

  it('refuses a user header that cannot be an account', async () => {
    for (const user of ['x'.repeat(300), 'a\tb'])
      await problem(await backend.app.request('/api/v1/family', as(user)), 401, 'session.missing');
  });
});

describe('sessions behind a TLS-terminating proxy', () => {
  let backend: Backend;
  before(async () => {
    backend = await startBackend({ demo: true, dataDir: 'memory', databaseUrl: null, log: () => undefined });
  });
  after(() => backend.close());
  const app = (trustProxy: boolean) =>
    createApp({ db: backend.db, commune: communeOf('be'), demo: true, trustProxy });
  const signInVia = (trustProxy: boolean, proto: string) =>
    app(trustProxy).request('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': proto },
      body: '{"account":"known"}',
    });

  it('sets the cookie Secure when a trusted proxy says the browser came over https', async () => {
    const behind = await signInVia(true, 'https');
    assert.match(behind.headers.get('set-cookie') ?? '', /;\s*Secure/i);
    assert.match(behind.headers.get('strict-transport-security') ?? '', /max-age=/);
    const plain = await signInVia(true, 'http');
    assert.doesNotMatch(plain.headers.get('set-cookie') ?? '', /Secure/i);
  });

  it('believes no X-Forwarded-Proto without TRUST_PROXY', async () => {
    const untrusted = await signInVia(false, 'https');
    assert.doesNotMatch(untrusted.headers.get('set-cookie') ?? '', /Secure/i);
    assert.equal(untrusted.headers.get('strict-transport-security'), null);
  });

  it('answers session.expired for a session past its end, session.missing for an unknown one', async () => {
    const signed = await signIn(backend.app, 'known');
    await backend.db.query(`update sessions set expires_at = now() - interval '1 minute'`);
    const ways: Record<string, string>[] = [
      { cookie: signed.cookie },
      { authorization: `Bearer ${signed.token}` },
    ];
    for (const headers of ways) {
      await problem(await backend.app.request('/api/v1/family', { headers }), 401, 'session.expired');
      await problem(await backend.app.request('/api/v1/session', { headers }), 401, 'session.expired');
    }
    await problem(
      await backend.app.request('/api/v1/family', { headers: { cookie: 'fp_session=unknown' } }),
      401,
      'session.missing',
    );
  });

  it('sends the parent to the commune’s provider when one is configured, and takes its signed answer', async () => {
    const providerSecret = 'p'.repeat(40);
    const app = createApp({
      db: backend.db,
      commune: communeOf('be'),
      demo: true,
      paymentProvider: { url: 'https://psp.example/checkout?ref={paymentId}', secret: providerSecret },
    });
    const signed = await signIn(app, 'known');
    const send = async <T = { status: string }>(path: string, body: unknown, key: string) => {
      const answer = await app.request(`/api/v1${path}`, {
        method: 'POST',
        headers: write(signed, key),
        body: JSON.stringify(body),
      });
      assert.equal(answer.status, 201, await answer.clone().text());
      return (await answer.json()) as T;
    };
    const article = await unpaidArticle(app, signed);
    const started = await send<{ paymentId: string; redirectUrl: string }>(
      `/cart/articles/${article}/payments`,
      { returnUrl: '/portail/panier' },
      'provider-start',
    );
    assert.equal(
      started.redirectUrl,
      `https://psp.example/checkout?ref=${encodeURIComponent(started.paymentId)}`,
    );
    const answer = { paymentId: started.paymentId, status: 'paid' };
    const paid = await send(
      '/payments/returns',
      { ...answer, signature: paymentSignature(providerSecret, started.paymentId, 'paid') },
      'provider-return',
    );
    assert.equal(paid.status, 'paid');
    await problem(await app.request(`/pay/${started.paymentId}`), 404, 'route.not-found');
  });

  it('keeps the demo’s own forms working with their token (a check of the helper the tests use)', async () => {
    const answer = await postForm(backend.app, '/dev/back-office', '/dev/release-expired', { days: '0' });
    assert.equal(answer.status, 303);
  });
});
