import { invalid } from './problem.js';

/**
 * Where the server sends a browser: only to its own public origin and the
 * origins the commune configured, never to an address a request made up.
 */

/** Anything a browser reads differently from the URL parser's first look (`/\host`, tabs, controls, spaces). */
const ambiguous = (value: string) =>
  [...value].some((char) => char === '\\' || char <= ' ' || char === '\u007f');

/** `value` resolved against `origins[0]`, when it lands on one of `origins`; else undefined. */
export function allowedUrl(value: string, origins: readonly string[]): URL | undefined {
  const [base] = origins;
  if (!base || ambiguous(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return undefined;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && origins.includes(url.origin)
    ? url
    : undefined;
}

/**
 * A path on this very origin (`/demo/?x`), safe to send the browser to after
 * signing in; anything else (`javascript:`, `//host`, `/\host`, an absolute
 * URL) gives `fallback`.
 */
export function samePath(value: string | undefined, fallback: string): string {
  if (value === undefined || !value.startsWith('/')) return fallback;
  const url = allowedUrl(value, ['http://same.invalid']);
  return url ? `${url.pathname}${url.search}${url.hash}` : fallback;
}

/**
 * A payment's start body, refused (422, field `returnUrl`) when its return
 * address leads off the allowed origins: the provider's signed answer would
 * go there. A body without a string `returnUrl` is left to the schema.
 */
export function checkedReturnUrl<T>(body: T, origins: readonly string[]): T {
  const returnUrl =
    typeof body === 'object' && body !== null && 'returnUrl' in body ? body.returnUrl : undefined;
  if (typeof returnUrl === 'string' && !allowedUrl(returnUrl, origins))
    throw invalid([{ field: 'returnUrl', code: 'required' }]);
  return body;
}

/** The simulated provider's page for a payment, on the public origin. */
export const providerUrl = (origin: string, paymentId: string) =>
  `${origin}/pay/${encodeURIComponent(paymentId)}`;

/**
 * The origins a request may send a browser back to: the public origin and the
 * configured ones; a demo with no PUBLIC_URL is reached at whatever address
 * the developer typed (`localhost`, `127.0.0.1`), so its own origin counts.
 */
export function returnOrigins(
  config: { demo?: boolean | undefined; publicUrl?: string | undefined; allowedReturnOrigins?: string[] },
  requestUrl: string,
): string[] {
  const own = config.publicUrl ?? (config.demo ? new URL(requestUrl).origin : undefined);
  return [...(own ? [own] : []), ...(config.allowedReturnOrigins ?? [])];
}

/** The family's private iCal feed at `origin`: its secret token is the whole credential. */
export const feedUrl = (origin: string, token: string) =>
  `${origin}/calendar-feeds/${encodeURIComponent(token)}.ics`;
