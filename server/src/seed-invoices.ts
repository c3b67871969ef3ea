import {
  invoiceNumbering,
  type CommuneSettings,
  type InvoiceLine,
  type InvoiceRecord,
  type PaymentRecord,
  type RegieSettings,
} from '../../src/domain/index.js';
import { addDays, monthDay } from '../../src/domain/calendar/dates.js';
import { communes, type DemoProfile } from '../../src/demo-data/index.js';
import type { Db } from './db.js';
import { communeToday, insertPayment, invoiceSequence, issueInvoices } from './invoices.js';

/*
 * The demo's services that invoice and a realistic invoice history for the
 * `known` family (Léa and Tom): five months before the last one billed, one
 * transferred to the treasury, one paid by transfer with a credit note for a
 * day excused afterwards, one partly paid, one unpaid; the last month is left
 * to the back office's billing run ("Facturer le mois"). Demo only: a
 * commune's regies are its own (server/README.md).
 */

type Regie = RegieSettings & { bills: string[] };

/** The two demo communes' services: Belgium's treasurer ("Directeur financier"), France's public treasury. */
export const demoRegies: Record<DemoProfile, Regie[]> = {
  be: [
    {
      id: 'regie-accueil',
      name: {
        fr: 'Régie accueil extrascolaire',
        nl: 'Regie buitenschoolse opvang',
        de: 'Kasse außerschulische Betreuung',
        en: 'Out-of-school care accounts',
      },
      beneficiary: 'Commune de Mont-Saint-Guibert',
      iban: 'BE68539007547034',
      bic: 'GKCCBEBB',
      paymentDays: 30,
      treasury: {
        fr: 'Directeur financier de la Commune de Mont-Saint-Guibert, Grand-Rue 39, 1435 Mont-Saint-Guibert',
        nl: 'Financieel directeur van de gemeente Mont-Saint-Guibert, Grand-Rue 39, 1435 Mont-Saint-Guibert',
        de: 'Finanzdirektor der Gemeinde Mont-Saint-Guibert, Grand-Rue 39, 1435 Mont-Saint-Guibert',
        en: 'Financial director of the Commune of Mont-Saint-Guibert, Grand-Rue 39, 1435 Mont-Saint-Guibert',
      },
      bills: ['bookings'],
    },
    {
      id: 'regie-plaines',
      name: {
        fr: 'Régie plaines de vacances',
        nl: 'Regie speelpleinwerking',
        de: 'Kasse Ferienspielplätze',
        en: 'Holiday camps accounts',
      },
      beneficiary: 'Commune de Mont-Saint-Guibert',
      iban: 'BE71096123456769',
      bic: 'GKCCBEBB',
      paymentDays: 15,
      treasury: {
        fr: 'Directeur financier de la Commune de Mont-Saint-Guibert, Grand-Rue 39, 1435 Mont-Saint-Guibert',
      },
      bills: ['camps'],
    },
  ],
  fr: [
    {
      id: 'regie-guichet-unique',
      name: 'Régie du Guichet Unique (périscolaire, restauration, centres de loisirs)',
      beneficiary: 'Régie Guichet Unique Coudekerque-Branche',
      iban: 'FR7630001007941234567890185',
      bic: 'BDFEFRPPCCT',
      paymentDays: 30,
      treasury:
        'Trésor public — Service de gestion comptable de Dunkerque, 3 rue de Soubise, 59140 Dunkerque (paiement en ligne : payfip.gouv.fr)',
      bills: ['bookings', 'camps'],
    },
  ],
};

/** The demo commune's services, when there are none yet. */
export async function seedRegies(tx: Db, profile: DemoProfile): Promise<void> {
  for (const [position, regie] of demoRegies[profile].entries())
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

/** The care and meal the demo history bills, at the commune's prices. */
const units = {
  be: {
    care: {
      label: { fr: 'Accueil du matin', nl: 'Ochtendopvang', de: 'Frühbetreuung', en: 'Morning care' },
      cents: 100,
    },
    meal: {
      label: { fr: 'Repas chaud', nl: 'Warme maaltijd', de: 'Warmes Mittagessen', en: 'Hot meal' },
      cents: 350,
    },
  },
  fr: {
    care: { label: 'Accueil périscolaire du matin', cents: 150 },
    meal: { label: 'Restauration scolaire', cents: 420 },
  },
} as const;

/** A month's school days the demo bills: Mondays, Tuesdays, Thursdays and Fridays. */
function schoolDays(month: string, count: number): string[] {
  const days: string[] = [];
  for (let date = `${month}-01`; date.startsWith(month) && days.length < count; date = addDays(date, 1)) {
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if ([1, 2, 4, 5].includes(weekday)) days.push(date);
  }
  return days;
}

/**
 * The `known` family's history, as of `now`: a month's invoice of Léa's meals
 * and mornings and Tom's meals for each of the five months before the last,
 * and what happened to each.
 */
export async function seedInvoiceHistory(tx: Db, profile: DemoProfile, now: Date): Promise<void> {
  const [family] = await tx.query('select 1 from families where id = $1', ['fam-known']);
  if (!family) return;
  const commune: CommuneSettings = communes[profile];
  const service = { commune, now: () => now };
  const today = communeToday(service);
  const regie = demoRegies[profile][0]!;
  const prices = units[profile];
  const months = [6, 5, 4, 3, 2].map((back) => monthDay(`${today.slice(0, 7)}-01`, -back, 1).slice(0, 7));
  const records: InvoiceRecord[] = [];
  for (const month of months) {
    const issuedOn = monthDay(`${month}-01`, 1, 5);
    const year = Number(issuedOn.slice(0, 4));
    const sequence = await invoiceSequence(tx, year);
    const { id, sequence: n } = sequence.next();
    await sequence.commit();
    const meals = schoolDays(month, 12);
    const mornings = schoolDays(month, 6);
    const tomMeals = schoolDays(month, 8);
    const line = (
      index: number,
      childId: string,
      childName: string,
      kind: 'care' | 'meal',
      dates: string[],
    ): InvoiceLine => ({
      id: `${id}-${index}`,
      date: dates[0]!,
      to: dates.at(-1)!,
      childId,
      childName,
      label: prices[kind].label,
      kind,
      quantity: dates.length,
      unitCents: prices[kind].cents,
      reductionCents: 0,
      amountCents: dates.length * prices[kind].cents,
    });
    const lines = [
      line(1, 'chi-1', 'Léa', 'meal', meals),
      line(2, 'chi-1', 'Léa', 'care', mornings),
      line(3, 'chi-2', 'Tom', 'meal', tomMeals),
    ];
    records.push({
      id,
      familyId: 'fam-known',
      ...invoiceNumbering(commune.country, year, n),
      regieId: regie.id,
      issuedOn,
      dueOn: addDays(issuedOn, regie.paymentDays),
      periodFrom: `${month}-01`,
      periodTo: monthDay(`${month}-01`, 1, 0),
      children: [
        { id: 'chi-1', firstName: 'Léa' },
        { id: 'chi-2', firstName: 'Tom' },
      ],
      lines,
      totalCents: lines.reduce((sum, one) => sum + one.amountCents, 0),
      status: 'open',
      days: [{ childId: 'chi-1', dates: mornings }],
      source: `bookings:fam-known:${month}`,
    });
  }
  const [old, paid, partly] = records;
  // The oldest, never paid: transferred to the treasury two months after its due date.
  Object.assign(old!, {
    status: 'transferred',
    transferredTo: 'treasury',
    closedOn: addDays(old!.dueOn, 60),
  });
  // A meal day excused after the run: its credit note, issued ten days after the invoice it credits.
  const creditOn = addDays(paid!.issuedOn, 10);
  const creditYear = Number(creditOn.slice(0, 4));
  const creditSequence = await invoiceSequence(tx, creditYear);
  const { id: creditId, sequence: creditN } = creditSequence.next();
  await creditSequence.commit();
  const excused = paid!.lines[0]!;
  records.push({
    ...paid!,
    id: creditId,
    ...invoiceNumbering(commune.country, creditYear, creditN),
    issuedOn: creditOn,
    dueOn: creditOn,
    children: [{ id: 'chi-1', firstName: 'Léa' }],
    lines: [
      {
        ...excused,
        id: `${creditId}-1`,
        date: excused.to ?? excused.date,
        to: undefined,
        quantity: -1,
        amountCents: -excused.unitCents,
      },
    ],
    totalCents: -excused.unitCents,
    credits: paid!.id,
    days: undefined,
    source: `credit:${paid!.id}`,
  });
  await issueInvoices(tx, records, [], service);
  const at = (date: string) => `${date}T10:00:00.000Z`;
  const payments: PaymentRecord[] = [
    {
      id: `seed-transfer-${paid!.id}`,
      familyId: 'fam-known',
      method: 'transfer',
      status: 'paid',
      allocations: [{ invoiceId: paid!.id, amountCents: paid!.totalCents }],
      amountCents: paid!.totalCents,
      startedAt: at(addDays(paid!.issuedOn, 8)),
      completedAt: at(addDays(paid!.issuedOn, 8)),
    },
    {
      id: `seed-cash-${partly!.id}`,
      familyId: 'fam-known',
      method: 'cash',
      status: 'paid',
      allocations: [{ invoiceId: partly!.id, amountCents: 2000 }],
      amountCents: 2000,
      startedAt: at(addDays(partly!.issuedOn, 12)),
      completedAt: at(addDays(partly!.issuedOn, 12)),
    },
  ];
  for (const payment of payments) await insertPayment(tx, payment);
}
