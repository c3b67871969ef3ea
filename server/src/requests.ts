import { randomBytes } from 'node:crypto';
import {
  LocaleSchema,
  mailLanguage,
  newTrackingCode,
  ParentIdentitySchema,
  renderMail,
  RequestReceiptSchema,
  type CommuneSettings,
  type MailMessage,
  type RequestEntries,
  type RequestReceipt,
  type StatusHistoryEntry,
} from '../../src/domain/index.js';
import type { Db } from './db.js';
import { notFound } from './problem.js';

/*
 * What every feature of the service shares: the session's family, requests
 * and their history, the outbox, and the domain's refusals as problems.
 * Every function is scoped to one family (the session's): there is no way to
 * reach another family's data through it.
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

export { decided, problemOf } from './problem.js';

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
      'status', h.status, 'label', h.label, 'at', h.at, 'author', h.author,
      'messageCode', h.message_code, 'params', h.params, 'message', h.message) order by h.id), '[]')
    from request_history h where h.request_id = r.id))`;

export interface ReceiptJson {
  submittedAt: string;
  changes: unknown;
  childId: string | null;
  history: {
    at: string;
    author: string | null;
    messageCode: string | null;
    params: unknown;
    message: string | null;
  }[];
  [field: string]: unknown;
}

/** The wire form: timestamps in UTC ISO, absent rather than null. */
export function toReceipt({ submittedAt, changes, childId, history, ...rest }: ReceiptJson): RequestReceipt {
  return RequestReceiptSchema.parse({
    ...rest,
    submittedAt: iso(submittedAt),
    ...(changes ? { changes } : {}),
    ...(childId ? { childId } : {}),
    history: history.map(({ at, author, messageCode, params, message, ...entry }) => ({
      ...entry,
      at: iso(at),
      ...(author ? { author } : {}),
      ...(messageCode ? { messageCode } : {}),
      ...(params ? { params } : {}),
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

export async function getRequest(db: Db, family: Family, requestId: string): Promise<RequestReceipt> {
  const [receipt] = await receipts(db, family.id, requestId);
  if (!receipt) throw notFound('request.not-found');
  return receipt;
}

export async function currentParent(db: Db, familyId: string) {
  const [row] = await db.query<{ id: string; identity: unknown }>(
    'select id, identity from parents where family_id = $1',
    [familyId],
  );
  return row && { id: row.id, ...ParentIdentitySchema.parse(row.identity) };
}

/** A new pending request of the family; answers its id and number. */
export async function newRequest(
  tx: Db,
  family: Family,
  kind: RequestReceipt['kind'],
  at: Date,
  payload: unknown,
  changes?: unknown,
): Promise<{ id: string; number: string }> {
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
  return { id, number };
}

/** Appends a decision's history entries to a request. */
export async function addHistory(
  tx: Db,
  requestId: string,
  entries: readonly StatusHistoryEntry[],
): Promise<void> {
  for (const entry of entries)
    await tx.query(
      `insert into request_history (request_id, status, label, at, author, message_code, params, message)
       values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        requestId,
        entry.status,
        entry.label,
        entry.at,
        entry.author ?? null,
        entry.messageCode ?? null,
        entry.params ? JSON.stringify(entry.params) : null,
        entry.message ?? null,
      ],
    );
}

/** Appends a decision's history entries, request by request. */
export async function addHistories(tx: Db, entries: RequestEntries): Promise<void> {
  for (const { requestId, entries: added } of entries) await addHistory(tx, requestId, added);
}

export async function pendingOf(tx: Db, familyId: string, kind: RequestReceipt['kind']): Promise<boolean> {
  const rows = await tx.query(
    "select 1 from requests where family_id = $1 and kind = $2 and status = 'pending'",
    [familyId, kind],
  );
  return rows.length > 0;
}

/**
 * Puts an e-mail in the outbox, worded in the language of the request's
 * family (else the commune's); none without an address.
 */
export async function send(
  tx: Db,
  mail: MailMessage,
  requestId: string,
  options: Pick<ServiceOptions, 'commune'>,
): Promise<void> {
  if (!mail.to) return;
  const [family] = await tx.query<{ language: string | null }>(
    'select f.language from requests r join families f on f.id = r.family_id where r.id = $1',
    [requestId],
  );
  const language = mailLanguage(LocaleSchema.safeParse(family?.language).data, options.commune);
  const { subject, body } = renderMail(mail.code, mail.params, language, options.commune);
  await tx.query(
    `insert into outbox (to_address, subject, body, request_id, code, params, language)
     values ($1, $2, $3, $4, $5, $6, $7)`,
    [mail.to, subject, body, requestId, mail.code, JSON.stringify(mail.params), language],
  );
}
