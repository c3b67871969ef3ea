import { expireArticle } from '../../src/domain/index.js';
import { cartArticles } from './cart.js';
import type { Db } from './db.js';
import { offerFreedPlaces, releaseRequests } from './places.js';
import { send, type ServiceOptions } from './requests.js';

/**
 * Unpaid articles past their deadline: their requests cancelled, their places
 * freed and their parents told; the first family waiting for each freed week
 * is offered the place. Runs on a timer in the server (see start.ts). Each
 * article's row is locked before the decision reads it, and an article no
 * longer unpaid is left alone, so it is safe to run twice at once.
 */
export async function releaseExpired(
  db: Db,
  options: Pick<ServiceOptions, 'now' | 'commune'>,
): Promise<number> {
  const at = options.now();
  const due = await db.query<{ id: string }>(
    "select id from cart_articles where status = 'unpaid' and due_at <= $1 order by due_at",
    [at],
  );
  let released = 0;
  for (const { id } of due) {
    released += await db.transaction(async (tx) => {
      // An article another instance is releasing right now is its to finish.
      const [article] = await cartArticles(tx, 'where id = $1 for update skip locked', [id]);
      const [owner] = await tx.query<{ email: string | null }>(
        `select a.email from cart_articles c join families f on f.id = c.family_id
           join accounts a on a.id = f.account_id where c.id = $1`,
        [id],
      );
      const expired = article && expireArticle(article, owner?.email ?? undefined, at);
      if (!expired) return 0;
      await tx.query('update cart_articles set status = $2 where id = $1', [id, expired.status]);
      const freed = await releaseRequests(tx, expired.release);
      await send(tx, expired.mail, expired.mail.requestId, options);
      await offerFreedPlaces(tx, freed, at, options);
      return 1;
    });
  }
  return released;
}

/**
 * Claims this period's run of a background job for this instance: true for
 * the first instance to ask since `every` ms ago, false for the others, so a
 * job runs once per period in total however many instances share the
 * database. A missed period (every instance down) runs at the next claim.
 */
export async function claimRun(db: Db, job: string, at: Date, every: number): Promise<boolean> {
  // A little slack: two timers a few milliseconds early must not both skip a period.
  const since = new Date(at.getTime() - every * 0.9);
  const claimed = await db.query(
    `insert into job_runs (name, ran_at) values ($1, $2)
       on conflict (name) do update set ran_at = excluded.ran_at where job_runs.ran_at <= $3
       returning name`,
    [job, at, since],
  );
  return claimed.length === 1;
}
