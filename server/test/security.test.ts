import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createApp } from '../src/app.js';
import { communeOf, resetDemoData } from '../src/seed.js';
import { startBackend, type Backend } from '../src/start.js';
import { sophie as identity } from '../../test/fixtures.js';
import { postForm, problem, signIn, unpaidArticle, write, type Signed } from './support.js';

/**
 * The findings of issue 12, each tried again as the attacker did: hostile
 * input answers a 4xx problem+json (never a 5xx, which the contract calls
 * retryable), payments return only to the configured origins, and the demo's
 * own pages (sign-in, back office, simulated provider) resist cross-site
 * requests and script injection.
 */

let backend: Backend;
before(async () => {
  backend = await startBackend({ demo: true, dataDir: 'memory', databaseUrl: null, log: () => undefined });
});
after(() => backend.close());
beforeEach(() => resetDemoData(backend.db, 'be'));

async function count(table: string): Promise<number> {
  const [row] = await backend.db.query<{ n: number | string }>(`select count(*) as n from ${table}`);
  return Number(row?.n);
}

describe('hostile input answers a 4xx, never a 5xx', () => {
  it('refuses a NUL or a broken escape in any path or query parameter', async () => {
    const signed = await signIn(backend.app, 'known');
    for (const path of [
      '/api/v1/children/chi%00-1',
      '/api/v1/requests/%00',
      '/api/v1/children/%ED%A0%80',
      '/api/v1/camps/%E0/children/chi-1/availability',
      '/api/v1/family?x=%00',
      '/dev/sign-in?back=%2F%00',
      '/pay/pay%00',
    ]) {
      await problem(
        await backend.app.request(path, { headers: { cookie: signed.cookie } }),
        400,
        'parameter.malformed',
      );
    }
    const write = await backend.app.request('/api/v1/children/chi%00/health-form', {
      method: 'POST',
      headers: { cookie: signed.cookie, 'x-csrf-token': signed.csrf, 'idempotency-key': 'nul' },
    });
    await problem(write, 400, 'parameter.malformed');
  });

  it('refuses a NUL or a lone surrogate anywhere in a JSON body, and stores nothing', async () => {
    const signed = await signIn(backend.app, 'new');
    const bodies = [
      JSON.stringify({ ...identity, lastName: 'Du\u0000pont' }),
      JSON.stringify({ ...identity, address: { ...identity.address, street: 'rue\u0000' } }),
      JSON.stringify({ ...identity, ['na\u0000me']: 'x' }),
      '{"lastName": "\\ud800"}',
      '{"lastName": "\\udc00x"}',
    ];
    for (const [index, body] of bodies.entries()) {
      await problem(
        await backend.app.request('/api/v1/parent', {
          method: 'POST',
          headers: write(signed, `hostile-${index}`),
          body,
        }),
        400,
        'body.malformed',
      );
    }
    assert.equal(await count("requests where family_id = 'fam-new'"), 0);
    assert.equal(await count('idempotency_keys'), 0);
  });

  it('takes a well-formed pair of surrogates (an emoji in a name)', async () => {
    const signed = await signIn(backend.app, 'new');
    const answer = await backend.app.request('/api/v1/parent', {
      method: 'POST',
      headers: write(signed, 'emoji'),
      body: JSON.stringify({ ...identity, firstName: 'Sophie 🌻' }),
    });
    assert.notEqual(answer.status, 400, await answer.clone().text());
    assert.ok(answer.status < 500);
  });

  it('refuses bodies nested thousands of levels deep before fingerprinting them', async () => {
    const signed = await signIn(backend.app, 'new');
    const deepArray = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const deepObject = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;
    for (const [index, body] of [deepArray, deepObject].entries()) {
      for (const path of ['/parent', '/camp-enrolments', '/payments/returns']) {
        await problem(
          await backend.app.request(`/api/v1${path}`, {
            method: 'POST',
            headers: write(signed, `deep-${index}${path}`),
            body,
          }),
          400,
          'body.too-deep',
        );
      }
    }
    assert.equal(await count('idempotency_keys'), 0);
  });

  it('checks a payment signature with non-ASCII characters like any wrong one', async () => {
    const signed = await signIn(backend.app, 'known');
    const article = await unpaidArticle(backend.app, signed);
    const started = await backend.app.request(`/api/v1/cart/articles/${article}/payments`, {
      method: 'POST',
      headers: write(signed, 'pay'),
      body: JSON.stringify({ returnUrl: '/panier' }),
    });
    const { paymentId } = (await started.json()) as { paymentId: string };
    // 43 characters like the real one (base64url of a SHA-256 HMAC), but 86 bytes in UTF-8.
    for (const [index, signature] of ['é'.repeat(43), '€', '\u{1F600}'.repeat(22)].entries()) {
      const body = await problem(
        await backend.app.request('/api/v1/payments/returns', {
          method: 'POST',
          headers: write(signed, `return-${index}`),
          body: JSON.stringify({ paymentId, status: 'paid', signature }),
        }),
        422,
        'validation.failed',
      );
      assert.deepEqual(body.fieldIssues, [{ field: 'signature', code: 'payment.signature' }]);
    }
  });
});

describe('a payment’s return URL', () => {
  const production = () =>
    createApp({
      db: backend.db,
      commune: communeOf('be'),
      demo: true,
      publicUrl: 'https://portail.commune.example',
      allowedReturnOrigins: ['https://www.commune.example'],
    });
  const start = (target: Backend['app'], signed: Signed, article: string, returnUrl: string, key: string) =>
    target.request(`http://evil.example/api/v1/cart/articles/${article}/payments`, {
      method: 'POST',
      headers: write(signed, key, { host: 'evil.example' }),
      body: JSON.stringify({ returnUrl }),
    });

  it('is refused off the public origin and the allowed ones, and nothing is started', async () => {
    const target = production();
    const signed = await signIn(target, 'known');
    const article = await unpaidArticle(target, signed);
    for (const [index, returnUrl] of [
      'https://evil.example/panier',
      '//evil.example/panier',
      '/\\evil.example/panier',
      '/\t/evil.example/panier',
      'http://portail.commune.example/panier',
      'https://portail.commune.example.evil.example/panier',
      'https://portail.commune.example@evil.example/panier',
      'javascript:alert(1)',
      'http://evil.example/panier',
    ].entries()) {
      const body = await problem(
        await start(target, signed, article, returnUrl, `evil-${index}`),
        422,
        'validation.failed',
      );
      assert.deepEqual(body.fieldIssues, [{ field: 'returnUrl', code: 'required' }], returnUrl);
    }
    assert.equal(await count('payments'), 0);
  });

  it('takes a path of the public origin or an allowed origin; the provider is on the public origin, whatever the Host', async () => {
    const target = production();
    const signed = await signIn(target, 'known');
    const article = await unpaidArticle(target, signed);
    for (const [index, returnUrl] of [
      '/demo/?lang=fr',
      'https://portail.commune.example/panier',
      'https://www.commune.example/inscriptions?x=1',
    ].entries()) {
      const answer = await start(target, signed, article, returnUrl, `ok-${index}`);
      assert.equal(answer.status, 201, await answer.clone().text());
      const { redirectUrl } = (await answer.json()) as { redirectUrl: string };
      assert.match(redirectUrl, /^https:\/\/portail\.commune\.example\/pay\/pay-/);
    }
  });

  it('in the demo without PUBLIC_URL, returns to the demo’s own origin only', async () => {
    const signed = await signIn(backend.app, 'known');
    const article = await unpaidArticle(backend.app, signed);
    const own = await backend.app.request(`/api/v1/cart/articles/${article}/payments`, {
      method: 'POST',
      headers: write(signed, 'own'),
      body: JSON.stringify({ returnUrl: 'http://localhost/demo/' }),
    });
    assert.equal(own.status, 201);
    await problem(
      await backend.app.request(`/api/v1/cart/articles/${article}/payments`, {
        method: 'POST',
        headers: write(signed, 'other'),
        body: JSON.stringify({ returnUrl: 'http://127.0.0.2/demo/' }),
      }),
      422,
      'validation.failed',
    );
  });
});

describe('the simulated provider (demo only)', () => {
  async function payment(): Promise<{ path: string; signed: Signed }> {
    const signed = await signIn(backend.app, 'known');
    const article = await unpaidArticle(backend.app, signed);
    const started = await backend.app.request(`/api/v1/cart/articles/${article}/payments`, {
      method: 'POST',
      headers: write(signed, 'pay'),
      body: JSON.stringify({ returnUrl: '/panier' }),
    });
    return {
      path: new URL(((await started.json()) as { redirectUrl: string }).redirectUrl).pathname,
      signed,
    };
  }

  it('answers only a payment that exists and is still in progress (not yet back at the portal)', async () => {
    const unknown = await postForm(backend.app, '/dev/back-office', '/pay/pay-unknown', { status: 'paid' });
    assert.equal(unknown.status, 404);
    const { path, signed } = await payment();
    const answer = await postForm(backend.app, path, path, { status: 'paid' });
    assert.equal(answer.status, 303);
    const back = new URL(answer.headers.get('location')!);
    const completed = await backend.app.request('/api/v1/payments/returns', {
      method: 'POST',
      headers: write(signed, 'return'),
      body: JSON.stringify(
        Object.fromEntries(
          ['paymentId', 'status', 'signature'].map((name) => [name, back.searchParams.get(name)]),
        ),
      ),
    });
    assert.equal(completed.status, 201);
    assert.equal(
      (await postForm(backend.app, '/dev/back-office', path, { status: 'cancelled' })).status,
      404,
      'no longer in progress',
    );
  });

  it('wants the token of its form, bound to the browser’s cookie', async () => {
    const { path } = await payment();
    const bare = await backend.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'status=paid',
    });
    await problem(bare, 403, 'csrf.invalid');
    const page = await backend.app.request(path);
    const token = /name="csrf" value="([^"]+)"/.exec(await page.text())![1]!;
    const otherBrowser = await backend.app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `fp_form=${'x'.repeat(43)}` },
      body: new URLSearchParams({ status: 'paid', csrf: token }).toString(),
    });
    await problem(otherBrowser, 403, 'csrf.invalid');
    const crossSite = await postForm(
      backend.app,
      path,
      path,
      { status: 'paid' },
      { 'sec-fetch-site': 'cross-site' },
    );
    await problem(crossSite, 403, 'csrf.invalid');
    const [row] = await backend.db.query<{ status: string }>('select status from payments');
    assert.equal(row?.status, 'started', 'still unpaid');
    const back = await postForm(
      backend.app,
      path,
      path,
      { status: 'paid' },
      { 'sec-fetch-site': 'same-origin' },
    );
    assert.equal(back.status, 303);
    assert.match(
      back.headers.get('location') ?? '',
      /^http:\/\/localhost\/panier\?paymentId=pay-.*&status=paid&signature=/,
    );
  });

  it('serves its page with a strict CSP that lets its form lead back to the portal', async () => {
    const { path } = await payment();
    const page = await backend.app.request(path);
    const policy = page.headers.get('content-security-policy') ?? '';
    assert.match(policy, /default-src 'self'; script-src 'self'; style-src 'self'/);
    assert.match(policy, /frame-ancestors 'none'; base-uri 'none'; form-action 'self'/);
    assert.equal(page.headers.get('x-frame-options'), 'DENY');
    const html = await page.text();
    assert.doesNotMatch(html, /<style|style=|<script(?![^>]*\ssrc=)/);
    const stylesheet = await backend.app.request('/pay/page.css');
    assert.match(stylesheet.headers.get('content-type') ?? '', /text\/css/);
  });
});

describe('the demo’s /dev pages', () => {
  it('never lets `back` inject a script or lead off the origin', async () => {
    for (const [back, expected] of [
      ['</script><script>alert(1)</script>', '/demo/'],
      ['"><script>alert(1)</script>', '/demo/'],
      ['javascript:alert(1)', '/demo/'],
      ['//evil.example/', '/demo/'],
      ['/\\evil.example/', '/demo/'],
      ['https://evil.example/', '/demo/'],
      ['/demo/?lang=nl#x', '/demo/?lang=nl#x'],
    ]) {
      const page = await backend.app.request(`/dev/sign-in?back=${encodeURIComponent(back!)}`);
      const html = await page.text();
      assert.doesNotMatch(html, /alert\(1\)/);
      assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)/, 'no inline script');
      assert.ok(html.includes(`data-back="${expected}"`), `${back} → ${expected}`);
      assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self';/);
    }
    const script = await backend.app.request('/dev/sign-in.js');
    assert.match(script.headers.get('content-type') ?? '', /text\/javascript/);
    assert.match(await script.text(), /dataset\.back/);
  });

  it('refuses a back-office decision without its form token, or from another site', async () => {
    const signed = await signIn(backend.app, 'known');
    const { parent } = (await (
      await backend.app.request('/api/v1/family', { headers: { cookie: signed.cookie } })
    ).json()) as {
      parent: Record<string, unknown>;
    };
    const { id: _id, ...details } = parent;
    const change = await backend.app.request('/api/v1/parent/change-requests', {
      method: 'POST',
      headers: write(signed, 'change'),
      body: JSON.stringify({ identity: { ...details, lastName: 'Durand' } }),
    });
    const { id } = (await change.json()) as { id: string };
    const decision = { account: 'known', decision: 'accepted' };
    const action = `/dev/back-office/${id}`;
    await problem(
      await backend.app.request(action, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(decision).toString(),
      }),
      403,
      'csrf.invalid',
    );
    for (const headers of <Record<string, string>[]>[
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: 'https://evil.example' },
      { origin: 'null' },
    ]) {
      await problem(
        await postForm(backend.app, '/dev/back-office', action, decision, headers),
        403,
        'csrf.invalid',
      );
    }
    await problem(
      await postForm(
        backend.app,
        '/dev/back-office',
        '/dev/release-expired',
        { days: '4' },
        { origin: 'https://evil.example' },
      ),
      403,
      'csrf.invalid',
    );
    assert.equal(await count("requests where status = 'pending' and kind = 'parent-change'"), 1, 'undecided');
    const accepted = await postForm(backend.app, '/dev/back-office', action, decision, {
      origin: 'http://localhost',
    });
    assert.equal(accepted.status, 303);
  });

  it('refuses a reset from another site, and an oversized form', async () => {
    const before = await count('requests');
    await problem(
      await backend.app.request('/dev/reset', {
        method: 'POST',
        headers: { 'sec-fetch-site': 'cross-site' },
      }),
      403,
      'csrf.invalid',
    );
    await problem(
      await backend.app.request('/dev/reset', {
        method: 'POST',
        headers: { origin: 'https://evil.example' },
      }),
      403,
      'csrf.invalid',
    );
    assert.equal(await count('requests'), before);
    assert.equal(
      (
        await backend.app.request('/dev/reset', {
          method: 'POST',
          headers: { 'sec-fetch-site': 'same-origin' },
        })
      ).status,
      204,
    );
    await problem(
      await postForm(backend.app, '/dev/back-office', '/dev/release-expired', {
        days: '4',
        pad: 'x'.repeat(20_000),
      }),
      413,
      'body.too-large',
    );
    await problem(
      await postForm(backend.app, '/dev/back-office', '/dev/back-office/req-25-1', {
        account: 'kn\u0000own',
      }),
      400,
      'body.malformed',
    );
  });
});
