import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { AdapterError } from '../../src/adapter/index.js';
import {
  fileSize,
  newestFirst,
  ofCategory,
  publishedIn,
  sections,
} from '../../src/elements/family-documents/documents-model.js';
import type { FpProofSentEvent } from '../../src/elements/family-documents/events.js';
import { DocumentsDouble, documents, familyDocument } from './family-documents.fixtures.js';
import { pdf, placeDocuments, text, words, type DocumentsPage } from './family-documents.page.js';

/** The facts under a document's title, as read. */
const facts = (page: DocumentsPage, title: string) =>
  text(page.document(title).querySelector('.document__facts'));
const download = (page: DocumentsPage, title: string) =>
  page.document(title).querySelector<HTMLButtonElement>('[part~="download"]')!;

/** Fills the form by keyboard where a keyboard types, and picks `file`. */
async function fill(page: DocumentsPage, file: File = pdf()): Promise<void> {
  await page.choose('proof-category', 'medical-certificate');
  await page.type('proof-title', 'Certificat médical du 14 au 18 octobre');
  await page.choose('proof-child', 'chi-1');
  await page.pick(file);
  await waitUntil(() => page.part('chosen-file'), 'the file kept');
}

describe('<family-documents>', () => {
  it('is accessible, with its two sections and with the proof form showing its problems', async () => {
    const page = await placeDocuments();
    await expect(page.el).to.be.accessible();
    await expect(page.el).shadowDom.to.be.accessible();
    await page.openForm();
    await page.press('Envoyer le justificatif');
    await page.waitFor('[part~="error-summary"]');
    await expect(page.el).shadowDom.to.be.accessible();
  });

  it('shows the service’s documents and the family’s proofs, newest first, each with its facts and download', async () => {
    const page = await placeDocuments();
    expect(page.titles('published')).to.deep.equal([
      'Menus de la cantine – novembre 2026',
      'Relevé des présences – octobre 2026',
      'Fermeture pendant les congés d’automne',
      'Règlement d’ordre intérieur',
    ]);
    expect(page.titles('sent')).to.deep.equal(['Certificat médical du 14 au 18 septembre']);
    expect(facts(page, 'Relevé des présences – octobre 2026')).to.equal(
      'Relevé Publié le 31/10/2026 Concerne Nahel',
    );
    expect(facts(page, 'Règlement d’ordre intérieur')).to.equal('Règlement Publié le 01/09/2026');
    expect(facts(page, 'Certificat médical du 14 au 18 septembre')).to.equal(
      'Certificat médical Envoyé le 19/09/2026 Concerne Léa',
    );
    expect(text(download(page, 'Règlement d’ordre intérieur'))).to.equal(
      'Télécharger (PDF, 48 Ko) – Règlement d’ordre intérieur',
    );
    expect(text(download(page, 'Menus de la cantine – novembre 2026')), 'the menu’s size in Mo').to.contain(
      'Télécharger (PDF, 1,3 Mo)',
    );
    expect(text(download(page, 'Certificat médical du 14 au 18 septembre'))).to.contain(
      'Télécharger (JPEG, 320 Ko)',
    );
    // The title, hidden after the visible words, tells the buttons apart for a screen reader.
    const hidden = download(page, 'Règlement d’ordre intérieur').querySelector('.visually-hidden');
    expect(text(hidden)).to.equal('– Règlement d’ordre intérieur');
  });

  it('filters the service’s documents by category', async () => {
    const page = await placeDocuments();
    const options = [...page.root.querySelectorAll('#documents-category option')].map(text);
    expect(options).to.deep.equal(['Toutes les catégories', 'Règlement', 'Menus', 'Relevé', 'Information']);
    await page.choose('documents-category', 'menu');
    expect(page.titles('published')).to.deep.equal(['Menus de la cantine – novembre 2026']);
    expect(page.titles('sent'), 'the proofs are not filtered').to.have.length(1);
    await page.choose('documents-category', '');
    expect(page.titles('published')).to.have.length(4);
  });

  it('downloads a document by keyboard; a failed download says so, and “Réessayer” saves it', async () => {
    const double = new DocumentsDouble();
    double.failOnce('getDocumentFile');
    const page = await placeDocuments(double);
    const errors: string[] = [];
    page.el.addEventListener('fp-error', (event) => errors.push((event as CustomEvent).detail.operation));
    download(page, 'Règlement d’ordre intérieur').focus();
    await sendKeys({ press: 'Enter' });
    const document = page.document('Règlement d’ordre intérieur');
    await waitUntil(() => document.querySelector('[part~="error-panel"]'), 'the failure said');
    await page.settle();
    expect(text(document.querySelector('[part~="download-error"]'))).to.equal(
      'Le document n’a pas pu être téléchargé.',
    );
    expect(page.root.activeElement?.contains(document.querySelector('[part~="error-panel"]'))).to.equal(true);
    expect(errors).to.deep.equal(['download']);
    expect(page.el.saved).to.have.length(0);

    await page.press('Réessayer', document);
    await waitUntil(() => page.el.saved.length === 1, 'the file saved');
    expect(page.el.saved[0]!.name).to.equal('doc-rules.pdf');
    expect(await page.el.saved[0]!.blob.text()).to.match(/^%PDF-/);
    expect(double.callsOf('getDocumentFile').map((call) => call.args)).to.deep.equal([
      ['doc-rules'],
      ['doc-rules'],
    ]);
    await page.settle();
    expect(document.querySelector('[part~="download-error"]'), 'the failure gone').to.equal(null);
  });

  it('says when a document is no longer there, without “Réessayer”', async () => {
    const double = new DocumentsDouble();
    const page = await placeDocuments(double);
    double.documents = double.documents.filter((document) => document.id !== 'doc-rules');
    await page.press(/^Télécharger \(PDF, 48 Ko\) – Règlement/);
    const document = page.document('Règlement d’ordre intérieur');
    await waitUntil(() => document.querySelector('[part~="error-panel"]'), 'the failure said');
    expect(text(document.querySelector('[part~="error-panel"]'))).to.equal(
      'Ce document n’est plus disponible. Rechargez la page.',
    );
    expect(page.el.saved).to.have.length(0);
  });

  it('sends a proof by keyboard: problems summed up and linked, then the file and the proof, confirmed', async () => {
    const double = new DocumentsDouble();
    const page = await placeDocuments(double);
    await page.openForm();
    expect(page.root.activeElement?.id, 'focus on the first field').to.equal('proof-category');

    await page.press('Envoyer le justificatif');
    await page.waitFor('[part~="error-summary"]');
    const summary = page.part('error-summary')!;
    expect(page.root.activeElement).to.equal(summary);
    expect([...summary.querySelectorAll('a')].map(text)).to.deep.equal([
      'Choisissez le type de justificatif.',
      'Donnez un titre ou une description au justificatif.',
      'Choisissez le fichier à envoyer.',
    ]);
    expect(text(page.root.querySelector('#proof-title-error'))).to.equal(
      'Erreur : Donnez un titre ou une description au justificatif.',
    );
    summary.querySelectorAll('a')[1]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(page.root.activeElement?.id, 'the link leads to its field').to.equal('proof-title');
    expect(double.callsOf('uploadAttachment')).to.have.length(0);

    // A closed list changes its choice with the arrows, as a keyboard user chooses.
    page.root.querySelector<HTMLSelectElement>('#proof-category')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await page.settle();
    expect(page.root.querySelector<HTMLSelectElement>('#proof-category')!.value).to.equal(
      'medical-certificate',
    );
    await fill(page);
    expect(text(page.part('chosen-file'))).to.contain('Fichier choisi : certificat.pdf');
    const sentEvent = oneEvent(page.el, 'fp-proof-sent') as Promise<FpProofSentEvent>;
    page.root.querySelector<HTMLInputElement>('#proof-title')!.focus();
    await sendKeys({ press: 'Enter' });
    const event = await sentEvent;
    expect(event.bubbles && event.composed).to.equal(true);
    const [call] = double.callsOf('sendProof');
    expect(call!.args).to.deep.equal([
      {
        category: 'medical-certificate',
        title: 'Certificat médical du 14 au 18 octobre',
        childId: 'chi-1',
        attachmentId: 'att-1',
      },
    ]);
    expect(event.detail).to.deep.equal({
      documentId: `doc-sent-${call!.key}`,
      category: 'medical-certificate',
    });

    await page.waitFor('[part~="proof-sent"]');
    const sent = page.part('proof-sent')!;
    expect(sent.getAttribute('role')).to.equal('status');
    expect(page.root.activeElement).to.equal(sent);
    expect(text(sent)).to.equal(
      'Votre justificatif « Certificat médical du 14 au 18 octobre » a été envoyé. Il figure dans Mes envois.',
    );
    expect(page.part('proof-form'), 'the form closed').to.equal(null);
    expect(page.titles('sent')).to.deep.equal([
      'Certificat médical du 14 au 18 octobre',
      'Certificat médical du 14 au 18 septembre',
    ]);
    expect(facts(page, 'Certificat médical du 14 au 18 octobre')).to.equal(
      'Certificat médical Envoyé le 02/11/2026 Concerne Nahel',
    );
  });

  it('keeps everything on a failed upload and a failed sending; “Réessayer” sends each once, with the same key', async () => {
    const double = new DocumentsDouble();
    double.failOnce('uploadAttachment');
    double.failOnce('sendProof', new AdapterError({ type: 'server', retryable: true }));
    const page = await placeDocuments(double);
    await page.openForm();
    await fill(page);
    await page.press('Envoyer le justificatif');
    await page.waitFor('[part~="proof-form"] [part~="error-panel"]');
    expect(text(page.part('error-panel'))).to.contain('Le service ne répond pas');
    expect(page.root.activeElement?.contains(page.part('error-panel'))).to.equal(true);
    expect(page.root.querySelector<HTMLInputElement>('#proof-title')!.value).to.equal(
      'Certificat médical du 14 au 18 octobre',
    );
    expect(page.root.querySelector<HTMLSelectElement>('#proof-category')!.value).to.equal(
      'medical-certificate',
    );
    expect(page.root.querySelector<HTMLSelectElement>('#proof-child')!.value).to.equal('chi-1');
    expect(text(page.part('chosen-file'))).to.contain('certificat.pdf');

    await page.press('Réessayer', page.part('proof-form')!);
    await waitUntil(() => double.callsOf('sendProof').length === 1, 'the proof sent after the file');
    await page.waitFor('[part~="proof-form"] [part~="error-panel"]');
    expect(text(page.part('error-panel'))).to.contain('Le service a rencontré un problème');

    await page.press('Réessayer', page.part('proof-form')!);
    await page.waitFor('[part~="proof-sent"]');
    const uploads = double.callsOf('uploadAttachment');
    expect(uploads, 'the file retried once, then not sent again').to.have.length(2);
    expect(uploads[1]!.key, 'the upload replayed').to.equal(uploads[0]!.key);
    const [first, second] = double.callsOf('sendProof');
    expect(second!.key, 'the proof replayed').to.equal(first!.key);
    expect(double.documents.filter((document) => document.from === 'family')).to.have.length(2);
  });

  it('refuses a file of another type or too large, says why, and keeps the one chosen', async () => {
    const page = await placeDocuments();
    await page.openForm();
    await page.pick(new File(['MZ program'], 'virus.pdf', { type: 'application/pdf' }));
    await waitUntil(() => page.part('file-error'), 'the renamed program refused');
    expect(text(page.part('file-error'))).to.equal(
      '« virus.pdf » n’est pas un PDF, un JPEG ou un PNG : il n’a pas été ajouté.',
    );
    expect(page.part('chosen-file')).to.equal(null);

    await page.pick(pdf());
    await waitUntil(() => page.part('chosen-file'), 'the PDF kept');
    expect(page.part('file-error'), 'the refusal gone').to.equal(null);
    const huge = new File(['%PDF-1.4', new Uint8Array(10 * 1024 * 1024)], 'scan.pdf', {
      type: 'application/pdf',
    });
    await page.pick(huge);
    await waitUntil(() => page.part('file-error'), 'the large file refused');
    expect(text(page.part('file-error'))).to.equal('« scan.pdf » dépasse 10 Mo : il n’a pas été ajouté.');
    expect(text(page.part('chosen-file')), 'the first one kept').to.contain('certificat.pdf');

    await page.press('Retirer certificat.pdf');
    expect(page.part('chosen-file')).to.equal(null);
    expect(page.double.callsOf('uploadAttachment'), 'nothing sent').to.have.length(0);
  });

  it('shows the file’s progress while it uploads', async () => {
    const double = new DocumentsDouble();
    const page = await placeDocuments(double);
    await page.openForm();
    await fill(page);
    let release = () => {};
    double.hold = new Promise((resolve) => (release = resolve));
    await page.press('Envoyer le justificatif');
    await page.waitFor('[part~="progress"]');
    expect(text(page.part('upload'))).to.equal('Envoi du fichier en cours…');
    expect(page.part('progress')!.tagName).to.equal('PROGRESS');
    const busy = page.button(/Envoi en cours/);
    busy.click();
    release();
    await page.waitFor('[part~="proof-sent"]');
    expect(page.part('progress')).to.equal(null);
    expect(double.callsOf('uploadAttachment'), 'a press while busy sends nothing more').to.have.length(1);
  });

  it('says when the form cannot be downloaded, and “Réessayer” brings it, focus on its first field', async () => {
    // Its first download fails, whether ahead of time (the page idle) or on opening.
    const page = await placeDocuments(new DocumentsDouble(), { partFailures: 1 });
    page.root.querySelector<HTMLButtonElement>('[part~="send-proof"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await page.waitFor('[part~="sent"] [part~="error-panel"]');
    await page.press('Réessayer', page.part('sent')!);
    await page.waitFor('#proof-category');
    expect(page.root.activeElement?.id).to.equal('proof-category');
  });

  it('cancels the form: focus back on “Envoyer un justificatif”', async () => {
    const page = await placeDocuments();
    await page.openForm();
    await page.press('Annuler');
    expect(page.part('proof-form')).to.equal(null);
    expect(text(page.root.activeElement)).to.equal('Envoyer un justificatif');
  });

  it('shows a skeleton while loading, then a failed read with “Réessayer”, which reads again', async () => {
    const double = new DocumentsDouble();
    let release = () => {};
    double.hold = new Promise((resolve) => (release = resolve));
    double.failOnce('getDocuments', new AdapterError({ type: 'timeout', retryable: true }));
    const page = await placeDocuments(double, { wait: false });
    await page.waitFor('[part~="skeleton"]');
    expect(page.part('skeleton')!.getAttribute('aria-busy')).to.equal('true');
    release();
    await page.waitFor('[part~="error-panel"]');
    expect(text(page.part('error-panel'))).to.contain('Le service met trop de temps à répondre');
    await page.press('Réessayer');
    await page.waitFor('[part~="published"]');
    expect(page.titles('published')).to.have.length(4);
  });

  it('still lists the documents when the family cannot be read (no child named)', async () => {
    const double = new DocumentsDouble();
    double.failOnce('getFamily', new AdapterError({ type: 'server' }));
    const page = await placeDocuments(double);
    expect(page.titles('published')).to.have.length(4);
    expect(facts(page, 'Relevé des présences – octobre 2026')).to.equal('Relevé Publié le 31/10/2026');
  });

  it('says when each section is empty', async () => {
    const double = new DocumentsDouble();
    double.documents = [];
    const page = await placeDocuments(double);
    expect([...page.root.querySelectorAll('[part~="empty"]')].map(text)).to.deep.equal([
      'Le service n’a publié aucun document pour l’instant.',
      'Vous n’avez envoyé aucun document.',
    ]);
    expect(page.part('filter'), 'no filter without documents').to.equal(null);
  });

  it('renders a backend’s hostile title as text', async () => {
    const double = new DocumentsDouble();
    const hostile = '<img src=x onerror=alert(1)>';
    double.documents = [familyDocument('doc-x', { title: hostile, category: 'information' })];
    const page = await placeDocuments(double);
    expect(page.titles('published')).to.deep.equal([hostile]);
    expect(page.root.querySelector('img'), 'no element made of it').to.equal(null);
  });

  it('says when the commune does not offer documents online', async () => {
    const page = await placeDocuments(new DocumentsDouble(), { adapter: {} });
    expect(text(page.part('error-panel'))).to.contain('pas proposé en ligne');
  });

  for (const [locale, title, heading, button, filter] of [
    [
      'fr',
      'Mes documents',
      'Documents du service',
      'Télécharger (PDF, 48 Ko)',
      'Règlement d’ordre intérieur',
    ],
    [
      'nl',
      'Mijn documenten',
      'Documenten van de dienst',
      'Downloaden (PDF, 48 KB)',
      'Huishoudelijk reglement',
    ],
    [
      'de',
      'Meine Dokumente',
      'Dokumente des Dienstes',
      'Herunterladen (PDF, 48 KB)',
      'Règlement d’ordre intérieur',
    ],
    [
      'en',
      'My documents',
      'Documents from the service',
      'Download (PDF, 48 KB)',
      'Règlement d’ordre intérieur',
    ],
  ] as const)
    it(`renders in ${locale}, each commune text in its language or the commune’s`, async () => {
      const page = await placeDocuments(new DocumentsDouble(), { locale });
      await page.openForm();
      expect(text(page.part('heading'))).to.equal(title);
      expect(text(page.part('published')!.querySelector('[role="heading"]'))).to.equal(heading);
      const rules = page.document(filter);
      expect(text(rules.querySelector('[part~="download"]'))).to.contain(button);
      const shown = rules.querySelector('[part~="document-title"]')!;
      // A title only in French is marked as such for screen readers in another language.
      expect(shown.querySelector('[lang]')?.getAttribute('lang') ?? locale).to.equal(
        locale === 'de' || locale === 'en' ? 'fr' : locale,
      );
      const labels = [...page.root.querySelectorAll('[part~="proof-form"] label')].map(text);
      expect(labels.every((label) => label.length > 0 && !label.includes('documents.'))).to.equal(true);
      expect(words(page.part('proof-form')!.textContent)).not.to.match(/documents\.|attachments\.|ui\./);
    });

  describe('at 320 px, with the longest title a backend may send', () => {
    beforeEach(() => setViewport({ width: 320, height: 640 }));
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('wraps it, and nothing scrolls sideways, the form open', async () => {
      const double = new DocumentsDouble();
      const word = 'W'.repeat(300);
      double.documents = [
        ...documents(),
        familyDocument('doc-long', { title: word, category: 'information' }),
      ];
      const page = await placeDocuments(double, { width: 320 });
      await page.openForm();
      const el = page.el;
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      for (const box of [
        page.part('published'),
        page.part('sent'),
        page.part('proof-form'),
        page.document(word),
      ]) {
        expect(box!.scrollWidth, box!.getAttribute('part') ?? '').to.be.at.most(box!.clientWidth);
        expect(box!.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      }
    });
  });
});

describe('family-documents model', () => {
  it('sorts newest first, splits the sections, adds the proofs sent once, filters by category', () => {
    const all = documents();
    expect(newestFirst(all).map((document) => document.issuedOn)).to.deep.equal([
      '2026-11-01',
      '2026-10-31',
      '2026-10-15',
      '2026-09-19',
      '2026-09-01',
    ]);
    const sent = familyDocument('doc-new', {
      from: 'family',
      category: 'other-proof',
      issuedOn: '2026-11-02',
    });
    const split = sections([...all, sent], [sent]);
    expect(split.sent.map((document) => document.id)).to.deep.equal(['doc-new', 'doc-proof-1']);
    expect(split.published).to.have.length(4);
    expect(publishedIn(split.published)).to.deep.equal(['rules', 'menu', 'statement', 'information']);
    expect(ofCategory(split.published, 'statement').map((document) => document.id)).to.deep.equal([
      'doc-statement',
    ]);
    expect(ofCategory(split.published, undefined)).to.have.length(4);
  });

  it('says a file’s size in Ko or Mo', () => {
    expect(fileSize(48_000, 'fr')).to.deep.equal({ unit: 'kb', size: '48' });
    expect(fileSize(200, 'fr')).to.deep.equal({ unit: 'kb', size: '1' });
    expect(fileSize(1_250_000, 'fr')).to.deep.equal({ unit: 'mb', size: '1,3' });
    expect(fileSize(1_250_000, 'en')).to.deep.equal({ unit: 'mb', size: '1.3' });
  });
});
