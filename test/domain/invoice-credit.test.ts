import { expect } from '@open-wc/testing';
import {
  disputeCredit,
  familyBalance,
  summarize,
  type InvoiceRecord,
  type PaymentRecord,
} from '../../src/domain/index.js';
import { invoice, payment, regies } from './invoice-fixtures.js';

const now = new Date('2027-04-10T08:00:00Z');
const today = '2027-04-10';

/** A disputed invoice of two lines, 30 € in all. */
const disputed = (overrides: Partial<InvoiceRecord> = {}) =>
  invoice({
    totalCents: 3000,
    disputeRequestId: 'req-9',
    days: [{ childId: 'lea', dates: ['2027-02-03', '2027-02-10'] }],
    lines: [
      {
        id: 'inv-1-1',
        date: '2027-02-03',
        childId: 'lea',
        label: 'Garderie du matin',
        kind: 'care',
        quantity: 2,
        unitCents: 1000,
        reductionCents: 0,
        amountCents: 2000,
      },
      {
        id: 'inv-1-2',
        date: '2027-02-10',
        childId: 'lea',
        label: 'Mercredi après-midi',
        kind: 'care',
        quantity: 1,
        unitCents: 1000,
        reductionCents: 0,
        amountCents: 1000,
      },
    ],
    ...overrides,
  });

/** The credit of `record` against the family's `invoices` and `payments`, with the sequence's numbers asked. */
function credited(record: InvoiceRecord, invoices: InvoiceRecord[], payments: PaymentRecord[]) {
  const asked: number[] = [];
  const outcome = disputeCredit(record, {
    country: 'BE',
    existing: invoices,
    payments,
    today,
    now,
    next: () => {
      asked.push(155);
      return { id: 'inv-cn', sequence: 155 };
    },
  });
  return { ...outcome, asked };
}

/** The family's invoices and payments once the credit is stored, as it sees them. */
function afterwards(invoices: InvoiceRecord[], payments: PaymentRecord[]) {
  const context = { regies, payments, onlinePayment: true, today, now };
  const summaries = invoices.map((record) => summarize(record, context));
  return {
    invoice: summaries.find((one) => one.id === 'inv-1')!,
    credit: summaries.find((one) => one.id === 'inv-cn'),
    balanceCents: familyBalance(summaries).balanceCents,
  };
}

describe('disputeCredit', () => {
  const cases: {
    name: string;
    record: InvoiceRecord;
    paid: number;
    invoice: [state: string, balance: number];
    creditBalance: number;
    family: number;
  }[] = [
    {
      name: 'an unpaid invoice: settled, the family owes nothing more',
      record: disputed(),
      paid: 0,
      invoice: ['paid', 0],
      creditBalance: 0,
      family: 0,
    },
    {
      name: 'a partly paid invoice: settled, what was paid a credit of the family',
      record: disputed(),
      paid: 1200,
      invoice: ['paid', 0],
      creditBalance: -1200,
      family: -1200,
    },
    {
      name: 'a paid invoice: all of it a credit of the family',
      record: disputed(),
      paid: 3000,
      invoice: ['paid', 0],
      creditBalance: -3000,
      family: -3000,
    },
    {
      name: 'an invoice sent to the treasury: a credit, nothing used here',
      record: disputed({ status: 'transferred', transferredTo: 'treasury', closedOn: '2027-04-01' }),
      paid: 0,
      invoice: ['transferred', 0],
      creditBalance: -3000,
      family: -3000,
    },
  ];
  for (const { name, record, paid, invoice: expected, creditBalance, family } of cases)
    it(name, () => {
      const payments = paid > 0 ? [payment('inv-1', paid, '2027-03-20')] : [];
      const outcome = credited(record, [record], payments);
      expect(outcome.issued).to.equal(true);
      expect(outcome.asked).to.have.length(1);
      const { credit } = outcome;
      expect(credit).to.include({
        id: 'inv-cn',
        familyId: 'fam-1',
        number: 'F-2027-000155',
        regieId: record.regieId,
        issuedOn: today,
        dueOn: today,
        totalCents: -3000,
        status: 'open',
        credits: 'inv-1',
        source: 'credit:inv-1',
      });
      expect(credit.reference).to.deep.equal({ kind: 'structured', value: '+++270/0000/15514+++' });
      expect([credit.transferredTo, credit.closedOn, credit.disputeRequestId, credit.days]).to.deep.equal([
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
      expect(credit.lines.map((line) => [line.id, line.quantity, line.amountCents])).to.deep.equal([
        ['inv-cn-1', -2, -2000],
        ['inv-cn-2', -1, -1000],
      ]);
      const owed = record.status === 'open' ? 3000 - paid : 0;
      expect(
        outcome.use.map((use) => [use.method, use.status, use.amountCents, use.allocations]),
      ).to.deep.equal(
        owed > 0
          ? [
              [
                'credit-note',
                'paid',
                owed,
                [
                  { invoiceId: 'inv-1', amountCents: owed },
                  { invoiceId: 'inv-cn', amountCents: -owed },
                ],
              ],
            ]
          : [],
      );
      const after = afterwards([record, credit], [...payments, ...outcome.use]);
      expect([after.invoice.state, after.invoice.balanceCents]).to.deep.equal(expected);
      expect(after.credit?.balanceCents).to.equal(creditBalance);
      expect(after.balanceCents).to.equal(family);
    });

  it('credits an invoice once: credited before, its credit note and no new number', () => {
    const record = disputed();
    const first = credited(record, [record], []);
    const invoices = [record, first.credit];
    const payments = first.use;
    const again = credited(record, invoices, payments);
    expect(again.issued).to.equal(false);
    expect(again.asked).to.deep.equal([]);
    expect(again.credit).to.equal(first.credit);
    expect(again.use).to.deep.equal([]);
    expect(afterwards(invoices, [...payments, ...again.use]).balanceCents).to.equal(0);
  });

  it('numbers a French credit note for the treasury', () => {
    const { credit } = disputeCredit(disputed(), {
      country: 'FR',
      existing: [],
      payments: [],
      today: '2028-01-02',
      now,
      next: () => ({ id: 'inv-fr', sequence: 7 }),
    });
    expect([credit.number, credit.reference]).to.deep.equal([
      'F-2028-000007',
      { kind: 'treasury', value: 'F-2028-000007' },
    ]);
  });
});
