import { expect } from '@open-wc/testing';
import { createMemoryAdapter, simulatedAnswer } from '../../src/adapter/memory/memory-adapter.js';
import { pdfString, writePdf } from '../../src/adapter/memory/pdf-writer.js';
import type { PdfDocument } from '../../src/domain/index.js';
import { key, memoryStorage, rejection } from './support.js';

/*
 * The memory backend's invoices: the demo's history, paying through the demo
 * provider, what is kept across reloads, the back office's billing run, and
 * the PDFs it writes in the page.
 */

/** Monday 15 March 2027, 9:30 in Brussels. */
const fixedNow = () => new Date('2027-03-15T08:30:00.000Z');

const known = (storage: Storage | null = null, profile: 'be' | 'fr' = 'be') =>
  createMemoryAdapter({ profile, family: 'known', storage, now: fixedNow });

const document: PdfDocument = {
  fileName: 'facture-F-2027-004211.pdf',
  title: 'Facture F-2027-004211 (mars)',
  issuer: ['Commune de Mont-Saint-Guibert', 'Régie accueil extrascolaire'],
  facts: [
    { label: 'Numéro', value: 'F-2027-004211' },
    { label: 'Communication', value: '+++270/0004/21160+++' },
  ],
  table: {
    columns: ['Date', 'Enfant', 'Libellé', 'Quantité', 'Prix', 'Montant'],
    align: ['left', 'left', 'left', 'right', 'right', 'right'],
    rows: Array.from({ length: 70 }, (_, index) => [
      `2027-02-${String((index % 28) + 1).padStart(2, '0')}`,
      'Léa',
      'Repas chaud — un libellé assez long pour qu’il faille le couper sur deux lignes \\ (sic)',
      '1',
      '3,80 €',
      `${index + 1},80 €`,
    ]),
  },
  totals: [
    { label: 'Total', value: '1 234,56 €' },
    { label: 'Reste à payer', value: '987,65 €' },
  ],
  notes: ['Payez avant le 14/04/2027 par virement : Œuvre « été » à l’école.'],
};

/** The file's text: all ASCII, escapes included. */
const textOf = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

describe('memory adapter: the PDF writer', () => {
  it('writes a PDF whose cross-reference table points at each object', () => {
    const text = textOf(writePdf(document));
    expect(text.startsWith('%PDF-1.')).to.equal(true);
    expect(text.trimEnd().endsWith('%%EOF')).to.equal(true);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\s*$/.exec(text)?.[1]);
    expect(text.slice(startxref, startxref + 5)).to.equal('xref\n');
    const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(text.slice(startxref)) ?? [];
    expect(Number(first)).to.equal(0);
    const entries = text
      .slice(startxref)
      .split('\n')
      .slice(2, 2 + Number(count));
    expect(entries[0]).to.equal('0000000000 65535 f ');
    entries.slice(1).forEach((entry, index) => {
      expect(entry).to.match(/^\d{10} 00000 n $/);
      const offset = Number(entry.slice(0, 10));
      expect(text.slice(offset, offset + `${index + 1} 0 obj`.length)).to.equal(`${index + 1} 0 obj`);
    });
    expect(text).to.match(new RegExp(`/Size ${count} `));
  });

  it('keeps its streams plain, with the amounts readable and the text escaped', () => {
    const text = textOf(writePdf(document));
    expect(text).not.to.contain('/Filter');
    for (const amount of ['1 234,56', '987,65', '70,80', 'F-2027-004211']) expect(text).to.contain(amount);
    // WinAnsi: é is \351, € \200, Œ \214, ’ \222; parentheses and backslashes escaped.
    expect(text).to.contain('R\\351gie accueil extrascolaire');
    expect(text).to.contain('3,80 \\200');
    expect(text).to.contain('\\214uvre');
    expect(text).to.contain('\\\\ \\(sic\\)');
    expect(pdfString('a(b)c\\')).to.equal('(a\\(b\\)c\\\\)');
    expect(text).to.contain('/Encoding /WinAnsiEncoding');
    // Seventy rows do not fit on one page; each stream's length is its own.
    const pages = Number(/\/Count (\d+)/.exec(text)?.[1]);
    expect(pages).to.be.greaterThan(1);
    for (const match of text.matchAll(/<< \/Length (\d+) >>\nstream\n/g)) {
      const start = match.index + match[0].length;
      expect(text.slice(start + Number(match[1]), start + Number(match[1]) + 10)).to.equal('\nendstream');
    }
  });
});

describe('memory adapter: invoices', () => {
  it('seeds the demo family’s history: paid, partly paid, sent to the treasury, a credit note, overdue and to pay', async () => {
    const list = await known().getInvoices();
    const states = list.invoices.map((one) => one.state);
    for (const state of ['unpaid', 'partly-paid', 'paid', 'transferred']) expect(states).to.include(state);
    expect(list.invoices.filter((one) => one.payableOnline)).to.have.length(
      4,
      'three to pay and one partly paid',
    );
    expect(list.invoices.filter((one) => one.creditNote)).to.have.length(1);
    expect(list.overdueCents).to.be.greaterThan(0);
    expect(list.invoices.every((one) => one.number.startsWith('F-'))).to.equal(true);
    expect(
      (await createMemoryAdapter({ family: 'new', storage: null }).getInvoices()).invoices,
    ).to.deep.equal([]);
  });

  it('gives a French invoice the treasury’s reference, and a transfer without EPC code', async () => {
    const adapter = known(null, 'fr');
    const [unpaid] = (await adapter.getInvoices()).invoices.filter((one) => one.state === 'unpaid');
    const invoice = await adapter.getInvoice(unpaid!.id);
    expect(invoice.reference).to.deep.equal({ kind: 'treasury', value: invoice.number });
    expect(invoice.transfer?.iban.startsWith('FR76')).to.equal(true);
    expect(invoice.transfer?.epcQr).to.equal(undefined);
    const transferred = (await adapter.getInvoices()).invoices.find((one) => one.state === 'transferred');
    expect(transferred?.payWhere).to.match(/Trésor public/);
  });

  it('sends the parent to the demo provider, which answers paid on the return URL; kept across a reload', async () => {
    const storage = memoryStorage();
    const adapter = known(storage);
    const [one, two] = (await adapter.getInvoices()).invoices.filter((invoice) => invoice.payableOnline);
    const start = await adapter.payInvoices(
      { invoiceIds: [one!.id, two!.id], returnUrl: '/portail/factures?tab=open' },
      key('pay'),
    );
    const back = new URL(start.redirectUrl, 'http://localhost/');
    expect(back.pathname).to.equal('/portail/factures');
    expect(back.searchParams.get('tab')).to.equal('open');
    const answer = simulatedAnswer(start.paymentId, 'paid');
    expect(Object.fromEntries(back.searchParams)).to.include(answer);
    const outcome = await adapter.completeInvoicePayment(answer, key('back'));
    expect(outcome.invoices.map((invoice) => invoice.state)).to.deep.equal(['paid', 'paid']);

    const reloaded = known(storage);
    const list = await reloaded.getInvoices();
    expect(list.balanceCents).to.equal(outcome.balanceCents);
    expect(list.invoices.find((invoice) => invoice.id === one!.id)?.state).to.equal('paid');
    const replay = await reloaded.completeInvoicePayment(answer, key('back'));
    expect(replay).to.deep.equal(outcome, 'the same key replays the answer');
  });

  it('bills a month once however often it runs, and refuses what is not a month', async () => {
    const adapter = known();
    const before = await adapter.getInvoices();
    const issued = await adapter.billMonth('2027-03');
    expect(issued).to.have.length(1);
    expect(issued[0]!.periodFrom).to.equal('2027-03-01');
    expect(issued[0]!.issuedOn).to.equal('2027-03-15');
    expect(await adapter.billMonth('2027-03')).to.deep.equal([]);
    const after = await adapter.getInvoices();
    expect(after.invoices).to.have.length(before.invoices.length + 1);
    expect(after.invoices[0]!.id).to.equal(issued[0]!.id, 'the newest first');
    let error: unknown;
    await adapter.billMonth('2027-13').catch((reason: unknown) => (error = reason));
    expect(error).to.be.instanceOf(RangeError);
  });

  it('writes the invoice’s PDF with its number and total, the size its detail shows', async () => {
    const adapter = known();
    const [summary] = (await adapter.getInvoices()).invoices;
    const invoice = await adapter.getInvoice(summary!.id);
    const file = await adapter.getInvoicePdf(invoice.id);
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    expect(bytes.length).to.equal(invoice.pdf.sizeBytes);
    expect(file.blob.type).to.equal('application/pdf');
    const text = textOf(bytes);
    expect(text.startsWith('%PDF-1.')).to.equal(true);
    expect(text).to.contain(invoice.number);
    const euros = `${Math.floor(invoice.totalCents / 100)},${String(invoice.totalCents % 100).padStart(2, '0')}`;
    expect(text).to.contain(euros);
    const missing = await rejection(adapter.getInvoicePdf('inv-separated-5300'));
    expect(missing.type).to.equal('not-found');
  });

  it('no longer shows an invoice disputed once the service answered', async () => {
    const adapter = known();
    const [summary] = (await adapter.getInvoices()).invoices.filter((one) => one.payableOnline);
    const receipt = await adapter.disputeInvoice(
      summary!.id,
      { reason: 'wrong-price', comment: 'Le tarif appliqué n’est pas le nôtre.', attachmentIds: [] },
      key('dispute'),
    );
    expect((await adapter.getInvoice(summary!.id)).disputed).to.equal(true);
    const decided = await adapter.decide(receipt.id, 'accepted');
    expect(decided.status).to.equal('accepted');
    expect((await adapter.getInvoice(summary!.id)).disputed).to.equal(false);
    const again = await rejection(adapter.decide(receipt.id, 'refused'));
    expect(again.code).to.equal('request.not-pending');
  });
});
