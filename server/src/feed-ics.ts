import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import ical from 'ical-generator';
import {
  ActivitySchema,
  pickText,
  type CommuneSettings,
  type Locale,
  type LocalizedText,
} from '../../src/domain/index.js';
import { feedFamily } from './calendar-feed.js';
import type { Db } from './db.js';

/* The public `GET /calendar-feeds/{token}.ics`: the family's confirmed bookings for calendar applications. */

/** One booked or attended slot, in the commune's time zone. */
export interface FeedEvent {
  /** Stable per booking: a calendar application updates the event instead of adding another. */
  uid: string;
  summary: string;
  /** `yyyy-MM-dd`, with `start` and `end` as `HH:mm`, in `timeZone`. */
  date: string;
  start: string;
  end: string;
  timeZone: string;
  /** When the booking was last changed (the event's DTSTAMP: the feed stays the same until something changes). */
  changedAt: Date;
}

/** Minutes `timeZone` is ahead of UTC at `instant`. */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const local = Date.UTC(
    +parts.year!,
    +parts.month! - 1,
    +parts.day!,
    +parts.hour!,
    +parts.minute!,
    +parts.second!,
  );
  return Math.round((local - instant) / 60_000);
}

/** The instant of a wall-clock `time` on `date` in `timeZone` (a gap's time moves forward, as clocks do). */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const wall = Date.parse(`${date}T${time}:00Z`);
  const first = wall - offsetMinutes(wall, timeZone) * 60_000;
  return new Date(wall - offsetMinutes(first, timeZone) * 60_000);
}

/** The feed's text: one event per slot, in UTC (every calendar application reads it the same). */
export function renderFeed(events: readonly FeedEvent[], calendar: { name: string; prodId: string }): string {
  const feed = ical({
    name: calendar.name,
    prodId: { company: 'family-portal', product: calendar.prodId },
    ttl: 60 * 60,
  });
  for (const event of events) {
    feed.createEvent({
      id: event.uid,
      start: zonedInstant(event.date, event.start, event.timeZone),
      end: zonedInstant(event.date, event.end, event.timeZone),
      summary: event.summary,
      stamp: event.changedAt,
    });
  }
  return feed.toString();
}

/** How far back the feed goes: calendar applications keep what they had. */
const pastDays = 92;

/** The family's booked and attended slots from `pastDays` ago, with their units' names and times. */
export async function feedEvents(
  db: Db,
  familyId: string,
  commune: CommuneSettings,
  timeZone: string,
  now: Date,
): Promise<FeedEvent[]> {
  const [family] = await db.query<{ language: Locale | null }>(
    'select language from families where id = $1',
    [familyId],
  );
  const language = family?.language ?? commune.language ?? 'fr';
  const text = (value: LocalizedText) => pickText(value, language, [commune.language ?? 'fr']).text;
  const units = new Map(
    (await db.query<{ data: unknown }>('select data from calendar_activities order by position')).flatMap(
      ({ data }) => ActivitySchema.parse(data).units.map((unit) => [unit.id, unit] as const),
    ),
  );
  const rows = await db.query<{
    child_id: string;
    first_name: string;
    unit_id: string;
    date: string;
    at: Date;
  }>(
    `select b.child_id, c.first_name, b.unit_id, to_char(b.date, 'YYYY-MM-DD') as date, b.at
       from bookings b join children c on c.id = b.child_id
      where c.family_id = $1 and b.status in ('booked', 'present') and b.date >= $2::date
      order by b.date, b.unit_id, c.first_name`,
    [familyId, new Date(now.getTime() - pastDays * 86_400_000).toISOString().slice(0, 10)],
  );
  return rows.flatMap((row) => {
    const unit = units.get(row.unit_id);
    if (!unit) return [];
    const key = `${row.child_id}/${row.unit_id}/${row.date}`;
    return [
      {
        uid: `${createHash('sha256').update(key).digest('hex').slice(0, 32)}@${commune.id}.family-portal`,
        summary: `${text(unit.name)} · ${row.first_name}`,
        date: row.date,
        start: unit.start,
        end: unit.end,
        timeZone,
        changedAt: new Date(row.at),
      },
    ];
  });
}

/** The feed route: unknown, revoked and malformed tokens all answer the same 404. */
export function feedPages(options: {
  db: Db;
  commune: CommuneSettings;
  timeZone: string;
  now: () => Date;
}): Hono {
  const pages = new Hono();
  pages.get('/:file', async (c) => {
    const token = /^(.+)\.ics$/.exec(c.req.param('file'))?.[1] ?? '';
    const familyId = await feedFamily(options.db, token);
    c.header('Cache-Control', 'no-store');
    c.header('X-Robots-Tag', 'noindex');
    if (!familyId) return c.text('Not found', 404);
    const events = await feedEvents(options.db, familyId, options.commune, options.timeZone, options.now());
    const body = renderFeed(events, { name: options.commune.name, prodId: options.commune.id });
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    // Calendar applications poll: a private cache may keep it a while, and ask again cheaply.
    c.header('Cache-Control', 'private, max-age=900');
    c.header('ETag', etag);
    if (c.req.header('if-none-match') === etag) return c.body(null, 304);
    c.header('Content-Type', 'text/calendar; charset=utf-8');
    c.header('Content-Disposition', 'inline; filename="calendrier.ics"');
    return c.body(body);
  });
  return pages;
}
