import { seedCampPlaces, seedCamps } from '../../src/demo-data/camps.js';
import {
  communes,
  demoFamilies,
  demoFamilyState,
  schools,
  type DemoProfile,
} from '../../src/demo-data/index.js';
import type { Camp, CommuneSettings } from '../../src/domain/index.js';
import type { Db } from './db.js';
import { seedCalendar } from './seed-calendar.js';
import { seedInvoiceHistory, seedRegies } from './seed-invoices.js';
import { seedDemoThreads, seedMessageServices } from './seed-messages.js';

export function communeOf(profile: DemoProfile): CommuneSettings {
  return communes[profile];
}

/**
 * The demo families, the same as the in-browser demo backend's (one account
 * per situation: `new`, `known`, `separated`, `empty`; not with `families:
 * false`, in production), their after-school calendar (seed-calendar.ts),
 * invoices and threads with the services, the schools, the demo camps, the
 * services families write to and the documents published for them, dated
 * from `now`, inserted once into an empty database.
 */
export async function seed(
  db: Db,
  profile: DemoProfile,
  { families = true, now = new Date() }: { families?: boolean; now?: Date } = {},
): Promise<boolean> {
  await seedCampsOnce(db, profile, now);
  const seeded = await seedFamilies(db, profile, families, now);
  if (families) await seedCalendarOnce(db, profile, now);
  if (families) await seedInvoicesOnce(db, profile, now);
  await seedMessagesOnce(db, profile, families, now);
  return seeded;
}

async function seedFamilies(db: Db, profile: DemoProfile, families: boolean, now: Date): Promise<boolean> {
  const [{ count } = { count: 0 }] = await db.query<{ count: number | string }>(
    'select count(*) as count from school_sites',
  );
  if (Number(count) > 0) return false;
  await db.transaction(async (tx) => {
    for (const [position, site] of schools[profile].entries()) {
      await tx.query('insert into school_sites (id, name, grades, position) values ($1, $2, $3, $4)', [
        site.id,
        site.name,
        JSON.stringify(site.grades),
        position,
      ]);
    }
    // Production has no demo accounts: its families come with their parents' first sign-in.
    for (const name of families ? demoFamilies : []) {
      const { family, children } = demoFamilyState(profile, name, now);
      const familyId = `fam-${name}`;
      await tx.query('insert into accounts (id, email, display_name) values ($1, $2, $3)', [
        name,
        family.account.email ?? null,
        family.account.displayName ?? null,
      ]);
      await tx.query('insert into families (id, account_id) values ($1, $2)', [familyId, name]);
      if (family.parent) {
        const { id, ...identity } = family.parent;
        await tx.query('insert into parents (id, family_id, identity) values ($1, $2, $3)', [
          `${id}-${name}`,
          familyId,
          JSON.stringify(identity),
        ]);
      }
      for (const coParent of family.coParents) {
        await tx.query(
          'insert into co_parents (family_id, first_name, last_name, same_address) values ($1, $2, $3, $4)',
          [familyId, coParent.firstName, coParent.lastName, coParent.sameAddress],
        );
      }
      for (const child of children) {
        const { identity, health } = child;
        await tx.query(
          `insert into children (id, family_id, first_name, last_name, birth_date, identity, health, health_confirmed_at)
           values ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            child.id,
            familyId,
            identity.firstName,
            identity.lastName,
            identity.birthDate,
            JSON.stringify(identity),
            health ? JSON.stringify(health.form) : null,
            health?.confirmedAt ?? null,
          ],
        );
      }
      for (const request of family.requests) {
        // Request numbers are unique per commune: the seeded ones get numbers of their own here.
        const [{ n } = { n: 0 }] = await tx.query<{ n: number | string }>(
          "select nextval('request_numbers') as n",
        );
        const number = `${request.number.split('-')[0]}-${n}`;
        const id = `req-${number}`;
        await tx.query(
          `insert into requests (id, family_id, number, tracking_code, kind, status, submitted_at, changes)
           values ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            id,
            familyId,
            number,
            request.trackingCode,
            request.kind,
            request.status,
            request.submittedAt,
            request.changes ? JSON.stringify(request.changes) : null,
          ],
        );
        for (const entry of request.history) {
          await tx.query(
            'insert into request_history (request_id, status, label, at, author, message) values ($1, $2, $3, $4, $5, $6)',
            [id, entry.status, entry.label, entry.at, entry.author ?? null, entry.message ?? null],
          );
        }
      }
    }
  });
  return true;
}

/** The demo camps and their places, dated from today, when there are none (also in a database seeded before them). */
async function seedCampsOnce(db: Db, profile: DemoProfile, now: Date): Promise<void> {
  const [{ count } = { count: 0 }] = await db.query<{ count: number | string }>(
    'select count(*) as count from camps',
  );
  if (Number(count) > 0) return;
  await db.transaction(async (tx) => {
    for (const [position, camp] of seedCamps(profile, now).entries()) await insertCamp(tx, camp, position);
  });
}

/** The demo's calendar when there is none (also in a demo database seeded before it). */
async function seedCalendarOnce(db: Db, profile: DemoProfile, now: Date): Promise<void> {
  const [{ count } = { count: 0 }] = await db.query<{ count: number | string }>(
    'select count(*) as count from calendar_activities',
  );
  if (Number(count) > 0) return;
  await db.transaction((tx) => seedCalendar(tx, profile, now));
}

/** The demo's services that invoice and its invoice history when there are none (also in a demo database seeded before them). */
async function seedInvoicesOnce(db: Db, profile: DemoProfile, now: Date): Promise<void> {
  const [{ count } = { count: 0 }] = await db.query<{ count: number | string }>(
    'select count(*) as count from regies',
  );
  if (Number(count) > 0) return;
  await db.transaction(async (tx) => {
    await seedRegies(tx, profile);
    await seedInvoiceHistory(tx, profile, now);
  });
}

/**
 * The services families write to and the documents published for them when
 * there are none, then the demo families' threads when there are none (also
 * in a database seeded before them).
 */
async function seedMessagesOnce(db: Db, profile: DemoProfile, families: boolean, now: Date): Promise<void> {
  const [{ services, threads } = { services: 0, threads: 0 }] = await db.query<{
    services: number | string;
    threads: number | string;
  }>('select (select count(*) from message_services) as services, (select count(*) from threads) as threads');
  if (Number(services) === 0) await db.transaction((tx) => seedMessageServices(tx, profile, now));
  if (families && Number(threads) === 0) await db.transaction((tx) => seedDemoThreads(tx, profile, now));
}

/** A camp of the commune at `position` (after the others by default), with its places as the demo's (seedCampPlaces). */
export async function insertCamp(tx: Db, camp: Camp, position?: number): Promise<void> {
  await tx.query(
    `insert into camps (id, data, position)
     values ($1, $2, coalesce($3, (select coalesce(max(position) + 1, 0) from camps)))`,
    [camp.id, JSON.stringify(camp), position ?? null],
  );
  const places = Object.entries(seedCampPlaces(camp)).flatMap(([group_id, days]) =>
    Object.entries(days).map(([day, { capacity, taken }]) => ({ group_id, day, capacity, taken })),
  );
  // One statement for the whole camp: a summer is hundreds of rows, and tests reset the demo often.
  await tx.query(
    `insert into camp_places (camp_id, group_id, day, capacity, taken)
     select $1, group_id, day::date, capacity, taken
       from jsonb_to_recordset($2::jsonb) as place(group_id text, day text, capacity integer, taken integer)`,
    [camp.id, JSON.stringify(places)],
  );
}

/** Back to the demo families only, dated from `now` (tests, and the demo's "reset" button). */
export async function resetDemoData(db: Db, profile: DemoProfile, now = new Date()): Promise<void> {
  await db.query(
    'truncate thread_message_attachments, thread_messages, threads, message_services, documents, invoice_payments, invoices, invoice_counters, regies, bookings, calendar_invoicing, calendar_places, calendar_feeds, activity_enrolments, calendar_activities, school_calendars, attachments, enrolment_drafts, payments, cart_articles, outbox, idempotency_keys, sessions, request_history, requests, children, co_parents, parents, families, accounts, school_sites, camp_places, camps restart identity cascade',
  );
  await db.query('alter sequence request_numbers restart');
  await db.query('alter sequence cart_numbers restart');
  await db.query('alter sequence family_numbers restart');
  await seed(db, profile, { now });
}
