import type { CampEnrolment, CartArticle } from '../camp-enrolment.js';
import type { Country } from '../commune.js';
import type { InvoiceLine } from '../invoice.js';
import type { LocalizedText } from '../localized-text.js';
import { textLocales } from '../pick-text.js';
import { addDays, monthDay } from '../calendar/dates.js';
import { unitPriceCents } from '../calendar/pricing.js';
import { recordKey, unitsById, type BookingStatus, type CalendarState } from '../calendar/state.js';
import { structuredCommunication } from './communication.js';
import type { InvoiceRecord, PaymentRecord, RegieSettings } from './records.js';

/*
 * The monthly billing run of the back office: a month of a family's calendar
 * bookings, and its camp articles, turned into invoices with the domain's
 * prices and reductions. Safe when run twice: what a source already gave is
 * not billed again.
 */

/** What the run needs for one family. */
export interface BillingRunInput {
  country: Country;
  familyId: string;
  /** The month billed, `YYYY-MM`. */
  month: string;
  /** The family's calendar state, its bookings covering the month. */
  calendar: CalendarState;
  /** The family's cart articles paid (camps are paid when closed): each billed once, already paid. */
  campArticles: readonly CartArticle[];
  /** The camp enrolments those articles pay for (children, weeks, days). */
  campEnrolments?: readonly CampEnrolment[] | undefined;
  /** The service invoicing bookings, and the one invoicing camps. */
  regies: { bookings: RegieSettings; camps: RegieSettings };
  /** The family's invoices so far (a second run finds its sources there). */
  existing: readonly InvoiceRecord[];
  /** The commune's today: the issue date. */
  today: string;
  now: Date;
  /** The backend's next invoice number and id (a sequence). */
  next: () => { id: string; sequence: number };
}

/** What the run gives: invoices to store, the payments that already settle some (camps), and the day billed through. */
export interface BillingRunOutcome {
  invoices: InvoiceRecord[];
  payments: PaymentRecord[];
  /** The calendar's days up to it are invoiced (booking changes are then locked): the month's last day. */
  invoicedThrough: string;
}

/**
 * The booking statuses a month bills:
 * - `booked` and `present`: the day was held (or attended: presence units are
 *   billed from attendance);
 * - `absent-billed`: an absence the service did not excuse, or a late
 *   cancellation of a unit whose `lateCancel` is `billed` (decideChanges
 *   records those as `absent-billed`);
 * - `cancel-requested` and `absence-requested`: still booked while the service
 *   has not decided (a month once invoiced is not billed again, so leaving
 *   them out would bill nothing if the service refuses); a decision excusing
 *   the day after the run is the service's credit note.
 * Never billed: `requested` (not accepted yet), `waiting`, `refused`,
 * `cancelled`, `absent-excused`.
 */
export const billedStatuses: ReadonlySet<BookingStatus> = new Set([
  'booked',
  'present',
  'absent-billed',
  'cancel-requested',
  'absence-requested',
]);

/** The source key of a family's month of bookings. */
export const bookingsSource = (familyId: string, month: string) => `bookings:${familyId}:${month}`;
/** The source key of a paid cart article. */
export const campSource = (articleId: string) => `camp:${articleId}`;

/**
 * Bills a family's month: one invoice of the bookings' service with a line
 * per child and unit (the days billed, the family's price: flat, or its
 * quotient's band; the calendar has no reductions), `meal` for meal units and
 * `care` otherwise; and one invoice of the camps' service per paid cart
 * article not billed yet, a `camp` line per child and camp (its weeks' price,
 * supplements and degressive reduction from the article's preview), settled
 * by an online payment since the cart took the money. A day whose unit no
 * longer exists cannot be priced and is left out. An empty month gives no
 * invoice; a source already billed gives nothing.
 */
export function billingRun(input: BillingRunInput): BillingRunOutcome {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(input.month)) throw new RangeError('A month is YYYY-MM');
  const periodFrom = `${input.month}-01`;
  const periodTo = monthDay(periodFrom, 1, 0);
  const sources = new Set(input.existing.map((record) => record.source));
  const invoices: InvoiceRecord[] = [];
  const payments: PaymentRecord[] = [];
  const issue = (regie: RegieSettings) => {
    const { id, sequence } = input.next();
    return {
      id,
      ...invoiceNumbering(input.country, Number(input.today.slice(0, 4)), sequence),
      familyId: input.familyId,
      regieId: regie.id,
      issuedOn: input.today,
      dueOn: addDays(input.today, regie.paymentDays),
      status: 'open' as const,
    };
  };

  const source = bookingsSource(input.familyId, input.month);
  if (!sources.has(source)) {
    const lines = bookingLines(input.calendar, input.month);
    if (lines.length > 0) {
      const head = issue(input.regies.bookings);
      invoices.push({
        ...head,
        periodFrom,
        periodTo,
        children: childrenOf(lines.map((line) => line.child)),
        lines: lines.map((line, index) => ({ ...line.line, id: `${head.id}-${index + 1}` })),
        totalCents: lines.reduce((sum, line) => sum + line.line.amountCents, 0),
        days: daysOf(lines.filter((line) => line.line.kind === 'care')),
        source,
      });
    }
  }

  for (const article of input.campArticles) {
    const articleSource = campSource(article.id);
    if (article.status !== 'paid' || sources.has(articleSource)) continue;
    sources.add(articleSource);
    const lines = campLines(article, input.campEnrolments ?? []);
    const head = issue(input.regies.camps);
    const dates = lines.flatMap((line) => line.dates).sort();
    const fallback = article.createdAt.slice(0, 10);
    const totalCents = lines.reduce((sum, line) => sum + line.line.amountCents, 0);
    invoices.push({
      ...head,
      periodFrom: dates[0] ?? fallback,
      periodTo: dates.at(-1) ?? fallback,
      children: childrenOf(lines.map((line) => line.child)),
      lines: lines.map((line, index) => ({ ...line.line, id: `${head.id}-${index + 1}` })),
      totalCents,
      days: daysOf(lines),
      source: articleSource,
    });
    // What the cart took, whatever the preview said: a difference shows as a balance.
    if (article.amountCents > 0)
      payments.push({
        id: `payment-${articleSource.replace(':', '-')}`,
        familyId: input.familyId,
        method: 'online',
        status: 'paid',
        allocations: [{ invoiceId: head.id, amountCents: article.amountCents }],
        amountCents: article.amountCents,
        startedAt: input.now.toISOString(),
        completedAt: input.now.toISOString(),
      });
  }
  return { invoices, payments, invoicedThrough: periodTo };
}

/**
 * An invoice's number and transfer reference from its sequence:
 * `F-2026-000042`; in Belgium the structured communication of the year's last
 * two digits and the sequence on eight digits (`+++260/0000/04283+++`), in
 * France the number, which the treasury's title quotes.
 */
export function invoiceNumbering(
  country: Country,
  year: number,
  sequence: number,
): Pick<InvoiceRecord, 'number' | 'reference'> {
  if (!Number.isInteger(year) || year < 2000 || year > 2099) throw new RangeError('A year of 2000–2099');
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 99_999_999)
    throw new RangeError('A sequence of 1–99,999,999');
  const number = `F-${year}-${String(sequence).padStart(6, '0')}`;
  return {
    number,
    reference:
      country === 'BE'
        ? {
            kind: 'structured',
            value: structuredCommunication(
              `${String(year % 100).padStart(2, '0')}${String(sequence).padStart(8, '0')}`,
            ),
          }
        : { kind: 'treasury', value: number },
  };
}

type Child = { id: string; firstName: string };
interface DraftLine {
  child: Child;
  line: Omit<InvoiceLine, 'id'>;
  /** The days it bills. */
  dates: string[];
}

function childrenOf(children: readonly Child[]): Child[] {
  const seen = new Map<string, Child>();
  for (const child of children) if (!seen.has(child.id)) seen.set(child.id, child);
  return [...seen.values()];
}

/** Per child, the days of the lines given, each once and in order. */
function daysOf(lines: readonly DraftLine[]): InvoiceRecord['days'] {
  const byChild = new Map<string, Set<string>>();
  for (const line of lines) {
    const dates = byChild.get(line.child.id) ?? new Set<string>();
    for (const date of line.dates) dates.add(date);
    byChild.set(line.child.id, dates);
  }
  return [...byChild]
    .filter(([, dates]) => dates.size > 0)
    .map(([childId, dates]) => ({ childId, dates: [...dates].sort() }));
}

/** "Accueil du soir – Soir 15:30–17:00": the activity and its unit, in every language either has. */
function joinText(first: LocalizedText, second: LocalizedText, separator = ' – '): LocalizedText {
  const textOf = (text: LocalizedText, locale: (typeof textLocales)[number]) =>
    typeof text === 'string' ? text : (text[locale] ?? Object.values(text).find(Boolean) ?? '');
  if (typeof first === 'string' && typeof second === 'string')
    return first === second ? first : `${first}${separator}${second}`;
  const locales = textLocales.filter(
    (locale) =>
      (typeof first !== 'string' && first[locale] !== undefined) ||
      (typeof second !== 'string' && second[locale] !== undefined),
  );
  return Object.fromEntries(
    locales.map((locale) => {
      const a = textOf(first, locale);
      const b = textOf(second, locale);
      return [locale, a === b || b === '' ? a : a === '' ? b : `${a}${separator}${b}`];
    }),
  );
}

/** The month's billed days, a line per child and unit, in the children's and the activities' order. */
function bookingLines(calendar: CalendarState, month: string): DraftLine[] {
  const units = unitsById(calendar.activities);
  const unitOrder = [...units.keys()];
  const childOrder = calendar.children.map((child) => child.id);
  const groups = new Map<string, { childId: string; unitId: string; dates: Set<string> }>();
  const seen = new Set<string>();
  for (const record of calendar.bookings) {
    if (!record.date.startsWith(`${month}-`) || !billedStatuses.has(record.status)) continue;
    if (!units.has(record.unitId) || seen.has(recordKey(record))) continue;
    seen.add(recordKey(record));
    const key = `${record.childId}|${record.unitId}`;
    const group = groups.get(key) ?? { childId: record.childId, unitId: record.unitId, dates: new Set() };
    group.dates.add(record.date);
    groups.set(key, group);
  }
  const rank = (order: string[], id: string) => {
    const index = order.indexOf(id);
    return index < 0 ? order.length : index;
  };
  return [...groups.values()]
    .sort(
      (a, b) =>
        rank(childOrder, a.childId) - rank(childOrder, b.childId) ||
        a.childId.localeCompare(b.childId) ||
        rank(unitOrder, a.unitId) - rank(unitOrder, b.unitId),
    )
    .map(({ childId, unitId, dates }) => {
      const { activity, unit } = units.get(unitId)!;
      const sorted = [...dates].sort();
      const child = {
        id: childId,
        firstName: calendar.children.find((candidate) => candidate.id === childId)?.firstName ?? '',
      };
      const unitCents = unitPriceCents(unit.pricing, calendar.quotient);
      const first = sorted[0]!;
      const last = sorted.at(-1)!;
      return {
        child,
        dates: sorted,
        line: {
          date: first,
          ...(last !== first ? { to: last } : {}),
          childId,
          childName: child.firstName,
          label: joinText(activity.name, unit.name),
          kind: unit.meal ? 'meal' : 'care',
          quantity: sorted.length,
          unitCents,
          reductionCents: 0,
          amountCents: unitCents * sorted.length,
        },
      };
    });
}

/**
 * A paid cart article's lines: per camp and child of its preview, one `camp`
 * line of quantity 1 (a camp's price is by week and day, prorated: no whole
 * unit price per day): unit price the weeks' price and the supplements, the
 * degressive reduction taken off. Its days are those of the child's accepted
 * weeks in the enrolments the article pays for (none given: the line is dated
 * by the article).
 */
function campLines(article: CartArticle, enrolments: readonly CampEnrolment[]): DraftLine[] {
  const lines: DraftLine[] = [];
  for (const camp of article.preview.camps) {
    for (const priced of camp.price.children) {
      const weekIds = new Set(priced.weeks.map((week) => week.weekId));
      const dates = [
        ...new Set(
          enrolments
            .filter(
              (enrolment) =>
                article.requestIds.includes(enrolment.receipt.id) &&
                enrolment.campId === camp.campId &&
                enrolment.childId === priced.childId,
            )
            .flatMap((enrolment) => enrolment.weeks)
            .filter((week) => week.status === 'accepted' && weekIds.has(week.weekId))
            .flatMap((week) => week.days),
        ),
      ].sort();
      const first = dates[0] ?? article.createdAt.slice(0, 10);
      const last = dates.at(-1) ?? first;
      const labels = priced.weeks.map((week) => week.label).join(', ');
      lines.push({
        child: { id: priced.childId, firstName: priced.firstName },
        dates,
        line: {
          date: first,
          ...(last !== first ? { to: last } : {}),
          childId: priced.childId,
          childName: priced.firstName,
          label: labels ? joinText(camp.campName, labels, ' — ') : camp.campName,
          kind: 'camp',
          quantity: 1,
          unitCents: priced.baseCents + priced.supplementsCents,
          reductionCents: priced.reductionCents,
          amountCents: priced.totalCents,
        },
      });
    }
  }
  return lines;
}
