import { createHash, createHmac, randomBytes } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { communeTimeZone, fingerprint, type CommuneSettings } from '../../src/domain/index.js';
import {
  operations,
  routePath,
  type Operation,
  type OperationName,
} from '../../src/domain/operations/index.js';
import type { Db } from './db.js';
import { buildOpenApi } from './openapi.js';
import { handlers, type HandlerContext, type Payments } from './handlers.js';
import type { PaymentProvider } from './config.js';
import { checked, KeptProblem, Problem, unauthenticated } from './problem.js';
import { decide } from './back-office.js';
import { familyOfAccount, type Family, type ServiceOptions } from './requests.js';
import { devPages } from './dev-pages.js';
import { familyOfTrustedUser } from './accounts.js';
import { providerPages } from './provider-pages.js';
import { checkedBody, hostileParameters } from './hostile.js';
import { overTls, safeEqual, securityHeaders } from './security.js';
import { feedUrl, providerUrl, returnOrigins } from './urls.js';
import { readUpload } from './uploads.js';
import { feedAnswerKeeping } from './calendar-feed.js';
import { feedPages } from './feed-ics.js';
import { monthToBill, runBilling } from './billing.js';
import { answerThread } from './messages.js';

export interface AppOptions {
  db: Db;
  commune: CommuneSettings;
  registration?: 'automatic' | 'review';
  now?: () => Date;
  /** The demo sign-in (`POST /api/v1/session` with an account id) and the /dev pages. Off in production. */
  demo?: boolean;
  /** With `demo`: back to the demo families (`POST /dev/reset`). */
  resetDemo?: () => Promise<void>;
  /** Request bodies above this many bytes are refused (413). */
  maxBodyBytes?: number;
  /**
   * A commune's own sign-in in front (eID, itsme, its e-guichet's SSO): its
   * reverse proxy authenticates the parent and passes the account id in this
   * header (e.g. `x-remote-user`). Only set it when the proxy strips the header
   * from what browsers send. Writes then need the CSRF token of `GET /session`.
   */
  trustedUserHeader?: string | undefined;
  /** Signs the CSRF tokens of trusted-header sessions; random per start if absent. */
  secret?: string | undefined;
  /** Session lifetime. */
  sessionHours?: number;
  /** The origin parents reach the server at: the provider's URL, allowed payment returns (see config.ts). */
  publicUrl?: string | undefined;
  /** Further origins a payment may return to. */
  allowedReturnOrigins?: string[];
  /** A TLS-terminating proxy in front: its `X-Forwarded-Proto` makes cookies `Secure`. */
  trustProxy?: boolean | undefined;
  /** The commune's payment provider (config.ts); without it only the demo takes payments (simulated). */
  paymentProvider?: PaymentProvider | undefined;
  /** One JSON line per request; off in tests. */
  log?: (entry: Record<string, unknown>) => void;
}

interface Session {
  family: Family;
  csrfToken: string;
  expiresAt: string;
  /** Cookie sessions need the CSRF header on writes; bearer sessions do not. */
  viaCookie: boolean;
}

/** How an answer is kept for its idempotency key, and told again from what was kept. */
interface Keeping {
  hide: (answer: unknown) => unknown;
  reveal: (kept: unknown) => unknown;
}

type Env = { Variables: { requestId: string; session: Session | undefined } };

const cookieName = 'fp_session';
const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const token = () => randomBytes(32).toString('base64url');
const idempotencyTtlHours = 24;

/** What a handler of a `download` operation answers: the file's bytes, name and type. */
export interface FileAnswer {
  file: { name: string; mediaType: string; bytes: Uint8Array };
}

const isFileAnswer = (answer: unknown): answer is FileAnswer =>
  typeof answer === 'object' &&
  answer !== null &&
  'file' in answer &&
  typeof answer.file === 'object' &&
  answer.file !== null &&
  'bytes' in answer.file &&
  answer.file.bytes instanceof Uint8Array;

/**
 * A file answered as a download: its type, an attachment's name (ASCII for
 * old clients, UTF-8 per RFC 6266/8187), never sniffed as anything else, and
 * kept by no cache (a family's invoice).
 */
function download(c: Context, answer: unknown): Response {
  if (!isFileAnswer(answer)) throw new Problem(500, 'server', 'server.error');
  const { name, mediaType, bytes } = answer.file;
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return c.body(new Uint8Array(bytes), 200, {
    'content-type': mediaType,
    'content-length': String(bytes.byteLength),
    'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
  });
}

/** The reference backend: the REST contract of api/README.md. */
export function createApp(options: AppOptions): Hono<Env> {
  const { db, commune } = options;
  const service: ServiceOptions = {
    commune,
    registration: options.registration ?? 'automatic',
    now: options.now ?? (() => new Date()),
  };
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  const app = new Hono<Env>();

  app.use('*', async (c, next) => {
    const given = c.req.header('x-request-id');
    const requestId = given && /^[\w.-]{1,100}$/.test(given) ? given : randomBytes(12).toString('hex');
    c.set('requestId', requestId);
    const started = performance.now();
    await next();
    c.header('X-Request-Id', requestId);
    options.log?.({
      time: new Date().toISOString(),
      level: c.res.status >= 500 ? 'error' : 'info',
      requestId,
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    });
  });

  // Security headers and the check of hostile path and query parameters (security.ts, hostile.ts).
  app.use(
    '*',
    securityHeaders({ trustProxy: options.trustProxy, formTargets: options.allowedReturnOrigins }),
  );
  app.use('*', hostileParameters);

  app.onError((error, c) => {
    const requestId = c.get('requestId') ?? 'unknown';
    const problem = error instanceof Problem ? error : new Problem(500, 'server', 'server.error');
    if (!(error instanceof Problem)) {
      options.log?.({
        time: new Date().toISOString(),
        level: 'error',
        requestId,
        error: String(error),
        stack: error.stack,
      });
    }
    return c.body(JSON.stringify(problem.body(requestId)), problem.status as 400, {
      'content-type': 'application/problem+json',
      'x-request-id': requestId,
    });
  });

  app.notFound(() => {
    throw new Problem(404, 'not-found', 'route.not-found');
  });

  // ——— sessions ———

  const secret = options.secret ?? randomBytes(32).toString('hex');

  const sessionOf = async (c: Context<Env>): Promise<Session | undefined> => {
    const trusted = options.trustedUserHeader ? c.req.header(options.trustedUserHeader) : undefined;
    if (trusted) {
      const family = await familyOfTrustedUser(db, trusted);
      if (!family) return undefined;
      const csrfToken = createHmac('sha256', secret).update(`csrf:${trusted}`).digest('base64url');
      // The proxy's own session decides how long it lasts; this one is renewed on every request.
      const expiresAt = new Date(Date.now() + 3600_000).toISOString();
      return { family, csrfToken, expiresAt, viaCookie: true };
    }
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const raw = bearer ?? getCookie(c, cookieName);
    if (!raw) return undefined;
    // Session, account and family in one query: every request starts here.
    const [row] = await db.query<{
      account_id: string;
      csrf_token: string;
      expires_at: Date | string;
      live: boolean;
      family_id: string;
      email: string | null;
      display_name: string | null;
    }>(
      `select s.account_id, s.csrf_token, s.expires_at, s.expires_at > now() as live, f.id as family_id, a.email, a.display_name
         from sessions s join accounts a on a.id = s.account_id join families f on f.account_id = a.id
        where s.token_hash = $1`,
      [hash(raw)],
    );
    if (!row) return undefined;
    if (!row.live) throw unauthenticated('session.expired');
    const family: Family = {
      id: row.family_id,
      accountId: row.account_id,
      email: row.email ?? undefined,
      displayName: row.display_name ?? undefined,
    };
    return {
      family,
      csrfToken: row.csrf_token,
      expiresAt: new Date(row.expires_at).toISOString(),
      viaCookie: !bearer,
    };
  };

  /** Routes below need a session; writes from a cookie session need the CSRF header. */
  const signedIn = async (c: Context<Env>): Promise<Session> => {
    const session = await sessionOf(c);
    if (!session) throw unauthenticated();
    if (
      c.req.method !== 'GET' &&
      session.viaCookie &&
      !safeEqual(c.req.header('x-csrf-token') ?? '', session.csrfToken)
    ) {
      throw new Problem(403, 'auth', 'csrf.invalid');
    }
    return session;
  };

  const sessionBody = (session: Pick<Session, 'family' | 'csrfToken' | 'expiresAt'>) => ({
    account: {
      ...(session.family.email ? { email: session.family.email } : {}),
      ...(session.family.displayName ? { displayName: session.family.displayName } : {}),
    },
    csrfToken: session.csrfToken,
    expiresAt: session.expiresAt,
  });

  // ——— bodies ———

  const readJson = async (c: Context<Env>): Promise<unknown> => {
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type))
      throw new Problem(415, 'validation', 'body.unsupported-type');
    const declared = Number(c.req.header('content-length') ?? 0);
    if (declared > maxBodyBytes) throw new Problem(413, 'validation', 'body.too-large');
    const text = await c.req.text();
    if (Buffer.byteLength(text) > maxBodyBytes) throw new Problem(413, 'validation', 'body.too-large');
    let body: unknown;
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      throw new Problem(400, 'validation', 'body.malformed');
    }
    return checkedBody(body);
  };

  /**
   * A state-changing request with its Idempotency-Key: the first one acts and
   * its answer is kept 24 h; a repeat replays it; the same key with another
   * body is refused. The claim is committed first, so a concurrent duplicate
   * sees it and is told to wait (409 `idempotency.in-progress`). `read` gives
   * the body and what identifies it (a file's name, type and digest).
   */
  const idempotent = async (
    c: Context<Env>,
    session: Session,
    read: () => Promise<{ body: unknown; print?: unknown }>,
    act: (tx: Db, body: unknown) => Promise<unknown>,
    keep: Keeping = { hide: (answer) => answer, reveal: (kept) => kept },
  ): Promise<Response> => {
    const key = c.req.header('idempotency-key');
    if (!key || !/^[\x21-\x7e]{1,200}$/.test(key))
      throw new Problem(400, 'validation', 'idempotency.missing');
    const { body, print: printed = body } = await read();
    const print = createHash('sha256')
      .update(`${c.req.method} ${c.req.path} ${fingerprint(printed)}`)
      .digest('hex');
    const account = session.family.accountId;
    await db.query(
      `delete from idempotency_keys where account_id = $1 and key = $2 and created_at < now() - interval '${idempotencyTtlHours} hours'`,
      [account, key],
    );
    const claimed = await db.query(
      'insert into idempotency_keys (account_id, key, fingerprint) values ($1, $2, $3) on conflict do nothing returning key',
      [account, key, print],
    );
    if (claimed.length === 0) {
      const [known] = await db.query<{ fingerprint: string; status: number | null; body: unknown }>(
        'select fingerprint, status, body from idempotency_keys where account_id = $1 and key = $2',
        [account, key],
      );
      if (!known || known.fingerprint !== print) throw new Problem(409, 'conflict', 'idempotency.mismatch');
      if (known.status === null) throw new Problem(409, 'conflict', 'idempotency.in-progress');
      c.header('Idempotent-Replayed', 'true');
      return c.json(keep.reveal(known.body) as object, known.status as 201);
    }
    try {
      const result = await db.transaction(async (tx) => {
        let answer: unknown;
        try {
          answer = await act(tx, body);
        } catch (error) {
          // A refusal that keeps what was done before it: committed, then answered (see KeptProblem).
          if (error instanceof KeptProblem) return { kept: error };
          throw error;
        }
        await tx.query(
          'update idempotency_keys set status = 201, body = $3 where account_id = $1 and key = $2',
          [account, key, JSON.stringify(keep.hide(answer))],
        );
        return { answer };
      });
      if ('kept' in result) throw result.kept;
      return c.json(result.answer as object, 201);
    } catch (error) {
      // Nothing was done (or what was kept answers a retry the same): the key is free for a retry
      // (with the same or a corrected body).
      await db.query('delete from idempotency_keys where account_id = $1 and key = $2 and status is null', [
        account,
        key,
      ]);
      throw error;
    }
  };

  // ——— routes ———

  const api = new Hono<Env>();

  api.get('/openapi.json', (c) => c.json(buildOpenApi()));

  api.get('/session', async (c) => {
    const session = await sessionOf(c);
    if (!session) throw unauthenticated();
    return c.json(sessionBody(session));
  });

  api.post('/session', async (c) => {
    if (!options.demo) throw new Problem(404, 'not-found', 'route.not-found');
    const body = await readJson(c);
    const account = typeof body === 'object' && body && 'account' in body ? String(body.account) : '';
    const family = await familyOfAccount(db, account);
    if (!family)
      throw new Problem(422, 'validation', 'validation.failed', [{ field: 'account', code: 'required' }]);
    const raw = token();
    const csrfToken = token();
    const expiresAt = new Date(Date.now() + (options.sessionHours ?? 8) * 3600_000);
    await db.query(
      'insert into sessions (token_hash, account_id, csrf_token, expires_at) values ($1, $2, $3, $4)',
      [hash(raw), account, csrfToken, expiresAt],
    );
    setCookie(c, cookieName, raw, {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      secure: overTls(c, options.trustProxy),
      expires: expiresAt,
    });
    return c.json(
      { ...sessionBody({ family, csrfToken, expiresAt: expiresAt.toISOString() }), token: raw },
      201,
    );
  });

  api.delete('/session', async (c) => {
    await signedIn(c);
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const raw = bearer ?? getCookie(c, cookieName);
    if (raw) await db.query('delete from sessions where token_hash = $1', [hash(raw)]);
    deleteCookie(c, cookieName, { path: '/' });
    return c.body(null, 204);
  });

  // The commune's provider; else, in the demo, the simulated one on the public origin (never the Host header's).
  const { paymentProvider } = options;
  const payments = (c: Context): Payments | undefined =>
    paymentProvider
      ? {
          url: (paymentId) => paymentProvider.url.replace('{paymentId}', encodeURIComponent(paymentId)),
          secret: paymentProvider.secret,
        }
      : options.demo
        ? { url: (paymentId) => providerUrl(returnOrigins(options, c.req.url)[0]!, paymentId), secret }
        : undefined;

  // Answers holding a secret are kept without it for their idempotency key (the feed's URL).
  const keeping: Partial<Record<OperationName, Keeping>> = { renewCalendarFeed: feedAnswerKeeping(secret) };

  // Every operation of the table (src/domain/operations), to its handler: reads need a session and
  // have their query checked; writes also an Idempotency-Key (and the CSRF token of a cookie session),
  // their body checked; computations (previews) are POSTs without a key; uploads carry one file.
  for (const [name, operation] of Object.entries(operations) as [OperationName, Operation][]) {
    // The table's types make each handler fit its operation; here any context fits any handler.
    const handler = handlers[name] as (context: HandlerContext) => unknown;
    api.on(operation.method.toUpperCase(), routePath(operation.path), async (c) => {
      const query = operation.query
        ? checked(operation.query, Object.fromEntries(new URL(c.req.url).searchParams))
        : {};
      const context = (family: Family, db: Db, body?: unknown): HandlerContext => ({
        db,
        family,
        params: c.req.param(),
        query,
        body,
        service,
        commune,
        payments: payments(c),
        returnOrigins: returnOrigins(options, c.req.url),
        feeds: { secret, url: (raw) => feedUrl(options.publicUrl ?? new URL(c.req.url).origin, raw) },
      });
      if (operation.public) return c.json((await handlers[name]({ commune } as HandlerContext)) as object);
      const session = await signedIn(c);
      if (operation.method === 'get') {
        const answer = await handler(context(session.family, db));
        return operation.download ? download(c, answer) : c.json(answer as object);
      }
      const checkedBody = (raw: unknown) =>
        operation.body && operation.check !== 'domain'
          ? checked(operation.body, raw, operation.formats)
          : raw;
      if (operation.idempotent === false) {
        const body = checkedBody(await readJson(c));
        // One snapshot of the family's state for the whole computation.
        const answer = await db.transaction(async (tx) => handler(context(session.family, tx, body)));
        return c.json(answer as object);
      }
      const read = operation.upload
        ? async () => {
            const upload = await readUpload(c);
            return { body: upload, print: { name: upload.name, sha256: upload.sha256 } };
          }
        : async () => ({ body: await readJson(c) });
      return idempotent(
        c,
        session,
        read,
        async (tx, raw) => handler(context(session.family, tx, operation.upload ? raw : checkedBody(raw))),
        keeping[name],
      );
    });
  }

  app.route('/api/v1', api);

  // The families' private iCal feeds, for calendar applications: the token in the URL is the credential.
  app.route(
    '/calendar-feeds',
    feedPages({ db, commune, timeZone: communeTimeZone(commune), now: service.now }),
  );

  if (options.demo) {
    // The demo's simulated payment provider (a commune plugs its own provider's return in its place)
    // and development pages, their forms kept from other sites (forms.ts).
    const guarding = {
      secret,
      trustProxy: options.trustProxy,
      origins: (c: Context) => returnOrigins(options, c.req.url),
    };
    if (!paymentProvider)
      app.route('/pay', providerPages({ db, commune, ...guarding, origin: (c) => guarding.origins(c)[0]! }));
    app.route(
      '/dev',
      devPages({
        db,
        commune,
        decide: (family, id, decision, reason, items) =>
          db.transaction((tx) => decide(tx, family, id, decision, service, reason, items)),
        reset: options.resetDemo,
        billing: {
          run: (month) => runBilling(db, month, service),
          defaultMonth: () => monthToBill(db, service),
        },
        answerThread: (threadId, answer, portalUrl) =>
          db.transaction((tx) => answerThread(tx, threadId, answer, { ...service, portalUrl })),
        ...guarding,
      }),
    );
  }

  return app;
}
