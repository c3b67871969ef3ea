import type { CampWaiting, CampWeekOutcome } from '../camp-enrolment.js';
import type { CommuneSettings } from '../commune.js';
import type { RequestStatus, StatusHistoryEntry } from '../request.js';
import { history } from './history.js';
import { mails } from './mails.js';
import { conflictRefusal, type Mail } from './refusal.js';

/** A family on a week's waiting list, in the order families joined (all camps, groups and weeks mixed). */
export interface WaitingRow {
  requestId: string;
  campId: string;
  groupId: string;
  weekId: string;
  /** The week's days the request asked for. */
  days: readonly string[];
  /** Offered a freed place already. */
  offered: boolean;
  /** Its request cancelled (removed from the cart, past its deadline). */
  cancelled: boolean;
}

const sameList = (a: Pick<WaitingRow, 'campId' | 'groupId' | 'weekId'>, b: typeof a) =>
  a.campId === b.campId && a.groupId === b.groupId && a.weekId === b.weekId;

const stillWaiting = (row: WaitingRow) => !row.offered && !row.cancelled;

/**
 * A request's place on a week's waiting list: 1 + the families ahead of it in
 * its camp and group still waiting (not yet offered a place, their request
 * not cancelled); 0 when it is not on the list.
 */
export function waitingPosition(rows: readonly WaitingRow[], requestId: string, weekId: string): number {
  const mine = rows.findIndex((row) => row.requestId === requestId && row.weekId === weekId);
  const row = rows[mine];
  if (!row) return 0;
  return rows.slice(0, mine).filter((other) => sameList(other, row) && stillWaiting(other)).length + 1;
}

/** What joining a week's waiting list needs to know. */
export interface JoinWaitingState {
  request: { id: string; status: RequestStatus; weeks: readonly CampWeekOutcome[] };
  weekId: string;
  campId: string;
  /** The child's group in the camp; none: the child fits no group any more. */
  groupId: string | undefined;
  /** The waiting list as it is (see `WaitingRow`). */
  rows: readonly WaitingRow[];
  now: Date;
}

/** The place on the list; `join`: the row to add (the days' waiting counts go up), absent when already there. */
export interface JoinWaitingOutcome {
  waiting: CampWaiting;
  join?: { row: WaitingRow; history: StatusHistoryEntry };
}

/** "Liste d'attente" for a full week of an enrolment request: joining twice answers the same position. */
export function joinWaitingList(state: JoinWaitingState): JoinWaitingOutcome {
  const { request, weekId, campId, groupId, now } = state;
  // Removed from the cart or past its deadline: its places and its waiting lists are gone.
  if (request.status === 'cancelled') throw conflictRefusal('request.cancelled');
  const week = request.weeks.find((candidate) => candidate.weekId === weekId);
  if (week?.status !== 'full') throw conflictRefusal('camp.week-not-full');
  if (!groupId) throw conflictRefusal('camp.no-group');
  const answer = (position: number): CampWaiting => ({
    requestId: request.id,
    weekId,
    label: week.label,
    position,
    days: week.days,
  });
  if (state.rows.some((row) => row.requestId === request.id && row.weekId === weekId))
    return { waiting: answer(waitingPosition(state.rows, request.id, weekId)) };
  const row: WaitingRow = {
    requestId: request.id,
    campId,
    groupId,
    weekId,
    days: week.days,
    offered: false,
    cancelled: false,
  };
  const position = waitingPosition([...state.rows, row], request.id, weekId);
  return { waiting: answer(position), join: { row, history: history.waiting(now, week.label, position) } };
}

/** A freed day of a camp group. */
export interface FreedDay {
  campId: string;
  groupId: string;
  date: string;
}

/** A family waiting, with what an offer tells it. */
export interface OfferCandidate extends WaitingRow {
  /** "S28". */
  label: string;
  /** The family's e-mail, if the service has one. */
  email?: string | undefined;
}

/** A freed place offered to a family waiting: its row marked offered, its history and its e-mail. */
export interface PlaceOffer {
  requestId: string;
  weekId: string;
  history: StatusHistoryEntry;
  mail: Mail;
}

/**
 * In each camp group with freed days, the first family waiting for a week of
 * those days, not yet offered a place for it and its request not cancelled,
 * is offered one (weeks in their id order). It enrols again to take it.
 */
export function offerFreedPlaces(
  freed: readonly FreedDay[],
  rows: readonly OfferCandidate[],
  commune: Pick<CommuneSettings, 'name' | 'serviceName' | 'language'>,
  now: Date,
): PlaceOffer[] {
  const groups = [...new Map(freed.map((day) => [`${day.campId}\n${day.groupId}`, day])).values()];
  return groups.flatMap(({ campId, groupId }) => {
    const dates = new Set(
      freed.filter((day) => day.campId === campId && day.groupId === groupId).map((day) => day.date),
    );
    const firsts = new Map<string, OfferCandidate>();
    for (const row of rows) {
      if (row.campId !== campId || row.groupId !== groupId || !stillWaiting(row)) continue;
      if (firsts.has(row.weekId) || !row.days.some((date) => dates.has(date))) continue;
      firsts.set(row.weekId, row);
    }
    return [...firsts.values()]
      .sort((a, b) => a.weekId.localeCompare(b.weekId))
      .map((row) => ({
        requestId: row.requestId,
        weekId: row.weekId,
        history: history.placeOffered(now, row.label),
        mail: { ...mails.placeOffered(row.email, row.label, commune), requestId: row.requestId },
      }));
  });
}
