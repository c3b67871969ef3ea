import { expect } from '@open-wc/testing';
import {
  billingRun,
  invoiceNumbering,
  isStructuredCommunication,
  type BillingRunInput,
  type BookingRecord,
  type InvoiceLine,
} from '../../src/domain/index.js';
import { now, record, state } from './calendar-fixtures.js';
import { bookingsRegie, campArticle, campEnrolments, campsRegie } from './invoice-fixtures.js';

function run(overrides: Partial<BillingRunInput> = {}) {
  let sequence = 41;
  return billingRun({
    country: 'BE',
    familyId: 'fam-1',
    month: '2027-03',
    calendar: state(),
    campArticles: [],
    regies: { bookings: bookingsRegie, camps: campsRegie },
    existing: [],
    today: '2027-04-02',
    now,
    next: () => {
      sequence += 1;
      return { id: `inv-${sequence}`, sequence };
    },
    ...overrides,
  });
}

const brief = (line: InvoiceLine) =>
  [
    line.childName,
    typeof line.label === 'string' ? line.label : line.label.fr,
    line.kind,
    line.date,
    line.to ?? '-',
    `${line.quantity}×${line.unitCents}-${line.reductionCents}=${line.amountCents}`,
  ].join(' ');

describe('invoiceNumbering', () => {
  it('numbers F-<year>-<6 digits> with a valid structured communication in Belgium', () => {
    const numbering = invoiceNumbering('BE', 2026, 42);
    expect(numbering.number).to.equal('F-2026-000042');
    expect(numbering.reference.kind).to.equal('structured');
    // 2600000042 mod 97 = 14.
    expect(numbering.reference.value).to.equal('+++260/0000/04214+++');
    expect(isStructuredCommunication(numbering.reference.value)).to.equal(true);
  });

  it('quotes the number for the French treasury', () => {
    expect(invoiceNumbering('FR', 2027, 7)).to.deep.equal({
      number: 'F-2027-000007',
      reference: { kind: 'treasury', value: 'F-2027-000007' },
    });
  });

  it('refuses a sequence out of range', () => {
    expect(() => invoiceNumbering('BE', 2026, 0)).to.throw(RangeError);
    expect(() => invoiceNumbering('BE', 2026, 100_000_000)).to.throw(RangeError);
  });
});

describe('billingRun: bookings', () => {
  const bookings: BookingRecord[] = [
    record('morning', '2027-03-01', 'present'),
    record('morning', '2027-03-02', 'present'),
    record('meal', '2027-03-01', 'booked'),
    record('meal', '2027-03-02', 'absent-billed'),
    record('meal', '2027-03-04', 'absent-excused'),
    record('meal', '2027-03-05', 'cancelled'),
    record('short', '2027-03-08', 'booked'),
    record('short', '2027-03-09', 'cancel-requested'),
    record('short', '2027-03-11', 'absence-requested'),
    record('long', '2027-03-15', 'refused'),
    record('wednesday', '2027-03-03', 'requested'),
    record('wednesday', '2027-03-10', 'waiting'),
    record('wednesday', '2027-03-17', 'booked'),
    // Another month's days are not this invoice's.
    record('short', '2027-02-26', 'booked'),
    record('short', '2027-04-01', 'booked'),
    record('meal', '2027-03-01', 'booked', 'tom'),
    record('meal', '2027-03-29', 'booked', 'tom'),
  ];

  it('bills the month per child and unit, days billed only, at the family’s price', () => {
    const outcome = run({ calendar: state({ bookings, quotient: 650 }) });
    expect(outcome.invoicedThrough).to.equal('2027-03-31');
    expect(outcome.payments).to.deep.equal([]);
    expect(outcome.invoices).to.have.length(1);
    const [invoice] = outcome.invoices;
    expect(invoice!.lines.map(brief)).to.deep.equal([
      'Léa Accueil du matin – morning care 2027-03-01 2027-03-02 2×150-0=300',
      'Léa Repas chaud – meal meal 2027-03-01 2027-03-02 2×380-0=760',
      'Léa Accueil du soir – short care 2027-03-08 2027-03-11 3×200-0=600',
      // Quotient 650: the band up to 700.
      'Léa Mercredi après-midi – wednesday care 2027-03-17 - 1×300-0=300',
      'Tom Repas chaud – meal meal 2027-03-01 2027-03-29 2×380-0=760',
    ]);
    expect(invoice!.lines.map((line) => line.id)).to.deep.equal([
      'inv-42-1',
      'inv-42-2',
      'inv-42-3',
      'inv-42-4',
      'inv-42-5',
    ]);
    expect(invoice).to.deep.include({
      id: 'inv-42',
      familyId: 'fam-1',
      number: 'F-2027-000042',
      regieId: 'regie-aes',
      issuedOn: '2027-04-02',
      dueOn: '2027-05-02',
      periodFrom: '2027-03-01',
      periodTo: '2027-03-31',
      totalCents: 2720,
      status: 'open',
      source: 'bookings:fam-1:2027-03',
    });
    expect(invoice!.children).to.deep.equal([
      { id: 'lea', firstName: 'Léa' },
      { id: 'tom', firstName: 'Tom' },
    ]);
    // Days of care: meals excluded (Tom had meals only).
    expect(invoice!.days).to.deep.equal([
      {
        childId: 'lea',
        dates: ['2027-03-01', '2027-03-02', '2027-03-08', '2027-03-09', '2027-03-11', '2027-03-17'],
      },
    ]);
    expect(isStructuredCommunication(invoice!.reference.value)).to.equal(true);
  });

  it('takes the last band without a quotient', () => {
    const outcome = run({ calendar: state({ bookings: [record('wednesday', '2027-03-17', 'booked')] }) });
    expect(outcome.invoices[0]!.totalCents).to.equal(600);
  });

  it('gives nothing new when run twice, and no invoice for an empty month', () => {
    const first = run({ calendar: state({ bookings }) });
    const second = run({ calendar: state({ bookings }), existing: first.invoices });
    expect(second.invoices).to.deep.equal([]);
    expect(second.invoicedThrough).to.equal('2027-03-31');
    const empty = run({ calendar: state({ bookings: [record('meal', '2027-03-05', 'cancelled')] }) });
    expect(empty.invoices).to.deep.equal([]);
    expect(empty.invoicedThrough).to.equal('2027-03-31');
  });

  it('leaves out a day whose unit no longer exists, and counts a day recorded twice once', () => {
    const outcome = run({
      calendar: state({
        bookings: [
          record('gone', '2027-03-01', 'booked'),
          record('short', '2027-03-01', 'booked'),
          record('short', '2027-03-01', 'booked'),
        ],
      }),
    });
    expect(outcome.invoices[0]!.lines.map(brief)).to.deep.equal([
      'Léa Accueil du soir – short care 2027-03-01 - 1×200-0=200',
    ]);
  });

  it('refuses a malformed month', () => {
    expect(() => run({ month: '2027-13' })).to.throw(RangeError);
    expect(() => run({ month: '2027-3' })).to.throw(RangeError);
  });

  it('numbers French invoices for the treasury', () => {
    const outcome = run({ country: 'FR', calendar: state({ bookings }) });
    expect(outcome.invoices[0]!.reference).to.deep.equal({ kind: 'treasury', value: 'F-2027-000042' });
  });
});

describe('billingRun: camps', () => {
  it('bills each paid article once, in the camps’ service, already paid online', () => {
    const outcome = run({
      campArticles: [campArticle(), campArticle({ id: 'art-2', status: 'unpaid' })],
      campEnrolments,
    });
    expect(outcome.invoices).to.have.length(1);
    const [invoice] = outcome.invoices;
    expect(invoice!.lines.map(brief)).to.deep.equal([
      'Léa Plaine d’été — S28 camp 2027-07-12 2027-07-16 1×6500-0=6500',
      'Tom Plaine d’été — S28, S29 camp 2027-07-12 2027-07-20 1×6000-900=5100',
    ]);
    expect(invoice!.lines[0]!.label).to.deep.equal({
      fr: 'Plaine d’été — S28',
      nl: 'Zomerspeelplein — S28',
    });
    expect(invoice).to.deep.include({
      regieId: 'regie-plaines',
      dueOn: '2027-04-17',
      periodFrom: '2027-07-12',
      periodTo: '2027-07-20',
      totalCents: 11_600,
      source: 'camp:art-1',
    });
    expect(invoice!.days).to.deep.equal([
      {
        childId: 'lea',
        dates: ['2027-07-12', '2027-07-13', '2027-07-14', '2027-07-15', '2027-07-16'],
      },
      { childId: 'tom', dates: ['2027-07-12', '2027-07-13', '2027-07-19', '2027-07-20'] },
    ]);
    expect(outcome.payments).to.deep.equal([
      {
        id: 'payment-camp-art-1',
        familyId: 'fam-1',
        method: 'online',
        status: 'paid',
        allocations: [{ invoiceId: invoice!.id, amountCents: 11_600 }],
        amountCents: 11_600,
        startedAt: now.toISOString(),
        completedAt: now.toISOString(),
      },
    ]);
    const again = run({ campArticles: [campArticle()], campEnrolments, existing: outcome.invoices });
    expect(again.invoices).to.deep.equal([]);
    expect(again.payments).to.deep.equal([]);
  });

  it('dates a camp line by its article when the enrolments are not given', () => {
    const outcome = run({ campArticles: [campArticle()] });
    expect(outcome.invoices[0]!.lines[0]).to.deep.include({ date: '2027-05-02' });
    expect(outcome.invoices[0]!.lines[0]!.to).to.equal(undefined);
    expect(outcome.invoices[0]!.days).to.deep.equal([]);
  });

  it('bills a month and an article in one run, each with its own number', () => {
    const outcome = run({
      calendar: state({ bookings: [record('short', '2027-03-01', 'booked')] }),
      campArticles: [campArticle()],
      campEnrolments,
    });
    expect(outcome.invoices.map((invoice) => invoice.number)).to.deep.equal([
      'F-2027-000042',
      'F-2027-000043',
    ]);
  });
});
