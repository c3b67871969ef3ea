import type { Camp, CampEnrolment, CampWaiting, ChildSummary } from '../../domain/index.js';
import { bookedWeeks, groupFor, registrationState } from '../../domain/camp-rules.js';
import * as shape from '../../shared/shape.js';
import type { CampDayChoice } from '../camp-week-picker/define.js';

/** "Coordonnées" → "Qui faut-il inscrire ?" → "Semaines de plaine" → "Valider" (seed 000). */
export const steps = ['parent', 'child', 'weeks', 'recap'] as const;
export type Step = (typeof steps)[number];

/** An enrolment in progress: what the parent chose, under its tracking code once the service gave one. */
export const wizardShape = shape.object({
  trackingCode: shape.optional(shape.string()),
  step: shape.literals(steps),
  campId: shape.string(),
  childId: shape.optional(shape.string()),
  days: shape.array(
    shape.object({ date: shape.string(), activityIds: shape.optional(shape.array(shape.string())) }),
  ),
  /** Full weeks the parent asked to wait for (the week picker's waiting-list choice). */
  waitingWeekIds: shape.array(shape.string()),
});
export type Wizard = shape.Infer<typeof wizardShape>;

/** What the tab keeps across a reload: the enrolment in progress and the action not yet acknowledged. */
export const sessionShape = shape.object({
  wizard: wizardShape,
  pending: shape.optional(shape.object({ key: shape.string(), fingerprint: shape.string() })),
});

/** One child's request just validated, and the waiting lists joined for its full weeks. */
export interface Outcome {
  enrolment: CampEnrolment;
  firstName: string;
  waiting: Record<string, CampWaiting>;
}

/** Why a child cannot be enrolled in a camp yet; undefined when they can. */
export type Block = 'identity' | 'health-missing' | 'health-to-update' | 'noGroup';

/**
 * The first thing missing before `child` can be enrolled in `camp`: identity
 * (school), health form, or a group of their age. A group by school grade
 * cannot be told from the summary (it has no grade): the service says so if
 * it does not fit.
 */
export function blockFor(camp: Camp, child: ChildSummary): Block | undefined {
  if (!child.identityComplete) return 'identity';
  if (child.healthForm !== 'complete') return `health-${child.healthForm}`;
  const byAgeOnly = camp.groups.every((candidate) => candidate.gradeIds === undefined);
  if (byAgeOnly && !groupFor(camp, child)) return 'noGroup';
  return undefined;
}

/** The children who cannot be enrolled in `camp` yet, each with why. */
export function blockedChildren(camp: Camp, children: readonly ChildSummary[]) {
  return children.flatMap((child) => {
    const block = blockFor(camp, child);
    return block ? [{ child, block }] : [];
  });
}

/** The camps a parent can enrol in now, and those they will soon: open first, then not yet open. */
export function campsShown(camps: readonly Camp[], now: Date, campId?: string): Camp[] {
  return camps
    .filter((camp) => (campId ? camp.id === campId : registrationState(camp, now) !== 'closed'))
    .sort(
      (a, b) =>
        Number(registrationState(b, now) === 'open') - Number(registrationState(a, now) === 'open') ||
        a.registration.opensAt.localeCompare(b.registration.opensAt),
    );
}

/** The open days of a camp, first and last. */
export function campSpan(camp: Camp): { first: string; last: string } | undefined {
  const open = camp.weeks.flatMap((week) => week.days).filter((day) => day.open);
  const first = open[0]?.date;
  const last = open.at(-1)?.date;
  return first && last ? { first, last } : undefined;
}

/** The recap's weeks: "S28" with its days and their activities' names. */
export function recapWeeks(camp: Camp, days: readonly CampDayChoice[]) {
  const chosen = new Map(days.map((day) => [day.date, day.activityIds ?? []]));
  return bookedWeeks(
    camp,
    days.map((day) => day.date),
  ).map(({ week, label, dates }) => ({
    week,
    label,
    dates,
    activities: week.days
      .filter((day) => chosen.has(day.date))
      .flatMap((day) =>
        day.activities.filter((activity) => chosen.get(day.date)?.includes(activity.id)).map((a) => a.name),
      ),
  }));
}
