import type { BookingChange, BookingItem, BookingRefusal } from '../calendar.js';
import type { StatusHistoryEntry } from '../request.js';
import { calendarHistory, type CalendarRequestKind } from './history.js';
import {
  bookCheck,
  cancelCheck,
  contextOf,
  heldAt,
  placesLeft,
  priceOf,
  type Block,
  type Context,
} from './rules.js';
import { placesKey, recordKey, type BookingRecord, type BookingStatus, type CalendarState } from './state.js';

/** What a set of changes gives: the answer's items, and what the backend stores. */
export interface CalendarOutcome {
  /** In the changes' order. */
  items: BookingItem[];
  totalDeltaCents: number;
  /** To upsert, keyed by child, unit and date. */
  records: BookingRecord[];
  /** Places to take (1) or give back (−1). */
  taken: { unitId: string; date: string; delta: 1 | -1 }[];
  /** Places given back: for `offerFreedCalendarPlaces`. */
  freed: { unitId: string; date: string }[];
  /** `refused`: nothing but refusals; `pending`: something awaits the service or a place. */
  requestStatus: 'accepted' | 'pending' | 'refused';
  history: StatusHistoryEntry;
}

const refusalOf: Record<Block['reason'], BookingRefusal> = {
  past: 'booking.deadline-passed',
  'deadline-passed': 'booking.deadline-passed',
  invoiced: 'booking.invoiced',
  'not-enrolled': 'booking.not-enrolled',
  'health-form-missing': 'booking.health-form-missing',
  closed: 'booking.not-offered',
  'not-offered': 'booking.not-offered',
  'presence-only': 'booking.presence-only',
  incompatible: 'booking.incompatible',
  'not-booked': 'booking.not-booked',
};

type Effect = Omit<BookingItem, 'childId' | 'unitId' | 'date' | 'action'>;
const unchanged: Effect = { outcome: 'unchanged', deltaCents: 0 };
const refused = (block: Block): Effect => ({
  outcome: 'refused',
  reason: refusalOf[block.reason],
  deltaCents: 0,
});

/** Applies one change to the context's records and places, and says what it gave. */
function apply(
  context: Context,
  change: BookingChange,
  requestId: string,
  out: CalendarOutcome,
  written: Set<string>,
): Effect {
  const child = context.state.children.find((candidate) => candidate.id === change.childId);
  if (!child) return refused({ reason: 'not-enrolled' });
  const unitOf = context.units.get(change.unitId);
  if (!unitOf) return refused({ reason: 'not-offered' });
  const { unit } = unitOf;
  const { date } = change;
  const key = placesKey(unit.id, date);
  const write = (status: BookingStatus) => {
    const record: BookingRecord = {
      childId: child.id,
      unitId: unit.id,
      date,
      status,
      requestId,
      at: context.now.toISOString(),
    };
    context.records.set(recordKey(record), record);
    written.add(recordKey(record));
  };
  const move = (delta: 1 | -1) => {
    context.taken.set(key, (context.taken.get(key) ?? 0) + delta);
    out.taken.push({ unitId: unit.id, date, delta });
    if (delta < 0) out.freed.push({ unitId: unit.id, date });
  };
  const price = priceOf(context, unit);

  if (change.action === 'book') {
    if (heldAt(context, child.id, unit.id, date)) return unchanged;
    const check = bookCheck(context, child, unitOf, date);
    if ('block' in check) return refused(check.block);
    if (placesLeft(context, unit, date) <= 0) {
      write('waiting');
      return { outcome: 'waiting', deltaCents: 0 };
    }
    const status = unit.validation === 'manual' ? 'requested' : 'booked';
    write(status);
    move(1);
    return { outcome: status, deltaCents: price };
  }

  const record = heldAt(context, child.id, unit.id, date);
  if (!record || record.status === 'cancel-requested') return unchanged;
  const check = cancelCheck(context, child, unit, record);
  if ('block' in check) return refused(check.block);
  if (record.status === 'waiting') {
    write('cancelled');
    return { outcome: 'cancelled', deltaCents: 0 };
  }
  if (check.outcome === 'cancel-requested') {
    write('cancel-requested');
    return { outcome: 'cancel-requested', deltaCents: 0 };
  }
  // A late cancellation still billed frees the place: the child will not come.
  write(check.billed ? 'absent-billed' : 'cancelled');
  move(-1);
  return check.billed
    ? { outcome: 'cancelled', billed: true, deltaCents: 0 }
    : { outcome: 'cancelled', deltaCents: -price };
}

/**
 * "Envoyer mes demandes": each change decided on its own, as of `now`, in one
 * request. Cancellations go first, so that swapping a unit for one it excludes
 * works in one batch; each change sees those before it (the last place, the
 * same change twice). Booking: booked, requested (manual validation), on the
 * waiting list (full) or refused with its reason; cancelling: cancelled (late
 * and `billed`: absent, billed), a cancellation request, or refused; what is
 * already so: `unchanged`.
 */
export function decideChanges(
  state: CalendarState,
  changes: readonly BookingChange[],
  now: Date,
  requestId: string,
  kind: CalendarRequestKind = 'booking',
): CalendarOutcome {
  const context = contextOf(state, now);
  const outcome: CalendarOutcome = {
    items: [],
    totalDeltaCents: 0,
    records: [],
    taken: [],
    freed: [],
    requestStatus: 'accepted',
    history: calendarHistory.changesReceived(kind, now, [], []),
  };
  const order = changes.map((change, index) => ({ change, index }));
  order.sort(
    (a, b) => Number(a.change.action === 'book') - Number(b.change.action === 'book') || a.index - b.index,
  );
  const effects = new Map<number, Effect>();
  const written = new Set<string>();
  for (const { change, index } of order)
    effects.set(index, apply(context, change, requestId, outcome, written));
  outcome.items = changes.map((change, index) => ({
    childId: change.childId,
    unitId: change.unitId,
    date: change.date,
    action: change.action,
    ...(effects.get(index) ?? unchanged),
  }));
  outcome.totalDeltaCents = outcome.items.reduce((sum, item) => sum + item.deltaCents, 0);
  outcome.records = [...written].flatMap((key) => context.records.get(key) ?? []);
  const outcomes = new Set(outcome.items.map((item) => item.outcome));
  const done = [...outcomes].some((value) => value !== 'refused' && value !== 'unchanged');
  outcome.requestStatus =
    !done && outcomes.has('refused')
      ? 'refused'
      : outcomes.has('requested') || outcomes.has('cancel-requested') || outcomes.has('waiting')
        ? 'pending'
        : 'accepted';
  const names = [...new Set(changes.map((change) => change.childId))].map(
    (id) => state.children.find((child) => child.id === id)?.firstName ?? id,
  );
  outcome.history = calendarHistory.changesReceived(kind, now, names, outcome.items);
  return outcome;
}
