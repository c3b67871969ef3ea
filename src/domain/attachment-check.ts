import { attachmentRules, type Attachment } from './calendar.js';

/*
 * What a file the family sends must be, checked the same by the element
 * before sending, the memory adapter and the server: at most 10 MB, a PDF,
 * JPEG or PNG by its first bytes (a renamed program is not a PDF because its
 * name says so), under a name safe to show and to download.
 */

export type AttachmentMediaType = Attachment['mediaType'];

/** Why a file is refused: too large (HTTP 413), empty, or not a PDF, JPEG or PNG (415). */
export type AttachmentFault = 'attachment.too-large' | 'attachment.empty' | 'attachment.type';

/** How many first bytes `sniffedMediaType` needs. */
export const sniffedBytes = 8;

const signatures: readonly [AttachmentMediaType, readonly number[]][] = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
];

const extensions: Record<AttachmentMediaType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
};

/** The media type the file's first bytes show, if it is one the service takes. */
export function sniffedMediaType(head: Uint8Array): AttachmentMediaType | undefined {
  return signatures.find(([, magic]) => magic.every((byte, index) => head[index] === byte))?.[0];
}

/** What the browser or the multipart part declares: nothing and a generic type say nothing. */
const declaresNothing = (type: string) => type === '' || type === 'application/octet-stream';

export interface AttachmentFile {
  sizeBytes: number;
  /** The type the browser or the request declared (`File.type`, the part's `Content-Type`). */
  declaredType: string;
  /** The file's first bytes (at least `sniffedBytes` of them when it has them). */
  head: Uint8Array;
}

/**
 * The file's media type, or why it is refused: size first (a 10 MB + 1 file
 * is too large whatever it is), then its first bytes, which must be a PDF,
 * JPEG or PNG and agree with a declared type when one is given.
 */
export function attachmentCheck(
  file: AttachmentFile,
): { mediaType: AttachmentMediaType } | { fault: AttachmentFault } {
  if (file.sizeBytes > attachmentRules.maxBytes) return { fault: 'attachment.too-large' };
  if (file.sizeBytes <= 0) return { fault: 'attachment.empty' };
  const sniffed = sniffedMediaType(file.head);
  const declared = file.declaredType.split(';')[0]!.trim().toLowerCase();
  if (!sniffed || (!declaresNothing(declared) && declared !== sniffed)) return { fault: 'attachment.type' };
  return { mediaType: sniffed };
}

/** Characters no file name keeps: controls, bidirectional overrides (`fdp.exe` shown as `exe.pdf`), reserved ones. */
// eslint-disable-next-line no-control-regex
const unsafe = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff<>:"/\\|?*]/g;

/**
 * The name a file is kept and shown under: its last path segment (browsers
 * may send `C:\fakepath\…`), without control, bidirectional or reserved
 * characters, at most 255 characters, ending in its type's extension
 * (`scan` → `scan.pdf`, `ordonnance.exe` holding a PDF → `ordonnance.exe.pdf`).
 */
export function attachmentName(name: string, mediaType: AttachmentMediaType): string {
  const last = name.split(/[/\\]/).pop() ?? '';
  const cleaned = last
    .normalize('NFC')
    .replace(unsafe, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const match = /^(.*)\.([^.]+)$/.exec(cleaned);
  const given = match?.[2]?.toLowerCase();
  const keeps = given !== undefined && extensions[mediaType].includes(given);
  const extension = keeps ? given : extensions[mediaType][0]!;
  const base = (keeps ? match![1]! : cleaned) || 'piece-jointe';
  // Cut by code points, so that no surrogate pair is split.
  const points = [...base];
  const room = 255 - extension.length - 1;
  return `${points.length > room ? points.slice(0, room).join('').trimEnd() : base}.${extension}`;
}
