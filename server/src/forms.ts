import { createHmac, randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { storable } from './hostile.js';
import { Problem } from './problem.js';
import { overTls, safeEqual } from './security.js';

/**
 * The server's own HTML forms (the /dev pages, the simulated provider) kept
 * from other sites: a browser's cross-site request is refused on its
 * `Sec-Fetch-Site` or `Origin` header, and a form post must carry the token
 * its page gave, bound to a cookie of this browser (a site that reads a
 * token from the page cannot send the cookie with it). Form bodies are small.
 */

export interface FormGuardOptions {
  secret: string;
  trustProxy?: boolean | undefined;
  /** The origins of the server itself, besides the request's own. */
  origins?: (c: Context) => readonly string[];
  /** Form bodies above this many bytes are refused (413). */
  maxBytes?: number;
}

export interface FormGuard {
  /** The token for the page's forms (`<input type="hidden" name="csrf">`); sets this browser's form cookie. */
  token(c: Context): string;
  /** Refuses a state-changing request another site's page sent (403 `csrf.invalid`). */
  sameOrigin(c: Context): void;
  /** A form post's fields, once its origin, size, token and content are checked. */
  read(c: Context): Promise<Record<string, string>>;
}

const cookieName = 'fp_form';
export const formTokenField = 'csrf';
const forbidden = () => new Problem(403, 'auth', 'csrf.invalid');

export function formGuard(options: FormGuardOptions): FormGuard {
  const maxBytes = options.maxBytes ?? 8 * 1024;
  const tokenOf = (cookie: string) =>
    createHmac('sha256', options.secret).update(`form:${cookie}`).digest('base64url');
  const cookieOf = (c: Context) => {
    const cookie = getCookie(c, cookieName);
    return cookie && /^[\w-]{43}$/.test(cookie) ? cookie : undefined;
  };

  const sameOrigin = (c: Context) => {
    // Browsers since 2023 say where a request comes from; older ones still send Origin on a cross-origin POST.
    const site = c.req.header('sec-fetch-site');
    if (site !== undefined) {
      if (site !== 'same-origin' && site !== 'none') throw forbidden();
      return;
    }
    const origin = c.req.header('origin');
    if (origin === undefined) return;
    const own = [new URL(c.req.url).origin, ...(options.origins?.(c) ?? [])];
    if (!own.includes(origin)) throw forbidden();
  };

  return {
    token(c) {
      let cookie = cookieOf(c);
      if (!cookie) {
        cookie = randomBytes(32).toString('base64url');
        setCookie(c, cookieName, cookie, {
          httpOnly: true,
          sameSite: 'Strict',
          path: '/',
          secure: overTls(c, options.trustProxy),
        });
      }
      return tokenOf(cookie);
    },
    sameOrigin,
    async read(c) {
      sameOrigin(c);
      if (!/^application\/x-www-form-urlencoded\b/i.test(c.req.header('content-type') ?? ''))
        throw new Problem(415, 'validation', 'body.unsupported-type');
      if (Number(c.req.header('content-length') ?? 0) > maxBytes)
        throw new Problem(413, 'validation', 'body.too-large');
      const text = await c.req.text();
      if (Buffer.byteLength(text) > maxBytes) throw new Problem(413, 'validation', 'body.too-large');
      const entries = [...new URLSearchParams(text)];
      if (entries.some(([name, value]) => !storable(name) || !storable(value)))
        throw new Problem(400, 'validation', 'body.malformed');
      const fields: Record<string, string> = Object.fromEntries(entries);
      const cookie = cookieOf(c);
      const given = fields[formTokenField];
      if (!cookie || given === undefined || !safeEqual(given, tokenOf(cookie))) throw forbidden();
      return fields;
    },
  };
}
