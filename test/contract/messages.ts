import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { FamilyPortalAdapter } from '../../src/adapter/index.js';
import { messageRules, type DownloadedFile, type NewThreadInput } from '../../src/domain/index.js';
import type { ContractBackend } from './backends.js';
import { failure, key } from './support.js';

const pdfText = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n';
const certificate = () => new File([pdfText], 'Certificat médical.pdf', { type: 'application/pdf' });

const bytesOf = async (file: DownloadedFile | Blob) =>
  new Uint8Array(await ('blob' in file ? file.blob : file).arrayBuffer());

/** A message to the after-school service about meals (a service and a theme every demo commune offers). */
const mealQuestion = (attachmentIds: string[] = []): NewThreadInput => ({
  serviceId: 'svc-childcare',
  themeId: 'thm-meals',
  subject: 'Allergie aux arachides',
  body: 'Bonjour,\nNotre fils est allergique aux arachides.\nMerci.',
  attachmentIds,
});

/**
 * Messages with the commune's services (`<message-inbox>`) and the family's
 * documents: threads, the service's answers from its back office, read state,
 * the files joined, proofs sent, and the family summary the portal's home and
 * tabs count from. The `empty` family has no thread yet; the `known` one has
 * the demo's two (one answered and not read).
 */
export function messagesContract(current: () => ContractBackend): void {
  let backend: ContractBackend;
  let adapter: FamilyPortalAdapter;
  beforeEach(async () => {
    backend = current();
    adapter = await backend.adapter('empty');
  });

  /** The `empty` family's new thread about meals, with a PDF sent first. */
  async function started() {
    const attachment = await adapter.uploadAttachment(certificate(), key());
    const thread = await adapter.startThread(mealQuestion([attachment.id]), key());
    return { attachment, thread };
  }

  describe('messages', () => {
    it('lists the services the family may write to, each with its themes', async () => {
      const { services } = await adapter.getMessageServices();
      assert.ok(services.length >= 2, 'several services');
      assert.equal(new Set(services.map((service) => service.id)).size, services.length, 'distinct ids');
      for (const service of services) assert.ok(service.themes.length > 0, `${service.id} has themes`);
      const childcare = services.find((service) => service.id === 'svc-childcare');
      assert.ok(childcare?.themes.some((theme) => theme.id === 'thm-meals'));
    });

    it('lists the demo threads newest first, their unread messages counted', async () => {
      const known = await backend.adapter('known');
      const list = await known.getThreads();
      assert.ok(list.threads.length >= 2, 'the demo’s threads');
      list.threads.slice(1).forEach((older, at) => {
        assert.ok(list.threads[at]!.lastMessageAt >= older.lastMessageAt, `${older.id} listed after`);
      });
      const unread = list.threads.reduce((total, thread) => total + thread.unreadCount, 0);
      assert.equal(list.unreadCount, unread);
      assert.ok(unread >= 1, 'an answer not read yet');
      const thread = await known.getThread(list.threads[0]!.id);
      assert.equal(thread.messages.length, thread.messageCount);
      thread.messages.slice(1).forEach((later, at) => {
        assert.ok(thread.messages[at]!.sentAt <= later.sentAt, 'messages oldest first');
      });
      assert.equal((await known.getThreads()).unreadCount, unread, 'reading a thread does not mark it read');
    });

    it('starts a thread with a PDF: listed first, nothing unread, the file joined as sent', async () => {
      const { attachment, thread } = await started();
      assert.equal(thread.serviceId, 'svc-childcare');
      assert.equal(thread.themeId, 'thm-meals');
      assert.ok(thread.serviceName, 'the service’s name');
      assert.ok(thread.themeName, 'the theme’s name');
      assert.equal(thread.subject, mealQuestion().subject);
      assert.deepEqual([thread.messageCount, thread.unreadCount, thread.lastFrom], [1, 0, 'family']);
      const [message] = thread.messages;
      assert.equal(message?.from, 'family');
      assert.equal(message?.body, mealQuestion().body, 'line breaks kept');
      assert.deepEqual(message?.attachments, [attachment]);
      assert.equal(thread.lastMessageAt, message?.sentAt);

      const list = await adapter.getThreads();
      assert.equal(list.threads[0]?.id, thread.id);
      assert.equal(list.threads[0]?.unreadCount, 0);
      assert.equal(list.unreadCount, 0);
      assert.deepEqual(await adapter.getThread(thread.id), thread);
    });

    it('counts the service’s answer unread in the thread, the list and the summary until the family reads it', async () => {
      const { thread } = await started();
      await backend.answerThread('empty', adapter, thread.id, 'Bonjour,\nUn repas adapté sera prévu.');
      const answered = await adapter.getThread(thread.id);
      assert.deepEqual([answered.messageCount, answered.unreadCount, answered.lastFrom], [2, 1, 'service']);
      const answer = answered.messages[1]!;
      assert.deepEqual(
        [answer.from, answer.body, answer.readAt],
        ['service', 'Bonjour,\nUn repas adapté sera prévu.', undefined],
      );
      assert.ok(answer.authorName, 'signed by the service');
      const list = await adapter.getThreads();
      assert.deepEqual(
        [list.threads[0]?.id, list.threads[0]?.unreadCount, list.unreadCount],
        [thread.id, 1, 1],
      );
      assert.equal((await adapter.getFamilySummary()).unreadMessages, 1);
      assert.equal((await adapter.getThread(thread.id)).unreadCount, 1, 'reading it does not mark it read');

      const read = await adapter.markThreadRead(thread.id, key());
      assert.deepEqual([read.id, read.unreadCount, read.messageCount], [thread.id, 0, 2]);
      const readAt = (await adapter.getThread(thread.id)).messages[1]?.readAt;
      assert.ok(readAt, 'the answer is marked read');
      const again = await adapter.markThreadRead(thread.id, key());
      assert.equal(again.unreadCount, 0, 'twice is harmless');
      assert.equal((await adapter.getThread(thread.id)).messages[1]?.readAt, readAt, 'read once');
      assert.equal((await adapter.getThreads()).unreadCount, 0);
      assert.equal((await adapter.getFamilySummary()).unreadMessages, 0);
    });

    it('adds the family’s reply and its files to the thread', async () => {
      const { thread } = await started();
      await backend.answerThread('empty', adapter, thread.id, 'Pouvez-vous envoyer le certificat ?');
      const scan = await adapter.uploadAttachment(
        new File([pdfText.replace('Catalog', 'Page')], 'certificat-2.pdf', { type: 'application/pdf' }),
        key(),
      );
      const replied = await adapter.replyToThread(
        thread.id,
        { body: 'Voici le certificat.', attachmentIds: [scan.id] },
        key(),
      );
      assert.deepEqual([replied.messageCount, replied.lastFrom], [3, 'family']);
      const reply = replied.messages[2]!;
      assert.deepEqual(
        [reply.from, reply.body, reply.attachments],
        ['family', 'Voici le certificat.', [scan]],
      );
      assert.deepEqual(
        replied.messages.map((message) => message.from),
        ['family', 'service', 'family'],
        'oldest first',
      );
      assert.equal((await adapter.getThreads()).threads[0]?.messageCount, 3);
    });

    it('gives a joined file back with its own name, type and bytes', async () => {
      const { attachment } = await started();
      const file = await adapter.getAttachmentFile(attachment.id);
      assert.deepEqual([file.name, file.mediaType], ['Certificat médical.pdf', 'application/pdf']);
      assert.deepEqual(await bytesOf(file), await bytesOf(certificate()));
    });

    it('keeps hostile text as text: the same subject and body come back', async () => {
      const subject = '<img src=x onerror="alert(1)"> & \'; DROP TABLE threads; -- {{7*7}}';
      const body = '<script>alert("x")</script>\n\n${process.env} &amp; &lt;b&gt;\n\t👪 Robert\'); --';
      const thread = await adapter.startThread({ ...mealQuestion(), subject, body }, key());
      const again = await adapter.getThread(thread.id);
      assert.deepEqual([again.subject, again.messages[0]?.body], [subject, body]);
      assert.equal((await adapter.getThreads()).threads[0]?.subject, subject);
      const reply = await adapter.replyToThread(thread.id, { body, attachmentIds: [] }, key());
      assert.equal(reply.messages[1]?.body, body);
    });

    it('refuses a body too long and an empty subject, as validation', async () => {
      const long = await failure(
        adapter.startThread({ ...mealQuestion(), body: 'a'.repeat(messageRules.bodyMax + 1) }, key()),
      );
      assert.equal(long.type, 'validation');
      assert.ok(
        long.fieldIssues?.some((issue) => issue.field === 'body'),
        JSON.stringify(long.fieldIssues),
      );
      const blank = await failure(adapter.startThread({ ...mealQuestion(), subject: '   ' }, key()));
      assert.equal(blank.type, 'validation');
      assert.ok(
        blank.fieldIssues?.some((issue) => issue.field === 'subject'),
        JSON.stringify(blank),
      );
      const { thread } = await started();
      const reply = await failure(
        adapter.replyToThread(
          thread.id,
          { body: 'x'.repeat(messageRules.bodyMax + 1), attachmentIds: [] },
          key(),
        ),
      );
      assert.equal(reply.type, 'validation');
      assert.equal((await adapter.getThread(thread.id)).messageCount, 1, 'nothing added');
      assert.equal((await adapter.getThreads()).threads.length, 1, 'no thread started by the refusals');
    });

    it('answers not-found for an unknown service or theme', async () => {
      const service = await failure(adapter.startThread({ ...mealQuestion(), serviceId: 'svc-nope' }, key()));
      assert.equal(service.type, 'not-found');
      const theme = await failure(
        adapter.startThread({ ...mealQuestion(), serviceId: 'svc-billing', themeId: 'thm-meals' }, key()),
      );
      assert.equal(theme.type, 'not-found');
      assert.deepEqual((await adapter.getThreads()).threads, []);
    });

    it('answers not-found for another family’s thread and files, and changes nothing of them', async () => {
      const { attachment, thread } = await started();
      await backend.answerThread('empty', adapter, thread.id, 'Bien reçu.');
      const stranger = await backend.adapter('separated');
      // One at a time: each call starts once the previous failure is handled.
      const attempts = [
        () => stranger.getThread(thread.id),
        () => stranger.replyToThread(thread.id, { body: 'Intrus', attachmentIds: [] }, key()),
        () => stranger.markThreadRead(thread.id, key()),
        () => stranger.getAttachmentFile(attachment.id),
        () => stranger.startThread(mealQuestion([attachment.id]), key()),
      ];
      for (const attempt of attempts) assert.equal((await failure(attempt())).type, 'not-found');
      assert.equal((await failure(stranger.getAttachmentFile(attachment.id))).code, 'attachment.not-found');
      assert.equal(
        (await failure(stranger.startThread(mealQuestion([attachment.id]), key()))).code,
        'attachment.not-found',
      );
      const mine = await adapter.getThread(thread.id);
      assert.deepEqual([mine.messageCount, mine.unreadCount], [2, 1], 'the thread as it was');
      const theirs = await stranger.getThreads();
      assert.ok(!theirs.threads.some((one) => one.id === thread.id), 'not among theirs');
      const theirFirst = theirs.threads[0]!.id;
      assert.equal((await failure(adapter.getThread(theirFirst))).type, 'not-found', 'nor theirs to us');
      assert.equal((await failure(adapter.getAttachmentFile('att-unknown'))).code, 'attachment.not-found');
    });

    it('starts one thread for a repeated idempotency key', async () => {
      const options = key();
      const first = await adapter.startThread(mealQuestion(), options);
      assert.deepEqual(await adapter.startThread(mealQuestion(), options), first);
      assert.deepEqual(
        (await adapter.getThreads()).threads.map((thread) => thread.id),
        [first.id],
      );
      const reused = await failure(adapter.startThread({ ...mealQuestion(), subject: 'Autre' }, options));
      assert.deepEqual([reused.type, reused.code], ['conflict', 'idempotency.mismatch']);
    });
  });

  describe('documents', () => {
    it('lists what the commune publishes for the family, newest first; each file is a PDF', async () => {
      const { documents } = await adapter.getDocuments();
      const published = documents.filter((document) => document.from === 'service');
      assert.ok(published.length >= 2, 'the rules and the menus');
      assert.ok(published.some((document) => document.category === 'rules'));
      assert.ok(published.some((document) => document.category === 'menu'));
      documents.slice(1).forEach((older, at) => {
        assert.ok(documents[at]!.issuedOn >= older.issuedOn, `${older.id} listed after`);
      });
      for (const document of published) {
        const file = await adapter.getDocumentFile(document.id);
        assert.deepEqual([file.name, file.mediaType], [document.file.name, 'application/pdf']);
        const bytes = await bytesOf(file);
        assert.equal(new TextDecoder('latin1').decode(bytes.slice(0, 5)), '%PDF-');
        assert.equal(bytes.length, document.file.sizeBytes);
      }
      const known = await (await backend.adapter('known')).getDocuments();
      assert.deepEqual(
        known.documents.filter((document) => document.from === 'service').map((document) => document.id),
        published.map((document) => document.id),
        'every family of the commune sees them',
      );
    });

    it('keeps a proof sent among the family’s documents, its file as sent', async () => {
      const known = await backend.adapter('known');
      const attachment = await known.uploadAttachment(certificate(), key());
      const before = (await known.getDocuments()).documents.length;
      const proof = await known.sendProof(
        {
          category: 'medical-certificate',
          title: ' Certificat de Léa ',
          childId: 'chi-1',
          attachmentId: attachment.id,
        },
        key(),
      );
      assert.deepEqual(
        [proof.from, proof.category, proof.title, proof.childId, proof.file],
        ['family', 'medical-certificate', 'Certificat de Léa', 'chi-1', attachment],
      );
      const { documents } = await known.getDocuments();
      assert.equal(documents.length, before + 1);
      assert.deepEqual(
        documents.find((document) => document.id === proof.id),
        proof,
      );
      const file = await known.getDocumentFile(proof.id);
      assert.deepEqual([file.name, file.mediaType], ['Certificat médical.pdf', 'application/pdf']);
      assert.deepEqual(await bytesOf(file), await bytesOf(certificate()));
      assert.equal((await known.getFamilySummary()).documents, before + 1);

      const stranger = await backend.adapter('separated');
      assert.equal((await failure(stranger.getDocumentFile(proof.id))).type, 'not-found');
      assert.ok(!(await stranger.getDocuments()).documents.some((document) => document.id === proof.id));
    });

    it('refuses a proof with another family’s file or child, or no title', async () => {
      const known = await backend.adapter('known');
      const theirs = await known.uploadAttachment(certificate(), key());
      const stranger = await backend.adapter('separated');
      const file = await failure(
        stranger.sendProof({ category: 'other-proof', title: 'Preuve', attachmentId: theirs.id }, key()),
      );
      assert.deepEqual([file.type, file.code], ['not-found', 'attachment.not-found']);
      const own = await stranger.uploadAttachment(certificate(), key());
      const child = await failure(
        stranger.sendProof(
          { category: 'medical-certificate', title: 'Certificat', childId: 'chi-1', attachmentId: own.id },
          key(),
        ),
      );
      assert.equal(child.type, 'not-found');
      const blank = await failure(
        stranger.sendProof({ category: 'other-proof', title: '  ', attachmentId: own.id }, key()),
      );
      assert.equal(blank.type, 'validation');
      assert.ok(!(await stranger.getDocuments()).documents.some((document) => document.from === 'family'));
    });
  });

  describe('family summary', () => {
    it('counts what the invoice list owes, the requests pending, the messages unread and the documents', async () => {
      const known = await backend.adapter('known');
      const summary = await known.getFamilySummary();
      const invoices = await known.getInvoices();
      assert.equal(summary.currency, 'EUR');
      assert.ok(summary.familyNumber, 'a registered family’s number');
      assert.equal(summary.balanceCents, invoices.balanceCents);
      assert.equal(
        summary.unpaidInvoices,
        invoices.invoices.filter(
          (invoice) => !invoice.creditNote && (invoice.state === 'unpaid' || invoice.state === 'partly-paid'),
        ).length,
      );
      assert.ok(summary.unpaidInvoices > 0, 'the demo family has invoices to pay');
      const family = await known.getFamily();
      const pending = family.requests.filter((request) => request.status === 'pending').length;
      assert.equal(summary.pendingRequests, pending);
      assert.equal(summary.unreadMessages, (await known.getThreads()).unreadCount);
      assert.equal(summary.documents, (await known.getDocuments()).documents.length);

      const { id: _id, ...identity } = family.parent!;
      await known.requestParentChange({ identity: { ...identity, phone: '+32471223344' } }, key());
      assert.equal((await known.getFamilySummary()).pendingRequests, pending + 1, 'a new request pending');
    });

    it('has no family number before the parent registers', async () => {
      const summary = await (await backend.adapter('new')).getFamilySummary();
      assert.equal(summary.familyNumber, null);
      assert.equal(summary.pendingRequests, 0);
      assert.equal(summary.unreadMessages, 0);
    });
  });
}
