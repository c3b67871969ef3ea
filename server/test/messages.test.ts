import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type {
  Attachment,
  DocumentList,
  FamilyDocument,
  FamilySnapshot,
  FamilySummary,
  InvoiceList,
  MessageService,
  Thread,
  ThreadList,
  ThreadSummary,
} from '../../src/domain/index.js';
import { resetDemoData } from '../src/seed.js';
import { startBackend, type Backend } from '../src/start.js';
import { sophie } from '../../test/fixtures.js';
import { pdfText } from './pdf-text.js';
import { ownDatabase, postForm, problem, signIn, write, type Signed } from './support.js';

/**
 * Messages with the services, documents and the family summary on the
 * reference server, on the demo as of 10 March 2027: the `known` family has
 * the demo's two threads (the second answered and not read), the `empty` one
 * none. The service answers from the demo back office, which e-mails the
 * family a link and nothing else.
 */

const now = new Date('2027-03-10T10:00:00Z');
const pdf = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n';

/** The routes a family uses, on one backend. */
function client(backend: Backend, signed: Signed, prefix: string) {
  let keys = 0;
  const get = (path: string) =>
    backend.app.request(`/api/v1${path}`, { headers: { authorization: `Bearer ${signed.token}` } });
  const post = (path: string, body: unknown = {}, key = `${prefix}-${(keys += 1)}`) =>
    backend.app.request(`/api/v1${path}`, {
      method: 'POST',
      headers: write(signed, key),
      body: JSON.stringify(body),
    });
  const json = async <T>(answer: Response | Promise<Response>, status = 200): Promise<T> => {
    const response = await answer;
    assert.equal(response.status, status, await response.clone().text());
    return (await response.json()) as T;
  };
  const upload = async (name = 'Certificat médical.pdf', content = pdf): Promise<Attachment> => {
    const form = new FormData();
    form.append('file', new File([content], name, { type: 'application/pdf' }));
    return json<Attachment>(
      backend.app.request('/api/v1/attachments', {
        method: 'POST',
        headers: {
          cookie: signed.cookie,
          'x-csrf-token': signed.csrf,
          'idempotency-key': `${prefix}-upload-${(keys += 1)}`,
        },
        body: form,
      }),
      201,
    );
  };
  return { get, post, json, upload };
}

type Client = ReturnType<typeof client>;

const mealQuestion = (attachmentIds: string[] = []) => ({
  serviceId: 'svc-childcare',
  themeId: 'thm-meals',
  subject: 'Allergie aux arachides',
  body: 'Bonjour,\nNotre fils est allergique aux arachides.\nMerci.',
  attachmentIds,
});

/** The back office's answer form, posted as its page does. */
const answer = (backend: Backend, threadId: string, fields: Record<string, string>) =>
  postForm(
    backend.app,
    '/dev/back-office',
    `/dev/back-office/threads/${encodeURIComponent(threadId)}`,
    fields,
  );

interface Mail {
  to: string;
  subject: string;
  body: string;
  code: string | null;
  params: Record<string, unknown> | null;
}
const outbox = async (backend: Backend) =>
  (await (await backend.app.request('/dev/outbox.json')).json()) as Mail[];

describe('messages, documents and the family summary on the reference server', () => {
  let backend: Backend;
  let known: Client;
  let empty: Client;
  let separated: Client;
  before(async () => {
    backend = await startBackend({
      demo: true,
      dataDir: 'memory',
      databaseUrl: null,
      log: () => undefined,
      now: () => now,
      releaseEvery: 0,
    });
  });
  after(() => backend.close());
  beforeEach(async () => {
    await resetDemoData(backend.db, 'be', now);
    known = client(backend, await signIn(backend.app, 'known'), 'known');
    empty = client(backend, await signIn(backend.app, 'empty'), 'empty');
    separated = client(backend, await signIn(backend.app, 'separated'), 'separated');
  });

  /** The `empty` family's thread about meals, with a PDF sent first. */
  async function started() {
    const attachment = await empty.upload();
    const thread = await empty.json<Thread>(empty.post('/threads', mealQuestion([attachment.id])), 201);
    return { attachment, thread };
  }

  describe('threads', () => {
    it('lists the commune’s services and their themes', async () => {
      const { services } = await known.json<{ services: MessageService[] }>(known.get('/message-services'));
      assert.deepEqual(
        services.map((service) => service.id),
        ['svc-childcare', 'svc-holidays', 'svc-billing'],
      );
      assert.ok(services[0]!.themes.some((theme) => theme.id === 'thm-meals'));
      assert.ok(services[0]!.description, 'the childcare service says what it handles');
    });

    it('lists the demo’s threads newest first, the unread answer counted, reading marks nothing', async () => {
      const list = await known.json<ThreadList>(known.get('/threads'));
      assert.deepEqual(
        list.threads.map((thread) => [thread.id, thread.unreadCount, thread.lastFrom, thread.messageCount]),
        [
          ['thr-known-2', 1, 'service', 2],
          ['thr-known-1', 0, 'service', 2],
        ],
      );
      assert.equal(list.unreadCount, 1);
      assert.deepEqual(list.threads[0]?.serviceName, {
        fr: 'Service Finances – facturation',
        nl: 'Financiële dienst – facturatie',
        de: 'Finanzdienst – Rechnungen',
        en: 'Finance – invoicing',
      });
      assert.equal((list.threads[0]?.themeName as { fr: string }).fr, 'Attestations fiscales');
      const thread = await known.json<Thread>(known.get('/threads/thr-known-2'));
      assert.deepEqual(
        thread.messages.map((message) => [message.from, message.readAt === undefined]),
        [
          ['family', true],
          ['service', true],
        ],
      );
      assert.ok(thread.messages[0]!.sentAt < thread.messages[1]!.sentAt, 'oldest first');
      assert.equal(thread.lastMessageAt, thread.messages[1]!.sentAt);
      const read = await known.json<Thread>(known.get('/threads/thr-known-1'));
      assert.ok(read.messages[1]?.readAt, 'the first answer was read');
      assert.equal((await known.json<ThreadList>(known.get('/threads'))).unreadCount, 1);
      assert.deepEqual((await empty.json<ThreadList>(empty.get('/threads'))).threads, []);
    });

    it('starts a thread with a file, replies, and gives the file back as a download', async () => {
      const { attachment, thread } = await started();
      assert.deepEqual(
        [thread.serviceId, thread.themeId, thread.subject, thread.messageCount, thread.unreadCount],
        ['svc-childcare', 'thm-meals', 'Allergie aux arachides', 1, 0],
      );
      assert.equal(thread.startedAt, now.toISOString());
      assert.deepEqual(thread.messages[0]?.attachments, [attachment]);
      assert.equal(thread.messages[0]?.body, mealQuestion().body, 'line breaks kept');
      assert.deepEqual(await empty.json<Thread>(empty.get(`/threads/${thread.id}`)), thread);

      const scan = await empty.upload('scan.pdf', pdf.replace('Catalog', 'Page'));
      const replied = await empty.json<Thread>(
        empty.post(`/threads/${thread.id}/messages`, { body: ' Voici le scan. ', attachmentIds: [scan.id] }),
        201,
      );
      assert.deepEqual(
        replied.messages.map((message) => [message.from, message.body, message.attachments.length]),
        [
          ['family', mealQuestion().body, 1],
          ['family', 'Voici le scan.', 1],
        ],
      );

      const file = await empty.get(`/attachments/${attachment.id}`);
      assert.equal(file.status, 200);
      assert.equal(file.headers.get('content-type'), 'application/pdf');
      assert.match(
        file.headers.get('content-disposition') ?? '',
        /^attachment; filename="Certificat m_dical\.pdf"/,
      );
      assert.match(
        file.headers.get('content-disposition') ?? '',
        /filename\*=UTF-8''Certificat%20m%C3%A9dical\.pdf/,
      );
      assert.equal(file.headers.get('x-content-type-options'), 'nosniff');
      assert.match(file.headers.get('cache-control') ?? '', /no-store/);
      assert.equal(await file.text(), pdf);
    });

    it('counts the back office’s answer unread until the family marks the thread read, and e-mails only a link', async () => {
      const { thread } = await started();
      const before = (await outbox(backend)).length;
      const answered = await answer(backend, thread.id, {
        body: 'Bonjour,\nUn repas sans arachides sera prévu.',
        author: 'Martine Lefèvre',
      });
      assert.equal(answered.status, 303, await answered.clone().text());

      const read = await empty.json<Thread>(empty.get(`/threads/${thread.id}`));
      assert.deepEqual([read.messageCount, read.unreadCount, read.lastFrom], [2, 1, 'service']);
      assert.deepEqual(
        [
          read.messages[1]?.from,
          read.messages[1]?.authorName,
          read.messages[1]?.body,
          read.messages[1]?.readAt,
        ],
        ['service', 'Martine Lefèvre', 'Bonjour,\nUn repas sans arachides sera prévu.', undefined],
      );
      const list = await empty.json<ThreadList>(empty.get('/threads'));
      assert.deepEqual([list.threads[0]?.unreadCount, list.unreadCount], [1, 1]);
      assert.equal((await empty.json<FamilySummary>(empty.get('/family/summary'))).unreadMessages, 1);

      const mails = (await outbox(backend)).slice(before);
      assert.equal(mails.length, 1, 'one e-mail');
      const [mail] = mails;
      assert.equal(mail?.code, 'message-answered');
      const [account] = await backend.db.query<{ email: string }>(
        "select email from accounts where id = 'empty'",
      );
      assert.equal(mail?.to, account?.email);
      assert.match(mail!.body, /http:\/\/localhost\/demo\//, 'a link to the portal');
      for (const secret of ['arachides', 'Allergie', 'Martine', 'repas'])
        assert.ok(!`${mail!.subject}\n${mail!.body}`.includes(secret), `no “${secret}” in the e-mail`);

      const marked = await empty.json<ThreadSummary>(empty.post(`/threads/${thread.id}/read`), 201);
      assert.deepEqual([marked.unreadCount, marked.messageCount], [0, 2]);
      const readAt = (await empty.json<Thread>(empty.get(`/threads/${thread.id}`))).messages[1]?.readAt;
      assert.ok(readAt);
      await empty.json<ThreadSummary>(empty.post(`/threads/${thread.id}/read`), 201);
      assert.equal(
        (await empty.json<Thread>(empty.get(`/threads/${thread.id}`))).messages[1]?.readAt,
        readAt,
      );
      assert.equal((await empty.json<ThreadList>(empty.get('/threads'))).unreadCount, 0);
      assert.equal((await empty.json<FamilySummary>(empty.get('/family/summary'))).unreadMessages, 0);

      // The family's own messages never count as unread.
      await empty.json<Thread>(
        empty.post(`/threads/${thread.id}/messages`, { body: 'Merci !', attachmentIds: [] }),
        201,
      );
      assert.equal((await empty.json<ThreadList>(empty.get('/threads'))).unreadCount, 0);
    });

    it('signs an answer with the service’s name by default, and lists the threads waiting in the back office', async () => {
      const { thread } = await started();
      const page = await (await backend.app.request('/dev/back-office')).text();
      assert.ok(page.includes('Messages en attente de réponse'));
      assert.ok(page.includes(`/dev/back-office/threads/${thread.id}`), 'the new thread waits for an answer');
      assert.ok(!page.includes('/dev/back-office/threads/thr-known-2'), 'an answered thread does not');
      assert.equal((await answer(backend, thread.id, { body: 'Bien reçu.' })).status, 303);
      const read = await empty.json<Thread>(empty.get(`/threads/${thread.id}`));
      assert.equal(read.messages[1]?.authorName, 'Service Enfance – accueil extrascolaire');
      const after = await (await backend.app.request('/dev/back-office')).text();
      assert.ok(!after.includes(`/dev/back-office/threads/${thread.id}`), 'answered: no longer waiting');
    });

    it('refuses an answer to an unknown thread, an empty or too long one, and a post without the form’s token', async () => {
      const { thread } = await started();
      const before = (await outbox(backend)).length;
      await problem(await answer(backend, 'thr-nope', { body: 'Bonjour' }), 404, 'thread.not-found');
      await problem(await answer(backend, thread.id, { body: '   ' }), 422, 'validation.failed');
      await problem(await answer(backend, thread.id, { body: 'a'.repeat(5001) }), 422, 'validation.failed');
      const forged = await backend.app.request(`/dev/back-office/threads/${thread.id}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'body=Intrus',
      });
      await problem(forged, 403, 'csrf.invalid');
      assert.equal((await empty.json<Thread>(empty.get(`/threads/${thread.id}`))).messageCount, 1);
      assert.equal((await outbox(backend)).length, before, 'no e-mail');
    });

    it('keeps hostile text as text, and refuses bodies over the limits with 422', async () => {
      const subject = '<img src=x onerror="alert(1)"> & \'; DROP TABLE threads; -- {{7*7}}';
      const body = '<script>alert("x")</script>\n\n${process.env} &amp;\n\t👪 Robert\'); --\u202e';
      const thread = await empty.json<Thread>(
        empty.post('/threads', { ...mealQuestion(), subject, body }),
        201,
      );
      const again = await empty.json<Thread>(empty.get(`/threads/${thread.id}`));
      assert.deepEqual([again.subject, again.messages[0]?.body], [subject, body]);
      assert.equal(
        (await answer(backend, thread.id, { body: '<b>gras</b> & <script>x</script>' })).status,
        303,
      );
      const page = await (await backend.app.request('/dev/back-office')).text();
      assert.ok(!page.includes('<img src=x'), 'escaped in the back office');

      const long = await problem(
        await empty.post('/threads', { ...mealQuestion(), body: 'a'.repeat(5001) }),
        422,
        'validation.failed',
      );
      assert.ok(JSON.stringify(long.fieldIssues).includes('"body"'));
      await problem(
        await empty.post('/threads', { ...mealQuestion(), subject: 's'.repeat(151) }),
        422,
        'validation.failed',
      );
      await problem(
        await empty.post('/threads', { ...mealQuestion(), subject: '  ' }),
        422,
        'validation.failed',
      );
      await problem(
        await empty.post('/threads', { ...mealQuestion(), attachmentIds: Array(50).fill('att-x') }),
        422,
        'validation.failed',
      );
      await problem(
        await empty.post(`/threads/${thread.id}/messages`, { body: 'x'.repeat(5001), attachmentIds: [] }),
        422,
        'validation.failed',
      );
      await problem(await empty.post('/threads', { serviceId: 42 }), 422, 'validation.failed');
      assert.equal((await empty.json<ThreadList>(empty.get('/threads'))).threads.length, 1);
    });

    it('answers 404 for an unknown service, a theme of another service, another family’s thread or file', async () => {
      await problem(
        await empty.post('/threads', { ...mealQuestion(), serviceId: 'svc-nope' }),
        404,
        'service.not-found',
      );
      await problem(
        await empty.post('/threads', { ...mealQuestion(), serviceId: 'svc-billing' }),
        404,
        'theme.not-found',
      );
      const { attachment, thread } = await started();
      await problem(await separated.get(`/threads/${thread.id}`), 404, 'thread.not-found');
      await problem(
        await separated.post(`/threads/${thread.id}/messages`, { body: 'Intrus', attachmentIds: [] }),
        404,
        'thread.not-found',
      );
      await problem(await separated.post(`/threads/${thread.id}/read`), 404, 'thread.not-found');
      await problem(await separated.get(`/attachments/${attachment.id}`), 404, 'attachment.not-found');
      await problem(
        await separated.post('/threads', mealQuestion([attachment.id])),
        404,
        'attachment.not-found',
      );
      await problem(
        await empty.post(`/threads/${thread.id}/messages`, { body: 'x', attachmentIds: ['att-unknown'] }),
        404,
        'attachment.not-found',
      );
      await problem(await empty.get('/threads/thr-known-1'), 404, 'thread.not-found');
      await problem(await empty.get('/attachments/att-unknown'), 404, 'attachment.not-found');
      const mine = await empty.json<Thread>(empty.get(`/threads/${thread.id}`));
      assert.equal(mine.messageCount, 1, 'nothing added');
      assert.deepEqual(
        (await empty.json<ThreadList>(empty.get('/threads'))).threads.map((one) => one.id),
        [thread.id],
      );
    });

    it('starts one thread for a repeated idempotency key, and refuses the key with another body', async () => {
      const first = await empty.post('/threads', mealQuestion(), 'same-key');
      const firstThread = await empty.json<Thread>(first, 201);
      const replay = await empty.post('/threads', mealQuestion(), 'same-key');
      assert.equal(replay.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(await empty.json<Thread>(replay, 201), firstThread);
      await problem(
        await empty.post('/threads', { ...mealQuestion(), subject: 'Autre' }, 'same-key'),
        409,
        'idempotency.mismatch',
      );
      const rows = await backend.db.query("select 1 from threads where family_id = 'fam-empty'");
      assert.equal(rows.length, 1);
      const reply = { body: 'Une fois.', attachmentIds: [] };
      await empty.json<Thread>(empty.post(`/threads/${firstThread.id}/messages`, reply, 'reply-key'), 201);
      await empty.json<Thread>(empty.post(`/threads/${firstThread.id}/messages`, reply, 'reply-key'), 201);
      assert.equal((await empty.json<Thread>(empty.get(`/threads/${firstThread.id}`))).messageCount, 2);
    });
  });

  describe('documents', () => {
    it('lists the commune’s documents for every family, newest first, each a PDF made by the server', async () => {
      const { documents } = await known.json<DocumentList>(known.get('/documents'));
      assert.deepEqual(
        documents.map((document) => [document.id, document.from, document.category, document.issuedOn]),
        [
          ['doc-menu-2027-03', 'service', 'menu', '2027-03-01'],
          ['doc-rules', 'service', 'rules', '2026-09-01'],
        ],
      );
      assert.deepEqual(
        (await empty.json<DocumentList>(empty.get('/documents'))).documents.map((document) => document.id),
        documents.map((document) => document.id),
      );
      const rules = documents[1]!;
      const file = await known.get(`/documents/${rules.id}/file`);
      assert.equal(file.status, 200);
      assert.equal(file.headers.get('content-type'), 'application/pdf');
      assert.match(file.headers.get('content-disposition') ?? '', /reglement-accueil-extrascolaire\.pdf/);
      assert.equal(file.headers.get('x-content-type-options'), 'nosniff');
      const bytes = new Uint8Array(await file.arrayBuffer());
      assert.equal(bytes.length, rules.file.sizeBytes);
      assert.ok(pdfText(bytes).includes('Article 1.'), 'the rules’ text');
    });

    it('keeps a proof sent once, its file the family’s upload, seen by that family only', async () => {
      const attachment = await known.upload();
      const proof = await known.json<FamilyDocument>(
        known.post('/documents', {
          category: 'medical-certificate',
          title: ' Certificat de Léa ',
          childId: 'chi-1',
          attachmentId: attachment.id,
        }),
        201,
      );
      assert.deepEqual(
        [proof.from, proof.category, proof.title, proof.childId, proof.issuedOn, proof.file],
        ['family', 'medical-certificate', 'Certificat de Léa', 'chi-1', '2027-03-10', attachment],
      );
      const { documents } = await known.json<DocumentList>(known.get('/documents'));
      assert.deepEqual(documents[0], proof, 'newest first');
      const file = await known.get(`/documents/${proof.id}/file`);
      assert.equal(await file.text(), pdf);
      const stored = await backend.db.query<{ content: unknown }>(
        'select content from documents where id = $1',
        [proof.id],
      );
      assert.equal(stored[0]?.content, null, 'the file is stored once, as the attachment');
      assert.equal((await known.json<FamilySummary>(known.get('/family/summary'))).documents, 3);

      await problem(await separated.get(`/documents/${proof.id}/file`), 404, 'document.not-found');
      const theirs = await separated.json<DocumentList>(separated.get('/documents'));
      assert.ok(!theirs.documents.some((document) => document.id === proof.id));
      await problem(await known.get('/documents/doc-nope/file'), 404, 'document.not-found');
    });

    it('refuses a proof with another family’s file or child, or without a title', async () => {
      const theirs = await known.upload();
      await problem(
        await separated.post('/documents', {
          category: 'other-proof',
          title: 'Preuve',
          attachmentId: theirs.id,
        }),
        404,
        'attachment.not-found',
      );
      const own = await separated.upload();
      await problem(
        await separated.post('/documents', {
          category: 'medical-certificate',
          title: 'Certificat',
          childId: 'chi-1',
          attachmentId: own.id,
        }),
        404,
        'child.not-found',
      );
      await problem(
        await separated.post('/documents', { category: 'other-proof', title: '  ', attachmentId: own.id }),
        422,
        'validation.failed',
      );
      await problem(
        await separated.post('/documents', { category: 'rules', title: 'Règlement', attachmentId: own.id }),
        422,
        'validation.failed',
      );
      const { documents } = await separated.json<DocumentList>(separated.get('/documents'));
      assert.ok(!documents.some((document) => document.from === 'family'));
    });
  });

  describe('family summary', () => {
    it('counts what the invoice list owes, the pending requests, the unread messages and the documents', async () => {
      const summary = await known.json<FamilySummary>(known.get('/family/summary'));
      const invoices = await known.json<InvoiceList>(known.get('/invoices'));
      const family = await known.json<FamilySnapshot>(known.get('/family'));
      assert.match(summary.familyNumber ?? '', /^\d{4}-\d{4}$/);
      assert.equal(summary.balanceCents, invoices.balanceCents);
      assert.equal(
        summary.unpaidInvoices,
        invoices.invoices.filter(
          (invoice) => !invoice.creditNote && (invoice.state === 'unpaid' || invoice.state === 'partly-paid'),
        ).length,
      );
      assert.ok(summary.unpaidInvoices > 0);
      assert.equal(
        summary.pendingRequests,
        family.requests.filter((request) => request.status === 'pending').length,
      );
      assert.deepEqual([summary.unreadMessages, summary.documents, summary.currency], [1, 2, 'EUR']);
      const again = await known.json<FamilySummary>(known.get('/family/summary'));
      assert.equal(again.familyNumber, summary.familyNumber, 'a stable number');
      const other = await separated.json<FamilySummary>(separated.get('/family/summary'));
      assert.notEqual(other.familyNumber, summary.familyNumber, 'each family its own');
    });

    it('gives no number before the parent registers, and one once registered', async () => {
      const fresh = client(backend, await signIn(backend.app, 'new'), 'new');
      const summary = await fresh.json<FamilySummary>(fresh.get('/family/summary'));
      assert.deepEqual(
        [summary.familyNumber, summary.pendingRequests, summary.unreadMessages, summary.balanceCents],
        [null, 0, 0, 0],
      );
      assert.equal((await fresh.post('/parent', sophie)).status, 201, 'registered at once (automatic)');
      const after = await fresh.json<FamilySummary>(fresh.get('/family/summary'));
      assert.match(after.familyNumber ?? '', /^\d{4}-\d{4}$/);
      const known = await backend.db.query<{ number: string }>('select number from parents');
      assert.equal(new Set(known.map((row) => row.number)).size, known.length, 'numbers never shared');
      assert.equal(
        (await fresh.json<FamilySummary>(fresh.get('/family/summary'))).familyNumber,
        after.familyNumber,
      );
    });
  });
});

// Restart safety on a PostgreSQL server (DATABASE_URL, as CI has): nothing is kept in an instance's memory.
const base = process.env.DATABASE_URL;
describe('messages across a restart on PostgreSQL', { skip: base ? false : 'no DATABASE_URL' }, () => {
  it('finds the threads, read state, documents and number again after the server restarts', async () => {
    const url = await ownDatabase(base!, `${new URL(base!).pathname.slice(1) || 'fp'}_messages`);
    const start = () =>
      startBackend({ demo: true, databaseUrl: url, log: () => undefined, now: () => now, releaseEvery: 0 });
    let backend = await start();
    try {
      await resetDemoData(backend.db, 'be', now);
      let empty = client(backend, await signIn(backend.app, 'empty'), 'restart');
      const attachment = await empty.upload();
      const thread = await empty.json<Thread>(empty.post('/threads', mealQuestion([attachment.id])), 201);
      assert.equal((await answer(backend, thread.id, { body: 'Bien reçu.' })).status, 303);
      const summary = await empty.json<FamilySummary>(empty.get('/family/summary'));
      await backend.close();

      backend = await start();
      empty = client(backend, await signIn(backend.app, 'empty'), 'restart-2');
      const again = await empty.json<Thread>(empty.get(`/threads/${thread.id}`));
      assert.deepEqual([again.messageCount, again.unreadCount], [2, 1]);
      assert.deepEqual(again.messages[0]?.attachments, [attachment]);
      assert.deepEqual(await empty.json<FamilySummary>(empty.get('/family/summary')), summary);
      assert.equal((await empty.get(`/attachments/${attachment.id}`)).status, 200);
    } finally {
      await backend.close();
    }
  });
});
