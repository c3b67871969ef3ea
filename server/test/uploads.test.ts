import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { familyAttachments, uploadAttachment } from '../src/attachments.js';
import { resetDemoData } from '../src/seed.js';
import { startBackend, type Backend } from '../src/start.js';
import { problem, signIn, write, type Signed } from './support.js';

/**
 * Query strings, previews and uploads at the HTTP boundary: what the
 * contract suite cannot see (a body cut before it is read whole, the status
 * codes, another family's file).
 */

let backend: Backend;
let signed: Signed;
before(async () => {
  backend = await startBackend({ demo: true, dataDir: 'memory', databaseUrl: null, log: () => undefined });
});
after(() => backend.close());
beforeEach(async () => {
  await resetDemoData(backend.db, 'be');
  signed = await signIn(backend.app, 'known');
});

const upload = (body: RequestInit['body'], headers: Record<string, string> = {}, key = 'upload-1') =>
  backend.app.request('/api/v1/attachments', {
    method: 'POST',
    headers: { ...write(signed, key), 'content-type': 'multipart/form-data; boundary=x', ...headers },
    body,
    duplex: 'half',
  } as RequestInit);

describe('uploads', () => {
  it('cuts a body larger than a file may be before reading it whole', async () => {
    const chunk = new Uint8Array(1024 * 1024);
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 200) controller.close();
        else controller.enqueue(chunk);
      },
    });
    await problem(await upload(endless), 413, 'attachment.too-large');
    assert.ok(pulled < 20, `read ${pulled} MB of 200`);
  });

  it('refuses a declared length above the limit at once, and a body that is not multipart', async () => {
    await problem(
      await upload('x', { 'content-length': String(50 * 1024 * 1024) }),
      413,
      'attachment.too-large',
    );
    await problem(await upload('{}', { 'content-type': 'application/json' }), 415, 'body.unsupported-type');
    const form = new FormData();
    form.append('other', new File(['%PDF-1.4'], 'a.pdf'));
    const missing = await problem(
      await backend.app.request('/api/v1/attachments', {
        method: 'POST',
        headers: { cookie: signed.cookie, 'x-csrf-token': signed.csrf, 'idempotency-key': 'upload-2' },
        body: form,
      }),
      422,
      'validation.failed',
    );
    assert.deepEqual(missing.fieldIssues, [{ field: 'file', code: 'required' }]);
  });

  it('finds a family’s own attachments only', async () => {
    const families = await backend.db.query<{ id: string; account_id: string }>(
      'select id, account_id from families order by id',
    );
    const known = families.find((family) => family.account_id === 'known')!;
    const other = families.find((family) => family.account_id === 'empty')!;
    const family = (id: string, accountId: string) => ({
      id,
      accountId,
      email: undefined,
      displayName: undefined,
    });
    const knownFamily = family(known.id, 'known');
    const otherFamily = family(other.id, 'empty');
    const bytes = new TextEncoder().encode('%PDF-1.4\n');
    const kept = await uploadAttachment(
      backend.db,
      knownFamily,
      { name: 'c.pdf', mediaType: 'application/pdf', sizeBytes: bytes.length, sha256: 'x', bytes },
      { now: () => new Date() },
    );
    const [stored] = await backend.db.query<{ content: Uint8Array }>(
      'select content from attachments where id = $1',
      [kept.id],
    );
    assert.deepEqual(new Uint8Array(stored!.content), bytes);
    assert.deepEqual(await familyAttachments(backend.db, knownFamily, [kept.id]), [kept]);
    await assert.rejects(
      familyAttachments(backend.db, otherFamily, [kept.id]),
      (error: { status?: number; code?: string }) =>
        error.status === 404 && error.code === 'attachment.not-found',
    );
  });
});

describe('queries and previews', () => {
  it('checks a read’s query with its schema, naming the fields', async () => {
    const answer = await backend.app.request('/api/v1/planning?from=2027-13-01', {
      headers: { cookie: signed.cookie },
    });
    const body = await problem(answer, 422, 'validation.failed');
    assert.deepEqual(body.fieldIssues, [
      { field: 'from', code: 'required' },
      { field: 'to', code: 'required' },
    ]);
  });

  it('takes a preview without an idempotency key, its body checked', async () => {
    const { 'idempotency-key': _none, ...headers } = write(signed, 'unused');
    const answer = await backend.app.request('/api/v1/period-bookings/previews', {
      method: 'POST',
      headers,
      body: JSON.stringify({ childIds: [], from: '2027-01-04' }),
    });
    const body = await problem(answer, 422, 'validation.failed');
    assert.ok(body.fieldIssues?.length);
    const noToken = await backend.app.request('/api/v1/period-bookings/previews', {
      method: 'POST',
      headers: { cookie: signed.cookie, 'content-type': 'application/json' },
      body: '{}',
    });
    await problem(noToken, 403, 'csrf.invalid');
  });
});
