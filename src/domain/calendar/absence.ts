import type { AbsenceInput } from '../calendar.js';
import { conflictRefusal, notFoundRefusal } from '../decisions/refusal.js';
import type { StatusHistoryEntry } from '../request.js';
import { calendarHistory } from './history.js';
import { contextOf, endOf } from './rules.js';
import type { BookingRecord, CalendarState } from './state.js';

/** An absence request: the booked days it covers, now awaiting the service (excused or billed). */
export interface AbsenceOutcome {
  /** To upsert: each day `absence-requested`. */
  records: BookingRecord[];
  days: { unitId: string; date: string }[];
  requestStatus: 'pending';
  history: StatusHistoryEntry;
}

/**
 * "Demande d'absence": the child's booked days from `from` to `to` (of
 * `unitIds`, else every unit) that are not over yet nor invoiced become
 * absence requests; the service decides whether each is excused. None: a
 * conflict (`absence.nothing-booked`).
 */
export function decideAbsence(
  state: CalendarState,
  input: AbsenceInput,
  now: Date,
  requestId: string,
): AbsenceOutcome {
  const child = state.children.find((candidate) => candidate.id === input.childId);
  if (!child) throw notFoundRefusal('child.not-found');
  const context = contextOf(state, now);
  const invoiced = state.invoicedThrough ?? '';
  const records = state.bookings
    .filter(
      (record) =>
        record.childId === child.id &&
        record.status === 'booked' &&
        input.from <= record.date &&
        record.date <= input.to &&
        (!input.unitIds || input.unitIds.includes(record.unitId)) &&
        record.date > invoiced &&
        now < endOf(context, record.date),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || a.unitId.localeCompare(b.unitId))
    .map((record): BookingRecord => ({
      ...record,
      status: 'absence-requested',
      requestId,
      at: now.toISOString(),
    }));
  if (records.length === 0) throw conflictRefusal('absence.nothing-booked');
  const dates = new Set(records.map((record) => record.date));
  return {
    records,
    days: records.map(({ unitId, date }) => ({ unitId, date })),
    requestStatus: 'pending',
    history: calendarHistory.absenceReceived(
      now,
      child.firstName,
      input.from,
      input.to,
      dates.size,
      input.comment,
    ),
  };
}
