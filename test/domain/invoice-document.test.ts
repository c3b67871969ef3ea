import { expect } from '@open-wc/testing';
import {
  certificateDocument,
  invoiceDocument,
  summarize,
  type CommuneSettings,
  type Invoice,
  type InvoiceRecord,
  type Locale,
  type PaymentRecord,
  type TaxCertificate,
} from '../../src/domain/index.js';
import { bookingsRegie, invoice, payment, regies } from './invoice-fixtures.js';

const commune: CommuneSettings = {
  id: 'bellevue',
  name: 'Commune de Bellevue',
  country: 'BE',
  nationalNumber: 'required',
  language: 'fr',
  serviceName: { fr: 'Service Accueil Extrascolaire', nl: 'Dienst Buitenschoolse Opvang' },
  contactEmail: 'accueil@bellevue.be',
};

const record = invoice({
  number: 'F-2027-000042',
  issuedOn: '2027-04-02',
  dueOn: '2027-05-02',
  periodFrom: '2027-03-01',
  periodTo: '2027-03-31',
  children: [
    { id: 'lea', firstName: 'Léa' },
    { id: 'tom', firstName: 'Tom' },
  ],
  lines: [
    {
      id: 'l1',
      date: '2027-03-01',
      to: '2027-03-17',
      childId: 'lea',
      childName: 'Léa',
      label: { fr: 'Accueil du soir', nl: 'Avondopvang' },
      kind: 'care',
      quantity: 3,
      unitCents: 200,
      reductionCents: 0,
      amountCents: 600,
    },
    {
      id: 'l2',
      date: '2027-03-29',
      childId: 'tom',
      childName: 'Tom',
      label: 'Repas chaud',
      kind: 'meal',
      quantity: 1,
      unitCents: 1380,
      reductionCents: 100,
      amountCents: 1280,
    },
  ],
  totalCents: 1880,
});

/** The invoice's detail as a backend answers it. */
function detail(
  from: InvoiceRecord,
  payments: PaymentRecord[] = [],
  overrides: Partial<Invoice> = {},
): Invoice {
  const summary = summarize(from, {
    regies,
    payments,
    onlinePayment: true,
    today: '2027-04-10',
    now: new Date('2027-04-10T08:00:00Z'),
  });
  return {
    ...summary,
    lines: from.lines,
    payments: [],
    ...(summary.balanceCents > 0 && summary.notPayable !== 'payment-in-flight'
      ? {
          transfer: {
            beneficiary: bookingsRegie.beneficiary,
            iban: bookingsRegie.iban,
            bic: bookingsRegie.bic,
            amountCents: summary.balanceCents,
            reference: summary.reference,
          },
        }
      : {}),
    pdf: { name: 'facture-F-2027-000042.pdf', mediaType: 'application/pdf', sizeBytes: 1000 },
    ...overrides,
  };
}

describe('invoiceDocument', () => {
  it('says everything an unpaid invoice needs, in French', () => {
    const document = invoiceDocument(detail(record, [payment('inv-1', 500, '2027-04-05')]), commune, 'fr');
    expect(document.fileName).to.equal('facture-F-2027-000042.pdf');
    expect(document.title).to.equal('Facture F-2027-000042');
    expect(document.issuer).to.deep.equal([
      'Commune de Bellevue',
      'Service Accueil Extrascolaire',
      'Régie accueil extrascolaire',
    ]);
    expect(document.facts).to.deep.equal([
      { label: 'Numéro', value: 'F-2027-000042' },
      { label: 'Date d’émission', value: '02/04/2027' },
      { label: 'À payer avant le', value: '02/05/2027' },
      { label: 'Période', value: 'du 01/03/2027 au 31/03/2027' },
      { label: 'Communication structurée', value: '+++270/0000/00154+++' },
      { label: 'Enfants', value: 'Léa, Tom' },
    ]);
    expect(document.table).to.deep.equal({
      columns: ['Date', 'Enfant', 'Libellé', 'Quantité', 'Prix unitaire', 'Réduction', 'Montant'],
      rows: [
        ['01/03/2027 – 17/03/2027', 'Léa', 'Accueil du soir', '3', '2,00 €', '', '6,00 €'],
        ['29/03/2027', 'Tom', 'Repas chaud', '1', '13,80 €', '-1,00 €', '12,80 €'],
      ],
      align: ['left', 'left', 'left', 'right', 'right', 'right', 'right'],
    });
    expect(document.totals).to.deep.equal([
      { label: 'Total', value: '18,80 €' },
      { label: 'Payé', value: '5,00 €' },
      { label: 'Reste à payer', value: '13,80 €' },
    ]);
    expect(document.notes).to.deep.equal([
      'Payez 13,80 € avant le 02/05/2027 par virement au compte BE68 5390 0754 7034 de Commune de Bellevue (BIC GKCCBEBB), avec la communication +++270/0000/00154+++.',
      'Vous pouvez aussi la payer en ligne sur le portail des familles.',
    ]);
  });

  it('words it in each language, amounts and dates their way', () => {
    const expected: Record<
      Locale,
      { file: string; title: string; total: string; issued: string; label: string }
    > = {
      fr: {
        file: 'facture-',
        title: 'Facture',
        total: '18,80 €',
        issued: '02/04/2027',
        label: 'Accueil du soir',
      },
      nl: {
        file: 'factuur-',
        title: 'Factuur',
        total: '€ 18,80',
        issued: '02/04/2027',
        label: 'Avondopvang',
      },
      de: {
        file: 'rechnung-',
        title: 'Rechnung',
        total: '18,80 €',
        issued: '02.04.2027',
        label: 'Accueil du soir',
      },
      en: {
        file: 'invoice-',
        title: 'Invoice',
        total: '€18.80',
        issued: '02/04/2027',
        label: 'Accueil du soir',
      },
    };
    for (const [locale, words] of Object.entries(expected) as [Locale, (typeof expected)['fr']][]) {
      const document = invoiceDocument(detail(record), commune, locale);
      expect(document.fileName).to.equal(`${words.file}F-2027-000042.pdf`);
      expect(document.title).to.equal(`${words.title} F-2027-000042`);
      expect(document.totals[0]!.value).to.equal(words.total);
      expect(document.facts[1]!.value).to.equal(words.issued);
      expect(document.table!.rows[0]![2]).to.equal(words.label);
      expect(document.notes[0]).to.contain(words.total);
    }
  });

  it('leaves the reduction column out when no line has one, and tells a paid invoice', () => {
    const simple = { ...record, lines: record.lines.slice(0, 1), totalCents: 600 };
    const document = invoiceDocument(detail(simple, [payment('inv-1', 600, '2027-04-05')]), commune, 'en');
    expect(document.table!.columns).to.not.include('Reduction');
    expect(document.table!.align).to.have.length(6);
    expect(document.notes).to.deep.equal(['This invoice is paid. Thank you.']);
  });

  it('sends a transferred invoice to the treasury, in the commune’s words', () => {
    const transferred = { ...record, status: 'transferred' as const, transferredTo: 'treasury' as const };
    const document = invoiceDocument(detail(transferred), commune, 'fr');
    expect(document.notes).to.deep.equal([
      'Cette facture a été transmise au receveur (Trésor public) : payez-la auprès de lui, plus ici. Directeur financier, rue Haute 1, 5000 Bellevue',
    ]);
    const bailiff = invoiceDocument(detail({ ...transferred, transferredTo: 'bailiff' }), commune, 'nl');
    expect(bailiff.notes[0]).to.match(/^Deze factuur is overgemaakt aan een gerechtsdeurwaarder/);
  });

  it('tells a cancelled invoice, a payment in flight, a dispute and a credit note', () => {
    expect(invoiceDocument(detail({ ...record, status: 'cancelled' }), commune, 'de').notes).to.deep.equal([
      'Diese Rechnung wurde storniert: Es ist nichts zu zahlen.',
    ]);
    const started = payment('inv-1', 1880, '2027-04-10', { method: 'online', status: 'started' });
    started.startedAt = '2027-04-10T07:55:00.000Z';
    expect(invoiceDocument(detail(record, [started]), commune, 'en').notes).to.deep.equal([
      'An online payment of this invoice is in progress.',
    ]);
    expect(
      invoiceDocument(detail({ ...record, disputeRequestId: 'req-7' }), commune, 'en').notes[0],
    ).to.equal('You dispute this invoice: reminders are paused until the service answers.');
    const credit = { ...record, id: 'cn', number: 'F-2027-000050', totalCents: -1200, lines: [] };
    const document = invoiceDocument(detail(credit), commune, 'fr');
    expect(document.title).to.equal('Note de crédit F-2027-000050');
    expect(document.facts.map((fact) => fact.label)).to.not.include('À payer avant le');
    expect(document.totals).to.deep.equal([
      { label: 'Total', value: '-12,00 €' },
      { label: 'Reste à payer', value: '-12,00 €' },
    ]);
    expect(document.notes).to.deep.equal([
      'Cette note de crédit de 12,00 € sera déduite de vos prochaines factures.',
    ]);
  });

  it('names French treasury references as such and keeps file names ASCII', () => {
    const french = {
      ...record,
      number: 'F/2027 n°42',
      reference: { kind: 'treasury' as const, value: 'F/2027 n°42' },
    };
    const document = invoiceDocument(detail(french), { ...commune, country: 'FR' }, 'fr');
    expect(document.fileName).to.equal('facture-F-2027-n-42.pdf');
    expect(document.facts).to.deep.include({ label: 'Référence', value: 'F/2027 n°42' });
  });
});

describe('certificateDocument', () => {
  const belgian: Omit<TaxCertificate, 'pdf'> = {
    id: 'tax-be-281.86-fam-1-2025',
    year: 2025,
    scheme: 'be-281.86',
    issuedOn: '2026-02-10',
    children: [
      {
        id: 'lea',
        firstName: 'Léa',
        lastName: 'Dupont',
        birthDate: '2015-06-10',
        periods: [
          { from: '2025-01-01', to: '2025-03-31', days: 4, dailyRateCents: 300, amountCents: 1200 },
          { from: '2025-07-01', to: '2025-09-30', days: 5, dailyRateCents: 1610, amountCents: 8050 },
        ],
        amountCents: 9250,
      },
      {
        id: 'tom',
        firstName: 'Tom',
        lastName: 'Dupont',
        birthDate: '2018-02-01',
        periods: [{ from: '2025-01-01', to: '2025-03-31', days: 2, dailyRateCents: 500, amountCents: 1000 }],
        amountCents: 1000,
      },
    ],
    totalCents: 10_250,
  };

  it('gives the 281.86’s content: periods, days, capped daily rate, amounts', () => {
    const document = certificateDocument(belgian, commune, 'fr');
    expect(document.fileName).to.equal('attestation-fiscale-2025.pdf');
    expect(document.title).to.equal('Attestation de frais de garde d’enfants (281.86) – année 2025');
    expect(document.issuer).to.deep.equal(['Commune de Bellevue', 'Service Accueil Extrascolaire']);
    expect(document.facts).to.deep.equal([
      { label: 'Année', value: '2025' },
      { label: 'Date d’émission', value: '10/02/2026' },
    ]);
    expect(document.table!.rows).to.deep.equal([
      ['Léa Dupont', '10/06/2015', '01/01/2025 – 31/03/2025', '4', '3,00 €', '12,00 €'],
      ['Léa Dupont', '10/06/2015', '01/07/2025 – 30/09/2025', '5', '16,10 €', '80,50 €'],
      ['Tom Dupont', '01/02/2018', '01/01/2025 – 31/03/2025', '2', '5,00 €', '10,00 €'],
    ]);
    expect(document.totals).to.deep.equal([
      { label: 'Léa Dupont', value: '92,50 €' },
      { label: 'Tom Dupont', value: '10,00 €' },
      { label: 'Total', value: '102,50 €' },
    ]);
    expect(document.notes[0]).to.contain('16,10 €');
    expect(document.notes).to.include('Frais de repas exclus.');
  });

  it('gives France’s statement: amounts paid per child, meals excluded', () => {
    const french: Omit<TaxCertificate, 'pdf'> = {
      id: 'tax-fr-garde-fam-1-2025',
      year: 2025,
      scheme: 'fr-garde',
      issuedOn: '2026-02-10',
      children: [
        {
          id: 'lea',
          firstName: 'Léa',
          lastName: 'Martin',
          birthDate: '2021-05-01',
          periods: [
            { from: '2025-01-01', to: '2025-12-31', days: 0, dailyRateCents: 0, amountCents: 45_000 },
          ],
          amountCents: 45_000,
        },
      ],
      totalCents: 45_000,
    };
    const document = certificateDocument(french, { ...commune, country: 'FR' }, 'fr');
    expect(document.title).to.equal('Attestation de frais de garde d’enfants – année 2025');
    expect(document.table).to.deep.equal({
      columns: ['Enfant', 'Date de naissance', 'Montant payé'],
      rows: [['Léa Martin', '01/05/2021', '450,00 €']],
      align: ['left', 'left', 'right'],
    });
    expect(document.totals).to.deep.equal([{ label: 'Total', value: '450,00 €' }]);
    expect(document.notes).to.deep.equal([
      'Sommes versées en 2025 pour la garde des enfants nés à partir du 1er janvier 2019 (moins de 6 ans au 1er janvier).',
      'Frais de repas exclus.',
    ]);
    for (const locale of ['nl', 'de', 'en'] as const) {
      const other = certificateDocument(french, commune, locale);
      expect(other.fileName).to.match(/^[a-z-]+-2025\.pdf$/);
      expect(other.title).to.not.equal(document.title);
      expect(other.notes).to.have.length(2);
    }
  });
});
