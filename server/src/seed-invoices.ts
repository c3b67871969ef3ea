import { demoInvoicing, demoRegies } from '../../src/demo-data/billing.js';
import { demoCalendar, demoCalendarState } from '../../src/demo-data/calendar.js';
import { communes, demoFamilies, demoFamilyState, type DemoProfile } from '../../src/demo-data/index.js';
import type { Db } from './db.js';
import { communeToday, insertPayment, issueInvoices } from './invoices.js';

/*
 * The demo's services that invoice and each demo family's invoice history,
 * the same as the in-browser demo backend's (src/demo-data/billing.ts: the
 * billing run over the past months of the family's calendar, then an invoice
 * paid online, one partly paid by transfer, one sent to the treasury, a
 * credit note, one overdue and three to pay). The invoice counters continue
 * after the numbers seeded: the back office's billing run ("Facturer le
 * mois") and the credit notes of disputes number on from there. Demo only:
 * a commune's régies are its own (server/README.md).
 */

/** The demo commune's services, when there are none yet: one invoices the bookings, the other the camps. */
export async function seedRegies(tx: Db, profile: DemoProfile): Promise<void> {
  const { bookings, camps } = demoRegies[profile];
  const regies = [
    { ...bookings, bills: ['bookings'] },
    { ...camps, bills: ['camps'] },
  ];
  for (const [position, regie] of regies.entries())
    await tx.query(
      `insert into regies (id, name, beneficiary, iban, bic, payment_days, treasury, bailiff, bills, position)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) on conflict do nothing`,
      [
        regie.id,
        JSON.stringify(regie.name),
        regie.beneficiary,
        regie.iban,
        regie.bic ?? null,
        regie.paymentDays,
        regie.treasury ? JSON.stringify(regie.treasury) : null,
        regie.bailiff ? JSON.stringify(regie.bailiff) : null,
        regie.bills,
        position,
      ],
    );
}

/**
 * The demo families' invoices and payments as of `now` (the families and
 * their calendar already seeded; a family not seeded has none), their PDFs
 * made as the back office issued them.
 */
export async function seedInvoiceHistory(tx: Db, profile: DemoProfile, now: Date): Promise<void> {
  const calendar = demoCalendar(profile, now);
  const service = { commune: communes[profile], now: () => now };
  const years = new Set<number>([Number(communeToday(service).slice(0, 4))]);
  let last = 0;
  for (const name of demoFamilies) {
    const familyId = `fam-${name}`;
    const [family] = await tx.query('select 1 from families where id = $1', [familyId]);
    if (!family) continue;
    const { children } = demoFamilyState(profile, name, now);
    const history = demoInvoicing({
      profile,
      family: name,
      familyId,
      calendar: demoCalendarState(calendar, name, children),
      now,
    });
    await issueInvoices(tx, history.invoices, [], service);
    for (const payment of history.payments) await insertPayment(tx, payment);
    for (const invoice of history.invoices) years.add(Number(invoice.issuedOn.slice(0, 4)));
    if (history.invoices.length > 0) last = Math.max(last, history.sequence);
  }
  // Each family's numbers are a range of their own: the years' next numbers come after all of them.
  for (const year of years)
    await tx.query(
      `insert into invoice_counters (year, last) values ($1, $2)
       on conflict (year) do update set last = greatest(invoice_counters.last, excluded.last)`,
      [year, last],
    );
}
