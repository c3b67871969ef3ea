import {
  ChildRecordSchema,
  ChildRegistrationSchema,
  healthStatus,
  registerChild as registerChildDecision,
  requestChildChange as requestChildChangeDecision,
  SchoolSiteSchema,
  submitHealthForm as submitHealthFormDecision,
  type ChildChangeInput,
  type ChildChangeOutcome,
  type ChildIdentity,
  type ChildRecord,
  type ChildRegistration,
  type RequestReceipt,
  type SchoolSite,
} from '../../src/domain/index.js';
import type { Db } from './db.js';
import { notFound } from './problem.js';
import {
  addHistory,
  currentParent,
  decided,
  getRequest,
  iso,
  newRequest,
  type Family,
  type ServiceOptions,
} from './requests.js';

/* The family's children: registration, health form and change requests. */

export interface ChildRow {
  id: string;
  identity: unknown;
  health: unknown;
  confirmedAt: string | null;
}

export function toChildRecord(row: ChildRow, options: Pick<ServiceOptions, 'now' | 'commune'>): ChildRecord {
  const health =
    row.health && row.confirmedAt ? { form: row.health, confirmedAt: iso(row.confirmedAt) } : null;
  return ChildRecordSchema.parse({
    id: row.id,
    identity: row.identity,
    health,
    healthForm: healthStatus(health ?? undefined, options.now(), options.commune.healthFormValidityMonths),
  });
}

/** The commune's school sites, in its order. */
export async function getSchools(db: Db): Promise<SchoolSite[]> {
  const rows = await db.query<{ id: string; name: string; grades: unknown }>(
    'select id, name, grades from school_sites order by position',
  );
  return rows.map((row) => SchoolSiteSchema.parse(row));
}

async function childRow(db: Db, family: Family, childId: string, lock: boolean): Promise<ChildRow> {
  const [row] = await db.query<ChildRow>(
    `select id, identity, health, health_confirmed_at as "confirmedAt" from children
      where id = $1 and family_id = $2 ${lock ? 'for update' : ''}`,
    [childId, family.id],
  );
  if (!row) throw notFound('child.not-found');
  return row;
}

/** One child of the family: another family's child is not found, never forbidden. */
export async function getChild(
  db: Db,
  family: Family,
  childId: string,
  options: Pick<ServiceOptions, 'now' | 'commune'>,
): Promise<ChildRecord> {
  return toChildRecord(await childRow(db, family, childId, false), options);
}

/** One child of the family, its row locked until the transaction ends. */
export async function lockedChild(
  tx: Db,
  family: Family,
  childId: string,
  options: Pick<ServiceOptions, 'now' | 'commune'>,
): Promise<ChildRecord> {
  return toChildRecord(await childRow(tx, family, childId, true), options);
}

/** "Enregistrer un enfant": a child the family already has is linked, not created twice. */
export async function registerChild(
  tx: Db,
  family: Family,
  input: unknown,
  options: ServiceOptions,
): Promise<ChildRegistration> {
  await tx.query('select id from families where id = $1 for update', [family.id]);
  const parentKnown = Boolean(await currentParent(tx, family.id));
  const schools = parentKnown ? await getSchools(tx) : [];
  const children = await tx.query<{ id: string; identity: ChildIdentity }>(
    'select id, identity from children where family_id = $1',
    [family.id],
  );
  const at = options.now();
  const outcome = decided(() =>
    registerChildDecision({
      input,
      parentKnown,
      children,
      country: options.commune.country,
      schools,
      now: at,
    }),
  );
  const { identity, linkedChildId } = outcome;
  const request = await newRequest(tx, family, 'child-registration', at, identity);
  const childId = linkedChildId ?? `chi-${request.number}`;
  if (!linkedChildId) {
    await tx.query(
      `insert into children (id, family_id, first_name, last_name, birth_date, identity)
       values ($1, $2, $3, $4, $5, $6)`,
      [
        childId,
        family.id,
        identity.firstName,
        identity.lastName,
        identity.birthDate,
        JSON.stringify(identity),
      ],
    );
  }
  await tx.query("update requests set status = 'accepted', child_id = $2 where id = $1", [
    request.id,
    childId,
  ]);
  await addHistory(tx, request.id, outcome.history);
  return ChildRegistrationSchema.parse({
    receipt: await getRequest(tx, family, request.id),
    childId,
    linked: Boolean(linkedChildId),
  });
}

async function changePending(tx: Db, childId: string): Promise<boolean> {
  const pending = await tx.query(
    "select 1 from requests where child_id = $1 and kind = 'child-change' and status = 'pending'",
    [childId],
  );
  return pending.length > 0;
}

/** What a request about one child is decided on: the child (locked), the time, a change already pending. */
async function childRequestState(tx: Db, family: Family, childId: string, options: ServiceOptions) {
  return {
    child: await lockedChild(tx, family, childId, options),
    now: options.now(),
    changePending: await changePending(tx, childId),
    country: options.commune.country,
  };
}

async function storeChildChange(
  tx: Db,
  family: Family,
  childId: string,
  outcome: ChildChangeOutcome,
  at: Date,
): Promise<RequestReceipt> {
  const request = await newRequest(tx, family, 'child-change', at, outcome.change, outcome.changes);
  await tx.query('update requests set child_id = $2 where id = $1', [request.id, childId]);
  await addHistory(tx, request.id, outcome.history);
  return getRequest(tx, family, request.id);
}

/** A child's health form: recorded when there is none, confirmed when unchanged, else a change request. */
export async function submitHealthForm(
  tx: Db,
  family: Family,
  childId: string,
  input: unknown,
  options: ServiceOptions,
): Promise<RequestReceipt> {
  const state = await childRequestState(tx, family, childId, options);
  const at = state.now;
  const outcome = decided(() => submitHealthFormDecision({ input, ...state }));
  if (outcome.kind === 'change') return storeChildChange(tx, family, childId, outcome, at);
  const request = await newRequest(tx, family, 'health-form', at, null);
  await tx.query("update requests set status = 'accepted', child_id = $2 where id = $1", [
    request.id,
    childId,
  ]);
  await tx.query('update children set health = $2, health_confirmed_at = $3 where id = $1', [
    childId,
    JSON.stringify(outcome.form),
    at,
  ]);
  await addHistory(tx, request.id, outcome.history);
  return getRequest(tx, family, request.id);
}

/** A change to a child's identity or health form (seed 004), for the service to accept or refuse. */
export async function requestChildChange(
  tx: Db,
  family: Family,
  childId: string,
  input: unknown,
  options: ServiceOptions,
): Promise<RequestReceipt> {
  const state = await childRequestState(tx, family, childId, options);
  const schools = await getSchools(tx);
  const outcome = decided(() => requestChildChangeDecision({ input, ...state, schools }));
  return storeChildChange(tx, family, childId, outcome, state.now);
}

/** The service accepted a child's change: a new health form counts as confirmed `at`. */
export async function applyChildChange(
  tx: Db,
  childId: string,
  change: ChildChangeInput,
  at: Date,
): Promise<void> {
  if (change.identity) {
    await tx.query(
      'update children set identity = $2, first_name = $3, last_name = $4, birth_date = $5 where id = $1',
      [
        childId,
        JSON.stringify(change.identity),
        change.identity.firstName,
        change.identity.lastName,
        change.identity.birthDate,
      ],
    );
  }
  if (change.health) {
    await tx.query('update children set health = $2, health_confirmed_at = $3 where id = $1', [
      childId,
      JSON.stringify(change.health),
      at,
    ]);
  }
}
