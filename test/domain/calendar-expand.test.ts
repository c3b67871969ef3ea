import { expect } from '@open-wc/testing';
import { copyChanges, expandPeriod, type PeriodBooking, type WeekPattern } from '../../src/domain/index.js';
import { record, state } from './calendar-fixtures.js';

const period = (overrides: Partial<PeriodBooking>): PeriodBooking => ({
  childIds: ['lea'],
  from: '2027-03-01',
  to: '2027-03-31',
  weeks: 'every',
  slots: [
    { weekday: 1, unitId: 'meal' },
    { weekday: 4, unitId: 'meal' },
    { weekday: 3, unitId: 'wednesday' },
  ],
  ...overrides,
});
const dates = (booking: PeriodBooking) => expandPeriod(booking, state()).map((change) => change.date);

describe('period bookings and copies', () => {
  it('books the counted weeks’ slots, on offered days only', () => {
    const cases: [string, Partial<PeriodBooking>, string[]][] = [
      [
        'every week, Easter Monday skipped',
        {},
        [
          ...['2027-03-01', '2027-03-03', '2027-03-04', '2027-03-08', '2027-03-10', '2027-03-11'],
          ...[
            '2027-03-15',
            '2027-03-17',
            '2027-03-18',
            '2027-03-22',
            '2027-03-24',
            '2027-03-25',
            '2027-03-31',
          ],
        ],
      ],
      [
        'every other week from the first',
        { weeks: 'alternate' },
        ['2027-03-01', '2027-03-03', '2027-03-04', '2027-03-15', '2027-03-17', '2027-03-18', '2027-03-31'],
      ],
      [
        'every other week from a Wednesday: that week counts',
        { weeks: 'alternate', from: '2027-03-10' },
        ['2027-03-10', '2027-03-11', '2027-03-22', '2027-03-24', '2027-03-25'],
      ],
      [
        'even ISO weeks (10 and 12)',
        { weeks: 'even' },
        ['2027-03-08', '2027-03-10', '2027-03-11', '2027-03-22', '2027-03-24', '2027-03-25'],
      ],
      [
        'odd ISO weeks (9, 11, 13)',
        { weeks: 'odd', from: '2027-03-10' },
        ['2027-03-15', '2027-03-17', '2027-03-18', '2027-03-31'],
      ],
      [
        'the carnival holidays skipped',
        { from: '2027-02-01', to: '2027-02-28', slots: [{ weekday: 1, unitId: 'meal' }] },
        ['2027-02-01', '2027-02-22'],
      ],
      [
        'the pedagogical day’s closure skipped',
        { slots: [{ weekday: 5, unitId: 'meal' }] },
        ['2027-03-05', '2027-03-19', '2027-03-26'],
      ],
      ['a unit on a weekday it does not run on', { slots: [{ weekday: 3, unitId: 'meal' }] }, []],
      ['an unknown unit', { slots: [{ weekday: 1, unitId: 'pool' }] }, []],
    ];
    for (const [name, overrides, expected] of cases)
      expect(dates(period(overrides)), name).to.deep.equal(expected);
  });

  it('books each child, child by child, and every change is a booking', () => {
    const changes = expandPeriod(
      period({ childIds: ['tom', 'lea'], to: '2027-03-07', weeks: 'every' as WeekPattern }),
      state(),
    );
    expect(changes.map((change) => `${change.childId} ${change.unitId} ${change.date}`)).to.deep.equal([
      'lea meal 2027-03-01',
      'lea wednesday 2027-03-03',
      'lea meal 2027-03-04',
      'tom meal 2027-03-01',
      'tom wednesday 2027-03-03',
      'tom meal 2027-03-04',
    ]);
    expect(changes.every((change) => change.action === 'book')).to.equal(true);
  });

  it('copies the days a child holds in an activity to siblings, over the period', () => {
    const bookings = [
      record('meal', '2027-03-01', 'booked'),
      record('meal', '2027-03-02', 'waiting'),
      record('meal', '2027-03-04', 'cancelled'),
      record('meal', '2027-03-05', 'refused'),
      record('meal', '2027-03-08', 'requested'),
      record('meal', '2027-03-09', 'cancel-requested'),
      record('meal', '2027-03-15', 'booked'),
      record('wednesday', '2027-03-03', 'booked'),
    ];
    const copy = {
      sourceChildId: 'lea',
      targetChildIds: ['tom', 'lea'],
      activityId: 'canteen',
      from: '2027-03-01',
      to: '2027-03-08',
    };
    expect(
      copyChanges(copy, state({ bookings })).map((change) => `${change.childId} ${change.date}`),
    ).to.deep.equal(['tom 2027-03-01', 'tom 2027-03-02', 'tom 2027-03-08']);
    expect(copyChanges({ ...copy, activityId: 'pool' }, state({ bookings }))).to.deep.equal([]);
  });
});
