import ky, { isHTTPError, isNetworkError, isTimeoutError, type KyInstance } from 'ky';
import * as z from 'zod/mini';
import { AccountSchema } from '../../domain/index.js';
import {
  fillPath,
  operations,
  type Operation,
  type ReadOptions,
  type WriteOptions,
} from '../../domain/operations/index.js';
import type { FamilyPortalAdapter } from '../adapter.js';
import { AdapterError } from '../errors.js';
import { problemError } from './problem.js';

/** `GET /session`: who is signed in, and the CSRF token of a cookie session. */
export const RestSessionSchema = z.object({
  account: AccountSchema,
  csrfToken: z.string().check(z.minLength(1)),
  expiresAt: z.iso.datetime({ offset: true }),
  /** Given by the demo sign-in, for clients that keep the session as a bearer token. */
  token: z.optional(z.string()),
});
export type RestSession = z.infer<typeof RestSessionSchema>;

type MaybePromise<T> = T | Promise<T>;

export interface RestAdapterOptions {
  /** Where the API lives: `https://commune.example/api/v1`, or `/api/v1` on the page's own origin. */
  baseUrl: string;
  /** Milliseconds each attempt may take before it fails with type `timeout`; 10 000 by default. */
  timeout?: number;
  /**
   * Retries of network errors, 408, 429 and 5xx, for every method (writes carry
   * their idempotency key, so a retry never acts twice): `limit` (2), the
   * longest backoff in ms `backoffLimit` (10 000; backoff is exponential with
   * full jitter), the longest wait a `Retry-After` may impose, `maxRetryAfter` (30 000).
   */
  retry?: { limit?: number; backoffLimit?: number; maxRetryAfter?: number };
  /** Whether the browser sends the session cookie: `same-origin` (default), `include` (API on another origin), `omit`. */
  credentials?: RequestCredentials;
  /**
   * The CSRF token a cookie session sends in `X-CSRF-Token` with every change:
   * `auto` (default) takes it from `<meta name="csrf-token">` or `GET /session`;
   * a function gives it; `false` sends none. Not sent with a bearer token.
   */
  csrf?: 'auto' | false | (() => MaybePromise<string | undefined>);
  /** A bearer token for `Authorization`, asked before each request; without one the cookie session is used. */
  token?: () => MaybePromise<string | undefined>;
  /** The `fetch` to use (tests, instrumentation); the browser's by default. */
  fetch?: typeof globalThis.fetch;
  /** Headers sent with every request. */
  headers?: Record<string, string>;
}

interface Call {
  method: 'get' | 'post' | 'delete';
  path: string;
  signal?: AbortSignal | undefined;
  /** The query string's parameters (`?from=…&to=…`). */
  query?: Record<string, string> | undefined;
  json?: unknown;
  /** A multipart body instead of JSON (its boundary is the browser's to set). */
  form?: FormData | undefined;
  idempotencyKey?: string;
  /** Sends the cookie session's CSRF token; `fresh`: from the session, not the cached or page one. */
  csrf?: boolean | 'fresh';
  /** The answer is a file of one of these types: read as bytes, with its name from `Content-Disposition`. */
  download?: readonly string[] | undefined;
}

/** A random hex id; `getRandomValues` also works outside secure contexts, unlike `randomUUID`. */
function randomId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}

const pageToken = () =>
  globalThis.document?.querySelector<HTMLMetaElement>('meta[name="csrf-token"]')?.content || undefined;

const malformed = (requestId: string, cause?: unknown) =>
  new AdapterError({ type: 'server', code: 'response.malformed', requestId, cause });

/** One file in the multipart body's field `file`, under its own name. */
function fileForm(file: Blob & { readonly name?: string }): FormData {
  const form = new FormData();
  form.append('file', file, file.name || 'attachment');
  return form;
}

/**
 * A base class with one method per operation of the table, each handing its
 * arguments to the instance's `perform`: the adapter's methods are the table.
 */
function operationMethods(): abstract new () => FamilyPortalAdapter {
  abstract class Operations {}
  for (const [name, operation] of Object.entries(operations)) {
    Object.defineProperty(Operations.prototype, name, {
      value(this: RestAdapter, ...args: unknown[]) {
        return this.perform(operation, args);
      },
      writable: true,
      configurable: true,
    });
  }
  return Operations as unknown as abstract new () => FamilyPortalAdapter;
}

/**
 * The adapter for a backend speaking the family-portal REST contract
 * (api/README.md). Every answer is checked against the domain schemas; every
 * failure, including a malformed or hostile answer, rejects with an
 * `AdapterError` (a caller's abort rejects with the signal's reason).
 */
export class RestAdapter extends operationMethods() {
  readonly baseUrl: string;
  readonly credentials: RequestCredentials;
  private readonly options: RestAdapterOptions;
  private readonly http: KyInstance;
  private csrfToken: string | undefined;

  constructor(options: RestAdapterOptions) {
    super();
    this.options = options;
    this.baseUrl = options.baseUrl;
    this.credentials = options.credentials ?? 'same-origin';
    const retry = options.retry ?? {};
    const statusCodes = [408, 429, 500, 502, 503, 504];
    this.http = ky.create({
      prefix: options.baseUrl,
      timeout: options.timeout ?? 10_000,
      credentials: this.credentials,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      retry: {
        limit: retry.limit ?? 2,
        methods: ['get', 'post', 'delete'],
        statusCodes,
        afterStatusCodes: statusCodes,
        maxRetryAfter: retry.maxRetryAfter ?? 30_000,
        backoffLimit: retry.backoffLimit ?? 10_000,
        jitter: true,
        shouldRetry: ({ error }) => {
          // The first request with this idempotency key is still running: ask again for its answer.
          if (isHTTPError(error) && error.response.status === 409) {
            const data = error.data as { code?: unknown } | undefined;
            return data?.code === 'idempotency.in-progress' ? true : undefined;
          }
          // `fetch` rejects with a TypeError when the network fails, whatever the browser's wording.
          return error.name === 'TypeError' ? true : undefined;
        },
      },
    });
  }

  /**
   * @internal An operation of the table (src/domain/operations) called with the
   * adapter method's arguments: its path and body from them, its answer checked.
   */
  async perform(operation: Operation, args: unknown[]): Promise<unknown> {
    const arity = operation.call.length;
    const { params, query, body } = (
      operation.call as (...given: unknown[]) => ReturnType<Operation['call']>
    )(...args.slice(0, arity));
    const path = fillPath(operation.path, params).slice(1);
    if (operation.method === 'get') {
      const { signal } = (args[arity] ?? {}) as ReadOptions;
      return this.request(
        { method: 'get', path, query, signal, download: operation.download },
        operation.answer,
      );
    }
    const sent = operation.upload
      ? { form: fileForm(body as Blob & { name?: string }) }
      : { json: body ?? {} };
    // A computation (a preview) changes nothing: no idempotency key, its options are a read's.
    const given = (args[arity] ?? {}) as Partial<WriteOptions>;
    const options = operation.idempotent === false ? { signal: given.signal } : given;
    const answer = await this.write({ path, query, ...sent, ...options }, operation.answer);
    return operation.empty ? undefined : answer;
  }

  /** The current session, or null when nobody is signed in. Keeps its CSRF token for the next changes. */
  async getSession(options: ReadOptions = {}): Promise<RestSession | null> {
    try {
      return this.keep(
        await this.request({ method: 'get', path: 'session', signal: options.signal }, RestSessionSchema),
      );
    } catch (error) {
      if (error instanceof AdapterError && error.type === 'auth') return null;
      throw error;
    }
  }

  /** The demo sign-in (`POST /session`): a commune's own sign-in replaces it in production. */
  async signIn(account: string, options: ReadOptions = {}): Promise<RestSession> {
    const call = { method: 'post', path: 'session', json: { account }, idempotencyKey: randomId() } as const;
    return this.keep(await this.request({ ...call, signal: options.signal }, RestSessionSchema));
  }

  /** Ends the session (`DELETE /session`). */
  async signOut(options: ReadOptions = {}): Promise<void> {
    await this.request({ method: 'delete', path: 'session', signal: options.signal, csrf: true }, null);
    this.csrfToken = undefined;
  }

  private keep(session: RestSession): RestSession {
    this.csrfToken = session.csrfToken;
    return session;
  }

  private async write<T>(sent: Omit<Call, 'method' | 'csrf'>, schema: z.ZodMiniType<T>): Promise<T> {
    const call: Call = { ...sent, method: 'post', csrf: true };
    try {
      return await this.request(call, schema);
    } catch (error) {
      // The page's or the kept token went stale (a new session): once more with the session's own.
      if (!(error instanceof AdapterError && error.code === 'csrf.invalid')) throw error;
      if ((this.options.csrf ?? 'auto') !== 'auto') throw error;
      return this.request({ ...call, csrf: 'fresh' }, schema);
    }
  }

  private async headers(call: Call, requestId: string): Promise<Record<string, string>> {
    const headers: Record<string, string> = {
      ...this.options.headers,
      Accept: call.download
        ? `${call.download.join(', ')}, application/problem+json`
        : 'application/json, application/problem+json',
      'X-Request-Id': requestId,
    };
    if (call.idempotencyKey !== undefined) headers['Idempotency-Key'] = call.idempotencyKey;
    let token: string | undefined;
    try {
      token = await this.options.token?.();
    } catch (cause) {
      throw new AdapterError({ type: 'auth', code: 'token.unavailable', requestId, cause });
    }
    if (token) headers.Authorization = `Bearer ${token}`;
    else if (call.csrf) {
      const csrf = await this.csrf(call.csrf === 'fresh', call.signal);
      if (csrf) headers['X-CSRF-Token'] = csrf;
    }
    return headers;
  }

  private async csrf(fresh: boolean, signal: AbortSignal | undefined): Promise<string | undefined> {
    const { csrf = 'auto' } = this.options;
    if (csrf === false) return undefined;
    if (csrf !== 'auto') return csrf();
    if (!fresh) this.csrfToken ??= pageToken();
    if (fresh || !this.csrfToken) await this.getSession({ signal });
    return this.csrfToken;
  }

  /** One call: headers, retries, then the answer checked against `schema` (`null`: no body expected). */
  private async request<T>(call: Call, schema: z.ZodMiniType<T> | null): Promise<T> {
    let requestId = randomId();
    try {
      const pending = this.http(call.path, {
        method: call.method,
        headers: await this.headers(call, requestId),
        ...(call.query ? { searchParams: call.query } : {}),
        ...(call.form ? { body: call.form } : call.json === undefined ? {} : { json: call.json }),
        ...(call.signal ? { signal: call.signal } : {}),
      });
      const response = await pending;
      requestId = response.headers.get('X-Request-Id')?.slice(0, 200) || requestId;
      if (call.download && schema) {
        const parsed = schema.safeParse(await downloaded(response, call.download));
        if (!parsed.success) throw malformed(requestId, parsed.error);
        return parsed.data;
      }
      const text = await pending.text();
      if (!schema) return undefined as T;
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch (cause) {
        throw malformed(requestId, cause);
      }
      const parsed = schema.safeParse(data);
      if (!parsed.success) throw malformed(requestId, parsed.error);
      return parsed.data;
    } catch (error) {
      if (call.signal?.aborted) throw call.signal.reason;
      throw toAdapterError(error, requestId);
    }
  }
}

/** A file answer: its bytes as one of the expected types, and its name (`filename*=` first, then `filename=`). */
async function downloaded(response: Response, mediaTypes: readonly string[]) {
  const type = response.headers.get('Content-Type')?.split(';')[0]?.trim();
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  let name = /filename="([^"]*)"/i.exec(disposition)?.[1];
  try {
    if (extended) name = decodeURIComponent(extended);
  } catch {
    // A malformed encoded name: the plain one stays.
  }
  const bytes = await response.arrayBuffer();
  return {
    name: name?.trim() || 'document.pdf',
    // Another type than expected fails the answer's check.
    mediaType: type,
    blob: new Blob([bytes], { type: type && mediaTypes.includes(type) ? type : 'application/octet-stream' }),
  };
}

function toAdapterError(error: unknown, requestId: string): AdapterError {
  if (error instanceof AdapterError) return error;
  if (isHTTPError(error)) {
    const sent = error.response.headers.get('X-Request-Id')?.slice(0, 200) || requestId;
    return problemError(error.response.status, error.data, sent, error);
  }
  if (isTimeoutError(error))
    return new AdapterError({ type: 'timeout', code: 'timeout', requestId, cause: error });
  if (isNetworkError(error) || (error instanceof Error && error.name === 'TypeError')) {
    return new AdapterError({ type: 'network', code: 'network.unreachable', requestId, cause: error });
  }
  return new AdapterError({ type: 'server', code: 'unexpected', requestId, cause: error });
}

/** The adapter for a backend speaking the REST contract; see `RestAdapterOptions`. */
export function createRestAdapter(options: RestAdapterOptions): RestAdapter {
  return new RestAdapter(options);
}
