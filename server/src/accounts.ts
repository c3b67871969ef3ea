import { randomBytes } from 'node:crypto';
import type { Db } from './db.js';
import { familyOfAccount, type Family } from './requests.js';

/** What a proxy's user header may hold to be an account id: printable, not too long. */
const accountId = /^[^\p{Cc}\p{Cs}]{1,256}$/u;

/**
 * The family of a user the commune's proxy vouches for (TRUSTED_USER_HEADER),
 * made on their first visit: an account and an empty family, which the parent
 * then fills by registering. Two first requests at once make one family.
 */
export async function familyOfTrustedUser(db: Db, user: string): Promise<Family | undefined> {
  if (!accountId.test(user)) return undefined;
  const known = await familyOfAccount(db, user);
  if (known) return known;
  await db.transaction(async (tx) => {
    await tx.query('insert into accounts (id) values ($1) on conflict do nothing', [user]);
    await tx.query(
      'insert into families (id, account_id) values ($1, $2) on conflict (account_id) do nothing',
      [`fam-${randomBytes(9).toString('base64url')}`, user],
    );
  });
  return familyOfAccount(db, user);
}
