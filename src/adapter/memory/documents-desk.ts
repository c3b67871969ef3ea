import {
  communeTimeZone,
  dateIn,
  ProofInputSchema,
  type DownloadedFile,
  type FamilyDocument,
} from '../../domain/index.js';
import type { DemoDocument } from '../../demo-data/messages.js';
import { communes } from '../../demo-data/index.js';
import { AdapterError } from '../errors.js';
import { familyAttachments } from './files-desk.js';
import { checked, childOf, type Desk } from './memory-state.js';
import type { MemoryFamily } from './seed.js';

/*
 * The documents' desk: what the commune publishes for every family (the
 * demo's documents, dated from the adapter's clock on first use, their PDFs
 * written in the page by pdf-writer.ts) and the proofs the family sends (a
 * file sent first with uploadAttachment, kept with its kind and title).
 */

/** A published document with its PDF written. */
interface Published {
  document: FamilyDocument;
  file: DownloadedFile;
}

/** The commune's documents, written once (loaded with the desk). */
export interface DocumentsLoaded {
  published: Published[];
}

/** What the desk works on for one family. */
export interface DocumentsContext {
  desk: Desk;
  loaded: DocumentsLoaded;
  family: MemoryFamily;
  /** The content of a file of the family, by attachment id, if the adapter still has it. */
  file: (attachmentId: string) => Blob | undefined;
}

/** The demo's documents as the family sees them, their PDFs written by the page's writer. */
export async function publish(demo: readonly DemoDocument[]): Promise<DocumentsLoaded> {
  const { pdfFile } = await import('./pdf-writer.js');
  const published = demo.map((one): Published => {
    const { name, mediaType, blob, bytes } = pdfFile(one.pdf);
    return {
      document: {
        id: one.id,
        from: 'service',
        category: one.category,
        title: one.title,
        issuedOn: one.issuedOn,
        file: { id: `${one.id}-file`, name, mediaType, sizeBytes: bytes.length },
      },
      file: { name, mediaType, blob },
    };
  });
  return { published };
}

const proofsOf = (desk: Desk) => (desk.state.proofs ??= []);

/** The family's documents, newest first (its proofs of a day before the service's). */
export function documentList(context: DocumentsContext): { documents: FamilyDocument[] } {
  const all = [
    ...[...proofsOf(context.desk)].reverse(),
    ...context.loaded.published.map(({ document }) => document),
  ];
  return { documents: all.sort((a, b) => b.issuedOn.localeCompare(a.issuedOn)) };
}

/** How many documents the family has (the tab's count). */
export function documentCount(context: DocumentsContext): number {
  return context.loaded.published.length + proofsOf(context.desk).length;
}

/** A document's file, with its own name and type: another family's, or none, is not found. */
export function documentFile(context: DocumentsContext, documentId: string): DownloadedFile {
  const published = context.loaded.published.find(({ document }) => document.id === documentId);
  if (published) return published.file;
  const proof = proofsOf(context.desk).find((document) => document.id === documentId);
  const content = proof && context.file(proof.file.id);
  // A large proof's content lives in the page only (see the adapter): after a reload it is gone.
  if (!proof || !content) throw new AdapterError({ type: 'not-found', code: 'document.not-found' });
  return {
    name: proof.file.name,
    mediaType: proof.file.mediaType,
    blob: new Blob([content], { type: proof.file.mediaType }),
  };
}

/** "Envoyer un justificatif": the file sent first, kept among the family's documents. */
export function sendProof(context: DocumentsContext, body: unknown): FamilyDocument {
  const { desk } = context;
  const input = checked(ProofInputSchema, body);
  if (input.childId !== undefined) childOf(desk, input.childId);
  const [file] = familyAttachments(desk, [input.attachmentId]);
  const document: FamilyDocument = {
    id: `doc-${context.family}-${desk.state.counter}`,
    from: 'family',
    category: input.category,
    title: input.title,
    issuedOn: dateIn(desk.now(), communeTimeZone(communes[desk.profile])),
    ...(input.childId !== undefined ? { childId: input.childId } : {}),
    file: file!,
  };
  desk.state.counter += 1;
  proofsOf(desk).push(document);
  return document;
}
