import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { groupFor } from '../../src/domain/index.js';
import { getCamps } from '../src/places.js';
import { familyOfAccount } from '../src/requests.js';
import { startBackend, type Backend } from '../src/start.js';
import { childrenLikeLea, ownDatabase, placesOfDay, signIn } from './support.js';

/*
 * Two server instances on one PostgreSQL, as behind a load balancer: they
 * start together, share sessions and idempotency keys, never oversell a
 * place between them, and run the expiry job once per period in total.
 */

const base = process.env.DATABASE_URL;
const children = 60;
const places = 10;

if (base)
  describe('two instances on one PostgreSQL', () => {
    let one: Backend;
    let two: Backend;
    before(async () => {
      const databaseUrl = await ownDatabase(base, 'fp_two_instances');
      const start = () => startBackend({ demo: true, databaseUrl, releaseEvery: 0, log: () => undefined });
      // Started at once: one migrates and seeds, the other waits and finds it done.
      [one, two] = await Promise.all([start(), start()]);
    });
    after(async () => {
      await one?.close();
      await two?.close();
    });

    const json = async <T>(answer: Response, status: number): Promise<T> => {
      assert.equal(answer.status, status, await answer.clone().text());
      return (await answer.json()) as T;
    };

    it('share sessions and idempotency keys, and sell the last places of a day once between them', async () => {
      const signed = await signIn(one.app, 'known');
      const headers = (key: string) => ({
        authorization: `Bearer ${signed.token}`,
        'content-type': 'application/json',
        'idempotency-key': key,
      });
      await json(await two.app.request('/api/v1/family', { headers: headers('read') }), 200);

      const { db } = one;
      const family = (await familyOfAccount(db, 'known'))!;
      const summer = (await getCamps(db)).find((camp) => camp.kind === 'plaine')!;
      const day = summer.weeks[2]!.days.find((candidate) => candidate.open)!.date;
      const { ids, lea } = await childrenLikeLea(db, family.id, children);
      const group = groupFor(summer, lea.identity)!;
      await db.query(
        'update camp_places set capacity = $4, taken = 0 where camp_id = $1 and group_id = $2 and day = $3',
        [summer.id, group.id, day, places],
      );
      const enrol = (instance: Backend, childId: string, key: string) =>
        instance.app.request('/api/v1/camp-enrolments', {
          method: 'POST',
          headers: headers(key),
          body: JSON.stringify({ campId: summer.id, childId, days: [{ date: day }] }),
        });

      type Enrolment = { receipt: { id: string }; weeks: { status: string }[] };
      const answers = await Promise.all(
        ids.map(async (childId, index) =>
          json<Enrolment>(await enrol(index % 2 ? two : one, childId, `burst-${index}`), 201),
        ),
      );
      const accepted = answers.filter((answer) => answer.weeks[0]?.status === 'accepted');
      assert.equal(accepted.length, places, 'exactly the places there were');
      const { taken, booked } = await placesOfDay(db, { campId: summer.id, groupId: group.id, day });
      assert.equal(taken, places, 'never oversold');
      assert.equal(booked, places, 'one booking per place taken');

      // The same key sent again to the other instance: the first answer, nothing done twice.
      const replayed = await json<Enrolment>(await enrol(two, ids[0]!, 'burst-0'), 201);
      assert.equal(replayed.receipt.id, answers[0]!.receipt.id);
    });

    it('run the expiry job once per period in total, each unpaid article released once', async () => {
      const signed = await signIn(two.app, 'known');
      const closed = await two.app.request('/api/v1/closing', {
        method: 'POST',
        headers: {
          authorization: `Bearer ${signed.token}`,
          'content-type': 'application/json',
          'idempotency-key': 'close-all',
        },
        body: '{}',
      });
      const { articles } = await json<{ articles: { id: string; dueAt: string }[] }>(closed, 201);
      assert.equal(articles.length, 1);
      const due = new Date(Date.parse(articles[0]!.dueAt) + 1000);
      const mails = async () =>
        Number(
          (await one.db.query<{ count: string }>('select count(*) as count from outbox'))[0]?.count ?? 0,
        );
      const before = await mails();

      const runs = await Promise.all([one.releaseDue(due), two.releaseDue(due), one.releaseDue(due)]);
      assert.deepEqual(
        runs.filter((run) => run !== undefined),
        [1],
        'one instance ran the job and released the article',
      );
      assert.deepEqual(
        await Promise.all([one.releaseDue(due), two.releaseDue(due)]),
        [undefined, undefined],
        'not again within the period',
      );
      const nextPeriod = new Date(due.getTime() + 60_000);
      assert.deepEqual(
        (await Promise.all([two.releaseDue(nextPeriod), one.releaseDue(nextPeriod)])).filter(
          (run) => run !== undefined,
        ),
        [0],
        'the next period runs once, with nothing left to release',
      );
      const [article] = await one.db.query<{ status: string }>(
        'select status from cart_articles where id = $1',
        [articles[0]!.id],
      );
      assert.equal(article?.status, 'expired');
      // The expiry's e-mail to the family, and the places freed offered to no one (nobody waits): one e-mail.
      assert.equal((await mails()) - before, 1, 'the parent told once');
    });
  });
