import { communeDay } from '../camp.js';
import { unsubscribeBlock, type CampEnrolmentSummary, type CampUnsubscribeInput } from '../camp-enrolment.js';
import type { StatusHistoryEntry } from '../request.js';
import { history } from './history.js';
import { conflictRefusal, notFoundRefusal } from './refusal.js';

/**
 * "Désinscription": a request to the service for a booked week of a paid
 * enrolment, before its first day (see `unsubscribeBlock`), with the reason.
 * Once the new request has its number, the enrolment's history says so too
 * (`history.unsubscribeRequested`).
 */
export function requestUnsubscribe(
  enrolment: CampEnrolmentSummary | undefined,
  input: CampUnsubscribeInput,
  now: Date,
): { childId: string; label: string; history: StatusHistoryEntry[] } {
  if (!enrolment) throw notFoundRefusal('request.not-found');
  // The commune's day: until 02:00 in Brussels, the UTC date is still the day before.
  const block = unsubscribeBlock(enrolment, input.weekId, communeDay(now));
  if (block) throw conflictRefusal(block);
  const { label } = enrolment.weeks.find((week) => week.weekId === input.weekId)!;
  return {
    childId: enrolment.childId,
    label,
    history: [
      history.unsubscribeReceived(
        now,
        { campName: enrolment.campName, firstName: enrolment.firstName },
        label,
        input.reason,
      ),
    ],
  };
}

/** What the service's decision on an unsubscribe does to both requests; `freeDays`: the week's places given back. */
export interface UnsubscribeDecision {
  status: 'accepted' | 'refused';
  history: StatusHistoryEntry[];
  enrolmentHistory: StatusHistoryEntry[];
  freeDays: string[] | undefined;
}

/**
 * Accepted: the week's bookings go, their places are given back (and offered
 * to the first family waiting); refused: the week stays booked.
 */
export function decideUnsubscribe(
  enrolment: CampEnrolmentSummary | undefined,
  weekId: string,
  decision: 'accepted' | 'refused',
  reason: string | undefined,
  author: string,
  now: Date,
): UnsubscribeDecision {
  const week = enrolment?.weeks.find((candidate) => candidate.weekId === weekId);
  if (!enrolment || !week) throw notFoundRefusal('request.not-found');
  if (decision === 'accepted') {
    const entry = history.unsubscribed(now, author, enrolment.firstName, week.label);
    return { status: decision, history: [entry], enrolmentHistory: [entry], freeDays: week.days };
  }
  return {
    status: decision,
    history: [history.unsubscribeRefused(now, author, reason)],
    enrolmentHistory: [history.unsubscribeRefusedOnEnrolment(now, author, week.label, reason)],
    freeDays: undefined,
  };
}
