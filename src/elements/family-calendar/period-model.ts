import type { Activity, PeriodBooking, Planning, Unit, WeekPattern } from '../../domain/index.js';

// "Réserver sur une période" (seed 003) without a DOM: the weekday × unit grid of the checked
// children, the dialog's defaults, what stops a preview, and the request it sends.

/** What the parent typed in "Réserver sur une période", kept in the host (`CalendarDialogs`). */
export interface PeriodFields {
  childIds: string[];
  from: string;
  to: string;
  weeks: WeekPattern;
  /** The ticked slots, `<weekday>-<unitId>` (those of a child unchecked are kept for when it is checked again). */
  slots: string[];
}

export const weekPatterns: readonly WeekPattern[] = ['every', 'alternate', 'even', 'odd'];

/** The grid's rows (units by activity) and columns (ISO weekdays). */
export interface PeriodGrid {
  activities: { activity: Activity; units: Unit[] }[];
  weekdays: number[];
}

export const slotKey = (weekday: number, unitId: string) => `${weekday}-${unitId}`;

/**
 * The bookable units of the activities the children are enrolled in (units
 * billed from presence are not booked), and the weekdays any of them runs on.
 */
export function periodGrid(planning: Planning | undefined, childIds: readonly string[]): PeriodGrid {
  const enrolled = new Set(
    planning?.children
      .filter((child) => childIds.includes(child.childId))
      .flatMap((child) => child.activityIds) ?? [],
  );
  const activities = (planning?.activities ?? [])
    .filter((activity) => enrolled.has(activity.id))
    .map((activity) => ({ activity, units: activity.units.filter((unit) => unit.mode === 'booking') }))
    .filter(({ units }) => units.length > 0);
  const weekdays = new Set(activities.flatMap(({ units }) => units.flatMap((unit) => unit.weekdays)));
  return { activities, weekdays: [...weekdays].sort((a, b) => a - b) };
}

/** The ticked slots the grid shows (a unit no checked child has is not sent). */
export function shownSlots(fields: PeriodFields, grid: PeriodGrid): PeriodBooking['slots'] {
  const ticked = new Set(fields.slots);
  return grid.activities.flatMap(({ units }) =>
    units.flatMap((unit) =>
      unit.weekdays
        .filter((weekday) => ticked.has(slotKey(weekday, unit.id)))
        .map((weekday) => ({ weekday, unitId: unit.id })),
    ),
  );
}

/**
 * The fields' first values: the element's child (else the first), the shown
 * month from its first day a checked child may book (else its first day) to its last.
 */
export function periodDefaults(planning: Planning, childId: string | undefined): PeriodFields {
  const child = planning.children.find((candidate) => candidate.childId === childId) ?? planning.children[0];
  const bookable = (child?.cells ?? [])
    .filter((cell) => cell.actions.book)
    .map((cell) => cell.date)
    .sort();
  return {
    childIds: child ? [child.childId] : [],
    from: bookable[0] ?? planning.from,
    to: planning.to,
    weeks: 'every',
    slots: [],
  };
}

export type PeriodProblem = 'child' | 'from' | 'to' | 'order' | 'slots' | 'length';

/** Why the period cannot be previewed, each once, in the fields' order. */
export function periodProblems(fields: PeriodFields, grid: PeriodGrid): PeriodProblem[] {
  const found: PeriodProblem[] = [];
  if (fields.childIds.length === 0) found.push('child');
  if (!fields.from) found.push('from');
  if (!fields.to) found.push('to');
  else if (fields.from && fields.to < fields.from) found.push('order');
  // A year from `from` (29 February's year after has none: the 1st of March is over).
  else if (fields.from && fields.to >= `${Number(fields.from.slice(0, 4)) + 1}${fields.from.slice(4)}`)
    found.push('length');
  if (shownSlots(fields, grid).length === 0 && fields.childIds.length > 0) found.push('slots');
  return found;
}

/** The request "Voir le détail" previews and "Envoyer la demande" sends. */
export function periodBooking(fields: PeriodFields, grid: PeriodGrid): PeriodBooking {
  return {
    childIds: [...fields.childIds],
    from: fields.from,
    to: fields.to,
    weeks: fields.weeks,
    slots: shownSlots(fields, grid),
  };
}

/** How many dates the items fall on. */
export function dateCount(items: readonly { date: string }[]): number {
  return new Set(items.map((item) => item.date)).size;
}
