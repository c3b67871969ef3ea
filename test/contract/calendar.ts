import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { FamilyPortalAdapter } from '../../src/adapter/index.js';
import type { BookingChange, Planning, PlanningCell } from '../../src/domain/index.js';
import type { ContractBackend } from './backends.js';
import { failure, key } from './support.js';

/*
 * The after-school calendar on the demo data of the Belgian commune, its clock
 * on Monday 1 March 2027 at 8:00 in Brussels: Léa (chi-1) and Tom (chi-2) of
 * the `known` family, enrolled in the morning care, hot meals and evening
 * care, Léa also on Wednesdays and training days. The demo's bookings are
 * dated from that day: Léa's meals booked from Tuesday 2 March (an absence
 * requested on the 9th), her evenings of the 4th and 5th, a Wednesday
 * cancellation awaiting the service, Tom waiting for the full Tuesday 16th.
 */

const monday = new Date('2027-03-01T07:00:00Z');
const range = { from: '2027-03-01', to: '2027-04-02' };
const lea = 'chi-1';
const tom = 'chi-2';

const change = (
  childId: string,
  unitId: string,
  date: string,
  action: BookingChange['action'] = 'book',
): BookingChange => ({ childId, unitId, date, action });

function cellOf(planning: Planning, childId: string, unitId: string, date: string): PlanningCell {
  const found = planning.children
    .find((child) => child.childId === childId)
    ?.cells.find((cell) => cell.unitId === unitId && cell.date === date);
  assert.ok(found, `a cell for ${childId}, ${unitId}, ${date}`);
  return found;
}

const pdf = () =>
  new File(['%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'], 'certificat.pdf', {
    type: 'application/pdf',
  });

export function calendarContract(current: () => ContractBackend): void {
  let backend: ContractBackend;
  let adapter: FamilyPortalAdapter;
  const planning = () => adapter.getPlanning(range);
  const cell = async (childId: string, unitId: string, date: string) =>
    cellOf(await planning(), childId, unitId, date);

  beforeEach(async () => {
    backend = current();
    await backend.calendarAt(monday);
    adapter = await backend.adapter('known');
  });

  describe('the calendar', () => {
    it('answers the family’s planning: its children, their days, a cell per unit and offered day', async () => {
      const plan = await planning();
      assert.deepEqual(
        [plan.from, plan.to, plan.timeZone, plan.currency],
        [...Object.values(range), 'Europe/Brussels', 'EUR'],
      );
      assert.equal(plan.at, monday.toISOString());
      assert.deepEqual(
        plan.activities.map((activity) => activity.id),
        ['be-morning', 'be-meal', 'be-evening', 'be-wednesday', 'be-pedagogical'],
      );
      assert.deepEqual(
        plan.children.map((child) => [child.childId, child.activityIds]),
        [
          [lea, ['be-morning', 'be-meal', 'be-evening', 'be-wednesday', 'be-pedagogical']],
          [tom, ['be-morning', 'be-meal', 'be-evening']],
        ],
      );
      const days = new Map(plan.children[0]!.days.map((day) => [day.date, day]));
      assert.equal(days.size, 33, 'every day of the range');
      assert.equal(days.get('2027-03-01')?.kind, 'school-day');
      assert.equal(days.get('2027-03-06')?.kind, 'weekend');
      assert.deepEqual(
        [days.get('2027-03-12')?.kind, (days.get('2027-03-12')?.name as { fr?: string })?.fr],
        ['school-holiday', 'Journée pédagogique'],
      );
      assert.deepEqual(
        [days.get('2027-03-29')?.kind, (days.get('2027-03-29')?.name as { fr?: string })?.fr],
        ['public-holiday', 'Lundi de Pâques'],
      );

      // Two working days before at 10:00 in Brussels (9:00 UTC): Thursday for Monday, Friday for Tuesday.
      const meal = cellOf(plan, tom, 'be-meal', '2027-03-15');
      assert.deepEqual(
        [meal.status, meal.priceCents, meal.actions.book],
        ['available', 380, { until: '2027-03-11T09:00:00.000Z', outcome: 'booked' }],
      );
      assert.deepEqual(cellOf(plan, tom, 'be-meal', '2027-03-01').locked?.reason, 'deadline-passed');
      assert.equal(cellOf(plan, tom, 'be-meal', '2027-03-16').status, 'waiting');
      assert.deepEqual(cellOf(plan, lea, 'be-meal', '2027-03-16').actions.book?.outcome, 'waiting');
      assert.equal(cellOf(plan, lea, 'be-meal', '2027-03-09').status, 'absence-requested');
      assert.equal(cellOf(plan, lea, 'be-wednesday', '2027-03-03').status, 'cancel-requested');
      assert.equal(cellOf(plan, lea, 'be-evening-long', '2027-03-04').locked?.reason, 'incompatible');
      assert.equal(cellOf(plan, tom, 'be-wednesday', '2027-03-10').locked?.reason, 'not-enrolled');
      assert.equal(cellOf(plan, tom, 'be-morning', '2027-03-02').locked?.reason, 'presence-only');
      // A training day: a week before at noon, and the service decides.
      const day = cellOf(plan, lea, 'be-day', '2027-03-12');
      assert.deepEqual(
        [day.priceCents, day.actions.book],
        [1200, { until: '2027-03-05T11:00:00.000Z', outcome: 'requested' }],
      );
      assert.equal(cellOf(plan, lea, 'be-evening-long', '2027-03-08').priceCents, 350);
      // Late cancellations of meals are billed: no deadline to tell.
      assert.deepEqual(cellOf(plan, lea, 'be-meal', '2027-03-02').actions.cancel, {
        outcome: 'cancelled',
        billed: true,
      });
    });

    it('books a day at once, and the planning shows it booked', async () => {
      const result = await adapter.changeBookings({ changes: [change(tom, 'be-meal', '2027-03-08')] }, key());
      assert.deepEqual(
        result.items.map((item) => [item.outcome, item.deltaCents]),
        [['booked', 380]],
      );
      assert.deepEqual([result.totalDeltaCents, result.currency], [380, 'EUR']);
      assert.deepEqual([result.receipt.kind, result.receipt.status], ['booking', 'accepted']);
      assert.equal((await cell(tom, 'be-meal', '2027-03-08')).status, 'booked');
    });

    it('asks the service for a day it validates, and puts a full day on the waiting list', async () => {
      const requested = await adapter.changeBookings(
        { changes: [change(lea, 'be-day', '2027-03-12')] },
        key(),
      );
      assert.deepEqual(
        requested.items.map((item) => item.outcome),
        ['requested'],
      );
      assert.equal(requested.receipt.status, 'pending');
      assert.equal((await cell(lea, 'be-day', '2027-03-12')).status, 'requested');

      const waiting = await adapter.changeBookings(
        { changes: [change(lea, 'be-meal', '2027-03-16')] },
        key(),
      );
      assert.deepEqual(
        waiting.items.map((item) => item.outcome),
        ['waiting'],
      );
      assert.equal((await cell(lea, 'be-meal', '2027-03-16')).status, 'waiting');
    });

    it('cancels before the deadline; after it, as the unit says: refused, billed or a request', async () => {
      const early = await adapter.changeBookings(
        { changes: [change(lea, 'be-meal', '2027-03-04', 'cancel')] },
        key(),
      );
      assert.deepEqual(
        early.items.map((item) => [item.outcome, item.deltaCents]),
        [['cancelled', -380]],
      );
      assert.equal((await cell(lea, 'be-meal', '2027-03-04')).status, 'available');

      const billed = await adapter.changeBookings(
        { changes: [change(lea, 'be-meal', '2027-03-02', 'cancel')] },
        key(),
      );
      assert.deepEqual(
        billed.items.map((item) => [item.outcome, item.billed, item.deltaCents]),
        [['cancelled', true, 0]],
      );

      // Wednesday 3 March, 11:00 in Brussels: Friday's evening closed at 10:00, and Wednesday the 24th's at noon on the 17th.
      backend.setClock(new Date('2027-03-03T10:00:00Z'));
      const late = await adapter.changeBookings(
        { changes: [change(lea, 'be-evening-short', '2027-03-05', 'cancel')] },
        key(),
      );
      assert.deepEqual(
        late.items.map((item) => [item.outcome, item.reason]),
        [['refused', 'booking.deadline-passed']],
      );
      assert.equal(late.receipt.status, 'refused');
      assert.equal((await cell(lea, 'be-evening-short', '2027-03-05')).status, 'booked');

      backend.setClock(new Date('2027-03-18T08:00:00Z'));
      const asked = await adapter.changeBookings(
        { changes: [change(lea, 'be-wednesday', '2027-03-24', 'cancel')] },
        key(),
      );
      assert.deepEqual(
        asked.items.map((item) => item.outcome),
        ['cancel-requested'],
      );
      assert.equal(asked.receipt.status, 'pending');
    });

    it('refuses units that exclude each other, a child not enrolled, and another family’s child', async () => {
      const refused = await adapter.changeBookings(
        {
          changes: [change(lea, 'be-evening-long', '2027-03-04'), change(tom, 'be-wednesday', '2027-03-10')],
        },
        key(),
      );
      assert.deepEqual(
        refused.items.map((item) => [item.childId, item.outcome, item.reason]),
        [
          [lea, 'refused', 'booking.incompatible'],
          [tom, 'refused', 'booking.not-enrolled'],
        ],
      );
      assert.deepEqual([refused.totalDeltaCents, refused.receipt.status], [0, 'refused']);

      const error = await failure(
        adapter.changeBookings({ changes: [change('chi-3', 'be-meal', '2027-03-08')] }, key()),
      );
      assert.deepEqual([error.type, error.code], ['not-found', 'child.not-found']);
    });

    it('answers a replayed idempotency key with the first answer, and books once', async () => {
      const before = (await adapter.getFamily()).requests.length;
      const options = key();
      const input = { changes: [change(tom, 'be-evening-short', '2027-03-05')] };
      const first = await adapter.changeBookings(input, options);
      assert.deepEqual(await adapter.changeBookings(input, options), first);
      assert.equal((await adapter.getFamily()).requests.length, before + 1, 'one request');
      assert.equal((await cell(tom, 'be-evening-short', '2027-03-05')).status, 'booked');
    });

    it('previews a period booking with the total its booking then gives', async () => {
      const period = {
        childIds: [lea, tom],
        from: '2027-03-15',
        to: '2027-03-26',
        weeks: 'every' as const,
        slots: [
          { weekday: 1, unitId: 'be-meal' },
          { weekday: 4, unitId: 'be-meal' },
        ],
      };
      const preview = await adapter.previewPeriodBooking(period);
      assert.deepEqual(
        preview.items.map((item) => [item.childId, item.date, item.outcome]),
        [lea, tom].flatMap((child) =>
          ['2027-03-15', '2027-03-18', '2027-03-22', '2027-03-25'].map((date) => [child, date, 'booked']),
        ),
      );
      assert.equal(preview.totalDeltaCents, 8 * 380);
      assert.equal((await cell(lea, 'be-meal', '2027-03-15')).status, 'available', 'nothing booked');
      const booked = await adapter.bookPeriod(period, key());
      assert.deepEqual(booked.items, preview.items);
      assert.equal(booked.totalDeltaCents, preview.totalDeltaCents);
      assert.equal(booked.receipt.kind, 'period-booking');
      assert.equal((await cell(tom, 'be-meal', '2027-03-25')).status, 'booked');

      const holidays = { ...period, from: '2027-05-03', to: '2027-05-14' };
      const nothing = await failure(adapter.bookPeriod(holidays, key()));
      assert.deepEqual([nothing.type, nothing.code], ['conflict', 'booking.nothing']);
    });

    it('copies a child’s bookings of an activity to a sibling, per child and date', async () => {
      const copy = {
        sourceChildId: lea,
        targetChildIds: [tom],
        activityId: 'be-evening',
        from: '2027-03-01',
        to: '2027-03-12',
      };
      const preview = await adapter.previewPlanningCopy(copy);
      const expected = [
        [tom, 'be-evening-short', '2027-03-04', 'booked', 200],
        [tom, 'be-evening-short', '2027-03-05', 'booked', 200],
      ];
      const rows = (items: typeof preview.items) =>
        items.map((item) => [item.childId, item.unitId, item.date, item.outcome, item.deltaCents]);
      assert.deepEqual(rows(preview.items), expected);
      const copied = await adapter.copyPlanning(copy, key());
      assert.deepEqual(rows(copied.items), expected);
      assert.equal(copied.totalDeltaCents, preview.totalDeltaCents);
      assert.equal((await cell(tom, 'be-evening-short', '2027-03-04')).status, 'booked');
    });

    it('reports an absence with a medical certificate: a request, the days awaiting the service', async () => {
      const certificate = await adapter.uploadAttachment(pdf(), key());
      const receipt = await adapter.requestAbsence(
        {
          childId: lea,
          from: '2027-03-04',
          to: '2027-03-05',
          unitIds: ['be-meal'],
          reason: 'illness',
          comment: 'Grippe',
          attachmentIds: [certificate.id],
        },
        key(),
      );
      assert.deepEqual([receipt.kind, receipt.status, receipt.childId], ['absence', 'pending', lea]);
      const plan = await planning();
      assert.deepEqual(
        ['2027-03-04', '2027-03-05'].map((date) => cellOf(plan, lea, 'be-meal', date).status),
        ['absence-requested', 'absence-requested'],
      );
      assert.equal(cellOf(plan, lea, 'be-evening-short', '2027-03-04').status, 'booked', 'other units left');
    });

    it('refuses bad input with the fields at fault, never failing itself', async () => {
      const tooLong = await failure(adapter.getPlanning({ from: '2027-01-01', to: '2028-12-31' }));
      assert.deepEqual(
        [tooLong.type, tooLong.fieldIssues],
        ['validation', [{ field: 'to', code: 'too-long' }]],
      );
      const backwards = await failure(adapter.getPlanning({ from: '2027-03-10', to: '2027-03-01' }));
      assert.equal(backwards.type, 'validation');
      const hostile = await failure(
        adapter.changeBookings(
          { changes: [change('<script>alert(1)</script>', "be-meal' OR 1=1 --", '2027-02-30')] },
          key(),
        ),
      );
      assert.equal(hostile.type, 'validation');
      assert.ok(
        hostile.fieldIssues?.some((issue) => issue.field === 'changes.0.date'),
        JSON.stringify(hostile.fieldIssues),
      );
      const weekday = await failure(
        adapter.bookPeriod(
          {
            childIds: [lea],
            from: '2027-03-15',
            to: '2027-03-26',
            weeks: 'every',
            slots: [{ weekday: 9, unitId: 'be-meal' }],
          },
          key(),
        ),
      );
      assert.equal(weekday.type, 'validation');
      assert.ok(
        weekday.fieldIssues?.some((issue) => issue.field.includes('weekday')),
        JSON.stringify(weekday.fieldIssues),
      );
    });
  });
}

/**
 * The calendar on the French demo commune, its clock on Monday 8 March 2027
 * at 8:00 in Paris: prices by family quotient (the `known` family gave 620,
 * the `separated` one none: the last band), meals ordered by the 20th of the
 * month before.
 */
export function frenchCalendarContract(current: () => ContractBackend): void {
  const french = { from: '2027-03-08', to: '2027-04-30' };
  beforeEach(() => current().calendarAt(new Date('2027-03-08T07:00:00Z')));

  describe('the calendar (France)', () => {
    it('prices each day by the family’s quotient, and closes meals on the 20th of the month before', async () => {
      const known = await (await current().adapter('known')).getPlanning(french);
      const separated = await (await current().adapter('separated')).getPlanning(french);
      assert.deepEqual([known.timeZone, separated.timeZone], ['Europe/Paris', 'Europe/Paris']);
      assert.deepEqual(
        [
          cellOf(known, lea, 'fr-lunch', '2027-03-11').priceCents,
          cellOf(separated, 'chi-3', 'fr-lunch', '2027-03-11').priceCents,
        ],
        [230, 420],
      );
      assert.deepEqual(
        [
          cellOf(known, lea, 'fr-wed-day', '2027-03-24').priceCents,
          cellOf(separated, 'chi-3', 'fr-wed-day', '2027-03-24').priceCents,
        ],
        [650, 1250],
      );
      assert.equal(cellOf(known, tom, 'fr-lunch', '2027-03-22').locked?.reason, 'deadline-passed');
      // 23:59 in Paris on 20 March, still winter time.
      assert.deepEqual(cellOf(known, tom, 'fr-lunch', '2027-04-02').actions.book, {
        until: '2027-03-20T22:59:00.000Z',
        outcome: 'booked',
      });
      assert.deepEqual(
        [
          cellOf(known, lea, 'fr-lunch', '2027-04-01').status,
          cellOf(known, tom, 'fr-lunch', '2027-04-01').status,
        ],
        ['full', 'waiting'],
      );
      assert.deepEqual(cellOf(known, lea, 'fr-wed-half', '2027-03-24').actions.book?.outcome, 'requested');
      const spring = known.children[0]!.days.find((day) => day.date === '2027-04-19');
      assert.deepEqual([spring?.kind, spring?.name], ['school-holiday', 'Vacances de printemps']);

      const adapter = await current().adapter('known');
      const booked = await adapter.changeBookings(
        { changes: [change(tom, 'fr-lunch', '2027-04-02')] },
        key(),
      );
      assert.deepEqual(
        booked.items.map((item) => [item.outcome, item.deltaCents]),
        [['booked', 230]],
      );
    });
  });
}
