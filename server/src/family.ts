import {
  childSummary,
  FamilySnapshotSchema,
  ParentIdentitySchema,
  registerParent as registerParentDecision,
  requestParentChange as requestParentChangeDecision,
  type FamilySnapshot,
  type ParentIdentity,
  type MailMessage,
  type RequestReceipt,
  type StatusHistoryEntry,
} from '../../src/domain/index.js';
import { toChildRecord, type ChildRow } from './children.js';
import type { Db } from './db.js';
import { notFound } from './problem.js';
import {
  addHistory,
  currentParent,
  decided,
  getRequest,
  newRequest,
  pendingOf,
  receiptJson,
  send,
  toReceipt,
  type Family,
  type ReceiptJson,
  type ServiceOptions,
} from './requests.js';

/* The family and its parent: what the service knows, registration and change requests. */

/** What the service knows of a family, read in one query. */
export async function getFamily(
  db: Db,
  family: Family,
  options: Pick<ServiceOptions, 'now' | 'commune'>,
): Promise<FamilySnapshot> {
  const [row] = await db.query<{
    parent: { id: string; identity: unknown } | null;
    co_parents: unknown[];
    children: ChildRow[];
    requests: ReceiptJson[];
  }>(
    `select
       (select json_build_object('id', p.id, 'identity', p.identity) from parents p where p.family_id = $1) as parent,
       (select coalesce(json_agg(json_build_object(
          'firstName', c.first_name, 'lastName', c.last_name, 'sameAddress', c.same_address) order by c.id), '[]')
          from co_parents c where c.family_id = $1) as co_parents,
       (select coalesce(json_agg(json_build_object(
          'id', k.id, 'identity', k.identity, 'health', k.health, 'confirmedAt', k.health_confirmed_at)
          order by k.birth_date, k.id), '[]')
          from children k where k.family_id = $1) as children,
       (select coalesce(json_agg(${receiptJson} order by r.submitted_at, r.number), '[]')
          from requests r where r.family_id = $1) as requests`,
    [family.id],
  );
  if (!row) throw notFound('family.not-found');
  return FamilySnapshotSchema.parse({
    account: {
      ...(family.email ? { email: family.email } : {}),
      ...(family.displayName ? { displayName: family.displayName } : {}),
    },
    parent: row.parent ? { id: row.parent.id, ...ParentIdentitySchema.parse(row.parent.identity) } : null,
    coParents: row.co_parents,
    children: row.children.map((child) => childSummary(toChildRecord(child, options))),
    requests: row.requests.map(toReceipt),
  });
}

/** "M'enregistrer en tant que parent". Runs inside the caller's transaction. */
export async function registerParent(
  tx: Db,
  family: Family,
  input: unknown,
  options: ServiceOptions,
): Promise<RequestReceipt> {
  const {
    parent,
    pending: registrationPending,
    at,
  } = await familyState(tx, family, 'parent-registration', options);
  const parentKnown = Boolean(parent);
  const outcome = decided(() =>
    registerParentDecision({
      input,
      parentKnown,
      registrationPending,
      commune: options.commune,
      accountEmail: family.email,
      mode: options.registration,
      now: at,
    }),
  );
  const request = await newRequest(tx, family, 'parent-registration', at, outcome.identity);
  if (outcome.language)
    await tx.query('update families set language = $2 where id = $1', [family.id, outcome.language]);
  if (outcome.accepted) await storeParent(tx, family.id, request, outcome.identity, at);
  return told(tx, family, request.id, outcome, options);
}

/** The parent becomes known, and their registration accepted. */
export async function storeParent(
  tx: Db,
  familyId: string,
  registration: { id: string; number: string },
  identity: ParentIdentity,
  at: Date,
): Promise<void> {
  await tx.query('insert into parents (id, family_id, identity, registered_at) values ($1, $2, $3, $4)', [
    `par-${registration.number}`,
    familyId,
    JSON.stringify(identity),
    at,
  ]);
  await tx.query("update requests set status = 'accepted' where id = $1", [registration.id]);
}

/** A known parent asks to change their details; the service accepts or refuses it later (seed 004). */
export async function requestParentChange(
  tx: Db,
  family: Family,
  input: unknown,
  options: ServiceOptions,
): Promise<RequestReceipt> {
  const { parent, pending: changePending, at } = await familyState(tx, family, 'parent-change', options);
  const outcome = decided(() =>
    requestParentChangeDecision({
      input,
      parent,
      changePending,
      commune: options.commune,
      accountEmail: family.email,
      now: at,
    }),
  );
  const request = await newRequest(tx, family, 'parent-change', at, outcome.identity, outcome.changes);
  return told(tx, family, request.id, outcome, options);
}

/**
 * What a parent request's decision reads: the family's row locked (two
 * requests of one family never run side by side), its parent, and whether a
 * request of `kind` is already pending.
 */
async function familyState(
  tx: Db,
  family: Family,
  kind: 'parent-registration' | 'parent-change',
  options: Pick<ServiceOptions, 'now'>,
) {
  await tx.query('select id from families where id = $1 for update', [family.id]);
  return {
    parent: await currentParent(tx, family.id),
    pending: await pendingOf(tx, family.id, kind),
    at: options.now(),
  };
}

/** The request's history written and the parent told by e-mail: the request as it now stands. */
async function told(
  tx: Db,
  family: Family,
  requestId: string,
  outcome: { history: StatusHistoryEntry[]; mail: MailMessage },
  options: ServiceOptions,
): Promise<RequestReceipt> {
  await addHistory(tx, requestId, outcome.history);
  await send(tx, outcome.mail, requestId, options);
  return getRequest(tx, family, requestId);
}
