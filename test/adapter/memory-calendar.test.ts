import { expect } from '@open-wc/testing';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapter/memory/index.js';
import { placesKey, type Planning, type PlanningCell } from '../../src/domain/index.js';
import { key, rejection, memoryStorage } from './support.js';

/*
 * The memory adapter's calendar: the domain's decisions on the demo's data,
 * stored with the rest of the state, answered as the server answers.
 */

/** Monday 23 November 2026, 9:30 in Brussels. */
const fixedNow = () => new Date('2026-11-23T08:30:00.000Z');
const range = { from: '2026-11-23', to: '2026-12-18' };

const known = (storage: Storage | null = null, profile: 'be' | 'fr' = 'be') =>
  createMemoryAdapter({ profile, family: 'known', storage, now: fixedNow });

function cellsOf(planning: Planning, childId: string): PlanningCell[] {
  return planning.children.find((child) => child.childId === childId)?.cells ?? [];
}

/** The first day of `childId` that `unitId` offers to book, as the planning shows it. */
async function bookable(adapter: MemoryAdapter, childId: string, unitId: string): Promise<PlanningCell> {
  const cell = cellsOf(await adapter.getPlanning(range), childId).find(
    (candidate) => candidate.unitId === unitId && candidate.status === 'available' && candidate.actions.book,
  );
  if (!cell) throw new Error(`no bookable ${unitId} day for ${childId}`);
  return cell;
}

describe('memory adapter: the calendar', () => {
  it('serves each child’s planning from the demo, in the commune’s time zone', async () => {
    for (const profile of ['be', 'fr'] as const) {
      // From two weeks back (days attended) to after the Christmas holidays.
      const planning = await known(null, profile).getPlanning({ from: '2026-11-09', to: '2027-01-15' });
      expect(planning.timeZone).to.equal(profile === 'be' ? 'Europe/Brussels' : 'Europe/Paris');
      expect(planning.at).to.equal(fixedNow().toISOString());
      expect(planning.children.map((child) => child.childId)).to.deep.equal(['chi-1', 'chi-2']);
      const statuses = new Set(cellsOf(planning, 'chi-1').map((cell) => cell.status));
      for (const status of ['booked', 'present', 'absence-requested'])
        expect(statuses.has(status as PlanningCell['status']), `${profile}: ${status}`).to.equal(true);
      expect(cellsOf(planning, 'chi-2').some((cell) => cell.status === 'waiting')).to.equal(true);
    }
  });

  it('books a day, keeps it across a reload, and answers a repeated key with the first answer', async () => {
    const storage = memoryStorage();
    const adapter = known(storage);
    const day = await bookable(adapter, 'chi-2', 'be-meal');
    const change = { childId: 'chi-2', unitId: 'be-meal', date: day.date, action: 'book' as const };
    const result = await adapter.changeBookings({ changes: [change] }, key('book-1'));
    expect(result.items).to.deep.equal([{ ...change, outcome: 'booked', deltaCents: day.priceCents }]);
    expect(result.totalDeltaCents).to.equal(day.priceCents);
    expect([result.receipt.kind, result.receipt.status]).to.deep.equal(['booking', 'accepted']);
    expect(result.receipt.history[0]?.status).to.equal('booking-received');
    expect(await adapter.changeBookings({ changes: [change] }, key('book-1'))).to.deep.equal(result);

    const reloaded = known(storage);
    const cell = cellsOf(await reloaded.getPlanning(range), 'chi-2').find(
      (candidate) => candidate.unitId === 'be-meal' && candidate.date === day.date,
    );
    expect(cell?.status).to.equal('booked');
    expect(cell?.actions.cancel?.outcome).to.equal('cancelled');
    const requests = (await reloaded.getFamily()).requests.filter((request) => request.kind === 'booking');
    expect(requests.map((request) => request.id)).to.deep.equal([result.receipt.id]);
    expect(await reloaded.getRequest(result.receipt.id)).to.deep.equal(result.receipt);
  });

  it('puts a child on a full day’s waiting list, and gives them the place another child frees', async () => {
    const storage = memoryStorage();
    const planning = await known(storage).getPlanning(range);
    const tom = new Map(cellsOf(planning, 'chi-2').map((cell) => [`${cell.unitId}|${cell.date}`, cell]));
    const capacities = new Map(
      planning.activities.flatMap((activity) => activity.units.map((unit) => [unit.id, unit.capacity])),
    );
    // A day Léa may still cancel in time, that Tom could book.
    const lea = cellsOf(planning, 'chi-1').find(
      (cell) =>
        cell.status === 'booked' &&
        cell.actions.cancel?.until &&
        capacities.get(cell.unitId) &&
        tom.get(`${cell.unitId}|${cell.date}`)?.actions.book,
    );
    if (!lea) throw new Error('no day Léa may cancel and Tom may book');
    // Other families take every other place, as the next page load finds it.
    const stored = JSON.parse(storage.getItem('fp-memory:be:known') ?? '{}') as {
      calendar: { taken: Record<string, number> };
    };
    stored.calendar.taken[placesKey(lea.unitId, lea.date)] = capacities.get(lea.unitId) ?? 0;
    storage.setItem('fp-memory:be:known', JSON.stringify(stored));
    const adapter = known(storage);
    const full = cellsOf(await adapter.getPlanning(range), 'chi-2').find(
      (cell) => cell.unitId === lea.unitId && cell.date === lea.date,
    );
    expect([full?.status, full?.actions.book?.outcome]).to.deep.equal(['full', 'waiting']);

    const book = { childId: 'chi-2', unitId: lea.unitId, date: lea.date, action: 'book' as const };
    const waiting = await adapter.changeBookings({ changes: [book] }, key('wait'));
    expect([waiting.items[0]?.outcome, waiting.totalDeltaCents]).to.deep.equal(['waiting', 0]);
    expect(waiting.receipt.status).to.equal('pending');

    const cancel = { ...book, childId: 'chi-1', action: 'cancel' as const };
    const cancelled = await adapter.changeBookings({ changes: [cancel] }, key('cancel'));
    expect([cancelled.items[0]?.outcome, cancelled.totalDeltaCents]).to.deep.equal([
      'cancelled',
      -lea.priceCents,
    ]);
    const after = await known(storage).getPlanning(range);
    const cell = (childId: string) =>
      cellsOf(after, childId).find((one) => one.unitId === lea.unitId && one.date === lea.date);
    expect(cell('chi-2')?.status).to.equal('booked');
    expect(cell('chi-1')?.status).to.equal('full');
  });

  it('answers another family’s child with not found, and bad input with its fields', async () => {
    const adapter = known();
    const other = await rejection(
      adapter.changeBookings(
        { changes: [{ childId: 'chi-3', unitId: 'be-meal', date: '2026-12-01', action: 'book' }] },
        key('other'),
      ),
    );
    expect([other.type, other.code]).to.deep.equal(['not-found', 'child.not-found']);
    const empty = await rejection(adapter.changeBookings({ changes: [] }, key('empty')));
    expect([empty.type, empty.fieldIssues]).to.deep.equal([
      'validation',
      [{ field: 'changes', code: 'required' }],
    ]);
    const backwards = await rejection(adapter.getPlanning({ from: '2026-12-18', to: '2026-11-23' }));
    expect(backwards.fieldIssues).to.deep.equal([{ field: 'to', code: 'date.invalid' }]);
    const long = await rejection(adapter.getPlanning({ from: '2026-09-01', to: '2027-12-31' }));
    expect(long.fieldIssues).to.deep.equal([{ field: 'to', code: 'too-long' }]);
    const copy = await rejection(
      adapter.previewPlanningCopy({
        sourceChildId: 'chi-1',
        targetChildIds: ['chi-9'],
        activityId: 'be-meal',
        from: range.from,
        to: range.to,
      }),
    );
    expect(copy.code).to.equal('child.not-found');
    expect((await adapter.getFamily()).requests.some((request) => request.kind === 'booking')).to.equal(
      false,
    );
  });

  it('previews a period booking without booking, then books it in one request', async () => {
    const adapter = known();
    const booking = {
      childIds: ['chi-2'],
      from: '2026-12-07',
      to: '2026-12-18',
      weeks: 'every' as const,
      slots: [
        { weekday: 1, unitId: 'be-meal' },
        { weekday: 4, unitId: 'be-meal' },
      ],
    };
    const preview = await adapter.previewPeriodBooking(booking);
    expect(preview.items.length).to.be.greaterThan(0);
    expect(preview.items.every((item) => ['1', '4'].includes(String(isoWeekday(item.date))))).to.equal(true);
    const before = await adapter.getPlanning(range);
    expect(await adapter.getPlanning(range)).to.deep.equal(before);
    const result = await adapter.bookPeriod(booking, key('period'));
    expect(result.items).to.deep.equal(preview.items);
    expect(result.totalDeltaCents).to.equal(preview.totalDeltaCents);
    expect(result.receipt.kind).to.equal('period-booking');
    // The same period again: each day is already booked.
    const again = await adapter.bookPeriod(booking, key('period-again'));
    expect(new Set(again.items.map((item) => item.outcome))).to.deep.equal(new Set(['unchanged']));
    expect(again.totalDeltaCents).to.equal(0);
    // Weeks without a single offered day: nothing to book.
    const holidays = { ...booking, from: '2026-12-26', to: '2027-01-01' };
    const nothing = await rejection(adapter.bookPeriod(holidays, key('period-holidays')));
    expect([nothing.type, nothing.code]).to.deep.equal(['conflict', 'booking.nothing']);
  });

  it('copies a child’s bookings to a sibling', async () => {
    const adapter = known();
    const copy = {
      sourceChildId: 'chi-1',
      targetChildIds: ['chi-2'],
      activityId: 'be-meal',
      from: range.from,
      to: range.to,
    };
    const preview = await adapter.previewPlanningCopy(copy);
    expect(preview.items.length).to.be.greaterThan(0);
    expect(preview.items.every((item) => item.childId === 'chi-2')).to.equal(true);
    const result = await adapter.copyPlanning(copy, key('copy'));
    expect(result.items).to.deep.equal(preview.items);
    expect(result.receipt.kind).to.equal('planning-copy');
  });

  it('reports an absence over booked days, with the family’s own attachments only', async () => {
    const adapter = known();
    const booked = cellsOf(await adapter.getPlanning(range), 'chi-1').filter(
      (cell) => cell.status === 'booked' && cell.actions.absence,
    );
    const date = booked[0]?.date ?? '';
    const input = {
      childId: 'chi-1',
      from: date,
      to: date,
      reason: 'illness' as const,
      comment: 'Fièvre',
      attachmentIds: [],
    };
    const unknownFile = await rejection(
      adapter.requestAbsence({ ...input, attachmentIds: ['att-999'] }, key('absence-file')),
    );
    expect([unknownFile.type, unknownFile.code]).to.deep.equal(['not-found', 'attachment.not-found']);
    const receipt = await adapter.requestAbsence(input, key('absence'));
    expect([receipt.kind, receipt.status, receipt.childId]).to.deep.equal(['absence', 'pending', 'chi-1']);
    expect(receipt.history[0]?.message).to.equal('Fièvre');
    const cells = cellsOf(await adapter.getPlanning(range), 'chi-1').filter((cell) => cell.date === date);
    expect(cells.filter((cell) => cell.status === 'absence-requested').length).to.be.greaterThan(0);
    const nothing = await rejection(adapter.requestAbsence(input, key('absence-again')));
    expect([nothing.type, nothing.code]).to.deep.equal(['conflict', 'absence.nothing-booked']);
  });
});

const isoWeekday = (date: string) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
