/**
 * Issue 14's "Done when", as a parent would do it after `npm start`: on the
 * demo page and the reference backend, the back office runs the month's
 * billing ("Facturer le mois", twice: nothing doubles), then Marc Dubois (the
 * `known` family) opens "Factures" and, by keyboard alone, selects two of his
 * unpaid invoices, reads their total, pays them in the simulated provider,
 * sees them "Payée" and his balance lowered by what he paid, downloads an
 * invoice's PDF and the year's tax certificate (valid PDFs whose text holds
 * their number and amounts) and prints the school year's statement.
 *
 * The demo history is dated from today: invoices, amounts and years are read
 * through the API, never written here.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { assertValidPdf, familyApi, keyboard, pdfText, postDevForm, runOnDemo } from './support.mjs';

const money = (cents) =>
  new Intl.NumberFormat('fr-BE', { style: 'currency', currency: 'EUR' }).format(cents / 100);
/** Amounts as a PDF's text and the element write them: the same words, any kind of space. */
const loose = (value) => value.replace(/\s/g, ' ');

await runOnDemo(async ({ url, origin, browser }) => {
  await fetch(`${origin}/dev/reset`, { method: 'POST' });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  // The browser's print dialog would block the page: count the calls instead.
  await page.addInitScript(() => {
    window.print = () => {
      window.printed = (window.printed ?? 0) + 1;
    };
  });
  await page.goto(`${url}?lang=fr&family=known`);
  const list = page.locator('invoice-list');
  await list.getByText('Mes factures').first().waitFor();
  const api = await familyApi(page, origin);

  // "Facturer le mois" in the back office, for the month it proposes; a second run changes nothing.
  const office = await (await fetch(`${origin}/dev/back-office`)).text();
  const month = /name="month" type="month" value="(\d{4}-\d{2})"/.exec(office)?.[1];
  assert.ok(month, 'the back office proposes a month to bill');
  const seeded = await api('/invoices');
  const run = await postDevForm(origin, '/dev/back-office/billing', { month });
  assert.equal(run.status, 303, `the billing run of ${month}`);
  const billed = await api('/invoices');
  const fresh = billed.invoices.filter((invoice) => !seeded.invoices.some((old) => old.id === invoice.id));
  assert.ok(fresh.length > 0, `the run of ${month} billed the family's bookings`);
  assert.ok(
    fresh.every((invoice) => invoice.periodFrom.startsWith(month) && invoice.state === 'unpaid'),
    `new invoices bill ${month}: ${JSON.stringify(fresh.map((invoice) => invoice.periodFrom))}`,
  );
  assert.equal((await postDevForm(origin, '/dev/back-office/billing', { month })).status, 303);
  assert.equal(
    (await api('/invoices')).invoices.length,
    billed.invoices.length,
    'a second run bills nothing',
  );
  console.log(`ok  the billing run of ${month}: ${fresh.length} invoice(s), none twice`);

  // The page again, from the menu's "Factures": the unpaid invoices, newest first.
  await page.reload();
  await page.getByRole('link', { name: 'Factures', exact: true }).focus();
  await page.keyboard.press('Enter');
  const unpaid = billed.invoices.filter((invoice) => invoice.payableOnline && invoice.state === 'unpaid');
  assert.ok(unpaid.length >= 3, `three unpaid invoices at least (${unpaid.length})`);
  const [first, second] = unpaid;
  await list.getByText(`Facture ${first.number}`).first().waitFor();
  const keys = keyboard(page, 'invoice-list');
  const total = first.balanceCents + second.balanceCents;
  for (const invoice of [first, second]) {
    await keys.toField(`select-${invoice.id}`);
    await page.keyboard.press('Space');
  }
  await list
    .getByText(loose(`2 factures sélectionnées : ${money(total)}`))
    .first()
    .waitFor();
  assert.equal(
    await list.locator(`#select-${unpaid[2].id}`).isChecked(),
    false,
    'the third stays unselected',
  );
  console.log(`ok  two of ${unpaid.length} unpaid invoices selected by keyboard: ${money(total)}`);

  // The selection bar, above the invoices: back with Shift+Tab.
  await keys.press('Vérifier et payer', { back: true });
  await list
    .getByText(loose(`Total à payer : ${money(total)}`))
    .first()
    .waitFor();
  await keys.press('Payer');
  await page.waitForURL(/\/pay\//);
  const providerPay = page.getByRole('button', { name: /^Payer/ });
  await providerPay.waitFor();
  await providerPay.focus();
  await Promise.all([page.waitForURL(/paymentId=/), page.keyboard.press('Enter')]);
  await list
    .getByText(loose(`Paiement reçu : les factures ${first.number} et ${second.number} sont payées.`))
    .first()
    .waitFor();
  assert.doesNotMatch(page.url(), /signature=/, 'the provider’s answer leaves the address bar');
  const paid = await api('/invoices');
  for (const invoice of [first, second]) {
    const now = paid.invoices.find((candidate) => candidate.id === invoice.id);
    assert.equal(now.state, 'paid', `${invoice.number} paid`);
    assert.equal(now.balanceCents, 0);
  }
  assert.equal(paid.balanceCents, billed.balanceCents - total, 'the balance lowered by what was paid');
  await list
    .getByText(
      loose(paid.balanceCents > 0 ? `Vous devez ${money(paid.balanceCents)}` : 'Vous ne devez rien.'),
    )
    .first()
    .waitFor();
  const third = paid.invoices.find((candidate) => candidate.id === unpaid[2].id);
  assert.equal(third.state, 'unpaid', 'the third invoice still to pay');

  // "Payées": both invoices with their state in words.
  await keys.toField('filter-to-pay');
  await page.keyboard.press('ArrowRight');
  for (const invoice of [first, second]) {
    const card = list.locator('[part~="invoice"]', { hasText: `Facture ${invoice.number}` });
    await card.getByText('Payée', { exact: true }).first().waitFor();
  }
  console.log(`ok  paid in the simulated provider: both "Payée", balance ${money(paid.balanceCents)}`);

  // The invoice's PDF, from its detail.
  const detail = await api(`/invoices/${first.id}`);
  await keys.press(`Détail de la facture ${first.number}`);
  const pdfLabel = `Télécharger ${detail.pdf.name}`;
  await list.getByText(pdfLabel, { exact: false }).first().waitFor();
  const [invoiceDownload] = await Promise.all([
    page.waitForEvent('download'),
    keys
      .tabTo((active) => active.text.startsWith(pdfLabel), `"${pdfLabel}"`)
      .then(() => page.keyboard.press('Enter')),
  ]);
  assert.equal(invoiceDownload.suggestedFilename(), detail.pdf.name);
  const invoicePdf = await readFile(await invoiceDownload.path());
  assert.equal(invoicePdf.length, detail.pdf.sizeBytes, 'the size the link says');
  assertValidPdf(invoicePdf, detail.pdf.name);
  const invoiceText = loose(pdfText(invoicePdf));
  assert.ok(invoiceText.includes(first.number), `the PDF names ${first.number}`);
  assert.ok(
    invoiceText.includes(loose(money(detail.totalCents))),
    `the PDF's total ${money(detail.totalCents)}`,
  );
  for (const line of detail.lines)
    assert.ok(invoiceText.includes(loose(money(line.amountCents))), `a line of ${money(line.amountCents)}`);
  console.log(
    `ok  ${detail.pdf.name}: a valid PDF with ${first.number} and its lines (${detail.lines.length})`,
  );

  // The year's tax certificate.
  await keys.press('Retour à mes factures');
  await keys.press('Attestations fiscales', { back: true });
  const { certificates } = await api('/tax-certificates');
  assert.ok(certificates.length > 0, 'a tax certificate');
  const [certificate] = certificates;
  const certificateLabel = `Télécharger ${certificate.pdf.name}`;
  await list.getByText(certificateLabel, { exact: false }).first().waitFor();
  const [certificateDownload] = await Promise.all([
    page.waitForEvent('download'),
    keys
      .tabTo((active) => active.text.startsWith(certificateLabel), `"${certificateLabel}"`)
      .then(() => page.keyboard.press('Enter')),
  ]);
  assert.equal(certificateDownload.suggestedFilename(), certificate.pdf.name);
  const certificatePdf = await readFile(await certificateDownload.path());
  assertValidPdf(certificatePdf, certificate.pdf.name);
  const certificateText = loose(pdfText(certificatePdf));
  assert.ok(certificateText.includes(String(certificate.year)), `the certificate's year ${certificate.year}`);
  assert.ok(
    certificateText.includes(loose(money(certificate.totalCents))),
    `the certificate's total ${money(certificate.totalCents)}`,
  );
  for (const child of certificate.children) {
    assert.ok(certificateText.includes(child.firstName), `the certificate names ${child.firstName}`);
    assert.ok(
      certificateText.includes(loose(money(child.amountCents))),
      `${child.firstName}: ${money(child.amountCents)}`,
    );
  }
  console.log(
    `ok  ${certificate.pdf.name}: a valid PDF, ${certificate.year}, ${money(certificate.totalCents)}`,
  );

  // The school year's statement, printed: only the statement on paper.
  await keys.press('Relevé de compte', { back: true });
  const year = paid.schoolYears[0];
  const statement = await api(`/account-statement?schoolYear=${year}`);
  const statementPart = list.locator('[part~="statement"]');
  await statementPart.waitFor();
  await statementPart
    .getByText(loose(money(statement.closingCents)), { exact: false })
    .first()
    .waitFor();
  await keys.press('Imprimer');
  assert.equal(await page.evaluate(() => window.printed), 1, 'the print dialog opened once');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await statementPart.isVisible(), 'the statement prints');
  for (const hidden of ['Imprimer', 'Factures', 'Attestations fiscales'])
    assert.equal(
      await list.getByRole('button', { name: hidden, exact: true }).isVisible(),
      false,
      `"${hidden}" stays off the paper`,
    );
  await page.emulateMedia({ media: 'screen' });
  console.log(`ok  the ${year} statement printed, closing at ${money(statement.closingCents)}`);

  assert.deepEqual(problems, [], 'no script error on the page');
  await context.close();
});
