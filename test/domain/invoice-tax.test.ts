import { expect } from '@open-wc/testing';
import {
  belgianDailyCap,
  taxCertificates,
  type CertifiedChild,
  type InvoiceLine,
  type InvoiceRecord,
  type PaymentRecord,
} from '../../src/domain/index.js';
import { invoice, payment } from './invoice-fixtures.js';

const child = (id: string, birthDate: string): CertifiedChild => ({
  id,
  firstName: id[0]!.toUpperCase() + id.slice(1),
  lastName: 'Dupont',
  birthDate,
});

const line = (
  childId: string,
  kind: InvoiceLine['kind'],
  quantity: number,
  unitCents: number,
  date = '2025-03-03',
): InvoiceLine => ({
  id: `${childId}-${kind}-${date}`,
  date,
  childId,
  childName: childId,
  label: kind,
  kind,
  quantity,
  unitCents,
  reductionCents: 0,
  amountCents: quantity * unitCents,
});

/** An invoice of `lines`, its total their sum, with each child's days of care. */
const billed = (
  id: string,
  lines: InvoiceLine[],
  days: Record<string, string[]>,
  extra: Partial<InvoiceRecord> = {},
) =>
  invoice({
    id,
    number: `F-${id}`,
    lines,
    totalCents: lines.reduce((sum, item) => sum + item.amountCents, 0),
    days: Object.entries(days).map(([childId, dates]) => ({ childId, dates })),
    ...extra,
  });

const dates = (from: string, count: number) =>
  Array.from(
    { length: count },
    (_, index) => `${from.slice(0, 8)}${String(Number(from.slice(8)) + index).padStart(2, '0')}`,
  );

function certify(
  country: 'BE' | 'FR',
  children: CertifiedChild[],
  invoices: InvoiceRecord[],
  payments: PaymentRecord[],
) {
  return taxCertificates({ country, familyId: 'fam-1', children, invoices, payments, today: '2026-02-10' });
}

/** "child: from–to days×rate=amount" per period, per certificate. */
const brief = (certificates: ReturnType<typeof certify>) =>
  certificates.map((certificate) => ({
    id: certificate.id,
    total: certificate.totalCents,
    children: certificate.children.map(
      (item) =>
        `${item.id}: ${item.periods.map((p) => `${p.from}–${p.to} ${p.days}×${p.dailyRateCents}=${p.amountCents}`).join(', ')} (${item.amountCents})`,
    ),
  }));

describe('belgianDailyCap', () => {
  it('is the year’s figure, else the latest before it', () => {
    expect([2023, 2024, 2025, 2026, 2030].map(belgianDailyCap)).to.deep.equal([1570, 1570, 1610, 1640, 1640]);
  });
});

describe('taxCertificates: Belgium 281.86', () => {
  const lea = child('lea', '2015-06-10');

  it('certifies care paid by quarter with its days and daily rate, meals excluded', () => {
    const march = billed('mar', [line('lea', 'care', 4, 300), line('lea', 'meal', 4, 380)], {
      lea: dates('2025-03-03', 4),
    });
    const camp = billed('camp', [line('lea', 'camp', 1, 6000, '2025-07-14')], {
      lea: dates('2025-07-14', 5),
    });
    const certificates = certify(
      'BE',
      [lea],
      [march, camp],
      [
        payment('mar', march.totalCents, '2025-04-10'),
        payment('camp', 6000, '2025-05-02', { method: 'online' }),
      ],
    );
    expect(brief(certificates)).to.deep.equal([
      {
        id: 'tax-be-281.86-fam-1-2025',
        total: 7200,
        children: ['lea: 2025-01-01–2025-03-31 4×300=1200, 2025-07-01–2025-09-30 5×1200=6000 (7200)'],
      },
    ]);
    expect(certificates[0]).to.deep.include({ year: 2025, scheme: 'be-281.86', issuedOn: '2026-02-10' });
    expect(certificates[0]!.children[0]).to.deep.include({
      firstName: 'Lea',
      lastName: 'Dupont',
      birthDate: '2015-06-10',
    });
  });

  // Each row: what a case gives for Léa in 2025.
  const cases: {
    name: string;
    birthDate?: string;
    invoices: InvoiceRecord[];
    payments: PaymentRecord[];
    expected: string[];
  }[] = [
    {
      name: 'caps the daily rate at the year’s maximum (2025: €16.10)',
      invoices: [billed('a', [line('lea', 'care', 2, 2000)], { lea: ['2025-03-03', '2025-03-04'] })],
      payments: [payment('a', 4000, '2025-03-20')],
      expected: ['lea: 2025-01-01–2025-03-31 2×1610=3220 (3220)'],
    },
    {
      name: 'counts a partly paid invoice pro rata, every day at a lower rate',
      invoices: [
        billed('a', [line('lea', 'care', 4, 500), line('lea', 'meal', 4, 500)], {
          lea: dates('2025-03-03', 4),
        }),
      ],
      payments: [payment('a', 1000, '2025-03-20')],
      expected: ['lea: 2025-01-01–2025-03-31 4×125=500 (500)'],
    },
    {
      name: 'ignores credit notes used, payments not paid, and cancelled invoices',
      invoices: [
        billed('a', [line('lea', 'care', 2, 500)], { lea: ['2025-03-03', '2025-03-04'] }),
        billed(
          'b',
          [line('lea', 'care', 2, 500)],
          { lea: ['2025-04-07', '2025-04-08'] },
          { status: 'cancelled' },
        ),
      ],
      payments: [
        payment('a', 1000, '2025-03-20', { method: 'credit-note' }),
        payment('a', 1000, '2025-03-21', { method: 'online', status: 'started' }),
        payment('b', 1000, '2025-04-20'),
      ],
      expected: [],
    },
    {
      name: 'counts days up to the day before the 14th birthday',
      birthDate: '2011-03-04',
      invoices: [
        billed('a', [line('lea', 'care', 3, 500)], { lea: ['2025-03-03', '2025-03-04', '2025-03-05'] }),
      ],
      payments: [payment('a', 1500, '2025-03-20')],
      expected: ['lea: 2025-01-01–2025-03-31 1×500=500 (500)'],
    },
    {
      name: 'leaves out a child 14 or older on every day',
      birthDate: '2010-01-01',
      invoices: [billed('a', [line('lea', 'care', 1, 500)], { lea: ['2025-03-03'] })],
      payments: [payment('a', 500, '2025-03-20')],
      expected: [],
    },
    {
      name: 'counts the days of care by their year, whenever paid',
      invoices: [
        billed('a', [line('lea', 'care', 2, 500, '2024-12-19')], { lea: ['2024-12-19', '2025-01-06'] }),
      ],
      payments: [payment('a', 1000, '2025-02-01')],
      expected: [
        '2024 lea: 2024-10-01–2024-12-31 1×500=500 (500)',
        '2025 lea: 2025-01-01–2025-03-31 1×500=500 (500)',
      ],
    },
    {
      name: 'without days kept, counts each care line’s quantity on its date',
      invoices: [invoice({ id: 'a', lines: [line('lea', 'care', 3, 400, '2025-05-05')], totalCents: 1200 })],
      payments: [payment('a', 1200, '2025-06-01')],
      expected: ['lea: 2025-04-01–2025-06-30 3×400=1200 (1200)'],
    },
  ];
  for (const { name, birthDate, invoices, payments, expected } of cases)
    it(name, () => {
      const certificates = certify('BE', [child('lea', birthDate ?? lea.birthDate)], invoices, payments);
      const lines = brief(certificates).flatMap((certificate) =>
        certificate.children.map((text) =>
          expected.some((row) => /^\d{4} /.test(row)) ? `${certificate.id.slice(-4)} ${text}` : text,
        ),
      );
      expect(lines.sort()).to.deep.equal([...expected].sort());
    });

  it('gives nothing for a year without care paid, and lists siblings in one certificate per year', () => {
    expect(
      certify(
        'BE',
        [lea],
        [billed('a', [line('lea', 'meal', 4, 380)], {})],
        [payment('a', 1520, '2025-03-20')],
      ),
    ).to.deep.equal([]);
    const tom = child('tom', '2018-02-01');
    const both = billed('a', [line('lea', 'care', 1, 500), line('tom', 'care', 2, 500)], {
      lea: ['2025-03-03'],
      tom: ['2025-03-03', '2025-03-04'],
    });
    const later = billed('b', [line('tom', 'care', 1, 500, '2026-01-05')], { tom: ['2026-01-05'] });
    const certificates = certify(
      'BE',
      [lea, tom],
      [both, later],
      [payment('a', 1500, '2025-03-20'), payment('b', 500, '2026-01-20')],
    );
    expect(brief(certificates)).to.deep.equal([
      {
        id: 'tax-be-281.86-fam-1-2026',
        total: 500,
        children: ['tom: 2026-01-01–2026-03-31 1×500=500 (500)'],
      },
      {
        id: 'tax-be-281.86-fam-1-2025',
        total: 1500,
        children: [
          'lea: 2025-01-01–2025-03-31 1×500=500 (500)',
          'tom: 2025-01-01–2025-03-31 2×500=1000 (1000)',
        ],
      },
    ]);
  });
});

describe('taxCertificates: France, frais de garde', () => {
  const cases: { name: string; birthDate: string; expected: number | undefined }[] = [
    { name: 'born on 1 January of year − 6: counted', birthDate: '2019-01-01', expected: 3000 },
    {
      name: 'born the day before: 6 on 1 January, not counted',
      birthDate: '2018-12-31',
      expected: undefined,
    },
    { name: 'born during the year: counted', birthDate: '2025-02-01', expected: 3000 },
  ];
  for (const { name, birthDate, expected } of cases)
    it(name, () => {
      const care = billed('a', [line('lea', 'care', 10, 300), line('lea', 'meal', 10, 400)], {
        lea: dates('2025-03-03', 10),
      });
      const certificates = certify(
        'FR',
        [child('lea', birthDate)],
        [care],
        [payment('a', 7000, '2025-04-02')],
      );
      expect(certificates[0]?.totalCents).to.equal(expected);
    });

  it('certifies what was paid in the year, meals excluded, pro rata of a part payment, one period', () => {
    const lea = child('lea', '2021-05-01');
    const december = billed(
      'a',
      [line('lea', 'care', 10, 300, '2024-12-02'), line('lea', 'meal', 10, 300, '2024-12-02')],
      {},
    );
    const certificates = certify(
      'FR',
      [lea],
      [december],
      [payment('a', 2000, '2024-12-28'), payment('a', 4000, '2025-01-15', { method: 'online' })],
    );
    expect(brief(certificates)).to.deep.equal([
      {
        id: 'tax-fr-garde-fam-1-2025',
        total: 2000,
        children: ['lea: 2025-01-01–2025-12-31 0×0=2000 (2000)'],
      },
      {
        id: 'tax-fr-garde-fam-1-2024',
        total: 1000,
        children: ['lea: 2024-01-01–2024-12-31 0×0=1000 (1000)'],
      },
    ]);
    expect(certificates[0]!.scheme).to.equal('fr-garde');
  });

  it('gives nothing when only meals were paid', () => {
    const meals = billed('a', [line('lea', 'meal', 10, 300)], {});
    expect(
      certify('FR', [child('lea', '2021-05-01')], [meals], [payment('a', 3000, '2025-04-02')]),
    ).to.deep.equal([]);
  });
});
