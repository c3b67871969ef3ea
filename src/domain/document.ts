import * as z from 'zod/mini';
import { AttachmentSchema } from './calendar.js';
import { proofCategories, publishedCategories } from './document-codes.js';
import { localizedText } from './localized-text.js';

/*
 * The family's documents (seed 003's downloads and "Mes envois"): what the
 * service publishes for the family (the rules, menus, its statements and
 * certificates) and the proofs the parent sends (a medical certificate, an
 * income certificate). A document is a file downloaded with its own name;
 * the invoices' PDFs stay with the invoices.
 */

const id = z.string().check(z.minLength(1), z.maxLength(100));

export { proofCategories, publishedCategories } from './document-codes.js';

export const DocumentCategorySchema = z.enum([...publishedCategories, ...proofCategories]);
export type DocumentCategory = z.infer<typeof DocumentCategorySchema>;

/** One document: published by the service, or sent by the family. */
export const FamilyDocumentSchema = z.object({
  id,
  from: z.enum(['service', 'family']),
  category: DocumentCategorySchema,
  /** The service's title per language, or the name the parent gave. */
  title: localizedText({ max: 300 }),
  /** The day the service published it, or the family sent it. */
  issuedOn: z.iso.date(),
  /** For a document about one child. */
  childId: z.optional(id),
  file: AttachmentSchema,
});
export type FamilyDocument = z.infer<typeof FamilyDocumentSchema>;

/** The family's documents, newest first. */
export const DocumentListSchema = z.object({ documents: z.array(FamilyDocumentSchema) });
export type DocumentList = z.infer<typeof DocumentListSchema>;

/** "Envoyer un justificatif": its kind, what it is, for which child, the file sent first. */
export const ProofInputSchema = z.object({
  category: z.enum(proofCategories),
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  childId: z.optional(id),
  attachmentId: id,
});
export type ProofInput = z.infer<typeof ProofInputSchema>;
