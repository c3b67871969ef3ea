import {
  calendarHistory,
  communeText,
  textIn,
  type BookingItem,
  type BookingRecord,
  type RequestKind,
  type RequestStatus,
  type StatusHistoryEntry,
} from '../domain/index.js';
import { communes, type DemoProfile } from './communes.js';

/*
 * The requests that made the demo's calendar bookings (src/demo-data/calendar.ts),
 * so that the parent's request list shows them and the back office can decide
 * those still awaiting the service.
 */

/** A calendar request of a demo family, as its bookings name it (`id`), with its history. */
export interface DemoCalendarRequest {
  id: string;
  kind: RequestKind;
  status: RequestStatus;
  submittedAt: string;
  childId?: string;
  history: StatusHistoryEntry[];
}

/** What a day's record was asked for, when its request was made. */
const askedAs = (status: BookingRecord['status']): Pick<BookingItem, 'action' | 'outcome'> =>
  status === 'cancelled' || status === 'cancel-requested'
    ? { action: 'cancel', outcome: status }
    : {
        action: 'book',
        outcome:
          status === 'waiting'
            ? 'waiting'
            : status === 'requested' || status === 'refused'
              ? 'requested'
              : 'booked',
      };

/**
 * The demo's calendar requests: the period booking that made most days, a
 * refused Wednesday, a booking still awaiting the service (a Wednesday to
 * validate, a late cancellation, a full day's waiting list), an absence to
 * excuse and one excused. The service decides a day after a request.
 */
export function demoRequests(
  profile: DemoProfile,
  records: readonly BookingRecord[],
  children: Readonly<Record<string, string>>,
  kinds: Readonly<Record<string, { kind: RequestKind; status: RequestStatus }>>,
  now: Date,
): DemoCalendarRequest[] {
  const commune = communes[profile];
  const service = communeText(commune, commune.serviceName);
  const requests = Object.entries(kinds).flatMap(([id, { kind, status }]) => {
    const mine = records.filter((record) => record.requestId === id);
    if (mine.length === 0) return [];
    // To the minute: two demos started a moment apart tell the same story.
    const at = new Date(Math.floor(Date.parse(mine.map((record) => record.at).sort()[0]!) / 60_000) * 60_000);
    const submittedAt = at.toISOString();
    const names = [...new Set(mine.map((record) => children[record.childId] ?? record.childId))];
    const dates = mine.map((record) => record.date).sort();
    const received =
      kind === 'absence'
        ? calendarHistory.absenceReceived(
            at,
            names[0] ?? '',
            dates[0]!,
            dates.at(-1)!,
            dates.length,
            undefined,
          )
        : calendarHistory.changesReceived(
            kind as 'booking',
            at,
            names,
            mine.map((record) => ({ ...record, ...askedAs(record.status), deltaCents: 0 })),
          );
    const decidedAt = new Date(Math.min(at.getTime() + 86_400_000, now.getTime()));
    const note = mine.find((record) => record.note)?.note;
    // What settles itself (a booking of units validated at once) has no decision of the service's.
    const decided =
      status === 'pending' || (status === 'accepted' && kind !== 'absence')
        ? []
        : [
            calendarHistory.decided(
              status === 'refused' ? 'refused' : 'accepted',
              decidedAt,
              service,
              names,
              mine.map((record) => ({ date: record.date, to: record.status })),
              note ? textIn(note, commune.language ?? 'fr') : undefined,
            ),
          ];
    return [
      {
        id,
        kind,
        status,
        submittedAt,
        ...(kind === 'absence' ? { childId: mine[0]!.childId } : {}),
        history: [received, ...decided],
      },
    ];
  });
  // Numbered in the order they were made.
  return requests.sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
}
