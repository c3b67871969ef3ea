import { expect } from '@open-wc/testing';
import {
  epcPayload,
  familyBalance,
  invoicePaymentReturn,
  invoicePaymentStart,
  isStructuredCommunication,
  mod97Check,
  newestFirst,
  Refusal,
  schoolYearDates,
  schoolYearOf,
  structuredCommunication,
  summarize,
  type InvoiceRecord,
  type InvoiceSummary,
  type PaymentRecord,
  type SummaryContext,
} from '../../src/domain/index.js';
import { invoice as issued, payment, regies } from './invoice-fixtures.js';

/** An invoice due next month (the fixture's is overdue by `now`). */
const invoice = (overrides: Partial<InvoiceRecord> = {}) => issued({ dueOn: '2027-05-04', ...overrides });

const now = new Date('2027-04-10T08:00:00Z');
const context = (
  payments: PaymentRecord[] = [],
  overrides: Partial<SummaryContext> = {},
): SummaryContext => ({
  regies,
  payments,
  onlinePayment: true,
  today: '2027-04-10',
  now,
  ...overrides,
});

/** The refusal `run` throws: its type and code. */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof Refusal) return `${error.type} ${error.code}`;
    throw error;
  }
  return 'none';
}

describe('structured communication', () => {
  it('checks known valid communications', () => {
    for (const valid of [
      '+++090/9337/55493+++',
      '***090/9337/55493***',
      '090933755493',
      '+++000/0000/09797+++',
    ])
      expect(isStructuredCommunication(valid), valid).to.equal(true);
  });

  it('refuses a wrong check, a wrong length or letters', () => {
    for (const invalid of ['+++090/9337/55494+++', '+++090/9337/5549+++', '+++09a/9337/55493+++', ''])
      expect(isStructuredCommunication(invalid), invalid).to.equal(false);
  });

  it('writes the check as two digits, 97 when the remainder is 0', () => {
    expect(mod97Check('0909337554')).to.equal('93');
    expect(mod97Check('0000000097')).to.equal('97');
    expect(mod97Check('1234567890')).to.equal('02');
    expect(structuredCommunication('0909337554')).to.equal('+++090/9337/55493+++');
    expect(() => mod97Check('123')).to.throw(RangeError);
  });
});

describe('epcPayload', () => {
  it('carries a structured communication as the creditor reference, line by line', () => {
    expect(
      epcPayload({
        beneficiary: 'Commune de Bellevue',
        iban: 'BE68 5390 0754 7034',
        bic: 'GKCCBEBB',
        amountCents: 1250,
        reference: { kind: 'structured', value: '+++090/9337/55493+++' },
      }).split('\n'),
    ).to.deep.equal([
      'BCD',
      '002',
      '1',
      'SCT',
      'GKCCBEBB',
      'Commune de Bellevue',
      'BE68539007547034',
      'EUR12.50',
      '',
      '090933755493',
    ]);
  });

  it('puts a free reference in the remittance, on one line, the name at most 70 characters', () => {
    const lines = epcPayload({
      beneficiary: `Trésor ${'x'.repeat(80)}`,
      iban: 'FR7630006000011234567890189',
      amountCents: 5,
      reference: { kind: 'treasury', value: 'F-2027\n000042' },
    }).split('\n');
    expect(lines[4]).to.equal('');
    expect([...lines[5]!]).to.have.length(70);
    expect(lines[7]).to.equal('EUR0.05');
    expect(lines.slice(9)).to.deep.equal(['', 'F-2027 000042']);
  });

  it('refuses an amount of nothing', () => {
    expect(() =>
      epcPayload({
        beneficiary: 'B',
        iban: 'BE68539007547034',
        amountCents: 0,
        reference: { kind: 'treasury', value: 'x' },
      }),
    ).to.throw(RangeError);
  });
});

describe('school years', () => {
  it('runs from 1 September to 31 August', () => {
    expect(schoolYearOf('2026-08-31')).to.equal('2025-2026');
    expect(schoolYearOf('2026-09-01')).to.equal('2026-2027');
    expect(schoolYearDates('2026-2027')).to.deep.equal({ from: '2026-09-01', to: '2027-08-31' });
  });
});

describe('summarize', () => {
  const brief = (summary: InvoiceSummary) =>
    [
      summary.state,
      `paid ${summary.paidCents}`,
      `balance ${summary.balanceCents}`,
      summary.overdue ? 'overdue' : '',
      summary.payableOnline ? 'payable' : summary.notPayable,
    ]
      .filter(Boolean)
      .join(' ');

  const cases: {
    name: string;
    record: InvoiceRecord;
    payments?: PaymentRecord[];
    extra?: Partial<SummaryContext>;
    expected: string;
  }[] = [
    { name: 'unpaid', record: invoice(), expected: 'unpaid paid 0 balance 1000 payable' },
    {
      name: 'partly paid, overdue',
      record: invoice({ dueOn: '2027-04-09' }),
      payments: [payment('inv-1', 400, '2027-04-01')],
      expected: 'partly-paid paid 400 balance 600 overdue payable',
    },
    {
      name: 'due today is not overdue',
      record: invoice({ dueOn: '2027-04-10' }),
      expected: 'unpaid paid 0 balance 1000 payable',
    },
    {
      name: 'paid, its payments refused or started not counted',
      record: invoice(),
      payments: [
        payment('inv-1', 1000, '2027-04-01'),
        payment('inv-1', 1000, '2027-04-02', { status: 'refused' }),
      ],
      expected: 'paid paid 1000 balance 0 settled',
    },
    {
      name: 'overpaid: a credit',
      record: invoice(),
      payments: [payment('inv-1', 1000, '2027-04-01'), payment('inv-1', 300, '2027-04-02')],
      expected: 'paid paid 1300 balance -300 settled',
    },
    {
      name: 'cancelled',
      record: invoice({ status: 'cancelled', dueOn: '2027-01-01' }),
      expected: 'cancelled paid 0 balance 0 settled',
    },
    {
      name: 'transferred to the treasury',
      record: invoice({ status: 'transferred', transferredTo: 'treasury' }),
      expected: 'transferred paid 0 balance 0 transferred-treasury',
    },
    {
      name: 'transferred to a bailiff',
      record: invoice({ status: 'transferred', transferredTo: 'bailiff' }),
      expected: 'transferred paid 0 balance 0 transferred-bailiff',
    },
    {
      name: 'a credit note still to use',
      record: invoice({ totalCents: -1200 }),
      expected: 'unpaid paid 0 balance -1200 settled',
    },
    {
      name: 'a credit note used in part',
      record: invoice({ totalCents: -1200 }),
      payments: [
        payment('inv-9', 500, '2027-04-01', {
          method: 'credit-note',
          allocations: [
            { invoiceId: 'inv-1', amountCents: -500 },
            { invoiceId: 'inv-9', amountCents: 500 },
          ],
        }),
      ],
      expected: 'unpaid paid 0 balance -700 settled',
    },
    {
      name: 'held by a payment started 10 minutes ago',
      record: invoice(),
      payments: [
        payment('inv-1', 1000, '2027-04-10', { status: 'started', startedAt: '2027-04-10T07:50:00.000Z' }),
      ],
      expected: 'unpaid paid 0 balance 1000 payment-in-flight',
    },
    {
      name: 'payable again once the hold expired (30 minutes)',
      record: invoice(),
      payments: [
        payment('inv-1', 1000, '2027-04-10', { status: 'started', startedAt: '2027-04-10T07:30:00.000Z' }),
      ],
      expected: 'unpaid paid 0 balance 1000 payable',
    },
    {
      name: 'owed where the commune takes no payment online',
      record: invoice(),
      extra: { onlinePayment: false },
      expected: 'unpaid paid 0 balance 1000 online-unavailable',
    },
  ];
  for (const { name, record, payments, extra, expected } of cases)
    it(name, () => expect(brief(summarize(record, context(payments, extra)))).to.equal(expected));

  it('tells until when a payment holds, where a transferred invoice is paid, its school year', () => {
    const held = summarize(
      invoice(),
      context([
        payment('inv-1', 1000, '2027-04-10', { status: 'started', startedAt: '2027-04-10T07:50:00.000Z' }),
      ]),
    );
    expect(held.lockedUntil).to.equal('2027-04-10T08:20:00.000Z');
    const transferred = summarize(invoice({ status: 'transferred', transferredTo: 'treasury' }), context());
    expect(transferred.payWhere).to.deep.equal({ fr: 'Directeur financier, rue Haute 1, 5000 Bellevue' });
    expect(transferred.schoolYear).to.equal('2026-2027');
    expect(summarize(invoice({ disputeRequestId: 'req-1' }), context()).disputed).to.equal(true);
  });

  it('balances the family: open invoices less credits, of it what is overdue (never more than is owed)', () => {
    const summaries = [
      summarize(invoice({ id: 'a', dueOn: '2027-03-01' }), context([payment('a', 300, '2027-03-02')])),
      summarize(invoice({ id: 'b' }), context()),
      summarize(invoice({ id: 'c', totalCents: -1500 }), context()),
      summarize(invoice({ id: 'd', status: 'transferred' }), context()),
      summarize(invoice({ id: 'e', status: 'cancelled' }), context()),
    ];
    expect(familyBalance(summaries)).to.deep.equal({ balanceCents: 700 + 1000 - 1500, overdueCents: 200 });
    // Without the credit note, all of the late invoice's balance is overdue.
    expect(familyBalance(summaries.filter((summary) => summary.id !== 'c'))).to.deep.equal({
      balanceCents: 1700,
      overdueCents: 700,
    });
  });

  it('orders newest first, by issue date then number', () => {
    const ordered = newestFirst([
      { issuedOn: '2027-03-01', number: 'F-2027-000002' },
      { issuedOn: '2027-04-01', number: 'F-2027-000003' },
      { issuedOn: '2027-03-01', number: 'F-2027-000005' },
    ]);
    expect(ordered.map((item) => item.number)).to.deep.equal([
      'F-2027-000003',
      'F-2027-000005',
      'F-2027-000002',
    ]);
  });
});

describe('invoicePaymentStart', () => {
  const records = [invoice({ id: 'a' }), invoice({ id: 'b', totalCents: 2500 }), invoice({ id: 'c' })];
  const summaries = (payments: PaymentRecord[] = [], extra: Partial<SummaryContext> = {}) =>
    new Map(records.map((record) => [record.id, summarize(record, context(payments, extra))]));
  const started = (ids: string[], startedAt = '2027-04-10T07:55:00.000Z', id = 'pay-1'): PaymentRecord => ({
    id,
    familyId: 'fam-1',
    method: 'online',
    status: 'started',
    allocations: ids.map((invoiceId) => ({ invoiceId, amountCents: 1000 })),
    amountCents: 1000 * ids.length,
    startedAt,
  });

  it('allocates each invoice’s balance, each once', () => {
    const payments = [payment('b', 500, '2027-04-01')];
    expect(invoicePaymentStart(['a', 'b', 'a'], summaries(payments), payments, true)).to.deep.equal({
      allocations: [
        { invoiceId: 'a', amountCents: 1000 },
        { invoiceId: 'b', amountCents: 2000 },
      ],
      amountCents: 3000,
    });
  });

  it('refuses another family’s invoice as not found, and what cannot be paid online', () => {
    expect(refusal(() => invoicePaymentStart(['a', 'zz'], summaries(), [], true))).to.equal(
      'not-found invoice.not-found',
    );
    expect(refusal(() => invoicePaymentStart(['a'], summaries(), [], false))).to.equal(
      'conflict payment.unavailable',
    );
    const paid = [payment('a', 1000, '2027-04-01')];
    expect(refusal(() => invoicePaymentStart(['a', 'b'], summaries(paid), paid, true))).to.equal(
      'conflict invoice.not-payable',
    );
    const transferred = new Map(summaries());
    transferred.set('c', summarize(invoice({ id: 'c', status: 'transferred' }), context()));
    expect(refusal(() => invoicePaymentStart(['c'], transferred, [], true))).to.equal(
      'conflict invoice.not-payable',
    );
  });

  it('resumes the payment holding exactly these invoices, refuses one holding some of them', () => {
    const holding = started(['a', 'b']);
    const payments = [holding];
    expect(invoicePaymentStart(['b', 'a'], summaries(payments), payments, true)).to.deep.equal({
      resume: holding,
    });
    expect(refusal(() => invoicePaymentStart(['a'], summaries(payments), payments, true))).to.equal(
      'conflict invoice.payment-in-flight',
    );
    expect(refusal(() => invoicePaymentStart(['a', 'b', 'c'], summaries(payments), payments, true))).to.equal(
      'conflict invoice.payment-in-flight',
    );
  });

  it('starts anew once the hold expired, and never resumes an expired payment', () => {
    const expired = started(['a', 'b'], '2027-04-10T07:00:00.000Z', 'pay-old');
    expect(invoicePaymentStart(['a', 'b'], summaries([expired]), [expired], true)).to.have.property(
      'allocations',
    );
    const holding = started(['a', 'b'], '2027-04-10T07:55:00.000Z', 'pay-new');
    const payments = [expired, holding];
    expect(invoicePaymentStart(['a', 'b'], summaries(payments), payments, true)).to.deep.equal({
      resume: holding,
    });
  });
});

describe('invoicePaymentReturn', () => {
  const started: PaymentRecord = {
    id: 'pay-1',
    familyId: 'fam-1',
    method: 'online',
    status: 'started',
    allocations: [{ invoiceId: 'a', amountCents: 1000 }],
    amountCents: 1000,
    startedAt: '2027-04-10T06:00:00.000Z',
  };

  it('settles a started payment once, even after its hold expired', () => {
    expect(invoicePaymentReturn(started, 'paid', now)).to.deep.equal({
      status: 'paid',
      update: { status: 'paid', completedAt: now.toISOString() },
    });
    expect(invoicePaymentReturn(started, 'refused', now).update?.status).to.equal('refused');
  });

  it('answers a replayed return with what the payment became, changing nothing', () => {
    const paid = { ...started, status: 'paid' as const, completedAt: '2027-04-10T06:05:00.000Z' };
    expect(invoicePaymentReturn(paid, 'cancelled', now)).to.deep.equal({ status: 'paid' });
    expect(invoicePaymentReturn({ ...started, status: 'refused' }, 'paid', now)).to.deep.equal({
      status: 'refused',
    });
  });

  it('does not know a payment missing or not online', () => {
    expect(refusal(() => invoicePaymentReturn(undefined, 'paid', now))).to.equal(
      'not-found payment.not-found',
    );
    expect(refusal(() => invoicePaymentReturn({ ...started, method: 'transfer' }, 'paid', now))).to.equal(
      'not-found payment.not-found',
    );
  });
});
