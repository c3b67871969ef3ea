import { attachmentCheck, attachmentName, sniffedBytes } from '../../domain/attachment-check.js';
import { AttachmentSchema, type Attachment } from '../../domain/index.js';
import { AdapterError } from '../errors.js';
import type { Desk } from './memory-state.js';

/*
 * The files desk: attachments the family sends, checked by the domain's rule
 * as the server checks them, and the iCal feed, which a backend in the
 * browser cannot offer (see `renewCalendarFeed`).
 */

/** A file as the desk needs it: what the browser says of it and its first bytes, read before the write. */
export interface ReadFile {
  name: string;
  declaredType: string;
  sizeBytes: number;
  head: Uint8Array;
}

/** The file's name, declared type, size and first bytes (only those: the demo keeps no content). */
export async function readFile(file: Blob & { readonly name?: string }): Promise<ReadFile> {
  const head = new Uint8Array(await file.slice(0, sniffedBytes).arrayBuffer());
  return { name: file.name ?? '', declaredType: file.type, sizeBytes: file.size, head };
}

/**
 * Keeps what is shown of an attachment (its content is not kept: the demo
 * never serves it back, and sessionStorage could not hold 10 MB), or refuses
 * it as the server does: `attachment.too-large`, `attachment.empty`, `attachment.type`.
 */
export function uploadAttachment(desk: Desk, file: ReadFile): Attachment {
  const check = attachmentCheck(file);
  if ('fault' in check) {
    throw new AdapterError({
      type: 'validation',
      code: check.fault,
      fieldIssues: [{ field: 'file', code: check.fault }],
    });
  }
  const attachments = (desk.state.attachments ??= []);
  const attachment = AttachmentSchema.parse({
    id: `att-${desk.state.counter}`,
    name: attachmentName(file.name, check.mediaType),
    mediaType: check.mediaType,
    sizeBytes: file.sizeBytes,
  });
  desk.state.counter += 1;
  attachments.push(attachment);
  return attachment;
}

/** The family's attachments of `ids`, in order; an unknown id is not found, as the server answers. */
export function familyAttachments(desk: Desk, ids: readonly string[]): Attachment[] {
  return ids.map((id) => {
    const attachment = desk.state.attachments?.find((candidate) => candidate.id === id);
    if (!attachment) throw new AdapterError({ type: 'not-found', code: 'attachment.not-found' });
    return attachment;
  });
}

/**
 * A calendar application subscribes to a feed by fetching its URL now and
 * then: a backend living in the page has no such URL (a `data:` URL would be a
 * snapshot that can be neither renewed nor revoked), so the demo says the
 * feed is unavailable instead of giving a link that cannot work.
 */
export function renewCalendarFeed(): never {
  throw new AdapterError({ type: 'not-found', code: 'feature.unavailable', retryable: false });
}
