import type {
  CampEnrolment,
  CartArticle,
  InvoiceRecord,
  PaymentRecord,
  RegieSettings,
} from '../../src/domain/index.js';

/* Invoices' fixtures: two services of a Belgian commune, records to build on. */

export const bookingsRegie: RegieSettings = {
  id: 'regie-aes',
  name: { fr: 'Régie accueil extrascolaire', nl: 'Regie buitenschoolse opvang' },
  beneficiary: 'Commune de Bellevue',
  iban: 'BE68539007547034',
  bic: 'GKCCBEBB',
  paymentDays: 30,
  treasury: { fr: 'Directeur financier, rue Haute 1, 5000 Bellevue' },
};

export const campsRegie: RegieSettings = {
  id: 'regie-plaines',
  name: 'Régie plaines',
  beneficiary: 'Commune de Bellevue',
  iban: 'BE71096123456769',
  paymentDays: 15,
};

export const regies = new Map([
  [bookingsRegie.id, bookingsRegie],
  [campsRegie.id, campsRegie],
]);

/** An invoice of the bookings' service, open, issued on `issuedOn`. */
export const invoice = (overrides: Partial<InvoiceRecord> = {}): InvoiceRecord => ({
  id: 'inv-1',
  familyId: 'fam-1',
  number: 'F-2027-000001',
  regieId: bookingsRegie.id,
  issuedOn: '2027-03-05',
  dueOn: '2027-04-04',
  periodFrom: '2027-02-01',
  periodTo: '2027-02-28',
  children: [{ id: 'lea', firstName: 'Léa' }],
  lines: [],
  totalCents: 1000,
  reference: { kind: 'structured', value: '+++270/0000/00154+++' },
  status: 'open',
  source: 'bookings:fam-1:2027-02',
  ...overrides,
});

/** A payment paid, all of it to one invoice. */
export const payment = (
  invoiceId: string,
  amountCents: number,
  at: string,
  overrides: Partial<PaymentRecord> = {},
): PaymentRecord => ({
  id: `pay-${invoiceId}-${at}`,
  familyId: 'fam-1',
  method: 'transfer',
  status: 'paid',
  allocations: [{ invoiceId, amountCents }],
  amountCents,
  startedAt: `${at}T09:00:00.000Z`,
  completedAt: `${at}T09:00:00.000Z`,
  ...overrides,
});

const receipt = (id: string): CampEnrolment['receipt'] => ({
  id,
  number: `28-${id}`,
  trackingCode: 'HGQNWTWN',
  kind: 'camp-enrolment',
  status: 'accepted',
  submittedAt: '2027-05-02T10:00:00.000Z',
  history: [],
  childId: 'lea',
});

/** Léa's week S28 (5 days) and Tom's S28 and S29, in camp "Plaine d'été": paid in the cart. */
export const campEnrolments: CampEnrolment[] = [
  {
    receipt: receipt('req-camp-1'),
    campId: 'summer',
    childId: 'lea',
    weeks: [
      {
        weekId: 'w28',
        label: 'S28',
        status: 'accepted',
        days: ['2027-07-12', '2027-07-13', '2027-07-14', '2027-07-15', '2027-07-16'],
        fullDays: [],
      },
      { weekId: 'w29', label: 'S29', status: 'full', days: ['2027-07-19'], fullDays: ['2027-07-19'] },
    ],
  },
  {
    receipt: { ...receipt('req-camp-2'), childId: 'tom' },
    campId: 'summer',
    childId: 'tom',
    weeks: [
      {
        weekId: 'w28',
        label: 'S28',
        status: 'accepted',
        days: ['2027-07-12', '2027-07-13'],
        fullDays: [],
      },
      {
        weekId: 'w29',
        label: 'S29',
        status: 'accepted',
        days: ['2027-07-19', '2027-07-20'],
        fullDays: [],
      },
    ],
  },
];

export const campArticle = (overrides: Partial<CartArticle> = {}): CartArticle => ({
  id: 'art-1',
  label: 'Réservation de plaine(s) pour la demande n° 28-1, 28-2',
  requestNumbers: ['28-req-camp-1', '28-req-camp-2'],
  requestIds: ['req-camp-1', 'req-camp-2'],
  amountCents: 11_600,
  currency: 'EUR',
  createdAt: '2027-05-02T10:00:00.000Z',
  dueAt: '2027-05-09T10:00:00.000Z',
  status: 'paid',
  preview: {
    requestIds: ['req-camp-1', 'req-camp-2'],
    camps: [
      {
        campId: 'summer',
        campName: { fr: 'Plaine d’été', nl: 'Zomerspeelplein' },
        price: {
          currency: 'EUR',
          children: [
            {
              childId: 'lea',
              firstName: 'Léa',
              rank: 1,
              weeks: [{ weekId: 'w28', label: 'S28', days: 5, wholeWeek: true, baseCents: 6000 }],
              baseCents: 6000,
              supplementsCents: 500,
              reductionPercent: 0,
              reductionCents: 0,
              totalCents: 6500,
            },
            {
              childId: 'tom',
              firstName: 'Tom',
              rank: 2,
              weeks: [
                { weekId: 'w28', label: 'S28', days: 2, wholeWeek: false, baseCents: 3000 },
                { weekId: 'w29', label: 'S29', days: 2, wholeWeek: false, baseCents: 3000 },
              ],
              baseCents: 6000,
              supplementsCents: 0,
              reductionPercent: 15,
              reductionCents: 900,
              totalCents: 5100,
            },
          ],
          totalCents: 11_600,
        },
      },
    ],
    resident: true,
    currency: 'EUR',
    totalCents: 11_600,
  },
  ...overrides,
});
