import { expect } from '@open-wc/testing';
import {
  decideAbsence,
  decideChanges,
  offerFreedCalendarPlaces,
  placesKey,
  Refusal,
  type BookingChange,
  type BookingItem,
  type CalendarState,
  type WaitingEntry,
} from '../../src/domain/index.js';
import { activities, now, record, state } from './calendar-fixtures.js';

const book = (unitId: string, date: string, childId = 'lea'): BookingChange => ({
  childId,
  unitId,
  date,
  action: 'book',
});
const cancel = (unitId: string, date: string, childId = 'lea'): BookingChange => ({
  childId,
  unitId,
  date,
  action: 'cancel',
});
const decide = (calendar: CalendarState, ...changes: BookingChange[]) =>
  decideChanges(calendar, changes, now, 'req-9');
const brief = (item: BookingItem) =>
  [
    item.childId,
    item.unitId,
    item.date,
    item.outcome,
    item.reason ?? item.billed ?? '',
    item.deltaCents,
  ].join(' ');

describe('decideChanges', () => {
  it('books, asks, puts on the waiting list or refuses each day with its reason', () => {
    const missing = state();
    missing.children[1] = { ...missing.children[1]!, healthForm: 'missing' };
    const cases: [string, CalendarState, BookingChange, string][] = [
      ['booked at once', state(), book('short', '2027-03-04'), 'lea short 2027-03-04 booked  200'],
      [
        'manual validation: requested',
        state(),
        book('wednesday', '2027-03-10'),
        'lea wednesday 2027-03-10 requested  600',
      ],
      [
        'the quotient’s price',
        state({ quotient: 400 }),
        book('wednesday', '2027-03-10'),
        'lea wednesday 2027-03-10 requested  300',
      ],
      [
        'full: the waiting list',
        state({ taken: new Map([[placesKey('meal', '2027-03-04'), 2]]) }),
        book('meal', '2027-03-04'),
        'lea meal 2027-03-04 waiting  0',
      ],
      [
        'past its deadline',
        state(),
        book('short', '2027-03-01'),
        'lea short 2027-03-01 refused booking.deadline-passed 0',
      ],
      [
        'past',
        state(),
        book('short', '2027-02-26'),
        'lea short 2027-02-26 refused booking.deadline-passed 0',
      ],
      [
        'invoiced',
        state({ invoicedThrough: '2027-03-31' }),
        book('short', '2027-03-04'),
        'lea short 2027-03-04 refused booking.invoiced 0',
      ],
      [
        'not enrolled',
        state(),
        book('wednesday', '2027-03-10', 'tom'),
        'tom wednesday 2027-03-10 refused booking.not-enrolled 0',
      ],
      [
        'health form missing',
        missing,
        book('short', '2027-03-04', 'tom'),
        'tom short 2027-03-04 refused booking.health-form-missing 0',
      ],
      ['closed', state(), book('meal', '2027-03-12'), 'lea meal 2027-03-12 refused booking.not-offered 0'],
      [
        'not that weekday',
        state(),
        book('meal', '2027-03-03'),
        'lea meal 2027-03-03 refused booking.not-offered 0',
      ],
      [
        'an unknown unit',
        state(),
        book('pool', '2027-03-04'),
        'lea pool 2027-03-04 refused booking.not-offered 0',
      ],
      [
        'an unknown child',
        state(),
        book('meal', '2027-03-04', 'zoe'),
        'zoe meal 2027-03-04 refused booking.not-enrolled 0',
      ],
      [
        'the garderie',
        state(),
        book('morning', '2027-03-04'),
        'lea morning 2027-03-04 refused booking.presence-only 0',
      ],
      [
        'an excluded evening held',
        state({ bookings: [record('short', '2027-03-04', 'booked')] }),
        book('long', '2027-03-04'),
        'lea long 2027-03-04 refused booking.incompatible 0',
      ],
      [
        'already booked',
        state({ bookings: [record('short', '2027-03-04', 'booked')] }),
        book('short', '2027-03-04'),
        'lea short 2027-03-04 unchanged  0',
      ],
      [
        'refused before: asked again',
        state({ bookings: [record('short', '2027-03-04', 'refused')] }),
        book('short', '2027-03-04'),
        'lea short 2027-03-04 booked  200',
      ],
    ];
    for (const [name, calendar, change, expected] of cases)
      expect(decide(calendar, change).items.map(brief), name).to.deep.equal([expected]);
  });

  it('cancels in time, late as the unit says, and leaves what is already so', () => {
    const bookings = [
      record('meal', '2027-03-08', 'booked'),
      record('meal', '2027-03-02', 'booked'),
      record('short', '2027-03-02', 'booked'),
      record('wednesday', '2027-03-03', 'booked'),
      record('meal', '2027-03-09', 'waiting'),
      record('meal', '2027-03-11', 'cancel-requested'),
      record('meal', '2027-03-15', 'absence-requested'),
      record('meal', '2027-02-25', 'booked'),
    ];
    const calendar = state({ bookings });
    const cases: [string, BookingChange, string, string][] = [
      ['in time', cancel('meal', '2027-03-08'), 'lea meal 2027-03-08 cancelled  -380', 'cancelled'],
      [
        'late, billed: absent and billed',
        cancel('meal', '2027-03-02'),
        'lea meal 2027-03-02 cancelled true 0',
        'absent-billed',
      ],
      [
        'late, refused',
        cancel('short', '2027-03-02'),
        'lea short 2027-03-02 refused booking.deadline-passed 0',
        'booked',
      ],
      [
        'late: a request to the service',
        cancel('wednesday', '2027-03-03'),
        'lea wednesday 2027-03-03 cancel-requested  0',
        'cancel-requested',
      ],
      [
        'leaving the waiting list',
        cancel('meal', '2027-03-09'),
        'lea meal 2027-03-09 cancelled  0',
        'cancelled',
      ],
      ['already asked', cancel('meal', '2027-03-11'), 'lea meal 2027-03-11 unchanged  0', 'cancel-requested'],
      ['nothing booked', cancel('meal', '2027-03-04'), 'lea meal 2027-03-04 unchanged  0', ''],
      [
        'an absence asked for',
        cancel('meal', '2027-03-15'),
        'lea meal 2027-03-15 refused booking.not-booked 0',
        'absence-requested',
      ],
      [
        'past',
        cancel('meal', '2027-02-25'),
        'lea meal 2027-02-25 refused booking.deadline-passed 0',
        'booked',
      ],
    ];
    for (const [name, change, expected, status] of cases) {
      const outcome = decide(calendar, change);
      expect(outcome.items.map(brief), name).to.deep.equal([expected]);
      const written = outcome.records.find((one) => one.unitId === change.unitId && one.date === change.date);
      expect(
        written?.status ??
          bookings.find((one) => one.date === change.date && one.unitId === change.unitId)?.status ??
          '',
        name,
      ).to.equal(status);
      if (written) expect(written, name).to.include({ requestId: 'req-9', at: now.toISOString() });
    }
  });

  it('takes and gives back places, and gives the last place once', () => {
    const calendar = state({
      taken: new Map([[placesKey('meal', '2027-03-04'), 1]]),
      bookings: [record('meal', '2027-03-08', 'booked'), record('meal', '2027-03-02', 'booked')],
    });
    const outcome = decide(
      calendar,
      book('meal', '2027-03-04'),
      book('meal', '2027-03-04', 'tom'),
      cancel('meal', '2027-03-08'),
      cancel('meal', '2027-03-02'),
      book('wednesday', '2027-03-10'),
    );
    expect(outcome.items.map(brief)).to.deep.equal([
      'lea meal 2027-03-04 booked  380',
      'tom meal 2027-03-04 waiting  0',
      'lea meal 2027-03-08 cancelled  -380',
      'lea meal 2027-03-02 cancelled true 0',
      'lea wednesday 2027-03-10 requested  600',
    ]);
    expect(outcome.totalDeltaCents).to.equal(600);
    expect(outcome.taken).to.deep.equal([
      { unitId: 'meal', date: '2027-03-08', delta: -1 },
      { unitId: 'meal', date: '2027-03-02', delta: -1 },
      { unitId: 'meal', date: '2027-03-04', delta: 1 },
      { unitId: 'wednesday', date: '2027-03-10', delta: 1 },
    ]);
    expect(outcome.freed).to.deep.equal([
      { unitId: 'meal', date: '2027-03-08' },
      { unitId: 'meal', date: '2027-03-02' },
    ]);
    expect(outcome.records.map((one) => `${one.childId} ${one.date} ${one.status}`).sort()).to.deep.equal([
      'lea 2027-03-02 absent-billed',
      'lea 2027-03-04 booked',
      'lea 2027-03-08 cancelled',
      'lea 2027-03-10 requested',
      'tom 2027-03-04 waiting',
    ]);
    expect(outcome.requestStatus).to.equal('pending');
    expect(calendar.taken.get(placesKey('meal', '2027-03-04')), 'the state is left as it was').to.equal(1);
  });

  it('swaps excluded units in one batch, refuses both at once, and decides the same change once', () => {
    const swap = decide(
      state({ bookings: [record('short', '2027-03-04', 'booked')] }),
      book('long', '2027-03-04'),
      cancel('short', '2027-03-04'),
    );
    expect(swap.items.map(brief)).to.deep.equal([
      'lea long 2027-03-04 booked  350',
      'lea short 2027-03-04 cancelled  -200',
    ]);
    expect(swap.totalDeltaCents).to.equal(150);
    const both = decide(state(), book('short', '2027-03-05'), book('long', '2027-03-05'));
    expect(both.items.map(brief)).to.deep.equal([
      'lea short 2027-03-05 booked  200',
      'lea long 2027-03-05 refused booking.incompatible 0',
    ]);
    const twice = decide(state(), book('short', '2027-03-05'), book('short', '2027-03-05'));
    expect(twice.items.map((item) => item.outcome)).to.deep.equal(['booked', 'unchanged']);
    expect(twice.taken).to.have.length(1);
    expect(twice.records).to.have.length(1);
  });

  it('says whether the request is accepted, pending or refused, and writes its history', () => {
    expect(decide(state(), book('short', '2027-03-04')).requestStatus).to.equal('accepted');
    expect(decide(state(), book('short', '2027-03-01'), book('meal', '2027-03-12')).requestStatus).to.equal(
      'refused',
    );
    expect(decide(state(), book('short', '2027-03-01'), book('short', '2027-03-04')).requestStatus).to.equal(
      'accepted',
    );
    const outcome = decideChanges(
      state(),
      [book('short', '2027-03-08'), book('short', '2027-03-04', 'tom'), book('short', '2027-03-01')],
      now,
      'req-9',
      'period-booking',
    );
    expect(outcome.history).to.deep.equal({
      status: 'period-booking-received',
      label: 'Réservation sur période',
      at: now.toISOString(),
      messageCode: 'calendar-changes',
      params: {
        children: ['Léa', 'Tom'],
        from: '2027-03-01',
        to: '2027-03-08',
        booked: 2,
        pending: 0,
        waiting: 0,
        cancelled: 0,
        refused: 1,
      },
    });
    expect(decide(state(), book('short', '2027-03-04')).history.status).to.equal('booking-received');
  });
});

describe('decideAbsence', () => {
  const bookings = [
    record('meal', '2027-03-01', 'booked'),
    record('short', '2027-03-04', 'booked'),
    record('meal', '2027-03-04', 'booked'),
    record('meal', '2027-03-05', 'cancelled'),
    record('wednesday', '2027-03-03', 'requested'),
    record('meal', '2027-02-26', 'booked'),
    record('meal', '2027-03-04', 'booked', 'tom'),
  ];
  const input = {
    childId: 'lea',
    from: '2027-02-26',
    to: '2027-03-05',
    reason: 'illness' as const,
    attachmentIds: [],
  };

  it('asks the service about the booked days not over yet, with the parent’s comment', () => {
    const outcome = decideAbsence(state({ bookings }), { ...input, comment: ' Grippe ' }, now, 'req-10');
    expect(outcome.days).to.deep.equal([
      { unitId: 'meal', date: '2027-03-01' },
      { unitId: 'meal', date: '2027-03-04' },
      { unitId: 'short', date: '2027-03-04' },
    ]);
    expect(
      outcome.records.every((one) => one.status === 'absence-requested' && one.requestId === 'req-10'),
    ).to.equal(true);
    expect(outcome.requestStatus).to.equal('pending');
    expect(outcome.history).to.deep.include({
      status: 'absence-received',
      label: 'Demande d’absence',
      params: { child: 'Léa', from: '2027-02-26', to: '2027-03-05', dayCount: 2 },
      message: 'Grippe',
    });
    const meals = decideAbsence(state({ bookings }), { ...input, unitIds: ['meal'] }, now, 'req-10');
    expect(meals.days.map((day) => day.unitId)).to.deep.equal(['meal', 'meal']);
    const invoiced = decideAbsence(state({ bookings, invoicedThrough: '2027-03-02' }), input, now, 'req-10');
    expect(invoiced.days.map((day) => day.date)).to.deep.equal(['2027-03-04', '2027-03-04']);
  });

  it('refuses a period without a booked day, and a child of no family', () => {
    const refusal = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof Refusal ? `${error.type} ${error.code}` : 'other';
      }
      return 'none';
    };
    expect(
      refusal(() =>
        decideAbsence(state({ bookings }), { ...input, from: '2027-03-08', to: '2027-03-12' }, now, 'r'),
      ),
    ).to.equal('conflict absence.nothing-booked');
    expect(
      refusal(() => decideAbsence(state({ bookings }), { ...input, childId: 'zoe' }, now, 'r')),
    ).to.equal('not-found child.not-found');
  });
});

describe('offerFreedCalendarPlaces', () => {
  const waiting = (
    familyId: string,
    childId: string,
    unitId: string,
    date: string,
    at: string,
  ): WaitingEntry => ({
    ...record(unitId, date, 'waiting', childId, at),
    familyId,
  });

  it('gives each freed place to the first children waiting for it, as many as are left', () => {
    const queue = [
      waiting('fam-2', 'noa', 'meal', '2027-03-04', '2027-02-21T10:00:00.000Z'),
      waiting('fam-3', 'ali', 'meal', '2027-03-04', '2027-02-20T10:00:00.000Z'),
      waiting('fam-4', 'eva', 'meal', '2027-03-04', '2027-02-22T10:00:00.000Z'),
      {
        ...waiting('fam-5', 'ben', 'meal', '2027-03-04', '2027-02-19T10:00:00.000Z'),
        status: 'cancelled' as const,
      },
      waiting('fam-2', 'noa', 'meal', '2027-03-05', '2027-02-21T10:00:00.000Z'),
      waiting('fam-2', 'noa', 'short', '2027-03-04', '2027-02-21T10:00:00.000Z'),
      waiting('fam-3', 'ali', 'short', '2027-03-04', '2027-02-22T10:00:00.000Z'),
      waiting('fam-3', 'ali', 'meal', '2027-02-26', '2027-02-22T10:00:00.000Z'),
    ];
    const freed = [
      { unitId: 'meal', date: '2027-03-04' },
      { unitId: 'meal', date: '2027-03-04' },
      { unitId: 'short', date: '2027-03-04' },
      { unitId: 'pool', date: '2027-03-04' },
      { unitId: 'meal', date: '2027-02-26' },
    ];
    const taken = new Map([[placesKey('meal', '2027-03-04'), 1]]);
    expect(offerFreedCalendarPlaces(freed, queue, taken, activities, now)).to.deep.equal([
      { familyId: 'fam-3', childId: 'ali', unitId: 'meal', date: '2027-03-04' },
      { familyId: 'fam-2', childId: 'noa', unitId: 'short', date: '2027-03-04' },
      { familyId: 'fam-3', childId: 'ali', unitId: 'short', date: '2027-03-04' },
    ]);
    const none = new Map([[placesKey('meal', '2027-03-04'), 2]]);
    expect(offerFreedCalendarPlaces(freed.slice(0, 1), queue, none, activities, now)).to.deep.equal([]);
  });
});
