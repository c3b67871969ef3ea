import {
  shiftDate as addDays,
  communeTimeZone,
  dateIn,
  dayOf,
  deadlineOf,
  offered,
  placesKey,
  placeStatuses,
  type Activity,
  type BookingRecord,
  type CalendarState,
  type ChildRecord,
  type DeadlineRule,
  type SchoolCalendar,
  type Unit,
} from '../domain/index.js';
import { communes, schools, type DemoProfile } from './communes.js';
import type { DemoFamily } from './families.js';
import { demoRequests, type DemoCalendarRequest } from './calendar-requests.js';
import { schoolCalendars } from './school-calendars.js';

/*
 * The demo's after-school calendar: each commune's activities and units with
 * their rules and prices (seeds 002–004), its school years
 * (school-calendars.ts), which demo children are enrolled in what, and a few
 * bookings in each state dated from `now`, so the demo looks the same
 * whatever the day. Loaded on demand, like the camps.
 */

const workingDays = (days: number, at: string): DeadlineRule => ({
  kind: 'days-before',
  days,
  at,
  skip: ['weekend', 'public-holiday'],
});
const previousWednesday: DeadlineRule = { kind: 'weekday-before', weekday: 3, weeksBefore: 1, at: '12:00' };

type UnitRules = Omit<Unit, 'id' | 'name' | 'abbreviation' | 'start' | 'end'>;
const schoolDays = (weekdays: number[]): Pick<UnitRules, 'weekdays' | 'days' | 'excludes' | 'meal'> => ({
  weekdays,
  days: 'school-days',
  excludes: [],
  meal: false,
});
const unit = (
  id: string,
  name: Unit['name'],
  abbreviation: string,
  [start, end]: [string, string],
  rules: UnitRules,
) => ({
  id,
  name,
  abbreviation,
  start,
  end,
  ...rules,
});
/** Quotient bands (France): up to 400, 700, 1000, then above. */
const bands = (...cents: [number, number, number, number]): Unit['pricing'] => ({
  kind: 'quotient-bands',
  bands: [
    { upTo: 400, cents: cents[0] },
    { upTo: 700, cents: cents[1] },
    { upTo: 1000, cents: cents[2] },
    { cents: cents[3] },
  ],
});

const belgian: Activity[] = [
  {
    id: 'be-morning',
    name: { fr: 'Accueil du matin', nl: 'Ochtendopvang', de: 'Morgenbetreuung', en: 'Morning care' },
    units: [
      unit(
        'be-morning',
        { fr: 'Garderie 7:00–8:15', nl: 'Opvang 7:00–8:15', de: 'Betreuung 7:00–8:15', en: 'Care 7:00–8:15' },
        'M',
        ['07:00', '08:15'],
        {
          ...schoolDays([1, 2, 3, 4, 5]),
          // Billed from the arrival times scanned at the door: nothing to book.
          mode: 'presence',
          validation: 'automatic',
          book: workingDays(2, '10:00'),
          cancel: 'same',
          lateCancel: 'refused',
          pricing: { kind: 'flat', cents: 90 },
        },
      ),
    ],
  },
  {
    id: 'be-meal',
    name: { fr: 'Repas chaud', nl: 'Warme maaltijd', de: 'Warme Mahlzeit', en: 'Hot meal' },
    units: [
      unit(
        'be-meal',
        { fr: 'Repas chaud', nl: 'Warme maaltijd', de: 'Warme Mahlzeit', en: 'Hot meal' },
        'R',
        ['12:00', '13:00'],
        {
          ...schoolDays([1, 2, 4, 5]),
          meal: true,
          mode: 'booking',
          validation: 'automatic',
          capacity: 60,
          book: workingDays(2, '10:00'),
          cancel: 'same',
          lateCancel: 'billed',
          pricing: { kind: 'flat', cents: 380 },
        },
      ),
    ],
  },
  {
    id: 'be-evening',
    name: { fr: 'Accueil du soir', nl: 'Avondopvang', de: 'Abendbetreuung', en: 'After-school care' },
    units: (
      [
        ['be-evening-short', '17:00', 'S', 200, 'be-evening-long'],
        ['be-evening-long', '18:00', 'L', 350, 'be-evening-short'],
      ] as const
    ).map(([id, end, abbreviation, cents, other]) =>
      unit(
        id,
        {
          fr: `Soir 15:30–${end}`,
          nl: `Avond 15:30–${end}`,
          de: `Abend 15:30–${end}`,
          en: `Evening 15:30–${end}`,
        },
        abbreviation,
        ['15:30', end],
        {
          ...schoolDays([1, 2, 4, 5]),
          excludes: [other],
          mode: 'booking',
          validation: 'automatic',
          capacity: 30,
          book: workingDays(2, '10:00'),
          cancel: 'same',
          lateCancel: 'refused',
          pricing: { kind: 'flat', cents },
        },
      ),
    ),
  },
  {
    id: 'be-wednesday',
    name: {
      fr: 'Mercredi après-midi',
      nl: 'Woensdagnamiddag',
      de: 'Mittwochnachmittag',
      en: 'Wednesday afternoon',
    },
    units: [
      unit(
        'be-wednesday',
        {
          fr: 'Mercredi 12:00–18:00',
          nl: 'Woensdag 12:00–18:00',
          de: 'Mittwoch 12:00–18:00',
          en: 'Wednesday 12:00–18:00',
        },
        'W',
        ['12:00', '18:00'],
        {
          ...schoolDays([3]),
          mode: 'booking',
          validation: 'manual',
          capacity: 24,
          book: previousWednesday,
          cancel: 'same',
          lateCancel: 'request',
          pricing: { kind: 'flat', cents: 600 },
        },
      ),
    ],
  },
  {
    id: 'be-pedagogical',
    name: {
      fr: 'Journées pédagogiques et congés',
      nl: 'Studiedagen en vakanties',
      de: 'Pädagogische Tage und Ferien',
      en: 'Training days and school breaks',
    },
    units: [
      unit(
        'be-day',
        { fr: 'Journée 7:30–18:00', nl: 'Dag 7:30–18:00', de: 'Tag 7:30–18:00', en: 'Day 7:30–18:00' },
        'J',
        ['07:30', '18:00'],
        {
          ...schoolDays([1, 2, 3, 4, 5]),
          days: 'school-holidays',
          mode: 'booking',
          validation: 'manual',
          capacity: 20,
          book: { kind: 'days-before', days: 7, at: '12:00', skip: [] },
          cancel: 'same',
          lateCancel: 'billed',
          pricing: { kind: 'flat', cents: 1200 },
        },
      ),
    ],
  },
];

const french: Activity[] = [
  {
    id: 'fr-periscolaire',
    name: 'Accueil périscolaire',
    units: [
      unit('fr-morning', 'Matin 7:30–8:20', 'M', ['07:30', '08:20'], {
        ...schoolDays([1, 2, 4, 5]),
        mode: 'booking',
        validation: 'automatic',
        book: workingDays(1, '18:00'),
        cancel: 'same',
        lateCancel: 'billed',
        pricing: bands(60, 90, 120, 150),
      }),
      unit('fr-evening', 'Soir 16:30–18:30', 'S', ['16:30', '18:30'], {
        ...schoolDays([1, 2, 4, 5]),
        mode: 'booking',
        validation: 'automatic',
        capacity: 40,
        book: workingDays(1, '18:00'),
        cancel: 'same',
        lateCancel: 'billed',
        pricing: bands(120, 180, 240, 300),
      }),
    ],
  },
  {
    id: 'fr-canteen',
    name: 'Restauration scolaire',
    units: [
      unit('fr-lunch', 'Déjeuner', 'R', ['11:45', '13:30'], {
        ...schoolDays([1, 2, 4, 5]),
        meal: true,
        mode: 'booking',
        validation: 'automatic',
        capacity: 120,
        // Meals are ordered from the kitchen by month; an ill child is excused up to two working days before.
        book: { kind: 'day-of-previous-month', day: 20, at: '23:59' },
        cancel: workingDays(2, '10:00'),
        lateCancel: 'billed',
        pricing: bands(100, 230, 340, 420),
      }),
    ],
  },
  {
    id: 'fr-alsh',
    name: 'ALSH mercredi',
    units: [
      unit('fr-wed-day', 'Journée 7:30–18:30', 'J', ['07:30', '18:30'], {
        ...schoolDays([3]),
        excludes: ['fr-wed-half'],
        mode: 'booking',
        validation: 'manual',
        capacity: 48,
        book: previousWednesday,
        cancel: 'same',
        lateCancel: 'refused',
        pricing: bands(350, 650, 950, 1250),
      }),
      unit('fr-wed-half', 'Après-midi 13:30–18:30', 'A', ['13:30', '18:30'], {
        ...schoolDays([3]),
        excludes: ['fr-wed-day'],
        mode: 'booking',
        validation: 'manual',
        capacity: 24,
        book: previousWednesday,
        cancel: 'same',
        lateCancel: 'refused',
        pricing: bands(200, 380, 550, 720),
      }),
    ],
  },
];

const activitiesOf: Record<DemoProfile, Activity[]> = { be: belgian, fr: french };

/** Which activities each demo child is enrolled in (Léa chi-1 and Tom chi-2 of `known`, Yasmine chi-3 of `separated`). */
const enrolmentsOf: Record<DemoProfile, Record<string, string[]>> = {
  be: {
    'chi-1': ['be-morning', 'be-meal', 'be-evening', 'be-wednesday', 'be-pedagogical'],
    'chi-2': ['be-morning', 'be-meal', 'be-evening'],
    'chi-3': ['be-meal', 'be-wednesday'],
  },
  fr: {
    'chi-1': ['fr-periscolaire', 'fr-canteen', 'fr-alsh'],
    'chi-2': ['fr-periscolaire', 'fr-canteen'],
    'chi-3': ['fr-canteen'],
  },
};

/** The demo's calendar for a commune, as of `now`: what a backend loads `CalendarState` from. */
export interface DemoCalendar {
  timeZone: string;
  activities: Activity[];
  calendars: SchoolCalendar[];
  /** Child id → the activities the child is enrolled in. */
  enrolments: Record<string, string[]>;
  /** The family quotient each demo family gave (France); none: the last band. */
  quotients: Partial<Record<DemoFamily, number>>;
  bookings: Partial<Record<DemoFamily, BookingRecord[]>>;
  /** The requests that made the bookings (their `requestId`): a backend stores them with numbers of its own. */
  requests: Partial<Record<DemoFamily, DemoCalendarRequest[]>>;
  /** Places taken by every family, the demo families' included (`placesKey`). */
  taken: Map<string, number>;
  /** The end of the month before `now`'s: invoiced. */
  invoicedThrough: string;
}

/** The units each commune's demo bookings use. */
const demoUnits = {
  be: { meal: 'be-meal', evening: 'be-evening-short', morning: 'be-morning', wednesday: 'be-wednesday' },
  fr: { meal: 'fr-lunch', evening: 'fr-evening', morning: 'fr-morning', wednesday: 'fr-wed-day' },
};

export function demoCalendar(profile: DemoProfile, now = new Date()): DemoCalendar {
  const timeZone = communeTimeZone(communes[profile]);
  const activities = activitiesOf[profile];
  const calendars = schoolCalendars[profile];
  const site = schools[profile][0]!.id;
  const units = new Map(activities.flatMap((activity) => activity.units.map((one) => [one.id, one])));
  const today = dateIn(now, timeZone);
  /** The unit's offered days from `from` on (`step` 1), or before it, latest first (`step` −1): at most `count`, within four months. */
  const days = (unitId: string, from: string, count: number, step: 1 | -1 = 1) => {
    const found: string[] = [];
    const one = units.get(unitId)!;
    for (let date = from, seen = 0; found.length < count && seen < 120; seen += 1, date = addDays(date, step))
      if (offered(one, dayOf(calendars, site, date))) found.push(date);
    return found;
  };
  const ids = demoUnits[profile];
  const meals = days(ids.meal, addDays(today, 1), 30);
  const evenings = days(ids.evening, addDays(today, 3), 4);
  const wednesdays = days(ids.wednesday, addDays(today, 1), 4);
  const past = days(ids.meal, addDays(today, -1), 4, -1);
  const mornings = days(ids.morning, addDays(today, -1), 2, -1);
  const ago = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
  let made = 0;
  const record = (
    childId: string,
    unitId: string,
    date: string | undefined,
    status: BookingRecord['status'],
    note?: BookingRecord['note'],
  ): BookingRecord[] => {
    made += 1;
    if (!date) return [];
    return [
      {
        childId,
        unitId,
        date,
        status,
        // The period booking made most days: `by` names the others' requests.
        requestId: 'req-cal-1',
        at: ago(30 - made),
        ...(note ? { note } : {}),
      },
    ];
  };
  // The full day: one still open to booking (French meals close on the 20th of the month before).
  const meal = units.get(ids.meal)!;
  const dayAt = (date: string) => dayOf(calendars, site, date);
  const full = meals.slice(7).find((date) => deadlineOf(meal.book, date, dayAt, timeZone) > now);
  /** The records `made` by request `id`. */
  const by = (id: string, records: BookingRecord[]) => records.map((one) => ({ ...one, requestId: id }));
  const known = [
    ...record('chi-1', ids.meal, past[0], 'present'),
    ...by('req-cal-5', record('chi-1', ids.meal, past[1], 'absent-excused')),
    ...record('chi-1', ids.meal, past[2], 'present'),
    ...record('chi-1', ids.meal, past[3], 'absent-billed'),
    ...mornings.flatMap((date) => record('chi-1', ids.morning, date, 'present')),
    ...record('chi-2', ids.meal, past[0], 'present'),
    ...meals
      .slice(0, 6)
      .flatMap((date, index) =>
        index === 4
          ? by('req-cal-4', record('chi-1', ids.meal, date, 'absence-requested'))
          : record('chi-1', ids.meal, date, 'booked'),
      ),
    ...meals.slice(0, 3).flatMap((date) => record('chi-2', ids.meal, date, 'booked')),
    ...by('req-cal-3', record('chi-2', ids.meal, full, 'waiting')),
    ...record('chi-1', ids.evening, evenings[0], 'booked'),
    ...record('chi-1', ids.evening, evenings[1], 'booked'),
    ...by('req-cal-3', record('chi-1', ids.evening, evenings[2], 'cancelled')),
    ...by('req-cal-3', record('chi-1', ids.wednesday, wednesdays[0], 'cancel-requested')),
    ...by('req-cal-3', record('chi-1', ids.wednesday, wednesdays[1], 'requested')),
    ...by(
      'req-cal-2',
      record('chi-1', ids.wednesday, wednesdays[2], 'refused', {
        fr: 'Le groupe des 6–12 ans est complet ce mercredi-là.',
        nl: 'De groep van 6 tot 12 jaar is die woensdag volzet.',
        de: 'Die Gruppe der 6- bis 12-Jährigen ist an diesem Mittwoch voll.',
        en: 'The 6–12 group is full that Wednesday.',
      }),
    ),
    ...record('chi-1', ids.wednesday, wednesdays[3], 'booked'),
    // Past its cancellation deadline, not yet over: Tom's first evening from today (late cancellations refused in Belgium).
    ...record('chi-2', ids.evening, days(ids.evening, today, 1)[0], 'booked'),
  ];
  const separated = [
    ...record('chi-3', ids.meal, past[0], 'present'),
    ...meals.slice(0, 2).flatMap((date) => record('chi-3', ids.meal, date, 'booked')),
  ];
  const accepted = { status: 'accepted' } as const;
  const knownRequests = demoRequests(
    profile,
    known,
    { 'chi-1': 'Léa', 'chi-2': 'Tom' },
    {
      'req-cal-1': { kind: 'period-booking', ...accepted },
      'req-cal-2': { kind: 'booking', status: 'refused' },
      'req-cal-3': { kind: 'booking', status: 'pending' },
      'req-cal-4': { kind: 'absence', status: 'pending' },
      'req-cal-5': { kind: 'absence', ...accepted },
    },
    now,
  );
  const separatedRequests = demoRequests(
    profile,
    separated,
    { 'chi-3': 'Yasmine' },
    { 'req-cal-1': { kind: 'period-booking', ...accepted } },
    now,
  );
  // Other families: a full day (Tom waits for it), a few days with few places left, ordinary days.
  const others = new Map<string, number>();
  const capacity = (unitId: string) => units.get(unitId)?.capacity ?? 0;
  meals.slice(0, 10).forEach((date, index) => others.set(placesKey(ids.meal, date), 30 + ((index * 7) % 20)));
  if (full) others.set(placesKey(ids.meal, full), capacity(ids.meal));
  wednesdays.forEach((date) => others.set(placesKey(ids.wednesday, date), 12));
  if (wednesdays[1]) others.set(placesKey(ids.wednesday, wednesdays[1]), capacity(ids.wednesday) - 3);
  evenings.forEach((date) => others.set(placesKey(ids.evening, date), 18));
  if (evenings[1]) others.set(placesKey(ids.evening, evenings[1]), capacity(ids.evening) - 3);
  const taken = new Map(others);
  for (const held of [...known, ...separated].filter((one) => placeStatuses.has(one.status))) {
    const key = placesKey(held.unitId, held.date);
    taken.set(key, (taken.get(key) ?? 0) + 1);
  }
  return {
    timeZone,
    activities,
    calendars,
    enrolments: enrolmentsOf[profile],
    quotients: profile === 'fr' ? { known: 620 } : {},
    bookings: { known, separated },
    requests: { known: knownRequests, separated: separatedRequests },
    taken,
    invoicedThrough: addDays(`${today.slice(0, 7)}-01`, -1),
  };
}

/** One demo family's `CalendarState` from the commune's demo calendar and the family's children (`demoFamilyState`). */
export function demoCalendarState(
  calendar: DemoCalendar,
  family: DemoFamily,
  children: readonly ChildRecord[],
): CalendarState {
  return {
    timeZone: calendar.timeZone,
    activities: calendar.activities,
    calendars: calendar.calendars,
    children: children.map((child) => ({
      id: child.id,
      firstName: child.identity.firstName,
      schoolSiteId: child.identity.schoolSiteId,
      healthForm: child.healthForm,
      activityIds: calendar.enrolments[child.id] ?? [],
    })),
    quotient: calendar.quotients[family],
    bookings: calendar.bookings[family] ?? [],
    taken: calendar.taken,
    invoicedThrough: calendar.invoicedThrough,
  };
}
