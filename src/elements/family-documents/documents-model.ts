import type { Attachment, ChildSummary, FamilyDocument } from '../../domain/index.js';

/*
 * What <family-documents> shows, as pure functions the templates only render:
 * the two sections, newest first, the published ones by category, each file's
 * kind and size in the parent's words.
 */

import { publishedCategories, type PublishedCategory } from '../../domain/document-codes.js';

export { proofCategories, publishedCategories } from '../../domain/document-codes.js';
export type { ProofCategory, PublishedCategory } from '../../domain/document-codes.js';

/** Newest first (by day, then by id so that the order never flickers). */
export function newestFirst(documents: readonly FamilyDocument[]): FamilyDocument[] {
  return [...documents].sort((a, b) =>
    a.issuedOn === b.issuedOn ? a.id.localeCompare(b.id) : a.issuedOn < b.issuedOn ? 1 : -1,
  );
}

/** The documents read, with those sent since (by id: a proof sent is not listed twice), in their two sections. */
export function sections(
  read: readonly FamilyDocument[],
  added: readonly FamilyDocument[] = [],
): { published: FamilyDocument[]; sent: FamilyDocument[] } {
  const byId = new Map<string, FamilyDocument>();
  for (const document of [...added, ...read]) byId.set(document.id, document);
  const all = newestFirst([...byId.values()]);
  return {
    published: all.filter((document) => document.from === 'service'),
    sent: all.filter((document) => document.from === 'family'),
  };
}

/** The categories the service published something in, in the contract's order (the filter's choices). */
export function publishedIn(published: readonly FamilyDocument[]): PublishedCategory[] {
  return publishedCategories.filter((category) =>
    published.some((document) => document.category === category),
  );
}

/** The published documents of `category` (all of them without one). */
export function ofCategory(
  published: readonly FamilyDocument[],
  category: PublishedCategory | undefined,
): FamilyDocument[] {
  return category ? published.filter((document) => document.category === category) : [...published];
}

/** Whether `value` is a category of what the service publishes. */
export const isPublishedCategory = (value: string | undefined): value is PublishedCategory =>
  (publishedCategories as readonly string[]).includes(value ?? '');

/** The child a document is about, by first name, when the family has them. */
export function childName(
  children: readonly ChildSummary[],
  childId: string | undefined,
): string | undefined {
  return childId ? children.find((child) => child.id === childId)?.firstName : undefined;
}

/** A file's kind as parents know it: PDF, JPEG, PNG. */
export function fileKind(file: Pick<Attachment, 'mediaType'>): string {
  return file.mediaType === 'application/pdf' ? 'PDF' : file.mediaType === 'image/png' ? 'PNG' : 'JPEG';
}

/** A file's size in the parent's unit ("48 Ko", "1,2 Mo"): the number, and its unit's key. */
export function fileSize(bytes: number, locale: string): { unit: 'kb' | 'mb'; size: string } {
  if (bytes < 1_000_000) return { unit: 'kb', size: String(Math.max(1, Math.round(bytes / 1000))) };
  return {
    unit: 'mb',
    size: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1_000_000),
  };
}
