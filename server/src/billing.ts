import {
  billingRun,
  type CampEnrolment,
  type CampEnrolmentSummary,
  type RegieSettings,
} from '../../src/domain/index.js';
import { addDays, monthDay } from '../../src/domain/calendar/dates.js';
import { cartArticles } from './cart.js';
import { calendarState } from './calendar-state.js';
import { getCampEnrolments } from './camps.js';
import type { Db } from './db.js';
import { communeToday, invoiceRecords, invoiceSequence, issueInvoices, regieSettings } from './invoices.js';
import { conflict, invalid } from './problem.js';
import type { Family, ServiceOptions } from './requests.js';

/*
 * The monthly billing run of the back office ("Facturer le mois"): for every
 * family, in a transaction of its own with the family's row locked, the
 * domain's `billingRun` over its month of bookings and its paid camp
 * articles, the invoices stored with their PDF. Run twice, or twice at once,
 * it bills nothing twice: the family lock makes the second run see the
 * first's invoices, and each family's sources are unique in the table.
 */

type Service = Pick<ServiceOptions, 'now' | 'commune'>;

/**
 * The month "Facturer le mois" proposes, `YYYY-MM`: the first one the
 * calendar is not invoiced for yet, or, before any run, the month before the
 * commune's today.
 */
export async function monthToBill(db: Db, service: Service): Promise<string> {
  const [invoiced] = await db.query<{ through: string }>(
    `select to_char(invoiced_through, 'YYYY-MM-DD') as through from calendar_invoicing`,
  );
  if (invoiced) return addDays(invoiced.through, 1).slice(0, 7);
  return addDays(`${communeToday(service).slice(0, 7)}-01`, -1).slice(0, 7);
}

/** A camp enrolment as the billing run reads it: the weeks still booked are those the article paid. */
const enrolmentOf = (summary: CampEnrolmentSummary): CampEnrolment => ({
  receipt: summary.receipt,
  campId: summary.campId,
  childId: summary.childId,
  weeks: summary.weeks.map((week) => ({
    weekId: week.weekId,
    label: week.label,
    status: week.status === 'booked' || week.status === 'unsubscribe-requested' ? 'accepted' : 'full',
    days: week.days,
    fullDays: [],
  })),
});

/** Which services bill bookings and camps (one may do both). */
function billingRegies(regies: ReadonlyMap<string, RegieSettings & { bills: string[] }>) {
  const all = [...regies.values()];
  const bookings = all.find((regie) => regie.bills.includes('bookings'));
  const camps = all.find((regie) => regie.bills.includes('camps')) ?? bookings;
  if (!bookings || !camps) throw conflict('billing.no-regie');
  return { bookings, camps };
}

/** Bills one family's month; answers how many invoices it stored. */
export async function billFamily(tx: Db, family: Family, month: string, service: Service): Promise<number> {
  await tx.query('select id from families where id = $1 for update', [family.id]);
  const regies = billingRegies(await regieSettings(tx));
  const from = `${month}-01`;
  const calendar = await calendarState(tx, family, { from, to: monthDay(from, 1, 0) }, service);
  const campArticles = await cartArticles(
    tx,
    "where family_id = $1 and status = 'paid' order by created_at, id",
    [family.id],
  );
  const campEnrolments =
    campArticles.length > 0 ? (await getCampEnrolments(tx, family)).map(enrolmentOf) : [];
  const today = communeToday(service);
  const sequence = await invoiceSequence(tx, Number(today.slice(0, 4)));
  const outcome = billingRun({
    country: service.commune.country,
    familyId: family.id,
    month,
    calendar,
    campArticles,
    campEnrolments,
    regies,
    existing: await invoiceRecords(tx, family.id),
    today,
    now: service.now(),
    next: sequence.next,
  });
  const stored = await issueInvoices(tx, outcome.invoices, outcome.payments, service);
  await sequence.commit();
  return stored.length;
}

/**
 * "Facturer le mois" for every family: `month` (`YYYY-MM`) billed, then the
 * calendar's days through its end locked as invoiced. The back office
 * chooses the month (usually the one just over; the demo may bill one ahead).
 */
export async function runBilling(
  db: Db,
  month: string,
  service: Service,
): Promise<{ month: string; families: number; invoices: number }> {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw invalid([{ field: 'month', code: 'date.invalid' }]);
  const families = await db.query<{ id: string; accountId: string }>(
    'select id, account_id as "accountId" from families order by id',
  );
  let invoices = 0;
  for (const row of families) {
    const family: Family = { id: row.id, accountId: row.accountId, email: undefined, displayName: undefined };
    invoices += await db.transaction((tx) => billFamily(tx, family, month, service));
  }
  await db.query(
    `insert into calendar_invoicing (invoiced_through) values ($1::date)
     on conflict (only_row) do update
       set invoiced_through = greatest(calendar_invoicing.invoiced_through, excluded.invoiced_through)`,
    [monthDay(`${month}-01`, 1, 0)],
  );
  return { month, families: families.length, invoices };
}
