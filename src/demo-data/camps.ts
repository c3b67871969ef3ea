import type { Camp, CampActivity, CampDay, CampGroup, CampWeek, LocalizedText } from '../domain/index.js';
import { schools, type DemoProfile } from './communes.js';

/*
 * The demo's camps, dated from `now` so that the demo never goes out of date:
 * the coming summer's plaines (registration open) and the coming carnival's
 * stage (registration not yet open). Calendar days are UTC midnights, so that
 * the device's time zone never shifts them; moments are the commune's
 * (Brussels and Paris share their time zone).
 */

const dayMs = 86_400_000;
const hourMs = 3_600_000;

/** A calendar day (month 1 to 12; day 0 is the previous month's last). */
const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * dayMs);
const isoDate = (date: Date) => date.toISOString().slice(0, 10);
/** Monday 0 … Sunday 6. */
const weekday = (date: Date) => (date.getUTCDay() + 6) % 7;
const pad = (value: number) => String(value).padStart(2, '0');

/** ISO 8601 week and its year: weeks start on Monday, and a week belongs to the year of its Thursday. */
function isoWeekOf(date: Date): { isoYear: number; isoWeek: number } {
  const thursday = addDays(date, 3 - weekday(date));
  const isoYear = thursday.getUTCFullYear();
  return { isoYear, isoWeek: 1 + Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / (7 * dayMs)) };
}

/** The last Sunday of a month, when European summer time starts (March) or ends (October), at 01:00 UTC. */
const lastSunday = (year: number, month: number) => {
  const last = day(year, month + 1, 0);
  return addDays(last, -last.getUTCDay());
};

/** The commune's offset from UTC at an instant: +2 in summer time, +1 otherwise. */
function offsetAt(instant: Date): number {
  const year = instant.getUTCFullYear();
  const time = instant.getTime();
  const summer =
    time >= lastSunday(year, 3).getTime() + hourMs && time < lastSunday(year, 10).getTime() + hourMs;
  return summer ? 2 : 1;
}

/** The commune's calendar day at an instant. */
function communeDay(instant: Date): Date {
  const local = new Date(instant.getTime() + offsetAt(instant) * hourMs);
  return day(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}

/** A whole hour of the commune's day as an ISO date-time with its offset ("2027-06-17T18:00:00+02:00"). */
function communeTime(date: Date, hour: number): string {
  // Summer time changes at 02:00 or 03:00: 08:00 and 18:00 are never ambiguous.
  const offset = offsetAt(new Date(date.getTime() + (hour - 1) * hourMs));
  return `${isoDate(date)}T${pad(hour)}:00:00+${pad(offset)}:00`;
}

/** Easter Sunday (Gregorian calendar, anonymous algorithm). */
function easter(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const g = Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3);
  const h = (19 * a + b - Math.floor(b / 4) - g + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return day(year, Math.floor(n / 31), (n % 31) + 1);
}

/** A text of the camps in the demo's four languages. */
const text = (fr: string, nl: string, de: string, en: string): LocalizedText => ({ fr, nl, de, en });

const activity = (id: string, name: LocalizedText, supplementCents?: number): CampActivity =>
  supplementCents === undefined ? { id, name } : { id, name, supplementCents };

const activities = {
  poney: activity('poney', text('Poney', 'Pony', 'Ponyreiten', 'Pony riding'), 500),
  gym: activity('gym', text('Gym', 'Turnen', 'Turnen', 'Gym')),
  // A proper name, the same in every language: one plain string.
  walibi: activity('walibi', 'Walibi', 1500),
  piscine: activity('piscine', text('Piscine', 'Zwembad', 'Schwimmbad', 'Swimming pool'), 200),
  planetarium: activity('planetarium', text('Planétarium', 'Planetarium', 'Planetarium', 'Planetarium'), 600),
  cinema: activity('cinema', text('Cinéma', 'Bioscoop', 'Kino', 'Cinema'), 500),
  ferme: activity(
    'ferme',
    text('Ferme pédagogique', 'Kinderboerderij', 'Lehrbauernhof', 'Educational farm'),
    300,
  ),
  zoo: activity('zoo', text('Parc animalier', 'Dierenpark', 'Tierpark', 'Wildlife park'), 1200),
  poterie: activity(
    'poterie',
    text('Atelier poterie', 'Pottenbakken', 'Töpferwerkstatt', 'Pottery workshop'),
    400,
  ),
  spectacle: activity(
    'spectacle',
    text('Spectacle des enfants', 'Kindervoorstelling', 'Kinderaufführung', 'Children’s show'),
  ),
  crepes: activity(
    'crepes',
    text('Atelier crêpes', 'Pannenkoeken bakken', 'Crêpes backen', 'Pancake workshop'),
  ),
  cortege: activity('cortege', text('Cortège déguisé', 'Verkleedstoet', 'Kostümumzug', 'Fancy-dress parade')),
};

/** A week's theme and its activities by weekday (Monday 0 … Friday 4). */
interface WeekPlan {
  theme: LocalizedText;
  activities: Partial<Record<number, CampActivity[]>>;
}

/** The summer's weeks in order; the last week of the summer is always {@link lastSummerWeek}. */
const summerWeeks: WeekPlan[] = [
  {
    theme: text('Tous en forme !', 'Fit en gezond!', 'Fit und munter!', 'Fit and well!'),
    activities: { 2: [activities.poney], 3: [activities.gym], 4: [activities.piscine] },
  },
  {
    theme: text('Les pirates', 'De piraten', 'Die Piraten', 'Pirates'),
    activities: { 1: [activities.piscine], 3: [activities.walibi] },
  },
  {
    theme: text('Voyage dans l’espace', 'Reis door de ruimte', 'Reise ins Weltall', 'Journey into space'),
    activities: { 2: [activities.planetarium], 4: [activities.cinema] },
  },
  {
    theme: text(
      'Au temps des chevaliers',
      'In de tijd van de ridders',
      'Zur Zeit der Ritter',
      'In the days of knights',
    ),
    activities: { 1: [activities.poney], 3: [activities.piscine] },
  },
  {
    theme: text('Les petits chefs', 'De kleine chef-koks', 'Die kleinen Köche', 'Little chefs'),
    activities: { 2: [activities.ferme] },
  },
  {
    theme: text('Cirque et magie', 'Circus en magie', 'Zirkus und Zauberei', 'Circus and magic'),
    activities: { 1: [activities.gym], 3: [activities.cinema] },
  },
  {
    theme: text(
      'Safari au pays des animaux',
      'Safari in het dierenrijk',
      'Safari im Tierreich',
      'Animal safari',
    ),
    activities: { 2: [activities.zoo] },
  },
  {
    theme: text('Les explorateurs de la nature', 'Natuurontdekkers', 'Naturforscher', 'Nature explorers'),
    activities: { 1: [activities.ferme], 3: [activities.poney] },
  },
  {
    theme: text('Les artistes en herbe', 'Kleine kunstenaars', 'Kleine Künstler', 'Budding artists'),
    activities: { 2: [activities.poterie] },
  },
];
const lastSummerWeek: WeekPlan = {
  theme: text(
    'La grande fête de fin d’été',
    'Het grote eindezomerfeest',
    'Das große Sommerabschlussfest',
    'The great end-of-summer party',
  ),
  activities: { 0: [activities.piscine], 4: [activities.spectacle] },
};
const carnivalWeek: WeekPlan = {
  theme: text('Masques et confettis', 'Maskers en confetti', 'Masken und Konfetti', 'Masks and confetti'),
  activities: { 1: [activities.crepes], 2: [activities.piscine], 4: [activities.cortege] },
};

const nationalDay = text('Fête nationale', 'Nationale feestdag', 'Nationalfeiertag', 'National holiday');
const assumption = text('Assomption', 'Onze-Lieve-Vrouw-Hemelvaart', 'Mariä Himmelfahrt', 'Assumption Day');

/** Public holidays in summer, by "MM-DD". */
const holidays: Record<DemoProfile, Record<string, LocalizedText>> = {
  be: { '07-21': nationalDay, '08-15': assumption },
  fr: { '07-14': nationalDay, '08-15': assumption },
};

const summerGroups: CampGroup[] = [
  {
    id: 'petits',
    label: text(
      'Petits (2,5–4 ans)',
      'Kleuters (2,5–4 jaar)',
      'Kleine (2,5–4 Jahre)',
      'Little ones (2.5–4 years)',
    ),
    minAge: 2.5,
    maxAge: 4,
  },
  { id: '5-6-ans', label: text('5–6 ans', '5–6 jaar', '5–6 Jahre', '5–6 years'), minAge: 5, maxAge: 6 },
  { id: '7-9-ans', label: text('7–9 ans', '7–9 jaar', '7–9 Jahre', '7–9 years'), minAge: 7, maxAge: 9 },
  {
    id: '10-12-ans',
    label: text('10–12 ans', '10–12 jaar', '10–12 Jahre', '10–12 years'),
    minAge: 10,
    maxAge: 12,
  },
];

/** The carnival stage goes by school grade: the commune's nursery grades, then the primary ones. */
function carnivalGroups(profile: DemoProfile): CampGroup[] {
  const grades = schools[profile][0]!.grades.map((grade) => grade.id);
  return [
    {
      id: 'maternelles',
      label: text('Maternelles', 'Kleuterschool', 'Kindergarten', 'Nursery school'),
      gradeIds: grades.slice(0, 3),
    },
    {
      id: 'primaires',
      label:
        profile === 'be'
          ? text('Primaires', 'Lagere school', 'Primarschule', 'Primary school')
          : text('Élémentaires', 'Lagere school', 'Grundschule', 'Elementary school'),
      gradeIds: grades.slice(3),
    },
  ];
}

const rules = {
  be: {
    summer: {
      resident: { dayCents: 1500, weekCents: 6500 },
      nonResident: { dayCents: 2000, weekCents: 9000 },
    },
    carnival: {
      resident: { dayCents: 1800, weekCents: 8000 },
      nonResident: { dayCents: 2400, weekCents: 11000 },
    },
    degressive: { secondChildPercent: 10, thirdChildPercent: 20 },
  },
  fr: {
    summer: {
      resident: { dayCents: 1200, weekCents: 5500 },
      nonResident: { dayCents: 1800, weekCents: 8000 },
    },
    carnival: {
      resident: { dayCents: 1500, weekCents: 6500 },
      nonResident: { dayCents: 2000, weekCents: 9000 },
    },
    degressive: { secondChildPercent: 15, thirdChildPercent: 25 },
  },
} satisfies Record<DemoProfile, unknown>;

/** Registration closes two weeks before the first day, at 18:00. */
const closesAt = (first: Date) => communeTime(addDays(first, -14), 18);

/** The summer's first and last open days: the weekdays nearest inside 1 July and 31 August. */
function summerBounds(year: number): { first: Date; last: Date } {
  let first = day(year, 7, 1);
  while (weekday(first) > 4) first = addDays(first, 1);
  let last = day(year, 8, 31);
  while (weekday(last) > 4) last = addDays(last, -1);
  return { first, last };
}

/** The carnival stage's week: the week of Shrove Tuesday (Easter less 47 days), Monday to Friday. */
const carnivalMonday = (year: number) => addDays(easter(year), -48);

function week(
  campId: string,
  monday: Date,
  plan: WeekPlan,
  closed: (date: Date) => LocalizedText | true | undefined,
): CampWeek {
  const { isoYear, isoWeek } = isoWeekOf(monday);
  const days = Array.from({ length: 7 }, (_, index): CampDay => {
    const date = addDays(monday, index);
    const reason = closed(date);
    if (reason === undefined)
      return { date: isoDate(date), open: true, activities: plan.activities[index] ?? [] };
    return reason === true
      ? { date: isoDate(date), open: false, activities: [] }
      : { date: isoDate(date), open: false, closedReason: reason, activities: [] };
  });
  return { id: `${campId}-s${pad(isoWeek)}`, isoYear, isoWeek, theme: plan.theme, days };
}

function summer(profile: DemoProfile, year: number, opensAt: string): Camp {
  const id = `ete-${year}`;
  const { first, last } = summerBounds(year);
  const mondays: Date[] = [];
  for (let monday = addDays(first, -weekday(first)); monday <= last; monday = addDays(monday, 7))
    mondays.push(monday);
  const closed = (date: Date): LocalizedText | true | undefined => {
    const holiday = holidays[profile][isoDate(date).slice(5)];
    if (holiday) return holiday;
    if (weekday(date) > 4) return true;
    if (date < first)
      return text(
        'Pas encore de plaine',
        'Nog geen speelpleinwerking',
        'Noch keine Ferienbetreuung',
        'Holiday camp not started yet',
      );
    if (date > last)
      return text(
        'Fin des plaines',
        'Einde van de speelpleinwerking',
        'Ende der Ferienbetreuung',
        'Holiday camp over',
      );
    return undefined;
  };
  return {
    id,
    name: text(
      `Plaines d’été ${year}`,
      `Zomerspeelpleinen ${year}`,
      `Sommerferienbetreuung ${year}`,
      `Summer holiday camp ${year}`,
    ),
    kind: 'plaine',
    location: schools[profile][0]!.name,
    registration: { opensAt, closesAt: closesAt(first) },
    wholeWeeksOnly: false,
    paymentDelayDays: 3,
    currency: 'EUR',
    tariffs: rules[profile].summer,
    degressive: rules[profile].degressive,
    groups: summerGroups,
    weeks: mondays.map((monday, index) =>
      week(id, monday, index === mondays.length - 1 ? lastSummerWeek : summerWeeks[index]!, closed),
    ),
  };
}

function carnival(profile: DemoProfile, year: number, opensAt: string): Camp {
  const id = `carnaval-${year}`;
  const monday = carnivalMonday(year);
  return {
    id,
    name: text(
      `Stage de Carnaval ${year}`,
      `Krokusstage ${year}`,
      `Karnevalskurs ${year}`,
      `Carnival camp ${year}`,
    ),
    kind: 'stage',
    location: schools[profile][0]!.name,
    registration: { opensAt, closesAt: closesAt(monday) },
    wholeWeeksOnly: true,
    paymentDelayDays: 3,
    currency: 'EUR',
    tariffs: rules[profile].carnival,
    degressive: rules[profile].degressive,
    groups: carnivalGroups(profile),
    weeks: [week(id, monday, carnivalWeek, (date) => (weekday(date) > 4 ? true : undefined))],
  };
}

/**
 * The demo's camps at `now`, the earliest first (pure: the same `now` gives
 * the same camps):
 *
 * - "Plaines d’été <year>" (`ete-<year>`, kind `plaine`, single days allowed):
 *   the first summer whose registration is still open at `now`, from the week
 *   of 1 July (or of the first weekday after it) to the week of 31 August
 *   (or of the last weekday before it): 9 or 10 weeks (`ete-<year>-s<week>`).
 *   Days before 1 July ("Pas encore de plaine") and after 31 August ("Fin des
 *   plaines"), weekends and public holidays (Belgium: 21 July and 15 August;
 *   France: 14 July and 15 August) are closed. Registration opened a week ago
 *   at 08:00 and closes two weeks before the first day at 18:00.
 * - "Stage de Carnaval <year>" (`carnaval-<year>`, kind `stage`, whole weeks
 *   only, groups by school grade): the week of the first Shrove Tuesday whose
 *   registration, opening 20 days after `now` at 08:00, would last at least a
 *   week; it closes two weeks before the stage at 18:00.
 */
export function seedCamps(profile: DemoProfile, now: Date): Camp[] {
  const today = communeDay(now);
  const year = today.getUTCFullYear();
  const opensAt = communeTime(addDays(today, -7), 8);
  let summerYear = year;
  while (now >= new Date(closesAt(summerBounds(summerYear).first))) summerYear += 1;
  const carnivalOpensAt = communeTime(addDays(today, 20), 8);
  let carnivalYear = year;
  while (
    new Date(closesAt(carnivalMonday(carnivalYear))).getTime() <
    new Date(carnivalOpensAt).getTime() + 7 * dayMs
  )
    carnivalYear += 1;
  // Fresh objects every time: whoever holds the camps may change them.
  const camps = structuredClone([
    summer(profile, summerYear, opensAt),
    carnival(profile, carnivalYear, carnivalOpensAt),
  ]);
  return camps.sort((a, b) => a.weeks[0]!.days[0]!.date.localeCompare(b.weeks[0]!.days[0]!.date));
}

/** Where the summer is nearly full: the 5–6 and 7–9 groups in the summer's second week. */
export interface BusyWeek {
  weekId: string;
  groupIds: string[];
  /** The Wednesday: 2 places left. */
  fewLeft: string;
  /** The Thursday, Walibi day: no place left ("Complet", waiting list). */
  full: string;
}

/**
 * The summer's nearly full week: its second week ("Les pirates", e.g.
 * `ete-2027-s27`, 5–9 July 2027), for the "5–6 ans" and the "7–9 ans" (the
 * known family's Tom) groups. Its Wednesday and Thursday are always open.
 * None for a stage.
 */
export function seedCampBusyWeek(camp: Camp): BusyWeek | undefined {
  const busy = camp.kind === 'plaine' ? camp.weeks[1] : undefined;
  if (!busy) return undefined;
  return {
    weekId: busy.id,
    groupIds: ['5-6-ans', '7-9-ans'],
    fewLeft: busy.days[2]!.date,
    full: busy.days[3]!.date,
  };
}

/** The places of one group on one day: how many there are, and how many are taken. */
export interface SeedPlaces {
  capacity: number;
  taken: number;
}

/**
 * The places of each group on each open day as the demo starts, by group id
 * then date ("2027-07-07"), none on closed days: 24 per day (16 for the
 * little ones and the carnival's nursery group), none taken, except the
 * summer's busy week ({@link seedCampBusyWeek}) for the "5–6 ans" and the
 * "7–9 ans": 2 places left on its Wednesday and none on its Thursday, the
 * Walibi day, to show "Complet" and the waiting list.
 */
export function seedCampPlaces(camp: Camp): Record<string, Record<string, SeedPlaces>> {
  const busy = seedCampBusyWeek(camp);
  const openDays = camp.weeks.flatMap((week) => week.days).filter((campDay) => campDay.open);
  return Object.fromEntries(
    camp.groups.map((group) => {
      const capacity = group.id === 'petits' || group.id === 'maternelles' ? 16 : 24;
      const byDate = Object.fromEntries(openDays.map((campDay) => [campDay.date, { capacity, taken: 0 }]));
      if (busy?.groupIds.includes(group.id)) {
        byDate[busy.fewLeft] = { capacity, taken: capacity - 2 };
        byDate[busy.full] = { capacity, taken: capacity };
      }
      return [group.id, byDate];
    }),
  );
}
