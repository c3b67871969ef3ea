import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { FamilyPortalAdapter } from '../../src/adapter/index.js';
import {
  isStructuredCommunication,
  schoolYearDates,
  type AccountStatement,
  type DownloadedFile,
  type InvoiceList,
  type InvoiceSummary,
} from '../../src/domain/index.js';
import type { ContractBackend } from './backends.js';
import { failure, key, shift } from './support.js';

const returnUrl = '/portail/factures';
/** The service's day for these tests (the demo's history is dated from it): a Monday of March, school running. */
const today = new Date('2027-03-15T08:30:00Z');

/** A downloaded PDF's text (its streams are plain: the amounts can be read). */
async function pdfText(file: DownloadedFile): Promise<{ text: string; size: number }> {
  const bytes = new Uint8Array(await file.blob.arrayBuffer());
  return { text: new TextDecoder('latin1').decode(bytes), size: bytes.length };
}

/** The invoices that can be selected and paid online now. */
const payable = (list: InvoiceList) =>
  list.invoices.filter((one) => one.payableOnline && one.balanceCents > 0);

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * Invoices (`<invoice-list>`): the list and its balance, an invoice's detail and
 * PDF, paying several at once through the provider, disputes, the statement
 * and tax certificates, and the back office's billing run. On the demo's
 * history (demo-data/billing.ts): the known family has invoices paid, one
 * partly paid, one sent to the treasury, a credit note and three to pay.
 */
export function invoicesContract(current: () => ContractBackend): void {
  let backend: ContractBackend;
  let adapter: FamilyPortalAdapter;
  beforeEach(async () => {
    backend = current();
    await backend.calendarAt(today);
    adapter = await backend.adapter('known');
  });

  describe('invoices', () => {
    it('lists the family’s invoices newest first, with what it owes, what is overdue and its school years', async () => {
      const list = await adapter.getInvoices();
      assert.equal(list.currency, 'EUR');
      assert.ok(list.invoices.length >= 6, 'the demo family’s history');
      list.invoices.slice(1).forEach((older, at) => {
        const newer = list.invoices[at]!;
        assert.ok(newer.issuedOn >= older.issuedOn, `${newer.number} listed before ${older.number}`);
      });
      const open = list.invoices.filter((one) => one.state !== 'cancelled' && one.state !== 'transferred');
      assert.equal(list.balanceCents, sum(open.map((one) => one.balanceCents)));
      assert.equal(
        list.overdueCents,
        sum(open.filter((one) => one.overdue).map((one) => Math.max(0, one.balanceCents))),
      );
      for (const invoice of list.invoices.filter((one) => !one.creditNote && one.state !== 'transferred'))
        assert.equal(invoice.balanceCents, invoice.totalCents - invoice.paidCents, invoice.number);
      const states = new Set(list.invoices.map((one) => one.state));
      for (const state of ['unpaid', 'partly-paid', 'paid', 'transferred'] as const)
        assert.ok(states.has(state), `an invoice ${state}`);
      assert.ok(
        list.invoices.some((one) => one.creditNote && one.totalCents < 0),
        'a credit note',
      );
      assert.ok(
        list.invoices.some((one) => one.overdue),
        'an overdue invoice',
      );
      assert.ok(payable(list).length >= 3, 'three invoices to pay');
      assert.equal(list.onlinePayment, true);

      assert.deepEqual(
        list.schoolYears,
        [...new Set(list.invoices.map((one) => one.schoolYear))].sort().reverse(),
      );
      const [year] = list.schoolYears;
      const ofYear = await adapter.getInvoices({ schoolYear: year! });
      assert.deepEqual(
        ofYear.invoices.map((one) => one.id),
        list.invoices.filter((one) => one.schoolYear === year).map((one) => one.id),
      );
      assert.equal(
        ofYear.balanceCents,
        list.balanceCents,
        'the balance is the family’s, whatever the year shown',
      );
      const wrong = await failure(adapter.getInvoices({ schoolYear: '2026' }));
      assert.equal(wrong.type, 'validation');

      const theirs = await (await backend.adapter('separated')).getInvoices();
      const mine = new Set(list.invoices.map((one) => one.id));
      assert.ok(
        theirs.invoices.every((one) => !mine.has(one.id)),
        'each family its own invoices',
      );
    });

    it('details an invoice: lines adding up to its total, its payments, and how to pay it by transfer', async () => {
      const list = await adapter.getInvoices();
      for (const summary of list.invoices) {
        const invoice = await adapter.getInvoice(summary.id);
        assert.deepEqual(
          [invoice.id, invoice.number, invoice.totalCents, invoice.balanceCents, invoice.state],
          [summary.id, summary.number, summary.totalCents, summary.balanceCents, summary.state],
        );
        assert.ok(invoice.lines.length > 0, `${invoice.number} has lines`);
        assert.equal(sum(invoice.lines.map((line) => line.amountCents)), invoice.totalCents, invoice.number);
        for (const line of invoice.lines)
          assert.equal(line.amountCents, line.quantity * line.unitCents - line.reductionCents, line.id);
        if (!invoice.creditNote)
          assert.equal(
            sum(invoice.payments.map((payment) => payment.amountCents)),
            invoice.paidCents,
            `${invoice.number}: its payments`,
          );
        if (backend.profile === 'be') {
          assert.equal(invoice.reference.kind, 'structured');
          assert.ok(isStructuredCommunication(invoice.reference.value), invoice.reference.value);
        } else assert.equal(invoice.reference.kind, 'treasury');

        const owed = invoice.state === 'unpaid' || invoice.state === 'partly-paid';
        if (owed && !invoice.creditNote) {
          const { transfer } = invoice;
          assert.ok(transfer, `${invoice.number} can be paid by transfer`);
          assert.equal(transfer.amountCents, invoice.balanceCents);
          assert.deepEqual(transfer.reference, invoice.reference);
          assert.match(transfer.iban, /^[A-Z]{2}\d{2}/);
          if (backend.profile === 'be') {
            const euros = `EUR${Math.floor(transfer.amountCents / 100)}.${String(transfer.amountCents % 100).padStart(2, '0')}`;
            const lines = transfer.epcQr?.split('\n') ?? [];
            assert.deepEqual(lines.slice(0, 4), ['BCD', '002', '1', 'SCT']);
            assert.ok(lines.includes(transfer.iban), 'the IBAN');
            assert.ok(lines.includes(euros), `the amount, ${euros}`);
            assert.ok(lines.includes(invoice.reference.value.replace(/\D/g, '')), 'the communication');
          }
        } else assert.equal(invoice.transfer, undefined, `${invoice.number}: nothing to transfer`);
        if (invoice.state === 'transferred') {
          assert.match(invoice.notPayable ?? '', /^transferred-/);
          assert.ok(invoice.payWhere, 'where to pay it now');
          assert.equal(invoice.payableOnline, false);
        }
      }
      const stranger = await backend.adapter('separated');
      assert.equal((await failure(stranger.getInvoice(list.invoices[0]!.id))).type, 'not-found');
      assert.equal((await failure(adapter.getInvoice('inv-none'))).type, 'not-found');
    });

    it('gives an invoice’s PDF, named as its detail says, with its amounts', async () => {
      const [summary] = (await adapter.getInvoices()).invoices.filter((one) => !one.creditNote);
      const invoice = await adapter.getInvoice(summary!.id);
      assert.match(invoice.pdf.name, /\.pdf$/);
      const file = await adapter.getInvoicePdf(invoice.id);
      assert.equal(file.name, invoice.pdf.name);
      assert.equal(file.mediaType, 'application/pdf');
      const { text, size } = await pdfText(file);
      assert.ok(text.startsWith('%PDF-1.'), 'a PDF');
      assert.equal(size, invoice.pdf.sizeBytes, 'the size the detail shows');
      assert.ok(text.trimEnd().endsWith('%%EOF'));
      const stranger = await backend.adapter('separated');
      assert.equal((await failure(stranger.getInvoicePdf(invoice.id))).type, 'not-found');
    });

    it('pays two of three invoices at once: both paid, the balance down by their sum, a replayed return changing nothing', async () => {
      const before = await adapter.getInvoices();
      const [first, second, third] = payable(before) as [InvoiceSummary, InvoiceSummary, InvoiceSummary];
      const start = await adapter.payInvoices({ invoiceIds: [first.id, second.id], returnUrl }, key());
      assert.ok(start.redirectUrl.length > 0);

      const held = await adapter.getInvoices();
      for (const id of [first.id, second.id]) {
        const one = held.invoices.find((candidate) => candidate.id === id)!;
        assert.deepEqual([one.payableOnline, one.notPayable], [false, 'payment-in-flight']);
        assert.ok(one.lockedUntil && Date.parse(one.lockedUntil) > today.getTime(), 'held for a while');
      }
      assert.equal(
        held.invoices.find((one) => one.id === third.id)?.payableOnline,
        true,
        'the third is free',
      );

      const answer = await backend.pay(start, 'paid');
      const forged = await failure(
        adapter.completeInvoicePayment({ ...answer, signature: `${answer.signature}x` }, key()),
      );
      assert.equal(forged.type, 'validation');
      const outcome = await adapter.completeInvoicePayment(answer, key());
      assert.equal(outcome.status, 'paid');
      assert.equal(outcome.amountCents, first.balanceCents + second.balanceCents);
      assert.deepEqual(outcome.invoices.map((one) => one.id).sort(), [first.id, second.id].sort());
      for (const one of outcome.invoices) assert.deepEqual([one.state, one.balanceCents], ['paid', 0]);
      const expected = before.balanceCents - first.balanceCents - second.balanceCents;
      assert.equal(outcome.balanceCents, expected);
      assert.equal((await adapter.getInvoices()).balanceCents, expected);

      const replayed = await adapter.completeInvoicePayment(answer, key());
      assert.deepEqual([replayed.status, replayed.balanceCents], ['paid', expected], 'a return replayed');
      const paid = await adapter.getInvoice(first.id);
      assert.equal(paid.paidCents, first.paidCents + first.balanceCents);
      assert.equal(paid.payments.filter((payment) => payment.method === 'online').length, 1, 'paid once');
      assert.equal((await adapter.getInvoices()).balanceCents, expected);
      const after = (await adapter.getInvoices()).invoices.find((one) => one.id === third.id)!;
      assert.deepEqual([after.state, after.balanceCents], [third.state, third.balanceCents]);
    });

    it('leaves the invoices to pay when the provider refuses', async () => {
      const before = await adapter.getInvoices();
      const [one] = payable(before);
      const start = await adapter.payInvoices({ invoiceIds: [one!.id], returnUrl }, key());
      const outcome = await adapter.completeInvoicePayment(await backend.pay(start, 'refused'), key());
      assert.equal(outcome.status, 'refused');
      assert.equal(outcome.balanceCents, before.balanceCents);
      const after = (await adapter.getInvoices()).invoices.find((candidate) => candidate.id === one!.id)!;
      assert.deepEqual([after.state, after.payableOnline], [one!.state, true], 'payable again');
    });

    it('pays the same invoices once: a second “Payer” resumes the payment or is refused', async () => {
      const list = await adapter.getInvoices();
      const [one, other] = payable(list) as [InvoiceSummary, InvoiceSummary];
      const first = await adapter.payInvoices({ invoiceIds: [one.id], returnUrl }, key());
      let second: typeof first | undefined;
      try {
        second = await adapter.payInvoices({ invoiceIds: [one.id], returnUrl }, key());
        assert.equal(second.paymentId, first.paymentId, 'the same payment resumed');
      } catch (error) {
        assert.equal((error as { code?: string }).code, 'invoice.payment-in-flight');
      }
      const overlapping = await failure(
        adapter.payInvoices({ invoiceIds: [one.id, other.id], returnUrl }, key()),
      );
      assert.deepEqual([overlapping.type, overlapping.code], ['conflict', 'invoice.payment-in-flight']);
      const paid = await adapter.completeInvoicePayment(await backend.pay(first, 'paid'), key());
      assert.equal(paid.status, 'paid');
      const again = await failure(adapter.payInvoices({ invoiceIds: [one.id], returnUrl }, key()));
      assert.deepEqual([again.type, again.code], ['conflict', 'invoice.not-payable']);
      const invoice = await adapter.getInvoice(one.id);
      assert.equal(invoice.paidCents, one.paidCents + one.balanceCents, 'settled once');
      assert.equal((await adapter.getInvoices()).balanceCents, list.balanceCents - one.balanceCents);
    });

    it('refuses to pay another family’s invoice, one sent to the treasury, a paid one or a credit note', async () => {
      const list = await adapter.getInvoices();
      const [open] = payable(list);
      const stranger = await backend.adapter('separated');
      const theirs = await failure(stranger.payInvoices({ invoiceIds: [open!.id], returnUrl }, key()));
      assert.equal(theirs.type, 'not-found');
      for (const state of ['transferred', 'paid'] as const) {
        const invoice = list.invoices.find((one) => one.state === state && !one.creditNote)!;
        const refused = await failure(adapter.payInvoices({ invoiceIds: [invoice.id], returnUrl }, key()));
        assert.deepEqual([refused.type, refused.code], ['conflict', 'invoice.not-payable'], state);
        const mixed = await failure(
          adapter.payInvoices({ invoiceIds: [open!.id, invoice.id], returnUrl }, key()),
        );
        assert.equal(mixed.code, 'invoice.not-payable', `${state} with one to pay`);
      }
      const credit = list.invoices.find((one) => one.creditNote)!;
      assert.equal(
        (await failure(adapter.payInvoices({ invoiceIds: [credit.id], returnUrl }, key()))).code,
        'invoice.not-payable',
      );
      const after = (await adapter.getInvoices()).invoices.find((one) => one.id === open!.id)!;
      assert.equal(after.payableOnline, true, 'nothing held by a refused payment');
      const empty = await failure(adapter.payInvoices({ invoiceIds: [], returnUrl }, key()));
      assert.equal(empty.type, 'validation');
    });

    it('takes a dispute as a request, the invoice disputed until the service answers', async () => {
      const list = await adapter.getInvoices();
      const [contested] = payable(list);
      const input = {
        reason: 'not-attended' as const,
        comment: 'Léa était malade ce jour-là.',
        attachmentIds: [],
      };
      const stranger = await backend.adapter('separated');
      assert.equal((await failure(stranger.disputeInvoice(contested!.id, input, key()))).type, 'not-found');
      const unknownFile = await failure(
        adapter.disputeInvoice(contested!.id, { ...input, attachmentIds: ['att-none'] }, key()),
      );
      assert.equal(unknownFile.type, 'not-found');

      const receipt = await adapter.disputeInvoice(contested!.id, input, key());
      assert.deepEqual([receipt.kind, receipt.status], ['invoice-dispute', 'pending']);
      assert.deepEqual(await adapter.getRequest(receipt.id), receipt);
      const invoice = await adapter.getInvoice(contested!.id);
      assert.deepEqual([invoice.disputed, invoice.disputeRequestId], [true, receipt.id]);
      assert.equal(
        (await adapter.getInvoices()).invoices.find((one) => one.id === invoice.id)?.disputed,
        true,
      );
      const twice = await failure(adapter.disputeInvoice(contested!.id, input, key()));
      assert.deepEqual([twice.type, twice.code], ['conflict', 'invoice.dispute-pending']);
      const credit = list.invoices.find((one) => one.creditNote)!;
      const notDisputable = await failure(adapter.disputeInvoice(credit.id, input, key()));
      assert.deepEqual([notDisputable.type, notDisputable.code], ['conflict', 'invoice.not-disputable']);

      await backend.decide('known', adapter, receipt.id, 'refused', 'Absence non signalée à temps.');
      assert.equal((await adapter.getRequest(receipt.id)).status, 'refused');
      assert.equal((await adapter.getInvoice(contested!.id)).disputed, false, 'answered');
    });

    it('credits an invoice whose dispute the service accepts, and leaves a refused one owed', async () => {
      const before = await adapter.getInvoices();
      const [accepted, refused] = before.invoices.filter((one) => one.state === 'unpaid' && !one.creditNote);
      assert.ok(accepted && refused, 'two invoices unpaid');
      const input = { reason: 'not-attended' as const, comment: 'Léa était malade.', attachmentIds: [] };
      const receipt = await adapter.disputeInvoice(accepted.id, input, key());
      await backend.decide('known', adapter, receipt.id, 'accepted');

      const after = await adapter.getInvoices();
      const invoice = after.invoices.find((one) => one.id === accepted.id)!;
      assert.deepEqual(
        [invoice.state, invoice.balanceCents, invoice.disputed],
        ['paid', 0, false],
        'settled by its credit note',
      );
      const known = new Set(before.invoices.map((one) => one.id));
      const added = after.invoices.filter((one) => !known.has(one.id));
      assert.equal(added.length, 1, 'one credit note');
      const note = added[0]!;
      assert.deepEqual(
        [note.creditNote, note.totalCents, note.balanceCents, note.state],
        [true, -accepted.totalCents, 0, 'paid'],
        'the invoice’s total, all of it used against the invoice',
      );
      assert.ok(!before.invoices.some((one) => one.number === note.number), note.number);
      assert.equal(after.balanceCents, before.balanceCents - accepted.balanceCents);
      const detail = await adapter.getInvoice(note.id);
      assert.equal(sum(detail.lines.map((line) => line.amountCents)), -accepted.totalCents);
      const used = (await adapter.getInvoice(accepted.id)).payments.filter(
        (one) => one.method === 'credit-note',
      );
      assert.deepEqual(
        used.map((one) => one.amountCents),
        [accepted.balanceCents],
      );
      const request = await adapter.getRequest(receipt.id);
      assert.equal(request.status, 'accepted');
      assert.deepEqual(
        [request.history.at(-1)?.status, request.history.at(-1)?.params],
        ['invoice-dispute-accepted', { number: accepted.number, creditNote: note.number }],
      );
      const again = await failure(backend.decide('known', adapter, receipt.id, 'accepted'));
      assert.deepEqual([again.type, again.code], ['conflict', 'request.not-pending']);
      assert.equal((await adapter.getInvoices()).invoices.length, after.invoices.length, 'credited once');

      const contest = await adapter.disputeInvoice(refused.id, { ...input, reason: 'wrong-price' }, key());
      await backend.decide('known', adapter, contest.id, 'refused', 'Le tarif est celui de votre quotient.');
      const last = await adapter.getInvoices();
      const stands = last.invoices.find((one) => one.id === refused.id)!;
      assert.deepEqual(
        [stands.state, stands.balanceCents, stands.disputed],
        ['unpaid', refused.balanceCents, false],
        'still owed',
      );
      assert.equal(last.invoices.length, after.invoices.length, 'no credit note');
      assert.equal(last.balanceCents, after.balanceCents);
      const answered = await adapter.getRequest(contest.id);
      assert.equal(answered.status, 'refused');
      assert.deepEqual(
        [answered.history.at(-1)?.status, answered.history.at(-1)?.params, answered.history.at(-1)?.message],
        ['invoice-dispute-refused', { number: refused.number }, 'Le tarif est celui de votre quotient.'],
      );
    });

    it('gives each school year’s statement: the opening balance, debits less credits, the closing one', async () => {
      const { schoolYears } = await adapter.getInvoices();
      const statements: AccountStatement[] = [];
      for (const schoolYear of [...schoolYears].reverse()) {
        const statement = await adapter.getAccountStatement({ schoolYear });
        const { from, to } = schoolYearDates(schoolYear);
        assert.deepEqual([statement.schoolYear, statement.from, statement.to], [schoolYear, from, to]);
        assert.equal(
          statement.openingCents + statement.debitCents - statement.creditCents,
          statement.closingCents,
        );
        assert.equal(sum(statement.entries.map((entry) => entry.debitCents)), statement.debitCents);
        assert.equal(sum(statement.entries.map((entry) => entry.creditCents)), statement.creditCents);
        let balance = statement.openingCents;
        for (const entry of statement.entries) {
          assert.ok(entry.date >= from && entry.date <= to, `${entry.date} in ${schoolYear}`);
          balance += entry.debitCents - entry.creditCents;
          assert.equal(entry.balanceCents, balance, `after ${entry.kind} ${entry.invoiceNumber}`);
        }
        assert.equal(statement.closingCents, balance);
        statements.push(statement);
      }
      assert.ok(statements.some((one) => one.entries.some((entry) => entry.kind === 'invoice')));
      statements.slice(1).forEach((later, at) => {
        const earlier = statements[at]!;
        if (shift(earlier.to, 1) === later.from)
          assert.equal(later.openingCents, earlier.closingCents, 'a year opens where the last closed');
      });
      assert.equal((await failure(adapter.getAccountStatement({ schoolYear: 'last' }))).type, 'validation');
    });

    it('issues the childcare tax certificates of the years with care paid, and their PDFs', async () => {
      const { certificates } = await adapter.getTaxCertificates();
      assert.ok(certificates.length >= 1, 'care was paid');
      const years = certificates.map((one) => one.year);
      assert.deepEqual(
        years,
        [...years].sort((a, b) => b - a),
        'newest year first',
      );
      for (const certificate of certificates) {
        assert.equal(certificate.scheme, backend.profile === 'be' ? 'be-281.86' : 'fr-garde');
        assert.equal(certificate.totalCents, sum(certificate.children.map((child) => child.amountCents)));
        for (const child of certificate.children)
          assert.equal(
            child.amountCents,
            sum(child.periods.map((period) => period.amountCents)),
            child.firstName,
          );
      }
      const [certificate] = certificates;
      const file = await adapter.getTaxCertificatePdf(certificate!.id);
      assert.equal(file.name, certificate!.pdf.name);
      const { text, size } = await pdfText(file);
      assert.ok(text.startsWith('%PDF-1.'));
      assert.equal(size, certificate!.pdf.sizeBytes);
      const stranger = await backend.adapter('separated');
      assert.equal((await failure(stranger.getTaxCertificatePdf(certificate!.id))).type, 'not-found');
    });

    it('bills a month of bookings once, however often the back office runs it, then locks its days', async () => {
      const from = today.toISOString().slice(0, 10);
      const planning = await adapter.getPlanning({ from, to: shift(from, 60) });
      const booked = planning.children
        .flatMap((child) => child.cells)
        .find((cell) => cell.status === 'booked');
      assert.ok(booked, 'a day booked ahead');
      const month = booked.date.slice(0, 7);
      const before = await adapter.getInvoices();
      assert.ok(!before.invoices.some((one) => one.periodFrom.startsWith(month)), 'not billed yet');

      await backend.billMonth('known', adapter, month);
      await backend.billMonth('known', adapter, month);
      const after = await adapter.getInvoices();
      const billed = after.invoices.filter((one) => !before.invoices.some((old) => old.id === one.id));
      assert.equal(billed.length, 1, 'one invoice for the month');
      const [invoice] = billed;
      assert.deepEqual([invoice!.periodFrom.slice(0, 7), invoice!.state], [month, 'unpaid']);
      assert.ok(invoice!.totalCents > 0);
      assert.equal(after.balanceCents, before.balanceCents + invoice!.totalCents);
      const detail = await adapter.getInvoice(invoice!.id);
      assert.ok(detail.lines.every((line) => line.date.startsWith(month)));
      assert.ok(
        detail.lines.some((line) => line.date <= booked.date && booked.date <= (line.to ?? line.date)),
        'the day booked is billed',
      );
      const billedDay = (await adapter.getPlanning({ from: booked.date, to: booked.date })).children
        .flatMap((child) => child.cells)
        .filter((cell) => cell.unitId === booked.unitId && cell.status === 'booked');
      assert.ok(billedDay.length > 0);
      for (const cell of billedDay) {
        assert.equal(cell.locked?.reason, 'invoiced', 'a day billed can no longer be changed');
        assert.equal(cell.actions.cancel, undefined);
      }
    });
  });
}
