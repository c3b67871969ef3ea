import { randomBytes } from 'node:crypto';
import {
  EnrolmentDraftInputSchema,
  EnrolmentDraftSchema,
  newTrackingCode,
  type EnrolmentDraft,
} from '../../src/domain/index.js';
import type { Db } from './db.js';
import { checked, notFound } from './problem.js';
import { iso, type Family, type ServiceOptions } from './requests.js';

/* "Brouillons en cours": enrolments in progress, kept under their tracking code. */

/** Saves an enrolment in progress under its tracking code (a new one, unique, when it has none). */
export async function saveEnrolmentDraft(
  tx: Db,
  family: Family,
  input: unknown,
  options: Pick<ServiceOptions, 'now'>,
): Promise<EnrolmentDraft> {
  const body = checked(EnrolmentDraftInputSchema, input);
  const at = options.now();
  let trackingCode = body.trackingCode;
  if (trackingCode) {
    const [row] = await tx.query(
      'select 1 from enrolment_drafts where tracking_code = $1 and family_id = $2 for update',
      [trackingCode, family.id],
    );
    if (!row) throw notFound('draft.not-found');
  } else {
    for (;;) {
      trackingCode = newTrackingCode(randomBytes);
      const [taken] = await tx.query(
        'select 1 from enrolment_drafts where tracking_code = $1 union all select 1 from requests where tracking_code = $1',
        [trackingCode],
      );
      if (!taken) break;
    }
  }
  const draft = EnrolmentDraftSchema.parse({ ...body, trackingCode, updatedAt: at.toISOString() });
  const { trackingCode: _code, updatedAt: _at, ...data } = draft;
  await tx.query(
    `insert into enrolment_drafts (tracking_code, family_id, data, updated_at) values ($1, $2, $3, $4)
     on conflict (tracking_code) do update set data = excluded.data, updated_at = excluded.updated_at`,
    [trackingCode, family.id, JSON.stringify(data), at],
  );
  return draft;
}

/** "Brouillons en cours": the family's enrolments in progress, the latest first. */
export async function getEnrolmentDrafts(db: Db, family: Family): Promise<EnrolmentDraft[]> {
  const rows = await db.query<{
    trackingCode: string;
    data: Record<string, unknown>;
    updatedAt: Date | string;
  }>(
    `select tracking_code as "trackingCode", data, updated_at as "updatedAt"
       from enrolment_drafts where family_id = $1 order by updated_at desc`,
    [family.id],
  );
  return rows.map((row) =>
    EnrolmentDraftSchema.parse({
      ...row.data,
      trackingCode: row.trackingCode,
      updatedAt: iso(row.updatedAt),
    }),
  );
}

/** "Abandonner": the family's draft is gone. */
export async function deleteEnrolmentDraft(
  tx: Db,
  family: Family,
  trackingCode: string,
): Promise<{ trackingCode: string }> {
  const deleted = await tx.query(
    'delete from enrolment_drafts where tracking_code = $1 and family_id = $2 returning 1',
    [trackingCode, family.id],
  );
  if (deleted.length === 0) throw notFound('draft.not-found');
  return { trackingCode };
}
