import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import {
  attachmentCheck,
  attachmentName,
  sniffedBytes,
  type AttachmentMediaType,
} from '../../src/domain/attachment-check.js';
import { attachmentRules } from '../../src/domain/index.js';
import { Problem } from './problem.js';

/** A file the family sent, checked: its safe name, its type by its first bytes, its bytes. */
export interface Upload {
  name: string;
  mediaType: AttachmentMediaType;
  sizeBytes: number;
  sha256: string;
  bytes: Uint8Array;
}

/** What a multipart body may hold beyond the file: its boundaries and part headers. */
const envelopeBytes = 16 * 1024;

const refused = (code: 'attachment.too-large' | 'attachment.empty' | 'attachment.type') => {
  const status = code === 'attachment.too-large' ? 413 : code === 'attachment.type' ? 415 : 422;
  return new Problem(status, 'validation', code, [{ field: 'file', code }]);
};

/**
 * The body read as it arrives, refused (413) as soon as it holds more than
 * `limit` bytes: a 2 GB upload is cut after 10 MB, never buffered whole.
 */
async function boundedBody(c: Context, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(c.req.header('content-length') ?? 0);
  if (declared > limit) throw refused('attachment.too-large');
  const stream = c.req.raw.body;
  if (!stream) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw refused('attachment.too-large');
    }
    chunks.push(read.value);
  }
  const body = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * The one file of a `multipart/form-data` body (field `file`): 415 for
 * another body type, 400 when malformed or without the field, 413 above 10 MB,
 * 415 when its first bytes are not a PDF, JPEG or PNG (or contradict its
 * declared type). The rule is the domain's (attachment-check.ts).
 */
export async function readUpload(c: Context): Promise<Upload> {
  const type = c.req.header('content-type') ?? '';
  if (!/^multipart\/form-data;\s*boundary=/i.test(type))
    throw new Problem(415, 'validation', 'body.unsupported-type');
  const body = await boundedBody(c, attachmentRules.maxBytes + envelopeBytes);
  let form: FormData;
  try {
    form = await new Response(body, { headers: { 'content-type': type } }).formData();
  } catch {
    throw new Problem(400, 'validation', 'body.malformed');
  }
  const files = form.getAll('file');
  const file = files[0];
  if (files.length !== 1 || typeof file === 'string' || !file)
    throw new Problem(422, 'validation', 'validation.failed', [{ field: 'file', code: 'required' }]);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = attachmentCheck({
    sizeBytes: bytes.byteLength,
    declaredType: file.type,
    head: bytes.subarray(0, sniffedBytes),
  });
  if ('fault' in check) throw refused(check.fault);
  return {
    name: attachmentName(file.name, check.mediaType),
    mediaType: check.mediaType,
    sizeBytes: bytes.byteLength,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes,
  };
}
