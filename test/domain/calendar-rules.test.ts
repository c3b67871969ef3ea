import { expect } from '@open-wc/testing';
import {
  communeTimeZone,
  dayOf,
  deadlineOf,
  easterSunday,
  offered,
  placesKey,
  publicHolidays,
  unitPriceCents,
  type DeadlineRule,
  type UnitPricing,
} from '../../src/domain/index.js';
import { dateIn, zonedInstant } from '../../src/domain/calendar/dates.js';
import { calendar, units } from './calendar-fixtures.js';

const dayAt = (date: string) => dayOf([calendar], 'centre', date);
const workingDays: DeadlineRule = {
  kind: 'days-before',
  days: 2,
  at: '10:00',
  skip: ['weekend', 'public-holiday'],
};

describe('calendar rules', () => {
  it('keys places by unit and day, and tells each commune’s zone', () => {
    expect(placesKey('meal', '2027-03-01')).to.equal('meal|2027-03-01');
    expect(placesKey('meal', '2027-03-01')).not.to.equal(placesKey('meal', '2027-03-02'));
    expect(communeTimeZone({ country: 'BE' })).to.equal('Europe/Brussels');
    expect(communeTimeZone({ country: 'FR' })).to.equal('Europe/Paris');
  });

  it('finds Easter by the computus, and the public holidays that hang on it', () => {
    const easters: [number, string][] = [
      [2024, '2024-03-31'],
      [2025, '2025-04-20'],
      [2026, '2026-04-05'],
      [2027, '2027-03-28'],
      [2028, '2028-04-16'],
      [2038, '2038-04-25'],
    ];
    for (const [year, date] of easters) expect(easterSunday(year), String(year)).to.equal(date);
    const be = publicHolidays('BE', 2027).map((day) => day.date);
    expect(be).to.include.members(['2027-03-29', '2027-05-06', '2027-05-17', '2027-07-21']);
    expect(be).not.to.include('2027-07-14');
    const fr = publicHolidays('FR', 2027).map((day) => day.date);
    expect(fr).to.include.members(['2027-05-08', '2027-07-14']);
    expect(fr).not.to.include('2027-07-21');
    expect(fr).to.deep.equal([...fr].sort());
  });

  it('tells each kind of day, with its name', () => {
    const cases: [string, string, string | undefined][] = [
      ['2027-03-01', 'school-day', undefined],
      ['2027-03-06', 'weekend', undefined],
      ['2027-03-29', 'public-holiday', 'Lundi de Pâques'],
      ['2027-03-12', 'closure', 'Journée pédagogique'],
      ['2027-02-10', 'school-holiday', 'Congé de détente'],
      ['2027-07-15', 'school-holiday', undefined],
      ['2026-08-28', 'school-holiday', undefined],
    ];
    for (const [date, kind, name] of cases) {
      const day = dayAt(date);
      expect(day.kind, date).to.equal(kind);
      const text = day.name as { fr?: string } | string | undefined;
      expect(typeof text === 'object' ? text.fr : text, date).to.equal(name);
    }
    expect(dayOf([calendar], 'elsewhere', '2027-03-29').kind).to.equal('school-holiday');
    expect(dayOf([calendar], undefined, '2027-03-29').kind).to.equal('public-holiday');
  });

  it('offers a unit on its weekdays and kind of days, never on a closure or public holiday', () => {
    const holidayUnit = { weekdays: [1, 2, 3, 4, 5], days: 'school-holidays' as const };
    const cases: [string, Parameters<typeof offered>[0], boolean][] = [
      ['2027-03-01', units.meal, true],
      ['2027-03-03', units.meal, false],
      ['2027-03-03', units.wednesday, true],
      ['2027-03-06', units.meal, false],
      ['2027-03-12', units.meal, false],
      ['2027-03-29', units.meal, false],
      ['2027-02-10', units.meal, false],
      ['2027-02-10', holidayUnit, true],
      ['2027-03-01', holidayUnit, false],
      ['2027-03-29', holidayUnit, false],
    ];
    for (const [date, unit, expected] of cases) expect(offered(unit, dayAt(date)), date).to.equal(expected);
  });

  it('closes "J−2 à 10:00, jours ouvrables" over weekends, public holidays and summer-time changes', () => {
    const cases: [string, string, DeadlineRule, string][] = [
      ['a Wednesday: the Monday', '2027-03-03', workingDays, '2027-03-01T09:00:00.000Z'],
      ['a Monday: the Thursday before', '2027-03-08', workingDays, '2027-03-04T09:00:00.000Z'],
      ['a Tuesday: the Friday before', '2027-03-09', workingDays, '2027-03-05T09:00:00.000Z'],
      [
        'after Easter Monday, summer time: the Friday before at 10:00 winter time',
        '2027-03-31',
        workingDays,
        '2027-03-26T09:00:00.000Z',
      ],
      [
        'the Thursday after Easter: Tuesday at 10:00 summer time',
        '2027-04-01',
        workingDays,
        '2027-03-30T08:00:00.000Z',
      ],
      [
        'a Monday after summer time ends: Thursday, still summer time',
        '2026-10-26',
        workingDays,
        '2026-10-22T08:00:00.000Z',
      ],
      [
        'a Wednesday after it ends: Monday, winter time',
        '2026-10-28',
        workingDays,
        '2026-10-26T09:00:00.000Z',
      ],
      [
        'calendar days: weekends count',
        '2027-03-08',
        { kind: 'days-before', days: 2, at: '18:00', skip: [] },
        '2027-03-06T17:00:00.000Z',
      ],
      [
        'the same day',
        '2027-03-08',
        { kind: 'days-before', days: 0, at: '08:00', skip: ['weekend'] },
        '2027-03-08T07:00:00.000Z',
      ],
      [
        'a closure skipped',
        '2027-03-15',
        { kind: 'days-before', days: 2, at: '10:00', skip: ['weekend', 'closure'] },
        '2027-03-10T09:00:00.000Z',
      ],
      [
        'the previous week’s Wednesday',
        '2027-03-10',
        { kind: 'weekday-before', weekday: 3, weeksBefore: 1, at: '12:00' },
        '2027-03-03T11:00:00.000Z',
      ],
      [
        'the Wednesday two weeks before a Friday',
        '2027-03-12',
        { kind: 'weekday-before', weekday: 3, weeksBefore: 2, at: '12:00' },
        '2027-02-24T11:00:00.000Z',
      ],
      [
        'the last Wednesday before a Wednesday',
        '2027-03-10',
        { kind: 'weekday-before', weekday: 3, weeksBefore: 0, at: '12:00' },
        '2027-03-03T11:00:00.000Z',
      ],
      [
        'the last Thursday before a Monday',
        '2027-03-08',
        { kind: 'weekday-before', weekday: 4, weeksBefore: 0, at: '12:00' },
        '2027-03-04T11:00:00.000Z',
      ],
      [
        'the 20th of the previous month',
        '2027-04-12',
        { kind: 'day-of-previous-month', day: 20, at: '23:59' },
        '2027-03-20T22:59:00.000Z',
      ],
      [
        'the 20th of December for January',
        '2027-01-04',
        { kind: 'day-of-previous-month', day: 20, at: '12:00' },
        '2026-12-20T11:00:00.000Z',
      ],
    ];
    for (const [name, date, rule, instant] of cases)
      expect(deadlineOf(rule, date, dayAt, 'Europe/Brussels').toISOString(), name).to.equal(instant);
    expect(deadlineOf(workingDays, '2027-03-03', dayAt, 'America/New_York').toISOString()).to.equal(
      '2027-03-01T15:00:00.000Z',
    );
  });

  it('tells today and a time of day in the commune’s zone, whatever the machine’s', () => {
    expect(dateIn(new Date('2027-03-01T22:59:00Z'), 'Europe/Brussels')).to.equal('2027-03-01');
    expect(dateIn(new Date('2027-03-01T23:00:00Z'), 'Europe/Brussels')).to.equal('2027-03-02');
    expect(dateIn(new Date('2027-06-30T22:00:00Z'), 'Europe/Paris')).to.equal('2027-07-01');
    expect(zonedInstant('2027-03-28', '01:30', 'Europe/Brussels').toISOString()).to.equal(
      '2027-03-28T00:30:00.000Z',
    );
    expect(zonedInstant('2027-03-28', '03:30', 'Europe/Brussels').toISOString()).to.equal(
      '2027-03-28T01:30:00.000Z',
    );
    // 02:30 does not exist that night: an instant within the hour the clocks skip.
    const skipped = zonedInstant('2027-03-28', '02:30', 'Europe/Brussels').getTime();
    expect(skipped).to.be.within(Date.parse('2027-03-28T00:30:00Z'), Date.parse('2027-03-28T01:30:00Z'));
    expect(zonedInstant('2026-10-25', '12:00', 'Europe/Brussels').toISOString()).to.equal(
      '2026-10-25T11:00:00.000Z',
    );
  });

  it('prices a day flat, or by the family quotient’s band (none known: the last)', () => {
    const bands: UnitPricing = {
      kind: 'quotient-bands',
      bands: [{ upTo: 500, cents: 100 }, { upTo: 1000, cents: 250 }, { cents: 420 }],
    };
    const cases: [UnitPricing, number | undefined, number][] = [
      [{ kind: 'flat', cents: 380 }, undefined, 380],
      [{ kind: 'flat', cents: 380 }, 300, 380],
      [bands, 0, 100],
      [bands, 500, 100],
      [bands, 501, 250],
      [bands, 1000, 250],
      [bands, 1001, 420],
      [bands, undefined, 420],
    ];
    for (const [pricing, quotient, cents] of cases)
      expect(unitPriceCents(pricing, quotient), `${pricing.kind} ${quotient}`).to.equal(cents);
  });
});
