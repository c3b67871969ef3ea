import { expect } from '@open-wc/testing';
import {
  accountStatement,
  familyBalance,
  summarize,
  type AccountStatement,
  type StatementEntry,
} from '../../src/domain/index.js';
import { campsRegie, invoice, payment, regies } from './invoice-fixtures.js';

const brief = (entry: StatementEntry) =>
  [
    entry.date,
    entry.kind,
    entry.invoiceNumber,
    entry.regie.id,
    `+${entry.debitCents}`,
    `-${entry.creditCents}`,
    `=${entry.balanceCents}`,
  ].join(' ');

/** The statement's own arithmetic: each balance follows from the one before, totals add up. */
function expectConsistent(statement: AccountStatement) {
  let balance = statement.openingCents;
  for (const entry of statement.entries) {
    balance += entry.debitCents - entry.creditCents;
    expect(entry.balanceCents).to.equal(balance);
    expect(entry.date >= statement.from && entry.date <= statement.to).to.equal(true);
  }
  const sum = (pick: (entry: StatementEntry) => number) =>
    statement.entries.reduce((total, entry) => total + pick(entry), 0);
  expect(statement.debitCents).to.equal(sum((entry) => entry.debitCents));
  expect(statement.creditCents).to.equal(sum((entry) => entry.creditCents));
  expect(statement.closingCents).to.equal(
    statement.openingCents + statement.debitCents - statement.creditCents,
  );
  expect(statement.entries.map((entry) => entry.date)).to.deep.equal(
    statement.entries.map((entry) => entry.date).sort(),
  );
}

describe('accountStatement', () => {
  const invoices = [
    // Last school year, half paid then: the opening balance.
    invoice({ id: 'old', number: 'F-2026-000010', issuedOn: '2026-06-05', totalCents: 4000 }),
    invoice({ id: 'sep', number: 'F-2026-000020', issuedOn: '2026-10-03', totalCents: 2500 }),
    invoice({ id: 'oct', number: 'F-2026-000030', issuedOn: '2026-11-04', totalCents: 3000 }),
    invoice({
      id: 'camp',
      number: 'F-2027-000005',
      regieId: campsRegie.id,
      issuedOn: '2027-01-10',
      totalCents: 6000,
      status: 'transferred',
      transferredTo: 'treasury',
      closedOn: '2027-04-01',
    }),
    invoice({
      id: 'wrong',
      number: 'F-2027-000006',
      issuedOn: '2027-01-10',
      totalCents: 800,
      status: 'cancelled',
      closedOn: '2027-01-20',
    }),
    invoice({ id: 'credit', number: 'F-2027-000007', issuedOn: '2027-02-01', totalCents: -1200 }),
    // Next school year's: not on it.
    invoice({ id: 'next', number: 'F-2027-000100', issuedOn: '2027-09-05', totalCents: 900 }),
  ];
  const payments = [
    payment('old', 2000, '2026-06-20', { method: 'cash' }),
    payment('sep', 2500, '2026-10-10', { method: 'online' }),
    payment('camp', 1000, '2027-02-15'),
    // A credit note used on October's invoice: no money moves.
    payment('oct', 1200, '2027-02-02', {
      method: 'credit-note',
      allocations: [
        { invoiceId: 'credit', amountCents: -1200 },
        { invoiceId: 'oct', amountCents: 1200 },
      ],
    }),
    // Neither paid nor anyone's invoice: not on it.
    payment('oct', 1800, '2027-02-03', { method: 'online', status: 'started' }),
    payment('oct', 1800, '2027-02-04', { method: 'online', status: 'refused' }),
    payment('someone-else', 500, '2027-02-04'),
  ];

  it('lists the year oldest first with the balance after each entry', () => {
    const statement = accountStatement('2026-2027', invoices, payments, regies);
    expect(statement).to.deep.include({
      schoolYear: '2026-2027',
      from: '2026-09-01',
      to: '2027-08-31',
      openingCents: 2000,
    });
    expect(statement.entries.map(brief)).to.deep.equal([
      '2026-10-03 invoice F-2026-000020 regie-aes +2500 -0 =4500',
      '2026-10-10 payment-online F-2026-000020 regie-aes +0 -2500 =2000',
      '2026-11-04 invoice F-2026-000030 regie-aes +3000 -0 =5000',
      '2027-01-10 invoice F-2027-000005 regie-plaines +6000 -0 =11000',
      '2027-01-10 invoice F-2027-000006 regie-aes +800 -0 =11800',
      '2027-01-20 cancellation F-2027-000006 regie-aes +0 -800 =11000',
      '2027-02-01 credit-note F-2027-000007 regie-aes +0 -1200 =9800',
      '2027-02-02 credit-note F-2026-000030 regie-aes +1200 -1200 =9800',
      '2027-02-15 payment-transfer F-2027-000005 regie-plaines +0 -1000 =8800',
      // What was left of the camp's invoice leaves for the treasury.
      '2027-04-01 transfer-treasury F-2027-000005 regie-plaines +0 -5000 =3800',
    ]);
    expect(statement.closingCents).to.equal(3800);
    expect(statement.debitCents).to.equal(2500 + 3000 + 6000 + 800 + 1200);
    expectConsistent(statement);
  });

  it('closes on what the open invoices still ask, as the list’s balance says', () => {
    const statement = accountStatement('2026-2027', invoices.slice(0, -1), payments, regies);
    const context = {
      regies,
      payments,
      onlinePayment: true,
      today: '2027-08-31',
      now: new Date('2027-08-31T10:00:00Z'),
    };
    const summaries = invoices.slice(0, -1).map((record) => summarize(record, context));
    expect(statement.closingCents).to.equal(familyBalance(summaries).balanceCents);
  });

  it('carries the closing balance over as the next year’s opening', () => {
    const year = accountStatement('2026-2027', invoices, payments, regies);
    const next = accountStatement('2027-2028', invoices, payments, regies);
    expect(next.openingCents).to.equal(year.closingCents);
    expect(next.entries.map(brief)).to.deep.equal([
      '2027-09-05 invoice F-2027-000100 regie-aes +900 -0 =4700',
    ]);
    expectConsistent(next);
  });

  it('is empty for a year without anything, its balances the same', () => {
    const statement = accountStatement('2030-2031', invoices, payments, regies);
    expect(statement.entries).to.deep.equal([]);
    expect(statement.openingCents).to.equal(4700);
    expect(statement.closingCents).to.equal(4700);
    expectConsistent(statement);
  });

  it('names a service it does not know by its id', () => {
    const statement = accountStatement('2026-2027', [invoice({ regieId: 'gone' })], [], new Map());
    expect(statement.entries[0]!.regie).to.deep.equal({ id: 'gone', name: 'gone' });
  });
});
