import { expect } from '@open-wc/testing';
import type { Planning } from '../../../src/domain/index.js';
import {
  periodBooking,
  periodDefaults,
  periodGrid,
  periodProblems,
  type PeriodFields,
} from '../../../src/elements/family-calendar/period-model.js';
import { planningOf } from '../family-calendar.fixtures.js';

/** January 2027 with a Wednesday activity Léa alone is enrolled in, and a unit billed from presence. */
function planning(): Planning {
  const base = planningOf({ from: '2027-01-01', to: '2027-01-31' });
  const care = base.activities[0]!;
  const wednesday = {
    ...care.units[0]!,
    id: 'unit-wednesday',
    name: 'Mercredi après-midi',
    weekdays: [3],
  };
  const presence = { ...care.units[0]!, id: 'unit-garderie', name: 'Garderie', mode: 'presence' as const };
  return {
    ...base,
    activities: [
      { ...care, units: [...care.units, presence] },
      { id: 'act-wednesday', name: 'Mercredis', units: [wednesday] },
    ],
    children: base.children.map((child) =>
      child.childId === 'chi-2' ? { ...child, activityIds: ['act-care', 'act-wednesday'] } : child,
    ),
  };
}

const fields = (patch: Partial<PeriodFields> = {}): PeriodFields => ({
  childIds: ['chi-1'],
  from: '2027-01-20',
  to: '2027-01-31',
  weeks: 'every',
  slots: ['1-unit-meal'],
  ...patch,
});

describe('period-model', () => {
  it('grids the bookable units of the checked children’s activities, on the weekdays they run', () => {
    const one = periodGrid(planning(), ['chi-1']);
    expect(one.activities.map(({ units }) => units.map((unit) => unit.id))).to.deep.equal([
      ['unit-morning', 'unit-meal'],
    ]);
    expect(one.weekdays).to.deep.equal([1, 2, 3, 4, 5]);
    const both = periodGrid(planning(), ['chi-1', 'chi-2']);
    expect(both.activities.map(({ activity }) => activity.id)).to.deep.equal(['act-care', 'act-wednesday']);
    expect(periodGrid(planning(), []).activities).to.have.length(0);
  });

  it('starts on the given child (else the first) from the first day it may book to the month’s end', () => {
    expect(periodDefaults(planning(), 'chi-2')).to.deep.include({
      childIds: ['chi-2'],
      from: '2027-01-20',
      to: '2027-01-31',
      weeks: 'every',
    });
    expect(periodDefaults(planning(), undefined).childIds).to.deep.equal(['chi-1']);
  });

  it('says what stops a preview, a year at most', () => {
    const grid = periodGrid(planning(), ['chi-1']);
    expect(periodProblems(fields(), grid)).to.deep.equal([]);
    expect(periodProblems(fields({ childIds: [], from: '' }), grid)).to.deep.equal(['child', 'from']);
    expect(periodProblems(fields({ to: '2027-01-19' }), grid)).to.deep.equal(['order']);
    expect(periodProblems(fields({ to: '2028-01-19' }), grid)).to.deep.equal([]);
    expect(periodProblems(fields({ to: '2028-01-20' }), grid)).to.deep.equal(['length']);
    expect(periodProblems(fields({ slots: [] }), grid)).to.deep.equal(['slots']);
  });

  it('sends only the slots of units a checked child has', () => {
    const state = fields({ slots: ['1-unit-meal', '3-unit-wednesday'] });
    expect(periodBooking(state, periodGrid(planning(), ['chi-1'])).slots).to.deep.equal([
      { weekday: 1, unitId: 'unit-meal' },
    ]);
    expect(
      periodProblems(fields({ slots: ['3-unit-wednesday'] }), periodGrid(planning(), ['chi-1'])),
    ).to.deep.equal(['slots']);
  });
});
