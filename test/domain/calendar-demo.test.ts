import { expect } from '@open-wc/testing';
import {
  ActivitySchema,
  dayOf,
  PlanningSchema,
  planningOf,
  SchoolCalendarSchema,
  type PlanningCell,
} from '../../src/domain/index.js';
import { demoCalendar, demoCalendarState } from '../../src/demo-data/calendar.js';
import { demoFamilyState, type DemoFamily, type DemoProfile } from '../../src/demo-data/index.js';

/** Thursday 3 December 2026, 10:00 in Brussels and Paris. */
const now = new Date('2026-12-03T09:00:00Z');
const range = { from: '2026-11-23', to: '2027-02-05' };

function planning(profile: DemoProfile, family: DemoFamily) {
  const calendar = demoCalendar(profile, now);
  const state = demoCalendarState(calendar, family, demoFamilyState(profile, family, now).children);
  return planningOf(state, range, now);
}
const cellsOf = (profile: DemoProfile, family: DemoFamily, childId: string): PlanningCell[] =>
  planning(profile, family).children.find((child) => child.childId === childId)?.cells ?? [];

describe('the demo calendar', () => {
  it('gives both communes valid activities and two school years, on the wire’s schemas', () => {
    for (const profile of ['be', 'fr'] as const) {
      const calendar = demoCalendar(profile, now);
      for (const activity of calendar.activities)
        expect(ActivitySchema.safeParse(activity).success, activity.id).to.equal(true);
      expect(calendar.calendars.map((year) => year.schoolYear)).to.deep.equal(['2026-2027', '2027-2028']);
      for (const year of calendar.calendars)
        expect(SchoolCalendarSchema.safeParse(year).success, year.schoolYear).to.equal(true);
      expect(calendar.invoicedThrough).to.equal('2026-11-30');
      expect(PlanningSchema.safeParse(planning(profile, 'known')).success, profile).to.equal(true);
    }
  });

  it('follows the FWB calendar in Belgium and zone B in France', () => {
    const cases: [DemoProfile, string, string][] = [
      ['be', '2026-08-31', 'school-day'],
      ['be', '2026-10-26', 'school-holiday'],
      ['be', '2026-11-23', 'school-holiday'],
      ['be', '2026-12-25', 'public-holiday'],
      ['be', '2027-01-29', 'closure'],
      ['be', '2027-02-15', 'school-holiday'],
      ['be', '2027-03-29', 'public-holiday'],
      ['be', '2027-07-21', 'closure'],
      ['be', '2027-08-15', 'public-holiday'],
      ['be', '2027-09-27', 'school-holiday'],
      ['be', '2028-03-01', 'school-holiday'],
      ['fr', '2026-09-01', 'school-day'],
      ['fr', '2026-12-21', 'school-holiday'],
      ['fr', '2027-02-22', 'school-holiday'],
      ['fr', '2027-03-08', 'school-day'],
      ['fr', '2027-04-09', 'closure'],
      ['fr', '2027-05-07', 'school-holiday'],
      ['fr', '2027-07-14', 'public-holiday'],
      ['fr', '2028-04-17', 'public-holiday'],
    ];
    for (const [profile, date, kind] of cases) {
      const calendar = demoCalendar(profile, now);
      const site = profile === 'be' ? 'centre' : 'jaures';
      expect(dayOf(calendar.calendars, site, date).kind, `${profile} ${date}`).to.equal(kind);
    }
  });

  it('shows every state and lock in the known family’s planning, near today', () => {
    for (const profile of ['be', 'fr'] as const) {
      const cells = [...cellsOf(profile, 'known', 'chi-1'), ...cellsOf(profile, 'known', 'chi-2')];
      const statuses = new Set(cells.map((cell) => cell.status));
      for (const status of [
        'available',
        'few-places',
        'full',
        'requested',
        'booked',
        'waiting',
        'refused',
        'cancel-requested',
        'absence-requested',
        'absent-excused',
        'absent-billed',
        'present',
      ] as const)
        expect(statuses.has(status), `${profile} ${status}`).to.equal(true);
      const locks = new Set(cells.map((cell) => cell.locked?.reason));
      for (const reason of ['past', 'deadline-passed', 'not-enrolled'] as const)
        expect(locks.has(reason), `${profile} ${reason}`).to.equal(true);
      const full = cells.find((cell) => cell.status === 'full');
      expect(full?.actions.book?.outcome, profile).to.equal('waiting');
    }
    const be = cellsOf('be', 'known', 'chi-1');
    expect(be.some((cell) => cell.locked?.reason === 'presence-only')).to.equal(true);
    expect(be.some((cell) => cell.locked?.reason === 'closed' && cell.date === '2027-01-29')).to.equal(true);
  });

  it('prices by the French family’s quotient, and locks a child without a health form', () => {
    const lunch = cellsOf('fr', 'known', 'chi-1').find((cell) => cell.unitId === 'fr-lunch');
    expect(lunch?.priceCents).to.equal(230);
    const yasmine = cellsOf('be', 'separated', 'chi-3');
    expect(yasmine.some((cell) => cell.status === 'booked')).to.equal(true);
    expect(yasmine.some((cell) => cell.locked?.reason === 'health-form-missing')).to.equal(true);
  });
});
