import {
  billingRun,
  dateIn,
  dayOf,
  invoiceNumbering,
  isoWeekday,
  newestFirst,
  offered,
  shiftDate as addDays,
  unitsById,
  type BookingRecord,
  type CalendarState,
  type CartArticle,
  type InvoiceRecord,
  type PaymentRecord,
  type RegieSettings,
  type Unit,
} from '../domain/index.js';
import { communes, type DemoProfile } from './communes.js';
import type { DemoFamily } from './families.js';

/*
 * The demo's invoicing: each commune's services that invoice ("régies"),
 * where their invoices are paid by transfer or once transferred, and each
 * demo family's history, made as a back office makes it: the billing run
 * over the past months of the family's calendar (calendar.ts's bookings, and
 * before them months of ordinary attendance), then what happened since — an
 * invoice paid online, one partly paid by transfer, one sent to the
 * treasury, a credit note, one overdue, and three still to pay (a parent may
 * pay two of the three). Dated from `now`, like the calendar. Loaded on demand.
 */

/** The services that invoice: the after-school bookings' and the camps'. */
export interface DemoRegies {
  bookings: RegieSettings;
  camps: RegieSettings;
}

const belgianTreasury = {
  fr: 'Directeur financier de la Commune de Mont-Saint-Guibert, Grand’Rue 39, 1435 Mont-Saint-Guibert (010 65 88 77)',
  nl: 'Financieel directeur van de gemeente Mont-Saint-Guibert, Grand’Rue 39, 1435 Mont-Saint-Guibert (010 65 88 77)',
  de: 'Finanzdirektor der Gemeinde Mont-Saint-Guibert, Grand’Rue 39, 1435 Mont-Saint-Guibert (010 65 88 77)',
  en: 'Financial director of the Commune of Mont-Saint-Guibert, Grand’Rue 39, 1435 Mont-Saint-Guibert (010 65 88 77)',
};
const belgianBailiff = {
  fr: 'Étude de Maître Lambert, huissier de justice, rue de Namur 12, 1300 Wavre (010 22 33 44)',
  nl: 'Kantoor van Meester Lambert, gerechtsdeurwaarder, rue de Namur 12, 1300 Wavre (010 22 33 44)',
  de: 'Kanzlei von Maître Lambert, Gerichtsvollzieher, rue de Namur 12, 1300 Wavre (010 22 33 44)',
  en: 'Office of Maître Lambert, bailiff, rue de Namur 12, 1300 Wavre (010 22 33 44)',
};
const frenchTreasury =
  'Trésor public — Service de gestion comptable de Dunkerque, 2 rue de l’Écluse de Bergues, 59140 Dunkerque (03 28 29 77 00) : payez le titre reçu de la DGFiP, en ligne sur payfip.gouv.fr ou à son guichet.';

/** Each commune's régies (seed 002: "Régie garderie ALSH"). */
export const demoRegies: Record<DemoProfile, DemoRegies> = {
  be: {
    bookings: {
      id: 'msg-accueil',
      name: {
        fr: 'Régie accueil extrascolaire',
        nl: 'Regie buitenschoolse opvang',
        de: 'Kasse außerschulische Betreuung',
        en: 'Out-of-school care billing',
      },
      beneficiary: 'Commune de Mont-Saint-Guibert',
      iban: 'BE10091012345604',
      bic: 'GKCCBEBB',
      paymentDays: 30,
      treasury: belgianTreasury,
      bailiff: belgianBailiff,
    },
    camps: {
      id: 'msg-plaines',
      name: {
        fr: 'Régie plaines de vacances',
        nl: 'Regie vakantiespeelpleinen',
        de: 'Kasse Ferienspielplätze',
        en: 'Holiday camps billing',
      },
      beneficiary: 'Commune de Mont-Saint-Guibert',
      iban: 'BE89091065432185',
      bic: 'GKCCBEBB',
      paymentDays: 15,
      treasury: belgianTreasury,
      bailiff: belgianBailiff,
    },
  },
  fr: {
    bookings: {
      id: 'cb-periscolaire',
      name: 'Régie périscolaire et restauration',
      beneficiary: 'Régie périscolaire Coudekerque-Branche',
      iban: 'FR7610071590000000200123405',
      bic: 'TRPUFRP1',
      paymentDays: 30,
      treasury: frenchTreasury,
    },
    camps: {
      id: 'cb-alsh',
      name: 'Régie accueil de loisirs (ALSH)',
      beneficiary: 'Régie périscolaire Coudekerque-Branche',
      iban: 'FR7610071590000000200123405',
      bic: 'TRPUFRP1',
      paymentDays: 30,
      treasury: frenchTreasury,
    },
  },
};

/** Whether each demo commune takes payments online (both do, through the demo's provider). */
export const demoOnlinePayment: Record<DemoProfile, boolean> = { be: true, fr: true };

/** Where each demo family's invoice sequence starts: their numbers never meet. */
const firstSequence: Record<DemoFamily, number> = { known: 4200, separated: 5300, new: 6100, empty: 6400 };

/** The family's invoicing as a backend stores it. */
export interface DemoInvoicing {
  invoices: InvoiceRecord[];
  payments: PaymentRecord[];
  /** The last sequence used. */
  sequence: number;
}

/** Invoice ids of a family: its name and the sequence, so another family's id is never its own. */
export const invoiceId = (family: string, sequence: number) => `inv-${family}-${sequence}`;

/** The units billed in the months before the calendar's own bookings, by kind. */
const historyUnits: Record<DemoProfile, { meal: string; morning: string; wednesday: string }> = {
  be: { meal: 'be-meal', morning: 'be-morning', wednesday: 'be-wednesday' },
  fr: { meal: 'fr-lunch', morning: 'fr-morning', wednesday: 'fr-wed-day' },
};

/** How many months back the history goes (summers included, which bill nothing). */
const historyMonths = 10;

const firstOfMonth = (date: string) => `${date.slice(0, 7)}-01`;
const monthsBefore = (date: string, months: number) => {
  const at = new Date(`${firstOfMonth(date)}T00:00:00Z`);
  at.setUTCMonth(at.getUTCMonth() - months);
  return at.toISOString().slice(0, 10);
};
const earliest = (...dates: string[]) => dates.sort()[0]!;
const latest = (...dates: string[]) => dates.sort().at(-1)!;

/**
 * Months of ordinary attendance before the calendar's first booking: each
 * child at the meal most days, the morning care some, every other Wednesday,
 * for the units of the activities they are enrolled in.
 */
function historyBookings(profile: DemoProfile, calendar: CalendarState, from: string, before: string) {
  const units = unitsById(calendar.activities);
  const records: BookingRecord[] = [];
  /** Offered that day; before the school years the demo knows, school days are weekdays but July and August's. */
  const offeredThen = (unit: Unit, siteId: string | undefined, date: string) =>
    calendar.calendars.some((one) => one.start <= date && date <= one.end)
      ? offered(unit, dayOf(calendar.calendars, siteId, date))
      : unit.days !== 'school-holidays' &&
        unit.weekdays.includes(isoWeekday(date)) &&
        !['07', '08'].includes(date.slice(5, 7));
  for (const child of calendar.children) {
    const ids = historyUnits[profile];
    const enrolled = (unitId: string) => {
      const found = units.get(unitId);
      return found && child.activityIds.includes(found.activity.id) ? found.unit : undefined;
    };
    const plan = [
      { unit: enrolled(ids.meal), keep: (index: number) => index % 7 !== 5 },
      { unit: enrolled(ids.morning), keep: (index: number) => index % 3 === 0 },
      { unit: enrolled(ids.wednesday), keep: (index: number) => index % 2 === 0 },
    ];
    for (const { unit, keep } of plan) {
      if (!unit) continue;
      let index = 0;
      for (let date = from; date < before; date = addDays(date, 1)) {
        if (!offeredThen(unit, child.schoolSiteId, date)) continue;
        if (keep(index))
          records.push({
            childId: child.id,
            unitId: unit.id,
            date,
            // One meal a month left without notice: billed all the same.
            status: unit.meal && index % 17 === 9 ? 'absent-billed' : 'present',
            requestId: 'req-cal-1',
            at: `${addDays(date, -10)}T07:00:00.000Z`,
          });
        index += 1;
      }
    }
  }
  return records;
}

/**
 * A demo family's invoices and payments as of `now`: the billing run over the
 * months before now's (see the module's comment), then their states.
 */
export function demoInvoicing(input: {
  profile: DemoProfile;
  family: DemoFamily;
  /** The family's id in the backend (the family's name by default; the reference server's is `fam-<name>`). */
  familyId?: string | undefined;
  calendar: CalendarState;
  /** The family's cart articles (camps paid are billed too). */
  cart?: readonly CartArticle[] | undefined;
  now: Date;
}): DemoInvoicing {
  const { profile, family, calendar, now } = input;
  const familyId = input.familyId ?? family;
  const today = dateIn(now, calendar.timeZone);
  const regies = demoRegies[profile];
  let sequence = firstSequence[family] - 1;
  const next = () => {
    sequence += 1;
    return { id: invoiceId(family, sequence), sequence };
  };
  const firstBooked = earliest(today, ...calendar.bookings.map((record) => record.date));
  const from = monthsBefore(today, historyMonths);
  const bookings = [...historyBookings(profile, calendar, from, firstBooked), ...calendar.bookings];
  const invoices: InvoiceRecord[] = [];
  const payments: PaymentRecord[] = [];
  for (let month = from; month < firstOfMonth(today); month = monthsBefore(month, -1)) {
    // The back office bills a month early in the next.
    const runOn = earliest(addDays(monthsBefore(month, -1), 2), today);
    const outcome = billingRun({
      country: communes[profile].country,
      familyId,
      month: month.slice(0, 7),
      calendar: { ...calendar, bookings },
      campArticles: (input.cart ?? []).filter((article) => article.createdAt.slice(0, 10) < runOn),
      regies,
      existing: invoices,
      today: runOn,
      now: new Date(`${runOn}T08:00:00.000Z`),
      next,
    });
    invoices.push(...outcome.invoices);
    payments.push(...outcome.payments);
  }

  let paymentCount = 0;
  const pay = (
    invoice: InvoiceRecord,
    method: PaymentRecord['method'],
    amountCents: number,
    days: number,
  ) => {
    const at = `${earliest(addDays(invoice.issuedOn, days), today)}T10:00:00.000Z`;
    paymentCount += 1;
    payments.push({
      id: `seed-${family}-${paymentCount}`,
      familyId,
      method,
      status: 'paid',
      allocations: [{ invoiceId: invoice.id, amountCents }],
      amountCents,
      startedAt: at,
      completedAt: at,
    });
  };
  // Newest first: three to pay (the third overdue), one partly paid by transfer, one sent to the
  // treasury, one paid online (and a credit note for a day it billed), the older ones paid by transfer.
  const bills = newestFirst(invoices.filter((invoice) => invoice.regieId === regies.bookings.id));
  bills.forEach((invoice, index) => {
    if (index === 1) invoice.dueOn = latest(invoice.dueOn, addDays(today, 6));
    else if (index === 2) invoice.dueOn = earliest(invoice.dueOn, addDays(today, -10));
    else if (index === 3) pay(invoice, 'transfer', Math.floor(invoice.totalCents / 200) * 100, 20);
    else if (index === 4) {
      invoice.status = 'transferred';
      invoice.transferredTo = 'treasury';
      invoice.closedOn = earliest(addDays(invoice.dueOn, 30), today);
    } else if (index === 5) {
      pay(invoice, 'online', invoice.totalCents, 9);
      const meal = invoice.lines.find((line) => line.kind === 'meal');
      if (meal) {
        const { id, sequence: number } = next();
        const issuedOn = earliest(addDays(invoice.issuedOn, 12), today);
        invoices.push({
          id,
          familyId,
          ...invoiceNumbering(communes[profile].country, Number(issuedOn.slice(0, 4)), number),
          regieId: invoice.regieId,
          issuedOn,
          dueOn: addDays(issuedOn, regies.bookings.paymentDays),
          periodFrom: meal.date,
          periodTo: meal.date,
          children: invoice.children.filter((child) => child.id === meal.childId),
          lines: [
            {
              ...meal,
              id: `${id}-1`,
              to: undefined,
              label: {
                fr: 'Avoir : repas excusé facturé par erreur',
                nl: 'Creditnota: verontschuldigde maaltijd, per vergissing gefactureerd',
                de: 'Gutschrift: entschuldigte Mahlzeit, irrtümlich berechnet',
                en: 'Credit note: excused meal billed by mistake',
              },
              quantity: -1,
              reductionCents: 0,
              amountCents: -meal.unitCents,
            },
          ],
          totalCents: -meal.unitCents,
          status: 'open',
          credits: invoice.id,
          source: `credit:${invoice.id}`,
        });
      }
    } else if (index > 5) pay(invoice, 'transfer', invoice.totalCents, 15);
  });
  for (const line of invoices.flatMap((invoice) => invoice.lines)) if (line.to === undefined) delete line.to;
  return numberedByIssue(profile, family, invoices, payments, firstSequence[family]);
}

/** The invoices numbered in the order they were issued (the credit note was made after the runs), their payments following. */
function numberedByIssue(
  profile: DemoProfile,
  family: DemoFamily,
  invoices: InvoiceRecord[],
  payments: PaymentRecord[],
  first: number,
): DemoInvoicing {
  const ordered = [...invoices].sort(
    (a, b) => a.issuedOn.localeCompare(b.issuedOn) || a.number.localeCompare(b.number),
  );
  const ids = new Map<string, string>();
  const renumbered = ordered.map((invoice, index) => {
    const sequence = first + index;
    const id = invoiceId(family, sequence);
    ids.set(invoice.id, id);
    return {
      ...invoice,
      id,
      ...invoiceNumbering(communes[profile].country, Number(invoice.issuedOn.slice(0, 4)), sequence),
      lines: invoice.lines.map((line, at) => ({ ...line, id: `${id}-${at + 1}` })),
    };
  });
  for (const invoice of renumbered)
    if (invoice.credits) invoice.credits = ids.get(invoice.credits) ?? invoice.credits;
  return {
    invoices: renumbered,
    payments: payments.map((payment) => ({
      ...payment,
      allocations: payment.allocations.map((allocation) => ({
        ...allocation,
        invoiceId: ids.get(allocation.invoiceId) ?? allocation.invoiceId,
      })),
    })),
    sequence: first + renumbered.length - 1,
  };
}
