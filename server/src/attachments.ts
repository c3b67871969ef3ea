import { randomBytes } from 'node:crypto';
import { AttachmentSchema, type Attachment } from '../../src/domain/index.js';
import type { Db } from './db.js';
import { notFound } from './problem.js';
import type { Family, ServiceOptions } from './requests.js';
import type { Upload } from './uploads.js';

/* Files the family sends (a medical certificate): kept in PostgreSQL, each the family's own. */

/** Keeps a checked file (see uploads.ts) for the family: what is shown of it, and its id to join it to a request. */
export async function uploadAttachment(
  tx: Db,
  family: Family,
  upload: Upload,
  options: Pick<ServiceOptions, 'now'>,
): Promise<Attachment> {
  const attachment = AttachmentSchema.parse({
    // Unguessable: an id never tells how many files others sent.
    id: `att-${randomBytes(12).toString('base64url')}`,
    name: upload.name,
    mediaType: upload.mediaType,
    sizeBytes: upload.sizeBytes,
  });
  await tx.query(
    `insert into attachments (id, family_id, name, media_type, size_bytes, sha256, content, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      attachment.id,
      family.id,
      attachment.name,
      attachment.mediaType,
      attachment.sizeBytes,
      upload.sha256,
      Buffer.from(upload.bytes),
      options.now(),
    ],
  );
  return attachment;
}

/**
 * The family's attachments of `ids` (an absence's certificates), in their
 * order; another family's or an unknown id is not found (404
 * `attachment.not-found`), never forbidden.
 */
export async function familyAttachments(
  tx: Db,
  family: Family,
  ids: readonly string[],
): Promise<Attachment[]> {
  if (ids.length === 0) return [];
  const rows = await tx.query<{ id: string; name: string; media_type: string; size_bytes: number }>(
    'select id, name, media_type, size_bytes from attachments where family_id = $1 and id = any($2::text[])',
    [family.id, [...ids]],
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => {
    const row = byId.get(id);
    if (!row) throw notFound('attachment.not-found');
    return AttachmentSchema.parse({
      id,
      name: row.name,
      mediaType: row.media_type,
      sizeBytes: row.size_bytes,
    });
  });
}
