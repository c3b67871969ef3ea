import type { MiddlewareHandler } from 'hono';
import { Problem } from './problem.js';

/**
 * Input PostgreSQL or the server itself cannot take, refused at the door
 * with a 400 instead of failing deep inside with a 500 (which the contract
 * calls retryable): a NUL character (PostgreSQL text cannot hold it), a lone
 * UTF-16 surrogate (not encodable in UTF-8, refused by jsonb), and bodies
 * nested deeper than any request of the contract (recursive code such as the
 * idempotency fingerprint would overflow the stack).
 */

/** The deepest nesting a request body may have; the contract's deepest is a handful of levels. */
export const maxBodyDepth = 32;

/** A NUL, or a surrogate half without its other half. */
const unstorable = /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether `text` can be stored as PostgreSQL text and jsonb. */
export const storable = (text: string) => !unstorable.test(text);

/** What is wrong with a parsed JSON body, if anything (walked without recursion: depth is the attack). */
export function bodyFault(value: unknown): 'unstorable' | 'too-deep' | undefined {
  const pending: [unknown, number][] = [[value, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, depth] = next;
    if (typeof item === 'string') {
      if (!storable(item)) return 'unstorable';
    } else if (item !== null && typeof item === 'object') {
      if (depth >= maxBodyDepth) return 'too-deep';
      for (const [key, inner] of Object.entries(item)) {
        if (!storable(key)) return 'unstorable';
        pending.push([inner, depth + 1]);
      }
    }
  }
  return undefined;
}

/** A parsed JSON body, or a 400 problem+json when it holds what cannot be stored or is nested too deep. */
export function checkedBody<T>(body: T): T {
  const fault = bodyFault(body);
  if (fault === 'too-deep') throw new Problem(400, 'validation', 'body.too-deep');
  if (fault) throw new Problem(400, 'validation', 'body.malformed');
  return body;
}

/** A path or query parameter as decoded, or a 400 when it cannot be stored. */
export function checkedParameter(value: string): string {
  if (!storable(value)) throw new Problem(400, 'validation', 'parameter.malformed');
  return value;
}

/**
 * Every path segment and query parameter of a request checked once, before
 * any route reads one: percent-escapes that do not decode (`%ED%A0%80`, a
 * lone surrogate in UTF-8; `%E0`), a NUL (`%00`) or an unpaired surrogate
 * answer 400 `parameter.malformed`.
 */
export const hostileParameters: MiddlewareHandler = async (c, next) => {
  const url = new URL(c.req.url);
  for (const segment of url.pathname.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      throw new Problem(400, 'validation', 'parameter.malformed');
    }
    checkedParameter(decoded);
  }
  for (const [name, value] of url.searchParams) {
    checkedParameter(name);
    checkedParameter(value);
  }
  await next();
};
