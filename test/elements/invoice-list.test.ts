import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { AdapterError } from '../../src/adapter/index.js';
import { answerIn } from '../../src/elements/family-cart/cart-model.js';
import type { FpInvoiceCheckoutEvent, FpInvoicePaidEvent } from '../../src/elements/invoice-list/events.js';
import { invoiceAnswerIn, invoiceReturnUrl } from '../../src/elements/invoice-list/invoice-model.js';
import { hasPaymentAnswer } from '../../src/shared/payment-return.js';
import { InvoiceDouble, invoices, summary } from './invoice-list.fixtures.js';
import { placeInvoices, text, words, type InvoiceListPage } from './invoice-list.page.js';

describe('<invoice-list>', () => {
  beforeEach(() => sessionStorage.clear());

  it('is accessible', async () => {
    const page = await placeInvoices();
    await expect(page.el).to.be.accessible();
    await expect(page.el).shadowDom.to.be.accessible();
  });

  it('shows the balance, what is overdue, and the invoices to pay, paid or all, by school year', async () => {
    const page = await placeInvoices();
    expect(text(page.part('balance'))).to.equal('Vous devez 149,00 €, dont 20,00 € en retard');
    expect(page.numbers()).to.deep.equal([
      'F-2026-000042',
      'F-2026-000041',
      'F-2026-000031',
      'F-2025-000099',
      'F-2026-000043',
    ]);
    const overdue = page.invoice('F-2026-000031');
    expect([...overdue.querySelectorAll('[part~="state"]')].map(text)).to.deep.equal([
      'Non payée',
      'En retard',
    ]);
    expect(overdue.querySelector('.state--overdue'), 'overdue in colour').not.to.equal(null);
    expect(text(overdue)).to.contain('Reste à payer : 20,00 €');
    expect(text(overdue)).to.contain('Période du 01/09/2026 au 30/09/2026');
    expect(text(overdue)).to.contain('Accueil extrascolaire');

    (page.root.querySelector('#filter-paid') as HTMLInputElement).click();
    await page.settle();
    expect(page.numbers()).to.deep.equal(['F-2026-000021']);
    expect(text(page.invoice('F-2026-000021').querySelector('[part~="state"]'))).to.equal('Payée');

    (page.root.querySelector('#filter-all') as HTMLInputElement).click();
    await page.settle();
    expect(page.numbers()).to.have.length(6);
    const year = page.root.querySelector<HTMLSelectElement>('#school-year')!;
    year.value = '2025-2026';
    year.dispatchEvent(new Event('change'));
    await waitUntil(
      () => page.double.callsOf('getInvoices').length === 2 && page.numbers().length === 1,
      'the year’s invoices only',
    );
    expect(page.numbers()).to.deep.equal(['F-2025-000099']);
    expect(page.double.callsOf('getInvoices').at(-1)!.args).to.deep.equal([{ schoolYear: '2025-2026' }]);
  });

  it('says a credit, and that everything is paid', async () => {
    const double = new InvoiceDouble();
    double.invoices = [
      summary('inv-07', {
        number: 'NC-2026-000007',
        totalCents: -1200,
        balanceCents: -1200,
        creditNote: true,
        state: 'unpaid',
        payableOnline: false,
        notPayable: 'settled',
      }),
      summary('inv-04', {
        totalCents: 3000,
        paidCents: 3000,
        balanceCents: 0,
        state: 'paid',
        payableOnline: false,
        notPayable: 'settled',
      }),
    ];
    const page = await placeInvoices(double);
    expect(text(page.part('balance'))).to.equal('Vous bénéficiez d’un avoir de 12,00 €');
    expect(text(page.part('all-paid'))).to.equal('Toutes vos factures sont payées. Merci !');
  });

  it('selects two invoices by keyboard, shows the running total, then the recap', async () => {
    const page = await placeInvoices(new InvoiceDouble(), { filter: 'all' });
    expect(page.checkbox('F-2026-000021'), 'a paid invoice has no checkbox').to.equal(null);
    expect(page.checkbox('F-2025-000099'), 'nor a transferred one').to.equal(null);
    expect(page.checkbox('F-2026-000043'), 'nor one held by a payment').to.equal(null);
    const box = page.checkbox('F-2026-000042')!;
    expect(text(page.root.querySelector(`label[for="${box.id}"]`))).to.equal(
      'Sélectionner la facture F-2026-000042, reste à payer 84,00 €',
    );
    await page.tick('F-2026-000042');
    await page.tick('F-2026-000041');
    expect(words(page.root.querySelector('.selection__total')?.textContent)).to.equal(
      '2 factures sélectionnées : 104,00 €',
    );
    await page.press('Tout sélectionner');
    expect(words(page.root.querySelector('.selection__total')?.textContent)).to.equal(
      '3 factures sélectionnées : 124,00 €',
    );
    await page.tick('F-2026-000031');
    await page.press('Vérifier et payer');
    const recap = page.part('recap')!;
    expect(text(recap)).to.contain('F-2026-000042 · Accueil extrascolaire 84,00 €');
    expect(text(page.part('total'))).to.equal('Total à payer : 104,00 €');
  });

  it('pays: payInvoices with a return address marked for the invoices, then fp-checkout with the redirect', async () => {
    const page = await placeInvoices();
    await page.tick('F-2026-000042');
    await page.tick('F-2026-000041');
    await page.press('Vérifier et payer');
    const checkout = oneEvent(page.el, 'fp-checkout') as Promise<FpInvoiceCheckoutEvent>;
    await page.press('Payer');
    const event = await checkout;
    expect(event.cancelable).to.equal(true);
    expect(event.detail).to.deep.equal({
      invoiceIds: ['inv-01', 'inv-02'],
      amountCents: 10400,
      currency: 'EUR',
      redirectUrl: 'https://provider.example/pay/pay-1',
    });
    const [call] = page.double.callsOf('payInvoices');
    const input = call!.args[0] as { invoiceIds: string[]; returnUrl: string };
    expect(input.invoiceIds).to.deep.equal(['inv-01', 'inv-02']);
    expect(new URL(input.returnUrl).searchParams.get('payment-for')).to.equal('invoices');
    await page.settle();
    expect(page.el.navigated).to.deep.equal(['https://provider.example/pay/pay-1']);
  });

  it('retries a failed payment with the same key, and lets a host take it over', async () => {
    const double = new InvoiceDouble();
    double.failOnce('payInvoices');
    const page = await placeInvoices(double);
    await page.tick('F-2026-000042');
    await page.press('Vérifier et payer');
    await page.press('Payer');
    await page.waitFor('[part~="error-panel"]');
    page.el.addEventListener('fp-checkout', (event) => event.preventDefault(), { once: true });
    await page.press('Réessayer');
    await waitUntil(() => double.callsOf('payInvoices').length === 2);
    await page.settle();
    const [first, second] = double.callsOf('payInvoices');
    expect(second!.key).to.equal(first!.key);
    expect(page.el.navigated, 'the host took the payment over').to.deep.equal([]);
  });

  it('back from the provider: records the payment once, fires fp-paid, shows “Payée” and the new balance, cleans the address', async () => {
    const before = location.href;
    history.replaceState(null, '', '?payment-for=invoices&paymentId=pay-1&status=paid&signature=sig&tab=2');
    try {
      const double = new InvoiceDouble();
      const paid = new Promise<FpInvoicePaidEvent>((resolve) =>
        document.addEventListener('fp-paid', (event) => resolve(event as unknown as FpInvoicePaidEvent), {
          once: true,
        }),
      );
      const page = await placeInvoices(double);
      const event = await paid;
      expect(event.detail).to.deep.equal({
        invoiceIds: ['inv-01', 'inv-02'],
        amountCents: 10400,
        currency: 'EUR',
        balanceCents: 4500,
      });
      await page.waitFor('[part~="paid"]');
      const notice = text(page.part('paid'));
      expect(notice).to.contain('Paiement reçu : les factures F-2026-000042 et F-2026-000041 sont payées.');
      expect(notice).to.contain('Payée');
      expect(notice).to.contain('Vous devez 45,00 €');
      expect(double.callsOf('completeInvoicePayment')).to.have.length(1);
      expect(double.callsOf('completeInvoicePayment')[0]!.key).to.equal('invoice-payment-return-pay-1');
      expect(location.search).to.equal('?tab=2');
      expect(page.root.activeElement?.getAttribute('data-focus')).to.equal('notice');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('tells the cart’s answers from the invoices’', () => {
    const invoices =
      'https://commune.example/factures?payment-for=invoices&paymentId=p&status=paid&signature=s';
    const cart = 'https://commune.example/panier?paymentId=p&status=paid&signature=s';
    expect(answerIn(invoices), 'the cart leaves the invoices’ answer').to.equal(undefined);
    expect(answerIn(cart)).to.deep.equal({ paymentId: 'p', status: 'paid', signature: 's' });
    expect(invoiceAnswerIn(cart), 'the invoices leave the cart’s').to.equal(undefined);
    expect(invoiceAnswerIn(invoices)).to.deep.equal({ paymentId: 'p', status: 'paid', signature: 's' });
    expect(hasPaymentAnswer(new URL(invoices).search)).to.equal(false);
    expect(hasPaymentAnswer(new URL(invoices).search, 'invoices')).to.equal(true);
    expect(invoiceReturnUrl('/mes-factures?x=1', 'https://commune.example/a')).to.equal(
      '/mes-factures?x=1&payment-for=invoices',
    );
  });

  it('says why an invoice cannot be paid online, and where', async () => {
    const page = await placeInvoices();
    expect(text(page.invoice('F-2025-000099').querySelector('[part~="not-payable"]'))).to.equal(
      'Cette facture a été transmise au receveur (titre émis) : elle ne se paie plus ici. Où payer : Receveur régional, rue Haute 1, 1000 Bruxelles',
    );
    expect(text(page.invoice('F-2026-000043').querySelector('[part~="not-payable"]'))).to.equal(
      'Un paiement est en cours pour cette facture. Elle est bloquée jusqu’au dimanche 1 novembre 2026 à 10:30.',
    );
  });

  it('says where to pay an invoice sent to the treasury, though nothing is left to pay here', async () => {
    const double = new InvoiceDouble();
    double.invoices = double.invoices.map((invoice) =>
      invoice.number === 'F-2025-000099' ? { ...invoice, balanceCents: 0 } : invoice,
    );
    const page = await placeInvoices(double, { filter: 'all' });
    expect(text(page.invoice('F-2025-000099').querySelector('[part~="not-payable"]'))).to.contain(
      'Où payer : Receveur régional, rue Haute 1, 1000 Bruxelles',
    );
  });

  it('draws a long history fifty invoices at a time; the next ones by keyboard, focus on the first added', async () => {
    const double = new InvoiceDouble();
    double.invoices = Array.from({ length: 120 }, (_, index) =>
      summary(`inv-${index + 100}`, { number: `F-2026-${String(1000 - index).padStart(6, '0')}` }),
    );
    const page = await placeInvoices(double);
    expect(page.numbers()).to.have.length(50);
    expect(text(page.part('more'))).to.contain('50 factures affichées sur 120');
    await page.press('Afficher 50 factures de plus');
    await waitUntil(() => page.numbers().length === 100, 'fifty more');
    const focused = page.root.activeElement;
    expect(text(focused)).to.equal(`Détail de la facture ${page.numbers()[50]}`);
    await page.press('Afficher 20 factures de plus');
    await waitUntil(() => page.numbers().length === 120, 'the last twenty');
    expect(page.part('more'), 'nothing more to show').to.equal(null);
    // Another filter starts again from the first fifty.
    (page.root.querySelector('#filter-all') as HTMLInputElement).click();
    await page.settle();
    expect(page.numbers()).to.have.length(50);
  });

  it('opens an invoice: its lines in a table, the transfer with its QR code, and its PDF downloaded', async () => {
    const page = await placeInvoices();
    await page.press('Détail de la facture F-2026-000042');
    await page.waitFor('[part~="lines"]');
    const rows = [...page.root.querySelectorAll('[part~="lines"] tr')].map((row) =>
      [...row.children].map((cell) => text(cell)),
    );
    expect(rows[0]).to.deep.equal([
      'Date',
      'Enfant',
      'Libellé',
      'Quantité',
      'Prix unitaire',
      'Réduction',
      'Montant',
    ]);
    expect(rows[1]).to.deep.equal([
      'du 01/09/2026 au 30/09/2026',
      'Nahel',
      'Accueil du matin',
      '20',
      '1,50 €',
      '',
      '30,00 €',
    ]);
    expect(rows[2]).to.deep.equal([
      '14/09/2026',
      'Nahel',
      'Repas chaud',
      '4',
      '3,50 €',
      '-2,00 €',
      '12,00 €',
    ]);
    expect(page.root.activeElement?.getAttribute('data-focus')).to.equal('detail');

    expect(page.part('qr'), 'no QR code before the details open').to.equal(null);
    const transfer = page.part('transfer') as HTMLDetailsElement;
    transfer.querySelector('summary')!.click();
    await page.waitFor('[part~="qr"]');
    const qr = page.part('qr')!;
    expect(qr.getAttribute('role')).to.equal('img');
    expect(words(qr.getAttribute('aria-label'))).to.contain('84,00 € à Commune de Lasne');
    expect(text(transfer)).to.contain('BE71 0961 2345 6769');
    expect(text(transfer)).to.contain('+++090/0000/42701+++');

    await page.press('Télécharger facture-F-2026-000042.pdf, PDF, 14 ko');
    await waitUntil(() => page.el.saved.length === 1, 'the PDF saved');
    expect(page.el.saved[0]!.name).to.equal('facture-F-2026-000042.pdf');
    expect(await page.el.saved[0]!.blob.text()).to.match(/^%PDF-/);

    await page.press('Retour à mes factures');
    await page.waitFor('[part~="invoices"]');
    expect(text(page.root.activeElement)).to.equal('Détail de la facture F-2026-000042');
  });

  it('contests an invoice: problems said, a failure keeps what was typed, then the receipt', async () => {
    const double = new InvoiceDouble();
    double.failOnce('disputeInvoice', new AdapterError({ type: 'server' }));
    const page = await placeInvoices(double);
    await page.press('Détail de la facture F-2026-000041');
    await page.waitFor('[part~="lines"]');
    await page.press('Contester la facture');
    await page.press('Envoyer la contestation');
    expect(text(page.root.querySelector('.error-summary'))).to.contain(
      'Choisissez le motif de votre contestation.',
    );
    expect(double.callsOf('disputeInvoice')).to.have.length(0);

    (page.root.querySelector('#dispute-reason-not-attended') as HTMLInputElement).click();
    const comment = page.root.querySelector<HTMLTextAreaElement>('#dispute-comment')!;
    comment.value = 'Nahel était malade du 14 au 18.';
    comment.dispatchEvent(new Event('input'));
    const input = page.root.querySelector<HTMLInputElement>('#dispute-files')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['%PDF-1.4 certificat'], 'certificat.pdf', { type: 'application/pdf' }));
    transfer.items.add(new File(['MZ program'], 'virus.pdf', { type: 'application/pdf' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => page.root.querySelector('[part~="file-error"]'), 'the renamed program refused');
    expect(text(page.part('file-error'))).to.equal('« virus.pdf » n’est pas un PDF, un JPEG ou un PNG.');

    await page.press('Envoyer la contestation');
    await page.waitFor('[part~="error-panel"]');
    expect(page.root.querySelector<HTMLTextAreaElement>('#dispute-comment')!.value).to.equal(
      'Nahel était malade du 14 au 18.',
    );
    expect((page.root.querySelector('#dispute-reason-not-attended') as HTMLInputElement).checked).to.equal(
      true,
    );

    const submitted = oneEvent(page.el, 'fp-submitted');
    await page.press('Réessayer');
    await submitted;
    await page.waitFor('[part~="dispute-result"]');
    expect(text(page.part('dispute-result'))).to.contain('n° 31-7');
    expect(double.callsOf('uploadAttachment'), 'the file sent once').to.have.length(1);
    const [first, second] = double.callsOf('disputeInvoice');
    expect(second!.key, 'the retry replays').to.equal(first!.key);
    expect(second!.args).to.deep.equal([
      'inv-02',
      { reason: 'not-attended', comment: 'Nahel était malade du 14 au 18.', attachmentIds: ['att-1'] },
    ]);
  });

  it('shows the statement of a school year, printable', async () => {
    const page = await placeInvoices();
    await page.press('Relevé de compte');
    await page.waitFor('[part~="statement"]');
    expect(double(page).callsOf('getAccountStatement')[0]!.args).to.deep.equal([{ schoolYear: '2026-2027' }]);
    const rows = [...page.root.querySelectorAll('[part~="entries"] tr')].map((row) =>
      [...row.children].map((cell) => text(cell)),
    );
    expect(rows).to.deep.equal([
      ['Date', 'Description', 'Service', 'Débit', 'Crédit', 'Solde'],
      ['05/10/2026', 'Facture F-2026-000042', 'Accueil extrascolaire', '84,00 €', '', '84,00 €'],
      ['20/10/2026', 'Virement, facture F-2026-000042', 'Accueil extrascolaire', '', '20,00 €', '64,00 €'],
      ['Totaux', '84,00 €', '20,00 €', '64,00 €'],
    ]);
    expect(text(page.part('opening'))).to.equal('Solde d’ouverture au 01/09/2026 : 0,00 €');
    expect(text(page.part('closing'))).to.equal('Solde de clôture au 31/08/2027 : 64,00 €');
    const print = window.print;
    let printed = 0;
    window.print = () => void printed++;
    try {
      await page.press('Imprimer');
    } finally {
      window.print = print;
    }
    expect(printed).to.equal(1);
  });

  it('lists the tax certificates with their PDFs', async () => {
    const page = await placeInvoices();
    await page.press('Attestations fiscales');
    await page.waitFor('[part~="certificate"]');
    const certificate = text(page.part('certificate'));
    expect(certificate).to.contain('Attestation fiscale 281.86 — frais de garde 2026');
    expect(certificate).to.contain('Nahel Dupont 70 105,00 €');
    await page.press('Télécharger attestation-fiscale-2026.pdf, PDF, 10 ko');
    await waitUntil(() => page.el.saved.length === 1, 'the certificate saved');
    expect(page.el.saved[0]!.name).to.equal('attestation-fiscale-2026.pdf');
  });

  it('shows a failed read with “Réessayer”, which reads again', async () => {
    const double = new InvoiceDouble();
    double.failOnce('getInvoices');
    const page = await placeInvoices(double);
    expect(page.part('error-panel')).not.to.equal(null);
    await page.press('Réessayer');
    await page.waitFor('[part~="invoices"]');
    expect(page.numbers()).to.have.length(5);
  });

  it('says when the family has no invoice', async () => {
    const double = new InvoiceDouble();
    double.invoices = [];
    const page = await placeInvoices(double);
    expect(text(page.part('empty'))).to.equal('Vous n’avez aucune facture.');
    expect(text(page.part('balance'))).to.equal('Vous ne devez rien.');
  });

  it('says when the commune does not offer invoices online', async () => {
    const page = await placeInvoices(new InvoiceDouble(), { adapter: {} });
    expect(text(page.part('error-panel'))).to.contain('pas proposé en ligne');
  });

  describe('at 320 px, with the longest words a backend may send', () => {
    /** One unbroken word as long as the wire lets a service's name or a line's label be (2,000 letters). */
    const word = 'W'.repeat(2000);
    const hostile = () => {
      const double = new InvoiceDouble();
      double.invoices = invoices().map((invoice) => ({ ...invoice, regie: { id: 'regie-x', name: word } }));
      double.lineLabel = word;
      double.statementRegie = { id: 'regie-x', name: word };
      return double;
    };
    /** Nothing wider than the element: it scrolls neither itself nor any of `boxes` sideways. */
    const fits = (page: InvoiceListPage, ...boxes: (Element | null)[]) => {
      expect(page.el.getBoundingClientRect().width, 'the element as wide as its box').to.be.at.most(320);
      expect(page.el.scrollWidth, 'the element').to.be.at.most(page.el.clientWidth);
      for (const box of boxes) {
        expect(box, 'shown').not.to.equal(null);
        expect(box!.scrollWidth, box!.getAttribute('part') ?? box!.className).to.be.at.most(box!.clientWidth);
        expect(box!.getBoundingClientRect().right).to.be.at.most(page.el.getBoundingClientRect().right + 0.5);
      }
    };

    beforeEach(() => setViewport({ width: 320, height: 640 }));
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('the list and the recap wrap a long service name', async () => {
      const page = await placeInvoices(hostile(), { width: 320 });
      const regie = page.part('invoice')!.querySelector('.regie')!;
      expect(text(regie)).to.equal(word);
      expect(regie.getBoundingClientRect().height, 'the name on several lines').to.be.above(100);
      fits(page, page.part('invoices'), page.part('invoice'), page.part('selection'));
      await page.tick('F-2026-000042');
      await page.tick('F-2026-000041');
      await page.press('Vérifier et payer');
      fits(page, page.part('recap'), page.part('total'));
    });

    it('an invoice’s lines stack, a long label wrapped', async () => {
      const page = await placeInvoices(hostile(), { width: 320 });
      await page.press('Détail de la facture F-2026-000042');
      const lines = await page.waitFor('[part~="lines"]');
      expect(getComputedStyle(lines.querySelector('tbody tr')!).display, 'rows stacked').to.equal('block');
      expect(
        getComputedStyle(lines.querySelector('thead')!).position,
        'the header for screen readers',
      ).to.equal('absolute');
      fits(page, page.part('detail'), lines);
    });

    it('the statement’s entries stack, each value named by its column', async () => {
      const page = await placeInvoices(hostile(), { width: 320 });
      await page.press('Relevé de compte');
      const entries = await page.waitFor('[part~="entries"]');
      const cell = entries.querySelector('tbody td[data-label]')!;
      expect(getComputedStyle(cell, '::before').content).to.equal('"Date"');
      fits(page, page.part('statement'), entries);
    });

    it('stacks in a 320 px sidebar of a wide screen too (its own width, not the screen’s)', async () => {
      await setViewport({ width: 1280, height: 800 });
      const page = await placeInvoices(hostile(), { width: 320 });
      await page.press('Relevé de compte');
      const entries = await page.waitFor('[part~="entries"]');
      expect(getComputedStyle(entries.querySelector('tbody tr')!).display).to.equal('block');
      fits(page, entries);
    });
  });

  describe('printed', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    /** Laid out, or not at all (itself or an ancestor `display: none`). */
    const shown = (element: Element | null) => element !== null && element.getClientRects().length > 0;

    it('the statement prints alone: no section buttons, year picker nor button; its table as a table', async () => {
      const page = await placeInvoices();
      await page.press('Relevé de compte');
      await page.waitFor('[part~="entries"]');
      expect(shown(page.part('sections')), 'on screen').to.equal(true);
      await emulateMedia({ media: 'print' });
      expect(shown(page.part('sections')), 'the sections').to.equal(false);
      expect(shown(page.root.querySelector('#statement-year')), 'the year picker').to.equal(false);
      expect(shown(page.part('heading')), 'the element’s heading').to.equal(false);
      const buttons = [...page.root.querySelectorAll('button')];
      expect(buttons.length, 'buttons on the page').to.be.above(0);
      expect(
        buttons.filter(shown).map((button) => text(button)),
        'buttons printed',
      ).to.deep.equal([]);
      expect(shown(page.part('statement')), 'the statement').to.equal(true);
      const entries = page.part('entries')!;
      expect(getComputedStyle(entries).display).to.equal('table');
      expect(getComputedStyle(entries.querySelector('thead')!).display).to.equal('table-header-group');
      expect(getComputedStyle(entries.querySelector('tbody tr')!).display).to.equal('table-row');
      expect(text(page.part('statement'))).to.contain('Solde de clôture au 31/08/2027 : 64,00 €');
    });

    it('the statement prints as a table even from a narrow element', async () => {
      const page = await placeInvoices(new InvoiceDouble(), { width: 320 });
      await page.press('Relevé de compte');
      const entries = await page.waitFor('[part~="entries"]');
      expect(getComputedStyle(entries.querySelector('tbody tr')!).display, 'stacked on screen').to.equal(
        'block',
      );
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(entries.querySelector('tbody tr')!).display).to.equal('table-row');
      expect(getComputedStyle(entries.querySelector('tbody td')!, '::before').content).to.equal('none');
    });

    it('the invoices print without filters, checkboxes, running total nor buttons', async () => {
      const page = await placeInvoices();
      await page.tick('F-2026-000042');
      await emulateMedia({ media: 'print' });
      for (const part of ['filters', 'selection', 'sections'])
        expect(shown(page.part(part)), part).to.equal(false);
      expect(shown(page.checkbox('F-2026-000042')), 'a checkbox').to.equal(false);
      expect([...page.root.querySelectorAll('button')].filter(shown)).to.deep.equal([]);
      expect(shown(page.part('balance')), 'the balance').to.equal(true);
      expect(shown(page.part('invoices')), 'the invoices').to.equal(true);
    });
  });
});

const double = (page: { double: InvoiceDouble }) => page.double;
