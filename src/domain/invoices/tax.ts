import type { Country } from '../commune.js';
import type { TaxCertificate, TaxPeriod } from '../invoice.js';
import type { InvoiceRecord, PaymentRecord } from './records.js';

/** A child as a certificate names them. */
export interface CertifiedChild {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
}

/**
 * Belgium's maximum daily rate for childcare expenses (281.86), in cents, by
 * the calendar year of the care: the published (indexed) maxima we used,
 * 2024 €15.70, 2025 €16.10, 2026 €16.40. This table is data: check it against
 * SPF Finances' yearly indexation and add each new year. A year not in the
 * table takes the latest year before it (or the first one).
 */
export const belgianDailyCapCents: Readonly<Record<number, number>> = {
  2024: 1570,
  2025: 1610,
  2026: 1640,
};

export function belgianDailyCap(year: number): number {
  const years = Object.keys(belgianDailyCapCents)
    .map(Number)
    .sort((a, b) => a - b);
  const known = years.filter((candidate) => candidate <= year).at(-1) ?? years[0];
  return known === undefined ? 0 : (belgianDailyCapCents[known] ?? 0);
}

/** The day a child reaches `years` (born on 29 February: 1 March in a common year). */
const birthday = (birthDate: string, years: number) => {
  const [year, month, day] = birthDate.split('-').map(Number);
  return new Date(Date.UTC((year ?? 0) + years, (month ?? 1) - 1, day ?? 1)).toISOString().slice(0, 10);
};

const quarterOf = (date: string) => Math.floor((Number(date.slice(5, 7)) - 1) / 3);
const quarterBounds = (year: number, quarter: number) => ({
  from: `${year}-${String(quarter * 3 + 1).padStart(2, '0')}-01`,
  to: `${year}-${['03-31', '06-30', '09-30', '12-31'][quarter]}`,
});

/** Lines that count as care for tax purposes: care and camps, never meals nor other articles. */
const isCare = (kind: string) => kind === 'care' || kind === 'camp';

/**
 * Money paid to each invoice (payments paid online, by transfer or in cash),
 * and by the year it was paid in: a credit note used is no money paid.
 */
function moneyPaid(payments: readonly PaymentRecord[]) {
  const total = new Map<string, number>();
  const byYear: { invoiceId: string; year: number; amountCents: number }[] = [];
  for (const payment of payments) {
    if (payment.status !== 'paid' || payment.method === 'credit-note') continue;
    const year = Number((payment.completedAt ?? payment.startedAt).slice(0, 4));
    for (const { invoiceId, amountCents } of payment.allocations) {
      total.set(invoiceId, (total.get(invoiceId) ?? 0) + amountCents);
      byYear.push({ invoiceId, year, amountCents });
    }
  }
  return { total, byYear };
}

/** Each child's care lines of an invoice: their amount, and the days they bill. */
function careOf(invoice: InvoiceRecord): Map<string, { amountCents: number; dates: string[] }> {
  const care = new Map<string, { amountCents: number; dates: string[] }>();
  for (const line of invoice.lines) {
    if (!isCare(line.kind) || line.childId === undefined) continue;
    const entry = care.get(line.childId) ?? { amountCents: 0, dates: [] };
    entry.amountCents += line.amountCents;
    care.set(line.childId, entry);
  }
  for (const [childId, entry] of care) {
    const days = invoice.days?.find((candidate) => candidate.childId === childId)?.dates;
    if (days && days.length > 0) entry.dates = [...new Set(days)].sort();
    else
      // No days kept (an invoice not from the billing run): each care line's quantity, on its first day.
      entry.dates = invoice.lines
        .filter((line) => isCare(line.kind) && line.childId === childId)
        .flatMap((line) => Array.from({ length: Math.max(0, line.quantity) }, () => line.date));
  }
  return care;
}

/**
 * The family's childcare tax certificates by calendar year, from what was
 * invoiced and paid: Belgium's 281.86 (children under 14, care days by
 * quarter at a capped daily rate, meals excluded) or France's statement
 * (children under 6 on 1 January, care paid in the year, meals excluded).
 * Years without care paid have none. `pdf` is filled in by the backend, which
 * makes the file. Newest year first; one certificate per family and year.
 *
 * Both: only invoices (a positive total) not cancelled count, their `care`
 * and `camp` lines (never `meal` nor `other`); money paid is the allocations
 * of payments paid online, by transfer or in cash (a credit note used is not
 * money paid); a transferred invoice counts what was paid here (the
 * treasury's collections are not known here). Children the certificate does
 * not know (no birth date) are left out.
 *
 * Belgium (281.86): by the year and quarter of the days of care. An invoice
 * paid in part counts its care pro rata (care × paid / total, the same share
 * of each day): its days all count, at a lower rate. A day counts while the
 * child is under 14 (the day before their 14th birthday at the latest); the
 * exception up to 21 for a child with a severe disability is not handled (the
 * service certifies those itself). Each quarter with something paid is a
 * period (the quarter's first to last day) with its days, the daily rate (amount ÷ days,
 * capped by the year's maximum, {@link belgianDailyCap}) and the amount:
 * what was paid, or days × cap when the rate is capped.
 *
 * France (crédit d'impôt, frais de garde): by the year the money was paid,
 * whatever the days; for children under 6 on 1 January of that year, read as
 * the administration does: born on or after 1 January of the year − 6. A
 * payment's allocation counts its invoice's share of the child's care
 * (allocation × child's care ÷ total). One period per child, the year, with 0
 * days and 0 daily rate. The €3,500 ceiling of the credit is the tax
 * return's business: the amounts paid are certified whole.
 */
export function taxCertificates(input: {
  country: Country;
  familyId: string;
  children: readonly CertifiedChild[];
  invoices: readonly InvoiceRecord[];
  payments: readonly PaymentRecord[];
  today: string;
}): Omit<TaxCertificate, 'pdf'>[] {
  const children = new Map(input.children.map((child) => [child.id, child]));
  const invoices = input.invoices.filter(
    (invoice) =>
      invoice.familyId === input.familyId && invoice.status !== 'cancelled' && invoice.totalCents > 0,
  );
  const paid = moneyPaid(input.payments);
  // year → child → quarter → { days, amount (fractional cents) }.
  const years = new Map<number, Map<string, Map<number, { days: number; amount: number }>>>();
  const bucket = (year: number, childId: string, quarter: number) => {
    const byChild = years.get(year) ?? new Map<string, Map<number, { days: number; amount: number }>>();
    years.set(year, byChild);
    const byQuarter = byChild.get(childId) ?? new Map<number, { days: number; amount: number }>();
    byChild.set(childId, byQuarter);
    const found = byQuarter.get(quarter) ?? { days: 0, amount: 0 };
    byQuarter.set(quarter, found);
    return found;
  };

  if (input.country === 'BE') {
    for (const invoice of invoices) {
      const share = Math.min(1, Math.max(0, paid.total.get(invoice.id) ?? 0) / invoice.totalCents);
      if (share <= 0) continue;
      for (const [childId, care] of careOf(invoice)) {
        const child = children.get(childId);
        if (!child || care.dates.length === 0 || care.amountCents <= 0) continue;
        const perDay = (care.amountCents * share) / care.dates.length;
        const until = birthday(child.birthDate, 14);
        for (const date of care.dates) {
          if (date >= until || date < child.birthDate) continue;
          const found = bucket(Number(date.slice(0, 4)), childId, quarterOf(date));
          found.days += 1;
          found.amount += perDay;
        }
      }
    }
  } else {
    const byId = new Map(invoices.map((invoice) => [invoice.id, invoice]));
    for (const { invoiceId, year, amountCents } of paid.byYear) {
      const invoice = byId.get(invoiceId);
      if (!invoice || amountCents === 0) continue;
      for (const [childId, care] of careOf(invoice)) {
        const child = children.get(childId);
        if (!child || child.birthDate < `${year - 6}-01-01`) continue;
        bucket(year, childId, 0).amount += (amountCents * care.amountCents) / invoice.totalCents;
      }
    }
  }

  const scheme = input.country === 'BE' ? 'be-281.86' : 'fr-garde';
  return [...years]
    .sort(([a], [b]) => b - a)
    .flatMap(([year, byChild]): Omit<TaxCertificate, 'pdf'>[] => {
      const cap = belgianDailyCap(year);
      const certified = input.children.flatMap((child) => {
        const byQuarter = byChild.get(child.id);
        if (!byQuarter) return [];
        const periods = [...byQuarter]
          .sort(([a], [b]) => a - b)
          .flatMap(([quarter, { days, amount }]): TaxPeriod[] => {
            const amountCents = Math.round(amount);
            if (amountCents <= 0) return [];
            if (scheme === 'fr-garde')
              return [
                { from: `${year}-01-01`, to: `${year}-12-31`, days: 0, dailyRateCents: 0, amountCents },
              ];
            const capped = Math.min(amountCents, days * cap);
            return [
              {
                ...quarterBounds(year, quarter),
                days,
                dailyRateCents: Math.min(cap, Math.round(capped / days)),
                amountCents: capped,
              },
            ];
          });
        if (periods.length === 0) return [];
        const { id, firstName, lastName, birthDate } = child;
        const amountCents = periods.reduce((sum, period) => sum + period.amountCents, 0);
        return [{ id, firstName, lastName, birthDate, periods, amountCents }];
      });
      if (certified.length === 0) return [];
      return [
        {
          id: `tax-${scheme}-${input.familyId}-${year}`,
          year,
          scheme,
          issuedOn: input.today,
          children: certified,
          totalCents: certified.reduce((sum, child) => sum + child.amountCents, 0),
        },
      ];
    });
}
