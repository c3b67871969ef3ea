import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { createApp } from '../src/app.js';
import { communeOf, resetDemoData } from '../src/seed.js';
import { startBackend, type Backend } from '../src/start.js';
import { sophie as identity } from '../../test/fixtures.js';
import { postForm } from './support.js';

/**
 * The server's HTTP boundary: sessions, CSRF, authorisation between families,
 * idempotency and hostile bodies. (What the answers mean is the contract
 * suite's business, in test/contract.)
 */

let backend: Backend;
before(async () => {
  backend = await startBackend({ demo: true, dataDir: 'memory', databaseUrl: null, log: () => undefined });
});
after(() => backend.close());
beforeEach(() => resetDemoData(backend.db, 'be'));

interface Signed {
  cookie: string;
  csrf: string;
  token: string;
}

const call = (path: string, init: RequestInit = {}) => backend.app.request(`/api/v1${path}`, init);

async function signIn(account: string): Promise<Signed> {
  const answer = await call('/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ account }),
  });
  assert.equal(answer.status, 201);
  const body = (await answer.json()) as { csrfToken: string; token: string };
  const cookie = answer.headers.get('set-cookie')!.split(';')[0]!;
  return { cookie, csrf: body.csrfToken, token: body.token };
}

const write = (signed: Signed, key: string, extra: Record<string, string> = {}) => ({
  cookie: signed.cookie,
  'x-csrf-token': signed.csrf,
  'content-type': 'application/json',
  'idempotency-key': key,
  ...extra,
});

async function problem(answer: Response, status: number, code: string) {
  assert.equal(answer.status, status, await answer.clone().text());
  assert.match(answer.headers.get('content-type') ?? '', /application\/problem\+json/);
  const body = (await answer.json()) as { code: string; requestId: string; type: string };
  assert.equal(body.code, code);
  assert.ok(body.requestId);
  return body;
}

async function count(table: string): Promise<number> {
  const [row] = await backend.db.query<{ n: number | string }>(`select count(*) as n from ${table}`);
  return Number(row?.n);
}

describe('sessions', () => {
  it('answers nothing about a family without a session', async () => {
    for (const [method, path] of [
      ['GET', '/family'],
      ['GET', '/requests/req-25-1'],
      ['GET', '/session'],
      ['DELETE', '/session'],
      ['POST', '/parent'],
      ['POST', '/parent/change-requests'],
      ['GET', '/schools'],
      ['GET', '/children/chi-1'],
      ['POST', '/children'],
      ['POST', '/children/chi-1/health-form'],
      ['POST', '/children/chi-1/change-requests'],
      ['GET', '/camp-enrolments'],
      ['POST', '/camp-enrolments/req-25-1/unsubscribe'],
    ] as const) {
      const answer = await call(path, {
        method,
        headers: { 'content-type': 'application/json', 'idempotency-key': 'k' },
        ...(method === 'POST' ? { body: JSON.stringify(identity) } : {}),
      });
      await problem(answer, 401, 'session.missing');
    }
    // The demo's requests: 5 of its families', 6 of its calendar's.
    assert.equal(await count('requests'), 11, 'nothing stored');
  });

  it('refuses a made-up or ended session', async () => {
    await problem(
      await call('/family', { headers: { cookie: 'fp_session=made-up' } }),
      401,
      'session.missing',
    );
    await problem(
      await call('/family', { headers: { authorization: 'Bearer made-up' } }),
      401,
      'session.missing',
    );
    const signed = await signIn('known');
    assert.equal((await call('/session', { method: 'DELETE', headers: write(signed, 'k') })).status, 204);
    await problem(await call('/family', { headers: { cookie: signed.cookie } }), 401, 'session.missing');
  });

  it('wants the CSRF token on writes from a cookie session, not from a bearer one', async () => {
    const signed = await signIn('new');
    const body = JSON.stringify(identity);
    const headers = { cookie: signed.cookie, 'content-type': 'application/json', 'idempotency-key': 'k1' };
    await problem(await call('/parent', { method: 'POST', headers, body }), 403, 'csrf.invalid');
    await problem(
      await call('/parent', { method: 'POST', headers: { ...headers, 'x-csrf-token': 'wrong' }, body }),
      403,
      'csrf.invalid',
    );
    assert.equal(await count('requests'), 11);
    const bearer = await call('/parent', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${signed.token}`,
        'content-type': 'application/json',
        'idempotency-key': 'k2',
      },
      body,
    });
    assert.equal(bearer.status, 201);
  });

  it('sets the session cookie HttpOnly and SameSite', async () => {
    const answer = await call('/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ account: 'known' }),
    });
    assert.match(answer.headers.get('set-cookie') ?? '', /HttpOnly/i);
    assert.match(answer.headers.get('set-cookie') ?? '', /SameSite=Lax/i);
    await problem(
      await call('/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"account":"nobody"}',
      }),
      422,
      'validation.failed',
    );
  });
});

describe('families are apart', () => {
  it('lets a parent of one family neither read nor change anything of another', async () => {
    const known = await signIn('known');
    const separated = await signIn('separated');
    const theirs = (await (await call('/family', { headers: { cookie: known.cookie } })).json()) as {
      requests: { id: string }[];
      parent: { lastName: string };
    };
    for (const { id } of theirs.requests) {
      await problem(
        await call(`/requests/${encodeURIComponent(id)}`, { headers: { cookie: separated.cookie } }),
        404,
        'request.not-found',
      );
    }
    const mine = (await (await call('/family', { headers: { cookie: separated.cookie } })).json()) as {
      parent: { lastName: string };
      requests: { id: string }[];
    };
    assert.equal(mine.parent.lastName, 'Benali');
    assert.ok(mine.requests.every((request) => !theirs.requests.some((other) => other.id === request.id)));
    // Writes take no family id: they can only ever act on the session's own family.
    const { parent } = mine as unknown as { parent: Record<string, unknown> };
    const { id: _id, ...details } = parent;
    const change = await call('/parent/change-requests', {
      method: 'POST',
      headers: write(separated, 'c1'),
      body: JSON.stringify({ identity: { ...details, phone: '+32471223344' }, familyId: 'fam-known' }),
    });
    assert.equal(change.status, 201);
    const knownAfter = (await (await call('/family', { headers: { cookie: known.cookie } })).json()) as {
      requests: unknown[];
    };
    assert.equal(knownAfter.requests.length, theirs.requests.length, 'nothing added to the other family');
  });
});

describe('idempotency', () => {
  it('replays the first answer for the same key and body, and refuses the key for another body', async () => {
    const signed = await signIn('new');
    const first = await call('/parent', {
      method: 'POST',
      headers: write(signed, 'same'),
      body: JSON.stringify(identity),
    });
    assert.equal(first.status, 201);
    const firstBody = await first.json();
    // The same body with its keys in another order is the same request.
    const reordered = JSON.stringify(Object.fromEntries(Object.entries(identity).reverse()));
    const again = await call('/parent', { method: 'POST', headers: write(signed, 'same'), body: reordered });
    assert.equal(again.status, 201);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await again.json(), firstBody);
    await problem(
      await call('/parent', {
        method: 'POST',
        headers: write(signed, 'same'),
        body: JSON.stringify({ ...identity, firstName: 'Lise' }),
      }),
      409,
      'idempotency.mismatch',
    );
    assert.equal(await count("requests where kind = 'parent-registration' and family_id = 'fam-new'"), 1);
    assert.equal(await count('outbox'), 1, 'one confirmation e-mail');
  });

  it('records concurrent duplicates once', async () => {
    const signed = await signIn('new');
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        call('/parent', { method: 'POST', headers: write(signed, 'burst'), body: JSON.stringify(identity) }),
      ),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    assert.ok(
      statuses.every((status) => status === 201 || status === 409),
      statuses.join(),
    );
    assert.ok(statuses.includes(201));
    assert.equal(await count("requests where family_id = 'fam-new'"), 1);
  });

  it('wants a key on every write', async () => {
    const signed = await signIn('new');
    const headers = write(signed, 'x');
    delete (headers as Record<string, string>)['idempotency-key'];
    await problem(
      await call('/parent', { method: 'POST', headers, body: JSON.stringify(identity) }),
      400,
      'idempotency.missing',
    );
  });

  it('frees the key when the request failed, so that a corrected retry works', async () => {
    const signed = await signIn('new');
    const bad = await call('/parent', {
      method: 'POST',
      headers: write(signed, 'fix'),
      body: JSON.stringify({ ...identity, nationalNumber: '85073003329' }),
    });
    const body = await problem(bad, 422, 'validation.failed');
    assert.match(body.type, /\/validation$/);
    const fixed = await call('/parent', {
      method: 'POST',
      headers: write(signed, 'fix'),
      body: JSON.stringify(identity),
    });
    assert.equal(fixed.status, 201);
  });
});

describe('hostile bodies', () => {
  it('refuses malformed, wrongly typed and oversized bodies with a clear 4xx, and stores nothing', async () => {
    const signed = await signIn('new');
    await problem(
      await call('/parent', { method: 'POST', headers: write(signed, 'm1'), body: '{"lastName": ' }),
      400,
      'body.malformed',
    );
    await problem(
      await call('/parent', {
        method: 'POST',
        headers: write(signed, 'm2', { 'content-type': 'text/plain' }),
        body: 'hello',
      }),
      415,
      'body.unsupported-type',
    );
    await problem(
      await call('/parent', {
        method: 'POST',
        headers: write(signed, 'm3'),
        body: JSON.stringify({ ...identity, lastName: 'x'.repeat(100_000) }),
      }),
      413,
      'body.too-large',
    );
    const hostile = [
      'null',
      '[]',
      '"text"',
      '{"__proto__": {"admin": true}}',
      JSON.stringify({ ...identity, address: 'nowhere' }),
    ];
    for (const [index, body] of hostile.entries()) {
      await problem(
        await call('/parent', { method: 'POST', headers: write(signed, `m-${index}`), body }),
        422,
        'validation.failed',
      );
    }
    assert.equal(await count("requests where family_id = 'fam-new'"), 0);
    assert.equal(await count('idempotency_keys'), 0, 'no key kept for a refused request');
  });

  it('answers unknown routes with a problem too', async () => {
    await problem(await call('/nowhere'), 404, 'route.not-found');
  });
});

describe('a commune’s sign-in in front (trusted header from its reverse proxy)', () => {
  it('takes the account from the header, and still wants the CSRF token on writes', async () => {
    const app = createApp({
      db: backend.db,
      commune: communeOf('be'),
      trustedUserHeader: 'x-remote-user',
      secret: 'test',
    });
    const as = (account: string, extra: Record<string, string> = {}) => ({
      'x-remote-user': account,
      ...extra,
    });
    const family = await app.request('/api/v1/family', { headers: as('known') });
    assert.equal(((await family.json()) as { parent: { lastName: string } }).parent.lastName, 'Dubois');
    await problem(await app.request('/api/v1/family'), 401, 'session.missing');
    const newcomer = await app.request('/api/v1/family', { headers: as('newcomer') });
    assert.equal(
      ((await newcomer.json()) as { parent: unknown }).parent,
      null,
      'an empty family, made at once',
    );

    const headers = as('new', { 'content-type': 'application/json', 'idempotency-key': 't1' });
    const body = JSON.stringify(identity);
    await problem(
      await app.request('/api/v1/parent', { method: 'POST', headers, body }),
      403,
      'csrf.invalid',
    );
    const { csrfToken } = (await (await app.request('/api/v1/session', { headers: as('new') })).json()) as {
      csrfToken: string;
    };
    const { csrfToken: other } = (await (
      await app.request('/api/v1/session', { headers: as('known') })
    ).json()) as {
      csrfToken: string;
    };
    assert.notEqual(csrfToken, other, 'one token per account');
    const done = await app.request('/api/v1/parent', {
      method: 'POST',
      headers: { ...headers, 'x-csrf-token': csrfToken },
      body,
    });
    assert.equal(done.status, 201);
  });
});

describe('e-mails', () => {
  it('tells the parent of the service’s decision on a change', async () => {
    const signed = await signIn('known');
    const { parent } = (await (await call('/family', { headers: { cookie: signed.cookie } })).json()) as {
      parent: Record<string, unknown>;
    };
    const { id: _id, ...details } = parent;
    const change = await call('/parent/change-requests', {
      method: 'POST',
      headers: write(signed, 'mail'),
      body: JSON.stringify({ identity: { ...details, lastName: 'Durand' } }),
    });
    const { id } = (await change.json()) as { id: string };
    const form = { account: 'known', decision: 'refused', reason: 'Joignez l’acte.' };
    assert.equal(
      (await postForm(backend.app, '/dev/back-office', `/dev/back-office/${id}`, form)).status,
      303,
    );
    const mails = (await (await backend.app.request('/dev/outbox.json')).json()) as {
      to: string;
      subject: string;
      body: string;
    }[];
    assert.deepEqual(
      mails.map((mail) => mail.to),
      ['marc.dubois@example.be', 'marc.dubois@example.be'],
    );
    assert.match(mails[1]!.subject, /refusée/);
    assert.match(mails[1]!.body, /Motif : Joignez l’acte\./);
  });

  it('writes to a family in the language its parent registered in, and keeps the code and parameters', async () => {
    const signed = await signIn('new');
    const registered = await call('/parent', {
      method: 'POST',
      headers: write(signed, 'nl'),
      body: JSON.stringify({ ...identity, language: 'nl' }),
    });
    assert.equal(registered.status, 201);
    const [family] = await backend.db.query<{ language: string }>(
      "select language from families where id = 'fam-new'",
    );
    assert.equal(family?.language, 'nl');
    const mails = (await (await backend.app.request('/dev/outbox.json')).json()) as {
      subject: string;
      body: string;
      code: string;
      params: unknown;
      language: string;
    }[];
    const mail = mails.at(-1)!;
    assert.deepEqual([mail.code, mail.params, mail.language], ['registered', { firstName: 'Sophie' }, 'nl']);
    assert.match(mail.subject, /: u bent geregistreerd$/);
    assert.match(mail.body, /^Beste Sophie,\n\nUw registratie op ons ouderportaal is gelukt\./);
    const page = await (await backend.app.request('/dev/outbox')).text();
    assert.match(
      page,
      /<article lang="nl">\s*<h2>[^<]*: u bent geregistreerd<\/h2>/,
      'the outbox page shows it',
    );
  });

  it('writes in French to a family that said no language (the commune names none)', async () => {
    const signed = await signIn('new');
    await call('/parent', { method: 'POST', headers: write(signed, 'fr'), body: JSON.stringify(identity) });
    const [mail] = await backend.db.query<{ subject: string; language: string }>(
      'select subject, language from outbox order by id desc limit 1',
    );
    assert.equal(mail?.language, 'fr');
    assert.match(mail?.subject ?? '', / : vous êtes bien enregistré$/);
  });
});

describe('a payment back after the deadline freed the places', () => {
  it('is kept as paid, to refund, and refused with a conflict; the back office’s check “as in 0 days” releases nothing', async () => {
    const signed = await signIn('known');
    const headers = { cookie: signed.cookie };
    const post = async (path: string, key: string, body: unknown = {}) =>
      call(path, { method: 'POST', headers: write(signed, key), body: JSON.stringify(body) });
    const camps = (await (await call('/camps', { headers })).json()) as {
      id: string;
      kind: string;
      weeks: { days: { date: string; open: boolean }[] }[];
    }[];
    const summer = camps.find((camp) => camp.kind === 'plaine')!;
    const date = summer.weeks[2]!.days.find((day) => day.open)!.date;
    assert.equal(
      (await post('/camp-enrolments', 'enrol', { campId: summer.id, childId: 'chi-1', days: [{ date }] }))
        .status,
      201,
    );
    const { articles } = (await (await post('/closing', 'close')).json()) as { articles: { id: string }[] };
    const article = articles[0]!.id;
    const started = await post(`/cart/articles/${article}/payments`, 'pay', { returnUrl: '/panier' });
    const { redirectUrl } = (await started.json()) as { redirectUrl: string };
    const { pathname } = new URL(redirectUrl);
    const provider = await postForm(backend.app, pathname, pathname, { status: 'paid' });
    assert.equal(provider.status, 303);
    const back = new URL(provider.headers.get('location')!, 'http://localhost');
    const answer = Object.fromEntries(
      ['paymentId', 'status', 'signature'].map((name) => [name, back.searchParams.get(name)]),
    );

    const release = async (days: string | undefined) =>
      (
        (await (
          await postForm(
            backend.app,
            '/dev/back-office',
            '/dev/release-expired',
            days === undefined ? {} : { days },
            { accept: 'application/json' },
          )
        ).json()) as { released: number }
      ).released;
    assert.equal(await release('0'), 0, 'as now: the deadline is three days away');
    assert.equal(await release(''), 1, 'the default, 4 days: past the deadline');

    await problem(await post('/payments/returns', 'return', answer), 409, 'article.not-payable');
    const payments = await backend.db.query<{ status: string; refundDue: boolean }>(
      'select status, refund_due as "refundDue" from payments where id = $1',
      [answer.paymentId],
    );
    assert.deepEqual(payments, [{ status: 'paid', refundDue: true }], 'the money taken is on record');
    const [row] = await backend.db.query<{ status: string }>(
      'select status from cart_articles where id = $1',
      [article],
    );
    assert.equal(row?.status, 'expired');
    await problem(await post('/payments/returns', 'return', answer), 409, 'article.not-payable');
    await problem(await post('/payments/returns', 'reload', answer), 409, 'article.not-payable');
    assert.equal(
      (await backend.db.query("select 1 from idempotency_keys where key in ('return', 'reload')")).length,
      0,
      'no answer kept under the keys: a retry asks again',
    );
    const mails = await backend.db.query<{ subject: string }>('select subject from outbox');
    assert.ok(!mails.some((mail) => /paiement reçu/.test(mail.subject)));
    assert.equal(
      mails.filter((mail) => /paiement à rembourser/.test(mail.subject)).length,
      1,
      'the parent is told once that the payment will be refunded',
    );
    const backOffice = await (await backend.app.request('/dev/back-office')).text();
    assert.match(backOffice, /Paiements à rembourser/);
    assert.ok(backOffice.includes(String(answer.paymentId)), 'the service sees the payment to refund');
  });
});
