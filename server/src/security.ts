import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';

/**
 * What every answer of the server says about itself to the browser, and the
 * small checks the rest of the server shares (TLS, constant-time compares).
 */

export interface SecurityOptions {
  /** Believe a TLS-terminating proxy's `X-Forwarded-Proto`. */
  trustProxy?: boolean | undefined;
  /** Origins a form of the server's pages may lead to (a payment's return, after the provider's form). */
  formTargets?: readonly string[] | undefined;
}

/** Whether the browser reached us over TLS: directly, or through a trusted proxy that says so. */
export function overTls(c: Context, trustProxy: boolean | undefined): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  if (!trustProxy) return false;
  // A chain of proxies lists the protocols from the browser's side first.
  return c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}

/**
 * Whether two secrets are equal, in a time that does not tell how much of
 * them matched; strings of any content and length (timingSafeEqual wants
 * equal byte lengths, which `a.length` does not promise for non-ASCII).
 */
export function safeEqual(given: string, expected: string): boolean {
  // Digests have one length whatever the input: compare those, then the strings themselves.
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected)) && given === expected;
}

/** Answers anyone may keep in a cache: public documents without personal data. */
const publicDocuments = new Set(['/api/v1/commune', '/api/v1/openapi.json']);

/** The server's own pages (dev, simulated provider): scripts and styles from files, nothing inline. */
const pagePolicy = (formTargets: readonly string[]) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    `form-action ${["'self'", ...formTargets].join(' ')}`,
  ].join('; ');

/** JSON and files: nothing to run, nothing to frame. */
const documentPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Security headers on every answer, errors included: a strict CSP (pages
 * cannot be framed, run no inline script or style), no MIME sniffing, no
 * referrer, `Cache-Control: no-store` on everything that may carry a
 * family's data, and HSTS when the browser came over TLS.
 */
export function securityHeaders(options: SecurityOptions = {}): MiddlewareHandler {
  const pages = pagePolicy(options.formTargets ?? []);
  return async (c, next) => {
    await next();
    const html = /^text\/html\b/i.test(c.res.headers.get('content-type') ?? '');
    c.header('Content-Security-Policy', html ? pages : documentPolicy);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    if (!publicDocuments.has(c.req.path) && !c.res.headers.has('cache-control'))
      c.header('Cache-Control', 'no-store');
    if (overTls(c, options.trustProxy)) c.header('Strict-Transport-Security', 'max-age=31536000');
  };
}
