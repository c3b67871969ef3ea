import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type {
  Invoice,
  InvoiceList,
  InvoicePaymentOutcome,
  PaymentStart,
  RequestReceipt,
  TaxCertificateList,
} from '../../src/domain/index.js';
import { resetDemoData } from '../src/seed.js';
import { startBackend, type Backend } from '../src/start.js';
import { pdfText } from './pdf-text.js';
import { ownDatabase, postForm, problem, signIn, write, type Signed } from './support.js';

/**
 * Invoices on the reference server, on the demo's history of the `known`
 * family (src/demo-data/billing.ts, seeded by seed-invoices.ts, as of 10 March
 * 2027: May 2026 to February 2027 billed, the in-browser demo's invoices):
 * reading, paying several at once through the simulated provider, disputing,
 * the statement, the certificates and their PDFs, what hostile or concurrent
 * requests cannot do, and the billing run numbering on after the history.
 */

const now = new Date('2027-03-10T10:00:00Z');

/** The routes a family uses, on one backend. */
function client(backend: Backend, signed: Signed) {
  let keys = 0;
  const get = (path: string) =>
    backend.app.request(`/api/v1${path}`, { headers: { authorization: `Bearer ${signed.token}` } });
  const post = (path: string, body: unknown, key = `invoices-${(keys += 1)}`) =>
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
  return { get, post, json };
}

/** The simulated provider's answer to a started payment, as the browser brings it back. */
async function providerAnswer(
  backend: Backend,
  start: PaymentStart,
  status: 'paid' | 'refused' | 'cancelled',
) {
  const { pathname } = new URL(start.redirectUrl);
  const page = await backend.app.request(pathname);
  assert.equal(page.status, 200);
  const provider = await postForm(backend.app, pathname, pathname, { status });
  assert.equal(provider.status, 303);
  const back = new URL(provider.headers.get('location')!, 'http://localhost');
  return Object.fromEntries(
    ['paymentId', 'status', 'signature'].map((name) => [name, back.searchParams.get(name)]),
  );
}

/** Meals of Léa's and Tom's on June school days, a month the demo's calendar has nothing booked in. */
async function juneBookings(backend: Backend) {
  await backend.db.query(
    `insert into bookings (child_id, unit_id, date, status, request_id, at)
     values ('chi-1', 'be-meal', '2027-06-03', 'booked', 'seed', now()),
            ('chi-1', 'be-meal', '2027-06-04', 'present', 'seed', now()),
            ('chi-2', 'be-meal', '2027-06-04', 'absent-excused', 'seed', now())
     on conflict do nothing`,
  );
}

const billingRun = async (backend: Backend, month: string) => {
  const answer = await postForm(
    backend.app,
    '/dev/back-office',
    '/dev/back-office/billing',
    { month },
    { accept: 'application/json' },
  );
  assert.equal(answer.status, 200, await answer.clone().text());
  return (await answer.json()) as { invoices: number };
};

describe('invoices on the reference server', () => {
  let backend: Backend;
  let known: ReturnType<typeof client>;
  let separated: ReturnType<typeof client>;
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
    known = client(backend, await signIn(backend.app, 'known'));
    separated = client(backend, await signIn(backend.app, 'separated'));
  });

  const list = () => known.json<InvoiceList>(known.get('/invoices'));
  const byState = async (state: string) =>
    (await list()).invoices.filter((invoice) => invoice.state === state);

  it('lists the history newest first, with the balance, states and transfer details', async () => {
    const { invoices, balanceCents, overdueCents, schoolYears, onlinePayment } = await list();
    assert.deepEqual(schoolYears, ['2026-2027', '2025-2026']);
    assert.equal(onlinePayment, true);
    assert.deepEqual(
      invoices.map((invoice) => invoice.state),
      ['unpaid', 'unpaid', 'unpaid', 'partly-paid', 'transferred', 'unpaid', 'paid', 'paid', 'paid', 'paid'],
      'newest first: February, January and December unpaid, November partly paid, October transferred, the credit note still to use, September paid online, the older ones by transfer',
    );
    const credit = invoices.find((invoice) => invoice.creditNote)!;
    assert.ok(credit.totalCents < 0);
    const open = invoices.filter((invoice) => invoice.state !== 'transferred');
    assert.equal(
      balanceCents,
      open.reduce((sum, invoice) => sum + invoice.balanceCents, 0),
    );
    assert.ok(overdueCents > 0, 'December is past its due date');
    const december = invoices.find((invoice) => invoice.periodFrom === '2026-12-01')!;
    const november = invoices.find((invoice) => invoice.periodFrom === '2026-11-01')!;
    assert.equal(
      overdueCents,
      december.balanceCents + november.balanceCents,
      'December and what is left of November are past their due dates, January not yet',
    );
    const transferred = invoices.find((invoice) => invoice.state === 'transferred')!;
    assert.equal(transferred.notPayable, 'transferred-treasury');
    assert.match(JSON.stringify(transferred.payWhere), /Directeur financier/);

    const unpaid = await known.json<Invoice>(known.get(`/invoices/${invoices[0]!.id}`));
    assert.equal(unpaid.transfer?.amountCents, unpaid.balanceCents);
    assert.equal(unpaid.transfer?.iban, 'BE10091012345604');
    assert.match(
      unpaid.transfer?.epcQr ?? '',
      /^BCD\n002\n1\nSCT\nGKCCBEBB\nCommune de Mont-Saint-Guibert\n/,
    );
    assert.ok(unpaid.lines.length > 0);
    assert.ok(unpaid.pdf.sizeBytes > 0);
    const filtered = await known.json<InvoiceList>(known.get('/invoices?schoolYear=2025-2026'));
    assert.deepEqual(
      filtered.invoices.map((invoice) => invoice.periodFrom),
      ['2026-08-01', '2026-06-01', '2026-05-01'],
      'May, June and the summer’s days of the last school year',
    );
    assert.equal(filtered.balanceCents, balanceCents, 'the balance is the family’s, whatever the filter');
    const none = await known.json<InvoiceList>(known.get('/invoices?schoolYear=2024-2025'));
    assert.deepEqual(none.invoices, []);
  });

  it('refuses hostile ids, queries and bodies with a 4xx, never a 5xx', async () => {
    for (const path of [
      '/invoices?schoolYear=2026',
      '/invoices?schoolYear=%00',
      '/invoices/nope',
      `/invoices/${'x'.repeat(150)}`,
      '/invoices/%E2%80%AE/pdf',
      '/account-statement',
      '/account-statement?schoolYear=abcd-efgh',
      '/tax-certificates/nope/pdf',
      "/invoices/'%20or%201=1--",
    ]) {
      const answer = await known.get(path);
      assert.ok(answer.status >= 400 && answer.status < 500, `${path}: ${answer.status}`);
    }
    const [invoice] = await byState('unpaid');
    for (const body of [
      {},
      { invoiceIds: [], returnUrl: '/factures' },
      { invoiceIds: [invoice!.id] },
      { invoiceIds: 'all', returnUrl: '/factures' },
      { invoiceIds: [invoice!.id], returnUrl: 'https://evil.example/steal' },
      { invoiceIds: [invoice!.id], returnUrl: 'javascript:alert(1)' },
      { invoiceIds: Array.from({ length: 201 }, (_, index) => `inv-${index}`), returnUrl: '/factures' },
    ]) {
      const answer = await known.post('/invoice-payments', body);
      assert.equal(answer.status, 422, JSON.stringify(body));
    }
    for (const body of [
      {},
      { paymentId: 'x', status: 'paid' },
      { paymentId: 'x', status: 'stolen', signature: 'y' },
      { paymentId: 'x', status: 'paid', signature: 'forged' },
    ])
      assert.equal((await known.post('/invoice-payments/returns', body)).status, 422, JSON.stringify(body));
    for (const body of [
      { reason: 'angry', comment: 'x', attachmentIds: [] },
      { reason: 'other', comment: '', attachmentIds: [] },
      { reason: 'other', comment: 'x'.repeat(2001), attachmentIds: [] },
      { reason: 'other', comment: 'x', attachmentIds: ['a', 'b', 'c', 'd', 'e', 'f'] },
    ])
      assert.equal((await known.post(`/invoices/${invoice!.id}/disputes`, body)).status, 422);
  });

  it('keeps another family’s invoices, PDFs, payments and disputes “not found”', async () => {
    const [invoice] = await byState('unpaid');
    await problem(await separated.get(`/invoices/${invoice!.id}`), 404, 'invoice.not-found');
    await problem(await separated.get(`/invoices/${invoice!.id}/pdf`), 404, 'invoice.not-found');
    await problem(
      await separated.post('/invoice-payments', { invoiceIds: [invoice!.id], returnUrl: '/factures' }),
      404,
      'invoice.not-found',
    );
    await problem(
      await separated.post(`/invoices/${invoice!.id}/disputes`, {
        reason: 'other',
        comment: 'Pas à nous',
        attachmentIds: [],
      }),
      404,
      'invoice.not-found',
    );
    const start = await known.json<PaymentStart>(
      known.post('/invoice-payments', { invoiceIds: [invoice!.id], returnUrl: '/factures' }),
      201,
    );
    const answer = await providerAnswer(backend, start, 'paid');
    await problem(await separated.post('/invoice-payments/returns', answer), 404, 'payment.not-found');
    const certificates = await known.json<TaxCertificateList>(known.get('/tax-certificates'));
    for (const certificate of certificates.certificates)
      assert.equal((await separated.get(`/tax-certificates/${certificate.id}/pdf`)).status, 404);
    const theirs = (await known.json<InvoiceList>(separated.get('/invoices'))).invoices;
    assert.ok(theirs.length > 0, 'the other family has its own history');
    const ours = new Set((await list()).invoices.map((one) => one.id));
    assert.ok(!theirs.some((one) => ours.has(one.id)), 'none of the known family’s');
  });

  it('pays two invoices at once through the provider, once, a replayed return answering the same', async () => {
    const payable = (await list()).invoices.filter((invoice) => invoice.payableOnline);
    assert.equal(payable.length, 4, 'February, January and December unpaid, November partly paid');
    // Two of them: December's and November's rest.
    const chosen = payable.slice(2);
    const ids = chosen.map((invoice) => invoice.id);
    const owed = chosen.reduce((sum, invoice) => sum + invoice.balanceCents, 0);
    const before = (await list()).balanceCents;
    const start = await known.json<PaymentStart>(
      known.post('/invoice-payments', { invoiceIds: ids, returnUrl: '/factures' }),
      201,
    );
    assert.match(start.redirectUrl, /\/pay\/ipay-/);
    const held = await list();
    for (const invoice of held.invoices.filter((one) => ids.includes(one.id))) {
      assert.equal(invoice.notPayable, 'payment-in-flight');
      assert.ok(invoice.lockedUntil);
    }
    const again = await known.json<PaymentStart>(
      known.post('/invoice-payments', { invoiceIds: [...ids].reverse(), returnUrl: '/factures' }),
      201,
    );
    assert.equal(again.paymentId, start.paymentId, 'the same invoices resume the payment in flight');
    await problem(
      await known.post('/invoice-payments', { invoiceIds: [ids[0]], returnUrl: '/factures' }),
      409,
      'invoice.payment-in-flight',
    );

    const answer = await providerAnswer(backend, start, 'paid');
    const outcome = await known.json<InvoicePaymentOutcome>(
      known.post('/invoice-payments/returns', answer),
      201,
    );
    assert.equal(outcome.status, 'paid');
    assert.equal(outcome.amountCents, owed);
    assert.deepEqual(outcome.invoices.map((invoice) => invoice.state).sort(), ['paid', 'paid']);
    assert.equal(outcome.balanceCents, before - owed);
    const replay = await known.json<InvoicePaymentOutcome>(
      known.post('/invoice-payments/returns', answer),
      201,
    );
    assert.deepEqual(replay, outcome, 'a replay answers the same');
    const rows = await backend.db.query<{ status: string }>(
      "select status from invoice_payments where family_id = 'fam-known' and id like 'ipay-%'",
    );
    assert.deepEqual(rows, [{ status: 'paid' }], 'one payment, settled once');
    assert.equal((await list()).balanceCents, before - owed);
    await problem(
      await known.post('/invoice-payments', { invoiceIds: [ids[0]], returnUrl: '/factures' }),
      409,
      'invoice.not-payable',
    );
    assert.equal(
      (await backend.app.request(new URL(start.redirectUrl).pathname)).status,
      404,
      'no longer in progress',
    );
  });

  it('refuses to pay a transferred invoice or a credit note, and keeps a refused payment from paying', async () => {
    const [transferred] = await byState('transferred');
    await problem(
      await known.post('/invoice-payments', { invoiceIds: [transferred!.id], returnUrl: '/factures' }),
      409,
      'invoice.not-payable',
    );
    const credit = (await list()).invoices.find((invoice) => invoice.creditNote)!;
    await problem(
      await known.post('/invoice-payments', { invoiceIds: [credit.id], returnUrl: '/factures' }),
      409,
      'invoice.not-payable',
    );
    const [unpaid] = await byState('unpaid');
    const start = await known.json<PaymentStart>(
      known.post('/invoice-payments', { invoiceIds: [unpaid!.id], returnUrl: '/factures' }),
      201,
    );
    const outcome = await known.json<InvoicePaymentOutcome>(
      known.post('/invoice-payments/returns', await providerAnswer(backend, start, 'refused')),
      201,
    );
    assert.equal(outcome.status, 'refused');
    assert.equal(outcome.invoices[0]?.state, 'unpaid');
    assert.equal(outcome.invoices[0]?.payableOnline, true, 'payable again at once');
  });

  it('starts one payment when two “Payer” arrive at once', async () => {
    const ids = (await list()).invoices
      .filter((invoice) => invoice.payableOnline)
      .map((invoice) => invoice.id);
    const answers = await Promise.all(
      ['a', 'b', 'c'].map((key) =>
        known.post('/invoice-payments', { invoiceIds: ids, returnUrl: '/factures' }, `burst-${key}`),
      ),
    );
    const started = await Promise.all(
      answers.map(async (answer) => {
        assert.equal(answer.status, 201, await answer.clone().text());
        return ((await answer.json()) as PaymentStart).paymentId;
      }),
    );
    assert.equal(new Set(started).size, 1);
    const rows = await backend.db.query("select 1 from invoice_payments where id like 'ipay-%'");
    assert.equal(rows.length, 1);
  });

  it('answers PDFs as downloads whose text lists the amounts', async () => {
    const [unpaid] = await byState('unpaid');
    const detail = await known.json<Invoice>(known.get(`/invoices/${unpaid!.id}`));
    const answer = await known.get(`/invoices/${unpaid!.id}/pdf`);
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('content-type'), 'application/pdf');
    assert.equal(answer.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(answer.headers.get('cache-control'), 'private, no-store');
    assert.equal(
      answer.headers.get('content-disposition'),
      `attachment; filename="${detail.pdf.name}"; filename*=UTF-8''${encodeURIComponent(detail.pdf.name)}`,
    );
    const bytes = new Uint8Array(await answer.arrayBuffer());
    assert.equal(bytes.byteLength, detail.pdf.sizeBytes);
    assert.equal(Buffer.from(bytes.subarray(0, 5)).toString('latin1'), '%PDF-');
    assert.match(Buffer.from(bytes.subarray(-6)).toString('latin1'), /%%EOF/);
    const text = pdfText(bytes);
    const euros = (cents: number) =>
      `${Math.trunc(cents / 100)},${String(Math.abs(cents) % 100).padStart(2, '0')}`;
    assert.ok(text.includes(detail.number), text);
    assert.ok(text.includes(euros(detail.totalCents)), `${euros(detail.totalCents)} in\n${text}`);
    for (const line of detail.lines) assert.ok(text.includes(euros(line.amountCents)), text);

    const { certificates } = await known.json<TaxCertificateList>(known.get('/tax-certificates'));
    assert.ok(certificates.length > 0, 'care paid in 2026');
    const certificate = certificates[0]!;
    const file = await known.get(`/tax-certificates/${certificate.id}/pdf`);
    assert.equal(file.status, 200);
    const certificateBytes = new Uint8Array(await file.arrayBuffer());
    assert.equal(certificateBytes.byteLength, certificate.pdf.sizeBytes, 'the size the list announced');
    assert.ok(pdfText(certificateBytes).includes(euros(certificate.totalCents)));
  });

  it('gives the school year’s statement between balances that add up', async () => {
    const statement = await known.json<{
      openingCents: number;
      closingCents: number;
      debitCents: number;
      creditCents: number;
      entries: { kind: string }[];
    }>(known.get('/account-statement?schoolYear=2026-2027'));
    assert.equal(
      statement.closingCents,
      statement.openingCents + statement.debitCents - statement.creditCents,
    );
    const kinds = new Set(statement.entries.map((entry) => entry.kind));
    for (const kind of ['invoice', 'credit-note', 'payment-transfer', 'payment-online'])
      assert.ok(kinds.has(kind), kind);
  });

  it('takes a dispute as a request, once at a time, that the back office answers with a credit note', async () => {
    const [unpaid] = await byState('unpaid');
    const credit = (await list()).invoices.find((invoice) => invoice.creditNote)!;
    await problem(
      await known.post(`/invoices/${credit.id}/disputes`, {
        reason: 'other',
        comment: 'x',
        attachmentIds: [],
      }),
      409,
      'invoice.not-disputable',
    );
    await problem(
      await known.post(`/invoices/${unpaid!.id}/disputes`, {
        reason: 'not-attended',
        comment: 'Léa était malade',
        attachmentIds: ['att-of-someone-else'],
      }),
      404,
      'attachment.not-found',
    );
    const receipt = await known.json<RequestReceipt>(
      known.post(`/invoices/${unpaid!.id}/disputes`, {
        reason: 'not-attended',
        comment: 'Léa était malade',
        attachmentIds: [],
      }),
      201,
    );
    assert.equal(receipt.kind, 'invoice-dispute');
    assert.equal(receipt.status, 'pending');
    assert.equal(receipt.history[0]?.status, 'invoice-dispute-received');
    assert.deepEqual(receipt.history[0]?.params, { number: unpaid!.number, reason: 'not-attended' });
    assert.equal(receipt.history[0]?.message, 'Léa était malade');
    const disputed = await known.json<Invoice>(known.get(`/invoices/${unpaid!.id}`));
    assert.equal(disputed.disputed, true);
    assert.equal(disputed.disputeRequestId, receipt.id);
    await problem(
      await known.post(`/invoices/${unpaid!.id}/disputes`, {
        reason: 'other',
        comment: 'encore',
        attachmentIds: [],
      }),
      409,
      'invoice.dispute-pending',
    );

    const balance = (await list()).balanceCents;
    const decided = await postForm(backend.app, '/dev/back-office', `/dev/back-office/${receipt.id}`, {
      account: 'known',
      decision: 'accepted',
    });
    assert.equal(decided.status, 303);
    const after = await list();
    const invoice = after.invoices.find((one) => one.id === unpaid!.id)!;
    assert.equal(invoice.state, 'paid', 'settled by its credit note');
    assert.equal(invoice.disputed, false);
    const note = after.invoices.find((one) => one.creditNote && one.totalCents === -unpaid!.totalCents);
    assert.ok(note, 'a credit note of the invoice’s total');
    assert.equal(after.balanceCents, balance - unpaid!.balanceCents);
    const request = await known.json<RequestReceipt>(known.get(`/requests/${receipt.id}`));
    assert.equal(request.status, 'accepted');
    assert.equal(request.history.at(-1)?.status, 'invoice-dispute-accepted');
    const [mail] = await backend.db.query<{ to: string; code: string; params: unknown; body: string }>(
      'select to_address as to, code, params, body from outbox where request_id = $1',
      [receipt.id],
    );
    assert.deepEqual(
      { to: mail?.to, code: mail?.code, params: mail?.params },
      {
        to: 'marc.dubois@example.be',
        code: 'invoice-dispute-accepted',
        params: {
          firstName: 'Marc',
          number: receipt.number,
          invoice: unpaid!.number,
          creditNote: note.number,
          amountCents: unpaid!.totalCents,
        },
      },
    );
    const euros = `${Math.trunc(unpaid!.totalCents / 100)},${String(unpaid!.totalCents % 100).padStart(2, '0')} €`;
    assert.ok(mail!.body.includes(`la note de crédit ${note.number} de ${euros}`), mail!.body);
  });

  it('tells the family the reason of a refused dispute, the invoice still due', async () => {
    const [unpaid] = await byState('unpaid');
    const receipt = await known.json<RequestReceipt>(
      known.post(`/invoices/${unpaid!.id}/disputes`, {
        reason: 'wrong-price',
        comment: 'Le tarif est trop élevé',
        attachmentIds: [],
      }),
      201,
    );
    const decided = await postForm(backend.app, '/dev/back-office', `/dev/back-office/${receipt.id}`, {
      account: 'known',
      decision: 'refused',
      reason: 'Le tarif appliqué est celui de votre quotient.',
    });
    assert.equal(decided.status, 303);
    const after = (await list()).invoices.find((one) => one.id === unpaid!.id)!;
    assert.deepEqual(
      [after.state, after.disputed, after.balanceCents],
      ['unpaid', false, unpaid!.balanceCents],
    );
    const [mail] = await backend.db.query<{ code: string; subject: string; body: string }>(
      'select code, subject, body from outbox where request_id = $1',
      [receipt.id],
    );
    assert.equal(mail?.code, 'invoice-dispute-refused');
    assert.ok(mail!.subject.includes(unpaid!.number), mail!.subject);
    assert.match(
      mail!.body,
      /la facture reste due\.\n\nMotif : Le tarif appliqué est celui de votre quotient\.\n/,
    );
  });

  it('bills a month once, however often and however concurrently the run is asked for', async () => {
    await juneBookings(backend);
    const before = (await list()).invoices.length;
    const [first, second] = await Promise.all([
      billingRun(backend, '2027-06'),
      billingRun(backend, '2027-06'),
    ]);
    assert.equal(first!.invoices + second!.invoices, 1, 'one invoice for the known family’s June');
    assert.equal((await billingRun(backend, '2027-06')).invoices, 0, 'run again: nothing new');
    const { invoices } = await list();
    assert.equal(invoices.length, before + 1);
    const june = invoices.find((invoice) => invoice.periodFrom === '2027-06-01')!;
    const { lines } = await known.json<Invoice>(known.get(`/invoices/${june.id}`));
    assert.deepEqual(
      lines.map((line) => [line.childId, line.kind, line.quantity]),
      [['chi-1', 'meal', 2]],
      'Léa’s two meals billed, Tom’s excused day not',
    );
    assert.equal(june.totalCents, lines[0]!.amountCents);
    const numbers = invoices.map((invoice) => invoice.number);
    assert.equal(new Set(numbers).size, numbers.length, 'numbers never repeat');
    assert.equal(june.number, 'F-2027-005310', 'the year’s next number, after the history’s');
    const [{ through } = { through: '' }] = await backend.db.query<{ through: string }>(
      "select to_char(invoiced_through, 'YYYY-MM-DD') as through from calendar_invoicing",
    );
    assert.equal(through, '2027-06-30');
    const malformed = await postForm(
      backend.app,
      '/dev/back-office',
      '/dev/back-office/billing',
      { month: '2027-13' },
      { accept: 'application/json' },
    );
    assert.equal(malformed.status, 422, 'not a month');
    const page = await postForm(backend.app, '/dev/back-office', '/dev/back-office/billing', {});
    assert.equal(page.status, 303, 'the form, back to the back office (default month: February, billed)');
    assert.equal((await list()).invoices.length, before + 1);
  });

  it('bills the month after the history for every family, numbering on, doubling nothing', async () => {
    const seeded = await list();
    assert.equal((await billingRun(backend, '2027-02')).invoices, 0, 'February: billed with the history');
    assert.equal(
      (await billingRun(backend, '2027-03')).invoices,
      2,
      'the known and separated families’ March',
    );
    assert.equal((await billingRun(backend, '2027-03')).invoices, 0, 'run again: nothing new');
    const { invoices, balanceCents } = await list();
    const added = invoices.filter((invoice) => !seeded.invoices.some((old) => old.id === invoice.id));
    assert.deepEqual(
      added.map((invoice) => [invoice.periodFrom, invoice.number, invoice.state]),
      [['2027-03-01', 'F-2027-005310', 'unpaid']],
    );
    assert.equal(balanceCents, seeded.balanceCents + added[0]!.totalCents);
    const { lines } = await known.json<Invoice>(known.get(`/invoices/${added[0]!.id}`));
    assert.ok(lines.length > 0);
    assert.ok(lines.every((line) => line.date.startsWith('2027-03')));
    const theirs = await separated.json<InvoiceList>(separated.get('/invoices'));
    assert.equal(theirs.invoices[0]?.number, 'F-2027-005311');
  });
});

// On a PostgreSQL server (DATABASE_URL, as CI has), where transactions really run at once.
const base = process.env.DATABASE_URL;
describe('invoices under concurrency on PostgreSQL', { skip: base ? false : 'no DATABASE_URL' }, () => {
  let backend: Backend;
  before(async () => {
    backend = await startBackend({
      demo: true,
      databaseUrl: await ownDatabase(base!, 'fp_invoices_load'),
      log: () => undefined,
      now: () => now,
      releaseEvery: 0,
    });
  });
  after(() => backend?.close());

  it('starts one payment for simultaneous “Payer” and bills a month once for simultaneous runs', async () => {
    await resetDemoData(backend.db, 'be', now);
    const known = client(backend, await signIn(backend.app, 'known'));
    const { invoices } = await known.json<InvoiceList>(known.get('/invoices'));
    const ids = invoices.filter((invoice) => invoice.payableOnline).map((invoice) => invoice.id);
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        known.post(
          '/invoice-payments',
          { invoiceIds: index % 2 ? ids : [...ids].reverse(), returnUrl: '/f' },
          `k${index}`,
        ),
      ),
    );
    const started = new Set<string>();
    for (const answer of answers) {
      assert.equal(answer.status, 201, await answer.clone().text());
      started.add(((await answer.json()) as PaymentStart).paymentId);
    }
    assert.equal(started.size, 1);
    const [payment] = [...started];
    const answer = await providerAnswer(
      backend,
      { paymentId: payment!, redirectUrl: `http://localhost/pay/${payment}` },
      'paid',
    );
    const returns = await Promise.all(
      ['r1', 'r2', 'r3'].map((key) => known.post('/invoice-payments/returns', answer, key)),
    );
    for (const one of returns) assert.equal(one.status, 201, await one.clone().text());
    const rows = await backend.db.query<{ status: string }>(
      "select status from invoice_payments where id like 'ipay-%'",
    );
    assert.deepEqual(rows, [{ status: 'paid' }]);

    await juneBookings(backend);
    const runs = await Promise.all([
      billingRun(backend, '2027-06'),
      billingRun(backend, '2027-06'),
      billingRun(backend, '2027-06'),
    ]);
    assert.equal(
      runs.reduce((sum, run) => sum + run.invoices, 0),
      1,
    );
    const [{ count } = { count: 0 }] = await backend.db.query<{ count: string }>(
      "select count(*) as count from invoices where source like 'bookings:fam-known:2027-06'",
    );
    assert.equal(Number(count), 1);
  });
});
