import type { Activity, BookingRecord, CalendarState, SchoolCalendar, Unit } from '../../src/domain/index.js';
import { publicHolidays } from '../../src/domain/index.js';

/*
 * A small Belgian commune for the calendar's tests: one school site on the
 * FWB calendar of 2026-2027 (Easter Monday 29 March 2027, the spring break
 * 3–14 May, a pedagogical day closing the service on Friday 12 March), and
 * units with each kind of rule.
 */
export const calendar: SchoolCalendar = {
  schoolYear: '2026-2027',
  schoolSiteIds: ['centre'],
  start: '2026-08-31',
  end: '2027-07-02',
  holidays: [
    { from: '2026-10-19', to: '2026-10-30', name: 'Congé d’automne' },
    { from: '2026-12-21', to: '2027-01-01', name: 'Vacances d’hiver' },
    { from: '2027-02-08', to: '2027-02-19', name: 'Congé de détente' },
    { from: '2027-05-03', to: '2027-05-14', name: 'Vacances de printemps' },
  ],
  publicHolidays: [...publicHolidays('BE', 2026), ...publicHolidays('BE', 2027)],
  closures: [{ from: '2027-03-12', to: '2027-03-12', name: 'Journée pédagogique' }],
};

const unit = (id: string, overrides: Partial<Unit> = {}): Unit => ({
  id,
  name: id,
  abbreviation: id.slice(0, 1).toUpperCase(),
  start: '07:00',
  end: '08:30',
  weekdays: [1, 2, 4, 5],
  days: 'school-days',
  excludes: [],
  mode: 'booking',
  validation: 'automatic',
  book: { kind: 'days-before', days: 2, at: '10:00', skip: ['weekend', 'public-holiday'] },
  cancel: 'same',
  lateCancel: 'refused',
  meal: false,
  pricing: { kind: 'flat', cents: 150 },
  ...overrides,
});

export const units = {
  morning: unit('morning', { mode: 'presence' }),
  meal: unit('meal', {
    meal: true,
    capacity: 2,
    lateCancel: 'billed',
    pricing: { kind: 'flat', cents: 380 },
  }),
  short: unit('short', {
    start: '15:30',
    end: '17:00',
    excludes: ['long'],
    pricing: { kind: 'flat', cents: 200 },
  }),
  long: unit('long', {
    start: '15:30',
    end: '18:00',
    excludes: ['short'],
    pricing: { kind: 'flat', cents: 350 },
  }),
  wednesday: unit('wednesday', {
    weekdays: [3],
    start: '12:00',
    end: '18:00',
    validation: 'manual',
    book: { kind: 'weekday-before', weekday: 3, weeksBefore: 1, at: '12:00' },
    lateCancel: 'request',
    capacity: 10,
    pricing: { kind: 'quotient-bands', bands: [{ upTo: 700, cents: 300 }, { cents: 600 }] },
  }),
};

export const activities: Activity[] = [
  { id: 'morning-care', name: 'Accueil du matin', units: [units.morning] },
  { id: 'canteen', name: 'Repas chaud', units: [units.meal] },
  { id: 'evening', name: 'Accueil du soir', units: [units.short, units.long] },
  { id: 'wednesdays', name: 'Mercredi après-midi', units: [units.wednesday] },
];

/** Léa (enrolled everywhere, her health form complete) and Tom (canteen and evenings only, no health form). */
export function state(overrides: Partial<CalendarState> = {}): CalendarState {
  return {
    timeZone: 'Europe/Brussels',
    activities,
    calendars: [calendar],
    children: [
      {
        id: 'lea',
        firstName: 'Léa',
        schoolSiteId: 'centre',
        healthForm: 'complete',
        activityIds: ['morning-care', 'canteen', 'evening', 'wednesdays'],
      },
      {
        id: 'tom',
        firstName: 'Tom',
        schoolSiteId: 'centre',
        healthForm: 'complete',
        activityIds: ['canteen', 'evening'],
      },
    ],
    bookings: [],
    taken: new Map(),
    ...overrides,
  };
}

/** Monday 1 March 2027, 09:00 in Brussels. */
export const now = new Date('2027-03-01T08:00:00Z');

/** A record of Léa's (or `childId`'s), made by `req-1` before `now`. */
export const record = (
  unitId: string,
  date: string,
  status: BookingRecord['status'],
  childId = 'lea',
  at = '2027-02-20T10:00:00.000Z',
): BookingRecord => ({ childId, unitId, date, status, requestId: 'req-1', at });
