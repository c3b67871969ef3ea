import { expect } from '@open-wc/testing';
import {
  decideCalendarRequest,
  placesKey,
  Refusal,
  settledStatus,
  type BookingRecord,
  type BookingStatus,
  type CalendarDecisionState,
  type CalendarState,
  type QueuedEntry,
} from '../../src/domain/index.js';
import { now, record, state } from './calendar-fixtures.js';

const commune = { name: 'Wavre', serviceName: 'Service Jeunesse', language: 'fr' as const };
const mine = (unitId: string, date: string, status: BookingStatus, childId = 'lea'): BookingRecord => ({
  ...record(unitId, date, status, childId),
  requestId: 'req-7',
});
const decide = (
  calendar: CalendarState,
  decision: 'accepted' | 'refused',
  extra: Partial<CalendarDecisionState> = {},
) =>
  decideCalendarRequest({
    request: { id: 'req-7', kind: 'booking', status: 'pending', number: '27-7' },
    decision,
    reason: undefined,
    state: calendar,
    queue: [],
    parent: { firstName: 'Sophie' },
    accountEmail: 'sophie@example.be',
    commune,
    now,
    ...extra,
  });
const brief = (outcome: ReturnType<typeof decide>) =>
  outcome.items.map((item) => `${item.childId} ${item.unitId} ${item.date} ${item.from}→${item.to}`);

describe('settledStatus', () => {
  const cases: [
    BookingStatus,
    'accepted' | 'refused',
    { overCapacity?: boolean; dayOver?: boolean },
    string,
  ][] = [
    ['requested', 'accepted', {}, 'booked'],
    ['requested', 'accepted', { overCapacity: true }, 'waiting'],
    ['requested', 'refused', {}, 'refused'],
    ['cancel-requested', 'accepted', {}, 'cancelled'],
    ['cancel-requested', 'refused', {}, 'booked'],
    ['cancel-requested', 'refused', { dayOver: true }, 'absent-billed'],
    ['absence-requested', 'accepted', {}, 'absent-excused'],
    ['absence-requested', 'refused', {}, 'absent-billed'],
    ['waiting', 'accepted', {}, 'waiting'],
    ['waiting', 'refused', {}, 'refused'],
    ['booked', 'refused', {}, 'booked'],
  ];
  for (const [from, decision, day, to] of cases)
    it(`${from}, ${decision}${day.overCapacity ? ', over capacity' : ''}${day.dayOver ? ', day over' : ''}: ${to}`, () => {
      expect(settledStatus(from, decision, { overCapacity: false, dayOver: false, ...day })).to.equal(to);
    });
});

describe('decideCalendarRequest', () => {
  it('books the requested days, their places kept, and tells the family', () => {
    const calendar = state({
      bookings: [mine('wednesday', '2027-03-10', 'requested'), mine('wednesday', '2027-03-17', 'requested')],
      taken: new Map([[placesKey('wednesday', '2027-03-10'), 4]]),
    });
    const outcome = decide(calendar, 'accepted');
    expect(brief(outcome)).to.deep.equal([
      'lea wednesday 2027-03-10 requested→booked',
      'lea wednesday 2027-03-17 requested→booked',
    ]);
    expect(outcome.status).to.equal('accepted');
    expect(outcome.taken).to.deep.equal([]);
    expect(outcome.records.map((one) => [one.status, one.requestId, one.at])).to.deep.equal([
      ['booked', 'req-7', now.toISOString()],
      ['booked', 'req-7', now.toISOString()],
    ]);
    expect(outcome.history[0]).to.deep.include({
      status: 'calendar-accepted',
      messageCode: 'calendar-decided',
    });
    expect(outcome.history[0]?.params).to.deep.include({ children: ['Léa'], booked: 2, refused: 0 });
    expect(outcome.mail).to.deep.include({
      to: 'sophie@example.be',
      code: 'request-accepted',
      requestId: 'req-7',
    });
    expect(outcome.mail.params).to.deep.include({
      kind: 'booking',
      number: '27-7',
      children: 'Léa',
      booked: 2,
    });
  });

  it('puts a requested day on the waiting list when its unit is over capacity', () => {
    const calendar = state({
      bookings: [mine('wednesday', '2027-03-10', 'requested')],
      taken: new Map([[placesKey('wednesday', '2027-03-10'), 11]]),
    });
    const outcome = decide(calendar, 'accepted');
    expect(brief(outcome)).to.deep.equal(['lea wednesday 2027-03-10 requested→waiting']);
    expect(outcome.taken).to.deep.equal([{ unitId: 'wednesday', date: '2027-03-10', delta: -1 }]);
  });

  it('refuses with the service’s note, gives the place back and offers it to the first waiting child', () => {
    const queue: QueuedEntry[] = [
      {
        ...record('meal', '2027-03-04', 'waiting', 'zoe', '2027-02-21T10:00:00.000Z'),
        familyId: 'f2',
        email: 'b@x.be',
        firstName: 'Zoé',
        requestId: 'req-3',
      },
      {
        ...record('meal', '2027-03-04', 'waiting', 'max', '2027-02-20T10:00:00.000Z'),
        familyId: 'f3',
        email: 'c@x.be',
        firstName: 'Max',
        requestId: 'req-4',
      },
    ];
    const calendar = state({
      bookings: [mine('meal', '2027-03-04', 'requested')],
      taken: new Map([[placesKey('meal', '2027-03-04'), 2]]),
    });
    const outcome = decide(calendar, 'refused', { reason: ' Plus de place. ', queue });
    expect(outcome.status).to.equal('refused');
    expect(outcome.records[0]).to.deep.include({ status: 'refused', note: 'Plus de place.' });
    expect(outcome.taken).to.deep.equal([
      { unitId: 'meal', date: '2027-03-04', delta: -1 },
      { unitId: 'meal', date: '2027-03-04', delta: 1 },
    ]);
    expect(
      outcome.promotions.map((one) => [one.familyId, one.record.childId, one.record.status]),
    ).to.deep.equal([['f3', 'max', 'booked']]);
    const [promotion] = outcome.promotions;
    expect(promotion?.history).to.deep.include({ status: 'calendar-place-booked' });
    expect(promotion?.mail).to.deep.include({
      to: 'c@x.be',
      code: 'calendar-place-booked',
      requestId: 'req-4',
    });
    expect(promotion?.mail.params).to.deep.equal({ child: 'Max', date: '2027-03-04', unit: 'meal' });
    expect(outcome.history[0]).to.deep.include({ status: 'calendar-refused', message: 'Plus de place.' });
    expect(outcome.mail).to.deep.include({ code: 'request-refused' });
    expect(outcome.mail.params).to.deep.include({ reason: 'Plus de place.', refused: 1 });
  });

  it('settles cancellations, absences and waiting days, each as decided, and answers accepted when any is', () => {
    const calendar = state({
      bookings: [
        mine('wednesday', '2027-03-10', 'cancel-requested'),
        mine('meal', '2027-03-04', 'absence-requested'),
        mine('meal', '2027-03-05', 'absence-requested'),
        mine('meal', '2027-03-08', 'waiting', 'tom'),
        mine('meal', '2027-03-09', 'booked'),
        { ...mine('short', '2027-03-04', 'requested'), requestId: 'req-other' },
      ],
    });
    const outcome = decide(calendar, 'accepted', {
      items: [
        { childId: 'lea', unitId: 'meal', date: '2027-03-05', decision: 'refused' },
        { childId: 'tom', unitId: 'meal', date: '2027-03-08', decision: 'refused' },
      ],
    });
    expect(brief(outcome)).to.have.members([
      'lea wednesday 2027-03-10 cancel-requested→cancelled',
      'lea meal 2027-03-04 absence-requested→absent-excused',
      'lea meal 2027-03-05 absence-requested→absent-billed',
      'tom meal 2027-03-08 waiting→refused',
    ]);
    expect(outcome.status).to.equal('accepted');
    expect(outcome.taken).to.have.deep.members([
      { unitId: 'wednesday', date: '2027-03-10', delta: -1 },
      { unitId: 'meal', date: '2027-03-05', delta: -1 },
    ]);
    expect(outcome.history[0]?.params).to.deep.include({
      children: ['Léa', 'Tom'],
      from: '2027-03-04',
      to: '2027-03-10',
      cancelled: 1,
      excused: 1,
      billed: 1,
      refused: 1,
    });
  });

  it('keeps a refused cancellation booked, billed as absent once the day is over', () => {
    const calendar = state({
      bookings: [
        mine('wednesday', '2027-03-10', 'cancel-requested'),
        mine('meal', '2027-02-26', 'cancel-requested'),
      ],
    });
    expect(brief(decide(calendar, 'refused'))).to.deep.equal([
      'lea meal 2027-02-26 cancel-requested→absent-billed',
      'lea wednesday 2027-03-10 cancel-requested→booked',
    ]);
  });

  it('refuses deciding a request that is not pending, or not the calendar’s', () => {
    for (const request of [
      { id: 'req-7', kind: 'booking' as const, status: 'accepted' as const, number: '27-7' },
      { id: 'req-7', kind: 'parent-change' as const, status: 'pending' as const, number: '27-7' },
    ]) {
      let thrown: unknown;
      try {
        decide(state(), 'accepted', { request });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).to.be.instanceOf(Refusal);
      expect(thrown).to.include({ type: 'conflict' });
    }
  });
});
