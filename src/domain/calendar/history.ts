import { historyEntry } from '../decisions/history.js';
import type { BookingItem } from '../calendar.js';
import type { LocalizedText } from '../localized-text.js';
import type { BookingStatus } from './state.js';

/** The calendar's requests, as their history's first entry names them. */
export type CalendarRequestKind = 'booking' | 'period-booking' | 'planning-copy';

/*
 * The calendar's history entries, as codes with parameters (the elements word
 * them, src/shared/i18n/history): what a request asked for and what it got,
 * counted; the answer itself lists each date's outcome.
 */
export const calendarHistory = {
  /** The children, the first and last dates, and how many days each outcome got. */
  changesReceived: (
    kind: CalendarRequestKind,
    at: Date,
    children: readonly string[],
    items: readonly BookingItem[],
  ) => {
    const dates = items.map((item) => item.date).sort();
    const count = (...outcomes: BookingItem['outcome'][]) =>
      items.filter((item) => outcomes.includes(item.outcome)).length;
    return historyEntry(`${kind}-received`, at, {
      messageCode: 'calendar-changes',
      params: {
        children: [...children],
        from: dates[0] ?? '',
        to: dates.at(-1) ?? '',
        booked: count('booked'),
        pending: count('requested', 'cancel-requested'),
        waiting: count('waiting'),
        cancelled: count('cancelled'),
        refused: count('refused'),
      },
    });
  },
  /** The child, the period, how many booked days it covers; the parent's comment as written. */
  absenceReceived: (
    at: Date,
    child: string,
    from: string,
    to: string,
    days: number,
    comment: string | undefined,
  ) =>
    historyEntry('absence-received', at, {
      params: { child, from, to, dayCount: days },
      message: comment?.trim(),
    }),
  /**
   * The service's decision on a calendar request: the children, the first and
   * last dates, and how many days each settled status got; its reason as written.
   */
  decided: (
    status: 'accepted' | 'refused',
    at: Date,
    author: string,
    children: readonly string[],
    items: readonly { date: string; to: BookingStatus }[],
    reason: string | undefined,
  ) => {
    const dates = items.map((item) => item.date).sort();
    const count = (...statuses: BookingStatus[]) => items.filter((item) => statuses.includes(item.to)).length;
    return historyEntry(`calendar-${status}`, at, {
      author,
      messageCode: 'calendar-decided',
      params: {
        children: [...children],
        from: dates[0] ?? '',
        to: dates.at(-1) ?? '',
        booked: count('booked'),
        waiting: count('waiting'),
        cancelled: count('cancelled'),
        excused: count('absent-excused'),
        billed: count('absent-billed'),
        refused: count('refused'),
      },
      message: reason,
    });
  },
  /** On a waiting child's request: a freed place is theirs (the unit in the commune's words). */
  placeBooked: (at: Date, child: string, date: string, unit: LocalizedText) =>
    historyEntry('calendar-place-booked', at, { params: { child, date, unit } }),
};
