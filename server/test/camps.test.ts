import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { groupFor } from '../../src/domain/index.js';
import { communeOf } from '../src/seed.js';
import { enrolInCamp, joinWaitingList } from '../src/camps.js';
import { closeRequests } from '../src/cart.js';
import { releaseExpired } from '../src/expiry.js';
import { getCamps } from '../src/places.js';
import { familyOfAccount, getRequest } from '../src/requests.js';
import { startBackend, type Backend } from '../src/start.js';
import { childrenLikeLea, ownDatabase, placesOfDay } from './support.js';

const parallel = 200;
const places = 10;

async function lastPlaces(backend: Backend): Promise<void> {
  const { db } = backend;
  const family = (await familyOfAccount(db, 'known'))!;
  const summer = (await getCamps(db)).find((camp) => camp.kind === 'plaine')!;
  const day = summer.weeks[2]!.days.find((candidate) => candidate.open)!.date;
  // 200 children of the family, each as complete as Léa (identity, school, health form confirmed today).
  const { ids, lea } = await childrenLikeLea(db, family.id, parallel);
  const group = groupFor(summer, lea!.identity)!;
  await db.query(
    'update camp_places set capacity = $4, taken = 0 where camp_id = $1 and group_id = $2 and day = $3',
    [summer.id, group.id, day, places],
  );
  const options = { commune: communeOf('be'), registration: 'automatic' as const, now: () => new Date() };
  const answers = await Promise.all(
    ids.map((childId) =>
      db.transaction((tx) =>
        enrolInCamp(tx, family, { campId: summer.id, childId, days: [{ date: day }] }, options),
      ),
    ),
  );
  const outcome = (status: string) => answers.filter((answer) => answer.weeks[0]?.status === status).length;
  assert.equal(outcome('accepted'), places, 'exactly the places there were');
  assert.equal(outcome('full'), parallel - places, 'everyone else told the week is full');
  const { taken, booked } = await placesOfDay(db, { campId: summer.id, groupId: group.id, day });
  assert.equal(taken, places, 'never oversold');
  assert.equal(booked, places, 'one booking per place taken');
}

describe('places under load', () => {
  const closing: (() => Promise<void>)[] = [];
  after(async () => {
    for (const close of closing) await close();
  });

  it(`gives the last ${places} places of a day to ${places} of ${parallel} parallel enrolments (PGlite)`, async () => {
    const backend = await startBackend({
      demo: true,
      dataDir: 'memory',
      databaseUrl: null,
      log: () => undefined,
    });
    closing.push(() => backend.close());
    await lastPlaces(backend);
  });

  const base = process.env.DATABASE_URL;
  if (base) {
    it(`gives the last ${places} places of a day to ${places} of ${parallel} parallel enrolments (PostgreSQL)`, async () => {
      const backend = await startBackend({
        demo: true,
        databaseUrl: await ownDatabase(base, 'fp_places_load'),
        log: () => undefined,
      });
      closing.push(() => backend.close());
      await lastPlaces(backend);
    });
  }
});

describe('unpaid carts', () => {
  it('release their places after the deadline, tell the parent, and offer them to the first family waiting', async () => {
    const backend = await startBackend({
      demo: true,
      dataDir: 'memory',
      databaseUrl: null,
      log: () => undefined,
      releaseEvery: 0,
    });
    try {
      const { db } = backend;
      const family = (await familyOfAccount(db, 'known'))!;
      const summer = (await getCamps(db)).find((camp) => camp.kind === 'plaine')!;
      const day = summer.weeks[2]!.days.find((candidate) => candidate.open)!.date;
      const [lea] = await db.query<{ identity: { birthDate: string }; health: unknown }>(
        "select identity, health from children where id = 'chi-1'",
      );
      // Léa's twin-in-age, as complete as she is, to wait for the same day.
      await db.query(
        `insert into children (id, family_id, first_name, last_name, birth_date, identity, health, health_confirmed_at)
         values ('chi-twin', $1, 'Zélie', 'Dubois', $2, $3, $4, now())`,
        [
          family.id,
          lea!.identity.birthDate,
          JSON.stringify({ ...lea!.identity, firstName: 'Zélie' }),
          JSON.stringify(lea!.health),
        ],
      );
      const group = groupFor(summer, lea!.identity)!;
      await db.query(
        'update camp_places set capacity = 1, taken = 0 where camp_id = $1 and group_id = $2 and day = $3',
        [summer.id, group.id, day],
      );
      const now = new Date();
      const options = { commune: communeOf('be'), registration: 'automatic' as const, now: () => now };
      const enrol = (childId: string) =>
        db.transaction((tx) =>
          enrolInCamp(tx, family, { campId: summer.id, childId, days: [{ date: day }] }, options),
        );
      const taken = await enrol('chi-1');
      const waiting = await enrol('chi-twin');
      assert.equal(waiting.weeks[0]?.status, 'full');
      await db.transaction((tx) =>
        joinWaitingList(tx, family, waiting.receipt.id, { weekId: summer.weeks[2]!.id }, options),
      );
      const [article] = (await db.transaction((tx) => closeRequests(tx, family, options))).articles;
      assert.deepEqual(article?.requestIds, [taken.receipt.id], 'the full week’s request is not billed');

      assert.equal(
        await releaseExpired(db, { ...options, now: () => new Date(Date.parse(article!.dueAt) - 1000) }),
        0,
      );
      const late = { ...options, now: () => new Date(Date.parse(article!.dueAt) + 1000) };
      assert.equal(await releaseExpired(db, late), 1);
      assert.equal(await releaseExpired(db, late), 0, 'once');

      const cancelled = await getRequest(db, family, taken.receipt.id);
      assert.equal(cancelled.status, 'cancelled');
      assert.equal(cancelled.history.at(-1)?.status, 'camp-expired');
      const [place] = await db.query<{ taken: number }>(
        'select taken from camp_places where camp_id = $1 and group_id = $2 and day = $3',
        [summer.id, group.id, day],
      );
      assert.equal(place?.taken, 0, 'the place is free again');
      assert.equal(
        (await getRequest(db, family, waiting.receipt.id)).history.at(-1)?.status,
        'camp-place-offered',
      );
      const mails = await db.query<{ subject: string }>('select subject from outbox order by id');
      assert.ok(mails.some((mail) => /délai de paiement dépassé/.test(mail.subject)));
      assert.ok(mails.some((mail) => /une place s’est libérée/.test(mail.subject)));
    } finally {
      await backend.close();
    }
  });
});
