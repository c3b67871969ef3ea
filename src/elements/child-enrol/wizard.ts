import type {
  Camp,
  CampEnrolment,
  CampWaiting,
  EnrolmentDraft,
  EnrolmentDraftInput,
  FieldIssue,
} from '../../domain/index.js';
import { steps, type Outcome, type Step, type Wizard } from './enrol-model.js';

// The enrolment steps' transitions: pure, so that the element only keeps and sends what they answer.

/** "Commencer l'inscription" or "Inscrire un autre enfant": a new request on "Coordonnées". */
export function startWizard(campId: string, childId?: string): Wizard {
  return { step: 'parent', campId, ...(childId ? { childId } : {}), days: [], waitingWeekIds: [] };
}

/** Days gone by can no longer be booked (a draft resumed late, a tab left open overnight): those after `today` only. */
export function daysToCome(days: readonly Wizard['days'][number][], today: string): Wizard['days'] {
  return days.filter((day) => day.date > today).map((day) => ({ ...day }));
}

/** "Reprendre" a draft kept by the service, in `campId` (its own camp, or the first shown when it is gone). */
export function resumeWizard(draft: EnrolmentDraft, campId: string, today: string): Wizard {
  return {
    trackingCode: draft.trackingCode,
    // A draft saved before its child was chosen goes on from the choice of the child.
    step: draft.childId || draft.step === 'parent' ? draft.step : 'child',
    campId,
    ...(draft.childId ? { childId: draft.childId } : {}),
    days: daysToCome(draft.days, today),
    waitingWeekIds: [],
  };
}

/** Another child: another group, other places; the days chosen go (the waiting lists always). */
export function withChild(wizard: Wizard, childId: string): Wizard {
  return { ...wizard, childId, days: childId === wizard.childId ? wizard.days : [], waitingWeekIds: [] };
}

/** The problems of the step shown before "Continuer" (`eligible`: the ids of the children who can be enrolled). */
export function stepIssues(wizard: Wizard, eligible: readonly string[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (wizard.step === 'child' && !eligible.some((id) => id === wizard.childId))
    issues.push({ field: 'childId', code: 'required' });
  if (wizard.step === 'weeks' && wizard.days.length === 0)
    issues.push({ field: 'days', code: 'camp.no-day' });
  return issues;
}

/** The step after (`+1`) or before (`-1`) the wizard's, if any. */
export function stepBeside(step: Step, direction: 1 | -1): Step | undefined {
  return steps[steps.indexOf(step) + direction];
}

/** What the service keeps of the enrolment in progress. */
export function draftInput(wizard: Wizard): EnrolmentDraftInput {
  return {
    ...(wizard.trackingCode ? { trackingCode: wizard.trackingCode } : {}),
    step: wizard.step,
    campId: wizard.campId,
    ...(wizard.childId ? { childId: wizard.childId } : {}),
    days: wizard.days,
  };
}

/**
 * A resumed draft keeps its days, not the waiting lists asked for: a full day
 * among them (`full`: the dates with no place left) means its week's waiting list.
 */
export function waitingWeeksOf(camp: Camp, wizard: Wizard, full: ReadonlySet<string>): string[] {
  const chosen = new Set(wizard.days.map((day) => day.date));
  return camp.weeks
    .filter((week) => week.days.some((day) => full.has(day.date) && chosen.has(day.date)))
    .map((week) => week.id);
}

/** The full weeks of an answer to "Valider" whose waiting list the parent asked to join. */
export function weeksToWaitFor(enrolment: CampEnrolment, weekIds: readonly string[]): string[] {
  return enrolment.weeks
    .filter((week) => week.status === 'full' && weekIds.includes(week.weekId))
    .map((week) => week.weekId);
}

/** The outcomes with a waiting list joined by request `requestId` for week `weekId`. */
export function withWaiting(
  outcomes: readonly Outcome[],
  requestId: string,
  weekId: string,
  waiting: CampWaiting,
): Outcome[] {
  return outcomes.map((outcome) =>
    outcome.enrolment.receipt.id === requestId
      ? { ...outcome, waiting: { ...outcome.waiting, [weekId]: waiting } }
      : outcome,
  );
}

/** A reason to unsubscribe: required, and at most `max` characters. */
export function reasonIssue(reason: string, max: number): FieldIssue | undefined {
  const trimmed = reason.trim();
  if (!trimmed) return { field: 'reason', code: 'required' };
  return trimmed.length > max ? { field: 'reason', code: 'too-long' } : undefined;
}
