import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { CalendarFeedSchema, type CalendarFeed } from '../../src/domain/index.js';
import type { Db } from './db.js';
import type { Family, ServiceOptions } from './requests.js';

/*
 * The family's private iCal feed: one live secret URL per family, renewed or
 * revoked by the parent. The URL's token is `selector.verifier`; the database
 * keeps the selector and only a hash of the verifier. The verifier is derived
 * from the server's secret, so the family's page can show its URL again
 * without the database ever holding it.
 */

/** What the feed handlers need: the server's secret and where the feed is served. */
export interface FeedKeys {
  secret: string;
  /** The public URL of the feed with this token. */
  url: (token: string) => string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest();
const verifierOf = (secret: string, selector: string) =>
  createHmac('sha256', secret).update(`calendar-feed:${selector}`).digest('base64url');

/** A token's two halves, when it has the feed's shape (`selector.verifier`, base64url). */
export function tokenParts(token: string): { selector: string; verifier: string } | undefined {
  const match = /^([\w-]{16})\.([\w-]{43})$/.exec(token);
  return match ? { selector: match[1]!, verifier: match[2]! } : undefined;
}

/** Compared even when no feed has the selector, so that an unknown token takes as long as a wrong one. */
const decoy = sha256('calendar-feed:decoy').toString('hex');

/**
 * The family whose live feed `token` opens, or undefined (unknown, revoked,
 * renewed since, or malformed): the verifier's hash is compared in constant time.
 */
export async function feedFamily(db: Db, token: string): Promise<string | undefined> {
  const parts = tokenParts(token);
  const [row] = parts
    ? await db.query<{ family_id: string; verifier_hash: string }>(
        'select family_id, verifier_hash from calendar_feeds where selector = $1',
        [parts.selector],
      )
    : [];
  const given = sha256(parts?.verifier ?? '');
  const kept = Buffer.from(row?.verifier_hash ?? decoy, 'hex');
  const same = kept.length === given.length && timingSafeEqual(kept, given);
  return same && row ? row.family_id : undefined;
}

const feedOf = (keys: FeedKeys, selector: string, createdAt: Date | string): CalendarFeed =>
  CalendarFeedSchema.parse({
    url: keys.url(`${selector}.${verifierOf(keys.secret, selector)}`),
    createdAt: new Date(createdAt).toISOString(),
  });

/**
 * The family's feed, if it has one. After the server's secret changed (a demo
 * restarted without SESSION_SECRET) its URL cannot be told again: none, until
 * the parent renews it (the old URL keeps working until then).
 */
export async function getCalendarFeed(
  db: Db,
  family: Family,
  keys: FeedKeys,
): Promise<{ feed: CalendarFeed | null }> {
  const [row] = await db.query<{ selector: string; verifier_hash: string; created_at: Date | string }>(
    'select selector, verifier_hash, created_at from calendar_feeds where family_id = $1',
    [family.id],
  );
  if (!row) return { feed: null };
  const derived = sha256(verifierOf(keys.secret, row.selector)).toString('hex');
  return { feed: derived === row.verifier_hash ? feedOf(keys, row.selector, row.created_at) : null };
}

/** A new secret URL for the family's feed: the previous one stops working at once. */
export async function renewCalendarFeed(
  tx: Db,
  family: Family,
  keys: FeedKeys,
  options: Pick<ServiceOptions, 'now'>,
): Promise<CalendarFeed> {
  const selector = randomBytes(12).toString('base64url');
  const createdAt = options.now();
  await tx.query(
    `insert into calendar_feeds (family_id, selector, verifier_hash, created_at) values ($1, $2, $3, $4)
     on conflict (family_id) do update
       set selector = excluded.selector, verifier_hash = excluded.verifier_hash, created_at = excluded.created_at`,
    [family.id, selector, sha256(verifierOf(keys.secret, selector)).toString('hex'), createdAt],
  );
  return feedOf(keys, selector, createdAt);
}

/** The family's feed URL stops working. */
export async function revokeCalendarFeed(tx: Db, family: Family): Promise<{ feed: null }> {
  await tx.query('delete from calendar_feeds where family_id = $1', [family.id]);
  return { feed: null };
}

/**
 * How a renewal's answer is kept for its idempotency key: without the
 * verifier (the database never holds a working URL), which a replay derives
 * again from the selector.
 */
export function feedAnswerKeeping(secret: string) {
  const token = /([\w-]{16})\.([\w-]{43})\.ics$/;
  return {
    hide: (answer: unknown) => {
      const feed = answer as CalendarFeed;
      return { ...feed, url: feed.url.replace(token, '$1.ics') };
    },
    reveal: (kept: unknown) => {
      const feed = kept as CalendarFeed;
      return {
        ...feed,
        url: feed.url.replace(
          /([\w-]{16})\.ics$/,
          (_whole, selector: string) => `${selector}.${verifierOf(secret, selector)}.ics`,
        ),
      };
    },
  };
}
