import { randomBytes } from 'node:crypto';
import {
  checkChildChange,
  checkHealthFormInput,
  ChildChangeInputSchema,
  diffChild,
  type ChildChangeInput,
  type FieldChange,
  checkChangeRequest,
  checkChildRegistration,
  checkRegistration,
  childSummary,
  ChildRecordSchema,
  ChildRegistrationSchema,
  findSameChild,
  healthStatus,
  newTrackingCode,
  SchoolSiteSchema,
  type ChildIdentity,
  type ChildRecord,
  type ChildRegistration,
  type SchoolSite,
  communeDay,
  FamilySnapshotSchema,
  ParentIdentitySchema,
  RequestReceiptSchema,
  serviceDecidedKinds,
  statusLabels,
  type CommuneSettings,
  type FamilySnapshot,
  type ParentIdentity,
  type RequestReceipt,
} from '../../src/domain/index.js';
import { decideCampUnsubscribe } from './camps.js';
import type { Db } from './db.js';
import { conflict, invalid, notFound } from './problem.js';

/**
 * The commune service's rules over the database: what a family sees and what
 * its requests do. Every function is scoped to one family (the session's):
 * there is no way to reach another family's data through it.
 */

export interface ServiceOptions {
  commune: CommuneSettings;
  /** `automatic`: a registration is accepted at once (the seeds' portals); `review`: the service decides. */
  registration: 'automatic' | 'review';
  now: () => Date;
}

export interface Family {
  id: string;
  accountId: string;
  email: string | undefined;
  displayName: string | undefined;
}

export const iso = (value: Date | string) => (value instanceof Date ? value : new Date(value)).toISOString();

export async function familyOfAccount(db: Db, accountId: string): Promise<Family | undefined> {
  const [row] = await db.query<{ id: string; email: string | null; display_name: string | null }>(
    'select f.id, a.email, a.display_name from families f join accounts a on a.id = f.account_id where a.id = $1',
    [accountId],
  );
  return (
    row && {
      id: row.id,
      accountId,
      email: row.email ?? undefined,
      displayName: row.display_name ?? undefined,
    }
  );
}

/** A request with its history, as one JSON value built by PostgreSQL (one query, however long the history). */
export const receiptJson = `json_build_object(
  'id', r.id, 'number', r.number, 'trackingCode', r.tracking_code, 'kind', r.kind, 'status', r.status,
  'submittedAt', r.submitted_at, 'changes', r.changes, 'childId', r.child_id,
  'history', (select coalesce(json_agg(json_build_object(
      'status', h.status, 'label', h.label, 'at', h.at, 'author', h.author, 'message', h.message) order by h.id), '[]')
    from request_history h where h.request_id = r.id))`;

export interface ReceiptJson {
  submittedAt: string;
  changes: unknown;
  childId: string | null;
  history: { at: string; author: string | null; message: string | null }[];
  [field: string]: unknown;
}

/** The wire form: timestamps in UTC ISO, absent rather than null. */
export function toReceipt({ submittedAt, changes, childId, history, ...rest }: ReceiptJson): RequestReceipt {
  return RequestReceiptSchema.parse({
    ...rest,
    submittedAt: iso(submittedAt),
    ...(changes ? { changes } : {}),
    ...(childId ? { childId } : {}),
    history: history.map(({ at, author, message, ...entry }) => ({
      ...entry,
      at: iso(at),
      ...(author ? { author } : {}),
      ...(message ? { message } : {}),
    })),
  });
}

async function receipts(db: Db, familyId: string, requestId?: string): Promise<RequestReceipt[]> {
  const rows = await db.query<{ receipt: ReceiptJson }>(
    `select ${receiptJson} as receipt from requests r
      where r.family_id = $1 ${requestId ? 'and r.id = $2' : ''} order by r.submitted_at, r.number`,
    requestId ? [familyId, requestId] : [familyId],
  );
  return rows.map((row) => toReceipt(row.receipt));
}

export async function currentParent(db: Db, familyId: string) {
  const [row] = await db.query<{ id: string; identity: unknown }>(
    'select id, identity from parents where family_id = $1',
    [familyId],
  );
  return row && { id: row.id, ...ParentIdentitySchema.parse(row.identity) };
}

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

interface ChildRow {
  id: string;
  identity: unknown;
  health: unknown;
  confirmedAt: string | null;
}

function toChildRecord(row: ChildRow, options: Pick<ServiceOptions, 'now' | 'commune'>): ChildRecord {
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

/** One child of the family: another family's child is not found, never forbidden. */
export async function getChild(
  db: Db,
  family: Family,
  childId: string,
  options: Pick<ServiceOptions, 'now' | 'commune'>,
): Promise<ChildRecord> {
  const [row] = await db.query<ChildRow>(
    `select id, identity, health, health_confirmed_at as "confirmedAt" from children where id = $1 and family_id = $2`,
    [childId, family.id],
  );
  if (!row) throw notFound('child.not-found');
  return toChildRecord(row, options);
}

/** "Enregistrer un enfant": a child the family already has is linked, not created twice. */
export async function registerChild(
  tx: Db,
  family: Family,
  input: unknown,
  options: ServiceOptions,
): Promise<ChildRegistration> {
  await tx.query('select id from families where id = $1 for update', [family.id]);
  if (!(await currentParent(tx, family.id))) throw conflict('parent.not-registered');
  const at = options.now();
  const checked = checkChildRegistration(input, {
    today: communeDay(at),
    country: options.commune.country,
    schools: await getSchools(tx),
  });
  if (!checked.ok) throw invalid(checked.issues);
  const identity = checked.value;
  const known = await tx.query<{ id: string; identity: ChildIdentity }>(
    'select id, identity from children where family_id = $1',
    [family.id],
  );
  const same = findSameChild(identity, known);
  const requestId = await newRequest(tx, family, 'child-registration', at, null);
  const [{ number } = { number: '' }] = await tx.query<{ number: string }>(
    'select number from requests where id = $1',
    [requestId],
  );
  const childId = same?.id ?? `chi-${number}`;
  if (!same) {
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
  await tx.query("update requests set status = 'accepted', child_id = $2, payload = $3 where id = $1", [
    requestId,
    childId,
    JSON.stringify(identity),
  ]);
  await addHistory(tx, requestId, 'child-received', at);
  await addHistory(tx, requestId, same ? 'child-linked' : 'child-registered', at);
  return ChildRegistrationSchema.parse({
    receipt: await getRequest(tx, family, requestId),
    childId,
    linked: Boolean(same),
  });
}

export async function lockedChild(
  tx: Db,
  family: Family,
  childId: string,
  options: ServiceOptions,
): Promise<ChildRecord> {
  const [row] = await tx.query<ChildRow>(
    `select id, identity, health, health_confirmed_at as "confirmedAt" from children where id = $1 and family_id = $2 for update`,
    [childId, family.id],
  );
  if (!row) throw notFound('child.not-found');
  return toChildRecord(row, options);
}

async function childChangeRequest(
  tx: Db,
  family: Family,
  child: ChildRecord,
  change: ChildChangeInput,
  changes: FieldChange[],
  options: ServiceOptions,
): Promise<RequestReceipt> {
  const pending = await tx.query(
    "select 1 from requests where child_id = $1 and kind = 'child-change' and status = 'pending'",
    [child.id],
  );
  if (pending.length > 0) throw conflict('change.pending');
  const at = options.now();
  const requestId = await newRequest(tx, family, 'child-change', at, null, changes);
  await tx.query('update requests set child_id = $2, payload = $3 where id = $1', [
    requestId,
    child.id,
    JSON.stringify(change),
  ]);
  await addHistory(tx, requestId, 'child-change-received', at, {
    message: change.comment?.trim() || undefined,
  });
  return getRequest(tx, family, requestId);
}

/** A child's health form: recorded when there is none, confirmed when unchanged, else a change request. */
export async function submitHealthForm(
  tx: Db,
  family: Family,
  childId: string,
  input: unknown,
  options: ServiceOptions,
): Promise<RequestReceipt> {
  const child = await lockedChild(tx, family, childId, options);
  const at = options.now();
  const checked = checkHealthFormInput(input, {
    today: communeDay(at),
    country: options.commune.country,
  });
  if (!checked.ok) throw invalid(checked.issues);
  const form = checked.value;
  const current = child.health?.form;
  // Both went through the schema: same keys in the same order, so their JSON compares.
  if (current && JSON.stringify(current) !== JSON.stringify(form)) {
    const health = { health: form };
    return childChangeRequest(
      tx,
      family,
      child,
      health,
      diffChild({ identity: child.identity, health: current }, health),
      options,
    );
  }
  const requestId = await newRequest(tx, family, 'health-form', at, null);
  await tx.query("update requests set status = 'accepted', child_id = $2 where id = $1", [
    requestId,
    childId,
  ]);
  await tx.query('update children set health = $2, health_confirmed_at = $3 where id = $1', [
    childId,
    JSON.stringify(form),
    at,
  ]);
  await addHistory(tx, requestId, 'health-form-received', at);
  await addHistory(tx, requestId, current ? 'health-form-confirmed' : 'health-form-recorded', at);
  return getRequest(tx, family, requestId);
}

/** A change to a child's identity or health form (seed 004), for the service to accept or refuse. */
export async function requestChildChange(
  tx: Db,
  family: Family,
  childId: string,
  input: unknown,
  options: ServiceOptions,
): Promise<RequestReceipt> {
  const child = await lockedChild(tx, family, childId, options);
  const checked = checkChildChange(
    input,
    { identity: child.identity, health: child.health?.form },
    {
      today: communeDay(options.now()),
      country: options.commune.country,
      schools: await getSchools(tx),
    },
  );
  if (!checked.ok) throw invalid(checked.issues);
  return childChangeRequest(tx, family, child, checked.value.change, checked.value.changes, options);
}

export async function getRequest(db: Db, family: Family, requestId: string): Promise<RequestReceipt> {
  const [receipt] = await receipts(db, family.id, requestId);
  if (!receipt) throw notFound('request.not-found');
  return receipt;
}

export async function newRequest(
  tx: Db,
  family: Family,
  kind: RequestReceipt['kind'],
  at: Date,
  payload: ParentIdentity | null,
  changes?: unknown,
): Promise<string> {
  const [{ n } = { n: 0 }] = await tx.query<{ n: string | number }>("select nextval('request_numbers') as n");
  const number = `${String(at.getUTCFullYear()).slice(2)}-${n}`;
  const id = `req-${number}`;
  await tx.query(
    `insert into requests (id, family_id, number, tracking_code, kind, status, submitted_at, payload, changes)
     values ($1, $2, $3, $4, $5, 'pending', $6, $7, $8)`,
    [
      id,
      family.id,
      number,
      newTrackingCode(randomBytes),
      kind,
      at,
      JSON.stringify(payload),
      changes ? JSON.stringify(changes) : null,
    ],
  );
  return id;
}

export async function addHistory(
  tx: Db,
  requestId: string,
  status: string,
  at: Date,
  extra: { author?: string | undefined; message?: string | undefined } = {},
): Promise<void> {
  await tx.query(
    'insert into request_history (request_id, status, label, at, author, message) values ($1, $2, $3, $4, $5, $6)',
    [requestId, status, statusLabels[status] ?? status, at, extra.author ?? null, extra.message ?? null],
  );
}

async function pendingOf(tx: Db, familyId: string, kind: RequestReceipt['kind']): Promise<boolean> {
  const rows = await tx.query(
    "select 1 from requests where family_id = $1 and kind = $2 and status = 'pending'",
    [familyId, kind],
  );
  return rows.length > 0;
}

export async function send(
  tx: Db,
  to: string | undefined,
  subject: string,
  body: string,
  requestId: string,
): Promise<void> {
  if (!to) return;
  await tx.query('insert into outbox (to_address, subject, body, request_id) values ($1, $2, $3, $4)', [
    to,
    subject,
    body,
    requestId,
  ]);
}

/** "M'enregistrer en tant que parent". Runs inside the caller's transaction. */
export async function registerParent(
  tx: Db,
  family: Family,
  input: unknown,
  options: ServiceOptions,
): Promise<RequestReceipt> {
  // Lock the family row: two registrations of one family never run side by side.
  await tx.query('select id from families where id = $1 for update', [family.id]);
  if (await currentParent(tx, family.id)) throw conflict('parent.already-registered');
  if (await pendingOf(tx, family.id, 'parent-registration')) throw conflict('registration.pending');
  const checked = checkRegistration(input, options.commune, family.email);
  if (!checked.ok) throw invalid(checked.issues);
  const at = options.now();
  const id = await newRequest(tx, family, 'parent-registration', at, checked.value);
  await addHistory(tx, id, 'registration-received', at);
  const email = family.email ?? checked.value.email;
  if (options.registration === 'automatic') {
    await acceptRegistration(tx, family.id, id, at);
    await send(
      tx,
      email,
      `${options.commune.name} : vous êtes bien enregistré`,
      registeredMail(checked.value, options.commune),
      id,
    );
  } else {
    await send(
      tx,
      email,
      `${options.commune.name} : demande d’enregistrement reçue`,
      receivedMail(checked.value, options.commune),
      id,
    );
  }
  return getRequest(tx, family, id);
}

async function acceptRegistration(
  tx: Db,
  familyId: string,
  requestId: string,
  at: Date,
  author?: string,
): Promise<void> {
  const [row] = await tx.query<{ payload: unknown; number: string }>(
    'select payload, number from requests where id = $1',
    [requestId],
  );
  if (!row) throw notFound('request.not-found');
  await tx.query('insert into parents (id, family_id, identity, registered_at) values ($1, $2, $3, $4)', [
    `par-${row.number}`,
    familyId,
    JSON.stringify(ParentIdentitySchema.parse(row.payload)),
    at,
  ]);
  await tx.query("update requests set status = 'accepted' where id = $1", [requestId]);
  await addHistory(tx, requestId, 'registered', at, { author });
}

/** A known parent asks to change their details; the service accepts or refuses it later (seed 004). */
export async function requestParentChange(
  tx: Db,
  family: Family,
  input: unknown,
  options: ServiceOptions,
): Promise<RequestReceipt> {
  await tx.query('select id from families where id = $1 for update', [family.id]);
  const parent = await currentParent(tx, family.id);
  if (!parent) throw conflict('parent.not-registered');
  if (await pendingOf(tx, family.id, 'parent-change')) throw conflict('change.pending');
  const checked = checkChangeRequest(input, parent, options.commune, family.email);
  if (!checked.ok) throw invalid(checked.issues);
  const { identity, comment, changes } = checked.value;
  const at = options.now();
  const id = await newRequest(tx, family, 'parent-change', at, identity, changes);
  await addHistory(tx, id, 'change-received', at, { message: comment || undefined });
  await send(
    tx,
    family.email ?? parent.email,
    `${options.commune.name} : demande de modification reçue`,
    `Bonjour ${parent.firstName},\n\nLe ${options.commune.serviceName} a bien reçu votre demande de modification de vos coordonnées. Il l’accepte ou la refuse ; vous recevrez sa réponse par e-mail.\n`,
    id,
  );
  return getRequest(tx, family, id);
}

/** The service's decision on a pending request (its back office; used by the dev pages and tests). */
export async function decide(
  tx: Db,
  family: Family,
  requestId: string,
  decision: 'accepted' | 'refused',
  options: ServiceOptions,
  reason?: string,
): Promise<RequestReceipt> {
  const [row] = await tx.query<{ kind: string; status: string; payload: unknown }>(
    'select kind, status, payload from requests where id = $1 and family_id = $2 for update',
    [requestId, family.id],
  );
  if (!row) throw notFound('request.not-found');
  if (row.status !== 'pending') throw conflict('request.not-pending');
  // A camp enrolment is settled by its payment (or its cart's deadline), not by the back office.
  if (!decidedByService(row.kind)) throw conflict('request.not-decided-by-service');
  const at = options.now();
  const author = options.commune.serviceName;
  if (row.kind === 'camp-unsubscribe') {
    await decideCampUnsubscribe(tx, family, requestId, row.payload, decision, options, reason);
  } else if (decision === 'accepted' && row.kind === 'parent-registration') {
    await acceptRegistration(tx, family.id, requestId, at, author);
  } else if (decision === 'accepted' && row.kind === 'child-change') {
    const change = ChildChangeInputSchema.parse(row.payload);
    const [target] = await tx.query<{ child_id: string }>('select child_id from requests where id = $1', [
      requestId,
    ]);
    if (change.identity) {
      await tx.query(
        'update children set identity = $2, first_name = $3, last_name = $4, birth_date = $5 where id = $1',
        [
          target?.child_id,
          JSON.stringify(change.identity),
          change.identity.firstName,
          change.identity.lastName,
          change.identity.birthDate,
        ],
      );
    }
    if (change.health) {
      await tx.query('update children set health = $2, health_confirmed_at = $3 where id = $1', [
        target?.child_id,
        JSON.stringify(change.health),
        at,
      ]);
    }
    await tx.query("update requests set status = 'accepted' where id = $1", [requestId]);
    await addHistory(tx, requestId, 'child-change-accepted', at, { author });
  } else if (decision === 'accepted') {
    await tx.query('update parents set identity = $2 where family_id = $1', [
      family.id,
      JSON.stringify(row.payload),
    ]);
    await tx.query("update requests set status = 'accepted' where id = $1", [requestId]);
    await addHistory(tx, requestId, 'change-accepted', at, { author });
  } else {
    await tx.query("update requests set status = 'refused' where id = $1", [requestId]);
    const status =
      row.kind === 'parent-registration'
        ? 'registration-refused'
        : row.kind === 'child-change'
          ? 'child-change-refused'
          : 'change-refused';
    await addHistory(tx, requestId, status, at, { author, message: reason });
  }
  const receipt = await getRequest(tx, family, requestId);
  const parent = await currentParent(tx, family.id);
  const payload = parent ?? ParentIdentitySchema.parse(row.payload);
  await send(
    tx,
    family.email ?? payload.email,
    decisionSubject(receipt, options.commune),
    decisionMail(receipt, payload, options.commune, reason),
    requestId,
  );
  return receipt;
}

/** The kinds of request the service accepts or refuses in its back office. */
export function decidedByService(kind: string): boolean {
  return (serviceDecidedKinds as readonly string[]).includes(kind);
}

function decisionSubject(receipt: RequestReceipt, commune: CommuneSettings): string {
  const what =
    receipt.kind === 'parent-registration'
      ? 'demande d’enregistrement'
      : receipt.kind === 'camp-unsubscribe'
        ? 'demande de désinscription'
        : 'demande de modification';
  return `${commune.name} : votre ${what} n° ${receipt.number} a été ${receipt.status === 'accepted' ? 'acceptée' : 'refusée'}`;
}

function decisionMail(
  receipt: RequestReceipt,
  identity: ParentIdentity,
  commune: CommuneSettings,
  reason?: string,
): string {
  // An accepted unsubscribe's history says which week of which child, and that any refund is the service's.
  const outcome =
    receipt.status === 'accepted'
      ? receipt.kind === 'parent-registration'
        ? 'Vous êtes bien enregistré : vous pouvez à présent enregistrer votre ou vos enfants.'
        : receipt.kind === 'camp-unsubscribe'
          ? (receipt.history.at(-1)?.message ?? '')
          : 'Vos nouvelles coordonnées sont enregistrées.'
      : `Votre demande a été refusée.${reason ? `\n\nMotif : ${reason}` : ''}`;
  return `Bonjour ${identity.firstName},\n\nLe ${commune.serviceName} a traité votre demande n° ${receipt.number}. ${outcome}\n\n${commune.name}\n`;
}

function registeredMail(identity: ParentIdentity, commune: CommuneSettings): string {
  return `Bonjour ${identity.firstName},\n\nVotre inscription dans notre portail parent a été correctement réalisée. Vous pouvez à présent enregistrer votre ou vos enfants.\n\n${commune.serviceName}\n${commune.name}\n`;
}

function receivedMail(identity: ParentIdentity, commune: CommuneSettings): string {
  return `Bonjour ${identity.firstName},\n\nLe ${commune.serviceName} a bien reçu votre demande d’enregistrement. Vous serez informé de la suite par e-mail.\n\n${commune.name}\n`;
}
