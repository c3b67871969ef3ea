import { randomBytes } from 'node:crypto';
import {
  DocumentListSchema,
  FamilyDocumentSchema,
  type DocumentList,
  type FamilyDocument,
  type PdfDocument,
  type ProofInput,
} from '../../src/domain/index.js';
import type { FileAnswer } from './app.js';
import { familyAttachments } from './attachments.js';
import type { Db } from './db.js';
import { communeToday } from './invoice-records.js';
import { renderPdf } from './pdf.js';
import { notFound } from './problem.js';
import type { Family, ServiceOptions } from './requests.js';

/*
 * The family's documents (migration 018): what the service publishes for
 * every family of the commune (its file made once by the PDF writer and kept
 * in the row), and the proofs the family sends (the file it uploaded first,
 * kept once in `attachments`). Another family's proof is not found.
 */

type Service = Pick<ServiceOptions, 'now' | 'commune'>;

interface DocumentRow {
  id: string;
  familyId: string | null;
  category: string;
  title: unknown;
  issuedOn: string;
  childId: string | null;
  fileId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number | string;
}

/** The family's documents (one with `documentId`): the published ones and its own, newest first. */
async function documents(db: Db, familyId: string, documentId?: string): Promise<FamilyDocument[]> {
  const rows = await db.query<DocumentRow>(
    `select d.id, d.family_id as "familyId", d.category, d.title, to_char(d.issued_on, 'YYYY-MM-DD') as "issuedOn",
            d.child_id as "childId", coalesce(a.id, d.id) as "fileId", coalesce(a.name, d.file_name) as "fileName",
            coalesce(a.media_type, d.media_type) as "mediaType",
            coalesce(a.size_bytes, octet_length(d.content)) as "sizeBytes"
       from documents d left join attachments a on a.id = d.attachment_id and a.family_id = d.family_id
      where (d.family_id is null or d.family_id = $1) ${documentId === undefined ? '' : 'and d.id = $2'}
      order by d.issued_on desc, d.created_at desc, d.id`,
    documentId === undefined ? [familyId] : [familyId, documentId],
  );
  return rows.map((row) =>
    FamilyDocumentSchema.parse({
      id: row.id,
      from: row.familyId === null ? 'service' : 'family',
      category: row.category,
      title: row.title,
      issuedOn: row.issuedOn,
      ...(row.childId === null ? {} : { childId: row.childId }),
      file: {
        id: row.fileId,
        name: row.fileName,
        mediaType: row.mediaType,
        sizeBytes: Number(row.sizeBytes),
      },
    }),
  );
}

export async function getDocuments(db: Db, family: Family): Promise<DocumentList> {
  return DocumentListSchema.parse({ documents: await documents(db, family.id) });
}

/** How many documents the family has (the portal's tab count). */
export async function documentCount(db: Db, familyId: string): Promise<number> {
  const [row] = await db.query<{ count: number | string }>(
    'select count(*) as count from documents where family_id is null or family_id = $1',
    [familyId],
  );
  return Number(row?.count ?? 0);
}

/** A document's file, as a download: the published PDF, or the proof's file as the family sent it. */
export async function getDocumentFile(db: Db, family: Family, documentId: string): Promise<FileAnswer> {
  const [row] = await db.query<{ name: string; mediaType: string; content: Uint8Array }>(
    `select coalesce(a.name, d.file_name) as name, coalesce(a.media_type, d.media_type) as "mediaType",
            coalesce(a.content, d.content) as content
       from documents d left join attachments a on a.id = d.attachment_id and a.family_id = d.family_id
      where d.id = $1 and (d.family_id is null or d.family_id = $2)`,
    [documentId, family.id],
  );
  if (!row?.content) throw notFound('document.not-found');
  return { file: { name: row.name, mediaType: row.mediaType, bytes: Buffer.from(row.content) } };
}

/**
 * "Envoyer un justificatif": the family's file sent first kept as a proof
 * (not copied), dated the commune's today; another family's file or child is
 * not found. The body was checked against ProofInputSchema on the way in.
 */
export async function sendProof(
  tx: Db,
  family: Family,
  input: ProofInput,
  service: Service,
): Promise<FamilyDocument> {
  const [attachment] = await familyAttachments(tx, family, [input.attachmentId]);
  if (input.childId !== undefined) {
    const [child] = await tx.query('select 1 from children where id = $1 and family_id = $2', [
      input.childId,
      family.id,
    ]);
    if (!child) throw notFound('child.not-found');
  }
  const id = `doc-${randomBytes(12).toString('base64url')}`;
  await tx.query(
    `insert into documents (id, family_id, category, title, issued_on, child_id, attachment_id, created_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      id,
      family.id,
      input.category,
      JSON.stringify(input.title),
      communeToday(service),
      input.childId ?? null,
      attachment!.id,
      service.now(),
    ],
  );
  const [document] = await documents(tx, family.id, id);
  return document!;
}

/** What the commune publishes for every family: the document, its PDF made once (the same bytes each time). */
export async function publishDocument(
  tx: Db,
  document: {
    id: string;
    category: string;
    title: unknown;
    issuedOn: string;
    pdf: PdfDocument;
  },
): Promise<void> {
  const bytes = await renderPdf(document.pdf, document.issuedOn);
  await tx.query(
    `insert into documents (id, family_id, category, title, issued_on, file_name, media_type, content)
     values ($1, null, $2, $3, $4, $5, 'application/pdf', $6) on conflict (id) do nothing`,
    [
      document.id,
      document.category,
      JSON.stringify(document.title),
      document.issuedOn,
      document.pdf.fileName,
      bytes,
    ],
  );
}
