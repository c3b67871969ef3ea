import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { FamilyPortalAdapter } from '../../src/adapter/index.js';
import { attachmentRules } from '../../src/domain/index.js';
import type { ContractBackend } from './backends.js';
import { failure, key } from './support.js';

const pdf = () =>
  new File(['%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'], 'Certificat médical.pdf', {
    type: 'application/pdf',
  });
const pngBytes = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52];
/** The first bytes of a Windows program. */
const exeBytes = [0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0];

/** Files the family sends with a request (a medical certificate). */
export function attachmentsContract(current: () => ContractBackend): void {
  let adapter: FamilyPortalAdapter;
  beforeEach(async () => {
    adapter = await current().adapter('known');
  });

  describe('attachments', () => {
    it('keeps a PDF and a PNG, each with its own id, name, type and size', async () => {
      const certificate = await adapter.uploadAttachment(pdf(), key());
      assert.match(certificate.id, /^att-/);
      assert.deepEqual(
        { ...certificate, id: 'x' },
        { id: 'x', name: 'Certificat médical.pdf', mediaType: 'application/pdf', sizeBytes: pdf().size },
      );
      const scan = await adapter.uploadAttachment(
        new File([new Uint8Array(pngBytes)], 'scan', { type: 'image/png' }),
        key(),
      );
      assert.deepEqual(
        { ...scan, id: 'x' },
        { id: 'x', name: 'scan.png', mediaType: 'image/png', sizeBytes: pngBytes.length },
      );
      assert.notEqual(scan.id, certificate.id);
    });

    it('answers a repeated idempotency key with the first attachment', async () => {
      const options = key();
      const first = await adapter.uploadAttachment(pdf(), options);
      assert.deepEqual(await adapter.uploadAttachment(pdf(), options), first);
      const other = new File([new Uint8Array(pngBytes)], 'autre.png', { type: 'image/png' });
      const reused = await failure(adapter.uploadAttachment(other, options));
      assert.deepEqual([reused.type, reused.code], ['conflict', 'idempotency.mismatch']);
    });

    it('refuses a file of 10 MB and one byte', async () => {
      const bytes = new Uint8Array(attachmentRules.maxBytes + 1);
      bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
      const error = await failure(
        adapter.uploadAttachment(new File([bytes], 'gros.pdf', { type: 'application/pdf' }), key()),
      );
      assert.deepEqual(
        [error.type, error.code, error.fieldIssues],
        ['validation', 'attachment.too-large', [{ field: 'file', code: 'attachment.too-large' }]],
      );
    });

    it('refuses a program renamed .pdf, by its first bytes', async () => {
      const renamed = new File([new Uint8Array(exeBytes)], 'certificat.pdf', { type: 'application/pdf' });
      const error = await failure(adapter.uploadAttachment(renamed, key()));
      assert.deepEqual(
        [error.type, error.code, error.fieldIssues],
        ['validation', 'attachment.type', [{ field: 'file', code: 'attachment.type' }]],
      );
      const empty = await failure(adapter.uploadAttachment(new File([], 'vide.pdf'), key()));
      assert.deepEqual([empty.type, empty.code], ['validation', 'attachment.empty']);
    });

    it('keeps a name safe to show: no path, no control or direction characters', async () => {
      const named = new File(['%PDF-1.4\n'], '..\\..\\ordonnance\u202Efdp.exe', { type: '' });
      const kept = await adapter.uploadAttachment(named, key());
      assert.equal(kept.name, 'ordonnancefdp.exe.pdf');
      assert.equal(kept.mediaType, 'application/pdf');
    });
  });
}
