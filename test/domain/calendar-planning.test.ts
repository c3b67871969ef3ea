import { expect } from '@open-wc/testing';
import { planningOf, placesKey, type CalendarState, type PlanningCell } from '../../src/domain/index.js';
import { now, record, state } from './calendar-fixtures.js';

const range = { from: '2027-02-22', to: '2027-03-31' };

function cellOf(
  calendar: CalendarState,
  unitId: string,
  date: string,
  childId = 'lea',
): PlanningCell | undefined {
  const child = planningOf(calendar, range, now).children.find((candidate) => candidate.childId === childId);
  return child?.cells.find((cell) => cell.unitId === unitId && cell.date === date);
}

describe('planningOf', () => {
  it('answers the range, its zone and activities, each child’s days and enrolments', () => {
    const planning = planningOf(state(), range, now);
    expect(planning).to.include({
      from: range.from,
      to: range.to,
      at: now.toISOString(),
      timeZone: 'Europe/Brussels',
    });
    expect(planning.currency).to.equal('EUR');
    expect(planning.activities.map((activity) => activity.id)).to.deep.equal([
      'morning-care',
      'canteen',
      'evening',
      'wednesdays',
    ]);
    const [lea, tom] = planning.children;
    expect(lea?.days).to.have.length(38);
    expect(lea?.days.find((day) => day.date === '2027-03-29')?.kind).to.equal('public-holiday');
    expect(tom?.activityIds).to.deep.equal(['canteen', 'evening']);
    const meals = lea?.cells.filter((cell) => cell.unitId === 'meal').map((cell) => cell.date);
    expect(meals).not.to.include('2027-03-06');
    expect(meals).not.to.include('2027-03-03');
    expect(meals).to.include('2027-03-12');
  });

  it('gives every free cell its state, places, price and booking deadline, or why it is locked', () => {
    const full = state({
      taken: new Map([
        [placesKey('meal', '2027-03-04'), 2],
        [placesKey('wednesday', '2027-03-10'), 7],
        [placesKey('wednesday', '2027-03-17'), 6],
      ]),
      bookings: [record('short', '2027-03-05', 'booked')],
    });
    const missing = state();
    missing.children[1] = { ...missing.children[1]!, healthForm: 'missing' };
    const cases: [string, CalendarState, string, string, string, Partial<PlanningCell>][] = [
      [
        'available: booked at once until J−2 at 10:00',
        state(),
        'lea',
        'short',
        '2027-03-04',
        {
          status: 'available',
          priceCents: 200,
          actions: { book: { until: '2027-03-02T09:00:00.000Z', outcome: 'booked' } },
        },
      ],
      [
        'few places left (3 or fewer), manual validation: a request',
        full,
        'lea',
        'wednesday',
        '2027-03-10',
        {
          status: 'few-places',
          placesLeft: 3,
          priceCents: 600,
          actions: { book: { until: '2027-03-03T11:00:00.000Z', outcome: 'requested' } },
        },
      ],
      ['four left: available', full, 'lea', 'wednesday', '2027-03-17', { status: 'available' }],
      [
        'full: the waiting list',
        full,
        'lea',
        'meal',
        '2027-03-04',
        { status: 'full', actions: { book: { until: '2027-03-02T09:00:00.000Z', outcome: 'waiting' } } },
      ],
      [
        'today, past its deadline',
        state(),
        'lea',
        'short',
        '2027-03-01',
        {
          status: 'available',
          actions: {},
          locked: { reason: 'deadline-passed', deadline: '2027-02-25T09:00:00.000Z' },
        },
      ],
      ['past', state(), 'lea', 'short', '2027-02-26', { actions: {}, locked: { reason: 'past' } }],
      [
        'invoiced',
        state({ invoicedThrough: '2027-03-31' }),
        'lea',
        'short',
        '2027-03-04',
        { actions: {}, locked: { reason: 'invoiced' } },
      ],
      [
        'not enrolled',
        state(),
        'tom',
        'wednesday',
        '2027-03-10',
        { actions: {}, locked: { reason: 'not-enrolled' } },
      ],
      [
        'health form missing',
        missing,
        'tom',
        'short',
        '2027-03-04',
        { actions: {}, locked: { reason: 'health-form-missing' } },
      ],
      [
        'a pedagogical day: closed',
        state(),
        'lea',
        'meal',
        '2027-03-12',
        { status: 'not-offered', actions: {}, locked: { reason: 'closed' } },
      ],
      [
        'Easter Monday: closed',
        state(),
        'lea',
        'meal',
        '2027-03-29',
        { status: 'not-offered', locked: { reason: 'closed' } },
      ],
      [
        'the garderie: billed from attendance',
        state(),
        'lea',
        'morning',
        '2027-03-04',
        { actions: {}, locked: { reason: 'presence-only' } },
      ],
      [
        'an evening excluded by the other one booked',
        full,
        'lea',
        'long',
        '2027-03-05',
        { status: 'available', actions: {}, locked: { reason: 'incompatible' } },
      ],
    ];
    for (const [name, calendar, childId, unitId, date, expected] of cases) {
      const cell = cellOf(calendar, unitId, date, childId);
      expect(cell, name).to.deep.include(expected);
      if (!expected.locked) expect(cell?.locked, name).to.equal(undefined);
    }
  });

  it('lets a held day be cancelled until its deadline, late as the unit says, and reported absent', () => {
    const bookings = [
      record('meal', '2027-03-08', 'booked'),
      record('meal', '2027-03-02', 'booked'),
      record('short', '2027-03-02', 'booked'),
      record('wednesday', '2027-03-03', 'booked'),
      record('wednesday', '2027-03-10', 'requested'),
      record('meal', '2027-03-09', 'waiting'),
      record('meal', '2027-03-11', 'cancel-requested'),
      record('meal', '2027-02-25', 'booked'),
      record('morning', '2027-02-26', 'present'),
      record('meal', '2027-03-15', 'absence-requested'),
      { ...record('meal', '2027-03-16', 'refused'), note: 'Plus de repas ce jour-là' },
      record('meal', '2027-03-18', 'cancelled'),
    ];
    const calendar = state({ bookings });
    const endOfDay = (date: string) => `${date}T23:00:00.000Z`;
    const cases: [string, string, string, Partial<PlanningCell>][] = [
      [
        'booked, in time',
        'meal',
        '2027-03-08',
        {
          status: 'booked',
          actions: {
            cancel: { until: '2027-03-04T09:00:00.000Z', outcome: 'cancelled', billed: false },
            absence: { until: endOfDay('2027-03-08') },
          },
        },
      ],
      [
        'booked, late: billed',
        'meal',
        '2027-03-02',
        {
          status: 'booked',
          actions: {
            cancel: { outcome: 'cancelled', billed: true },
            absence: { until: endOfDay('2027-03-02') },
          },
        },
      ],
      [
        'booked, late: refused, an absence still',
        'short',
        '2027-03-02',
        {
          status: 'booked',
          actions: { absence: { until: endOfDay('2027-03-02') } },
          locked: { reason: 'deadline-passed', deadline: '2027-02-26T09:00:00.000Z' },
        },
      ],
      [
        'booked, late: a request to the service',
        'wednesday',
        '2027-03-03',
        {
          status: 'booked',
          actions: {
            cancel: { outcome: 'cancel-requested', billed: false },
            absence: { until: endOfDay('2027-03-03') },
          },
        },
      ],
      [
        'requested, in time: no absence yet',
        'wednesday',
        '2027-03-10',
        {
          status: 'requested',
          actions: { cancel: { until: '2027-03-03T11:00:00.000Z', outcome: 'cancelled', billed: false } },
        },
      ],
      [
        'waiting: leaving the list until the day',
        'meal',
        '2027-03-09',
        {
          status: 'waiting',
          actions: { cancel: { until: '2027-03-08T23:00:00.000Z', outcome: 'cancelled', billed: false } },
        },
      ],
      ['cancellation requested', 'meal', '2027-03-11', { status: 'cancel-requested', actions: {} }],
      ['absence requested', 'meal', '2027-03-15', { status: 'absence-requested', actions: {} }],
      ['booked, past', 'meal', '2027-02-25', { status: 'booked', actions: {}, locked: { reason: 'past' } }],
      [
        'present',
        'morning',
        '2027-02-26',
        { status: 'present', actions: {}, locked: { reason: 'presence-only' } },
      ],
      [
        'refused, with the service’s reason: may be asked again',
        'meal',
        '2027-03-16',
        {
          status: 'refused',
          note: 'Plus de repas ce jour-là',
          actions: { book: { until: '2027-03-12T09:00:00.000Z', outcome: 'booked' } },
        },
      ],
      ['cancelled: free again', 'meal', '2027-03-18', { status: 'few-places', placesLeft: 2 }],
    ];
    for (const [name, unitId, date, expected] of cases) {
      const cell = cellOf(calendar, unitId, date);
      expect(cell, name).to.deep.include(expected);
      if (!expected.locked) expect(cell?.locked, name).to.equal(undefined);
    }
  });

  it('prices each day for the family: its quotient’s band, none known the last', () => {
    expect(cellOf(state({ quotient: 650 }), 'wednesday', '2027-03-10')?.priceCents).to.equal(300);
    expect(cellOf(state({ quotient: 900 }), 'wednesday', '2027-03-10')?.priceCents).to.equal(600);
    expect(cellOf(state(), 'wednesday', '2027-03-10')?.priceCents).to.equal(600);
    expect(cellOf(state(), 'meal', '2027-03-10')).to.equal(undefined);
  });
});
