import type { Camp, CampAvailability, CampDay, CampEnrolmentInput, CampWeek } from '../../domain/index.js';
import * as shape from '../../shared/shape.js';

/*
 * What `<camp-week-picker>` shows and how a parent's choices change its value,
 * as pure functions: the template only renders them.
 */

/** One chosen day with its activities: an entry of the picker's value (the days `enrolInCamp` takes). */
export type CampDayChoice = CampEnrolmentInput['days'][number];

/**
 * What a day is for the parent: `open` (places left), `full` ("Complet"),
 * `closed` ("Fermé": weekend, public holiday, or no place for the child's
 * group) or `past` (today or earlier: no longer bookable).
 */
export type DayState = 'open' | 'full' | 'closed' | 'past';

export interface PickerDay extends CampDay {
  state: DayState;
  /** Places left for the child's group; undefined on a day the group has none. */
  left: number | undefined;
}

export interface PickerWeek {
  week: CampWeek;
  days: PickerDay[];
}

/** The parent's choice: the days, and the weeks asked for on the waiting list. */
export interface Selection {
  value: CampDayChoice[];
  waitingWeekIds: string[];
}

/** The weeks still open ("encore disponibles"): those with an open day after `today`. */
export function openWeeks(camp: Pick<Camp, 'weeks'>, today: string): CampWeek[] {
  return camp.weeks.filter((week) => week.days.some((day) => day.open && day.date > today));
}

/** A week's seven days as the child's group has them on `today`. */
export function pickerWeek(week: CampWeek, availability: CampAvailability, today: string): PickerWeek {
  const places = new Map(availability.days.map((day) => [day.date, day.left]));
  const days = week.days.map((day): PickerDay => {
    const left = places.get(day.date);
    const state: DayState =
      !day.open || left === undefined ? 'closed' : day.date <= today ? 'past' : left === 0 ? 'full' : 'open';
    return { ...day, state, left };
  });
  return { week, days };
}

/** A day chosen: with every activity of that day (seed 000: the day brings its activity). */
function choiceOf(day: CampDay): CampDayChoice {
  return day.activities.length > 0
    ? { date: day.date, activityIds: day.activities.map((activity) => activity.id) }
    : { date: day.date };
}

/** `value` without the days `remove`, with the days `add`, in date order. */
function replaceDays(
  value: readonly CampDayChoice[],
  remove: readonly CampDay[],
  add: readonly CampDay[],
): CampDayChoice[] {
  const removed = new Set(remove.map((day) => day.date));
  return sortChoices([...value.filter((choice) => !removed.has(choice.date)), ...add.map(choiceOf)]);
}

/** A value in date order, as the picker reports it. */
export function sortChoices(value: readonly CampDayChoice[]): CampDayChoice[] {
  return [...value].sort((a, b) => a.date.localeCompare(b.date));
}

/** The days the theme's box chooses: those with places, and the full ones too once the week is on the waiting list. */
function themeDays(week: PickerWeek, selection: Selection): PickerDay[] {
  const waiting = selection.waitingWeekIds.includes(week.week.id);
  return week.days.filter((day) => day.state === 'open' || (waiting && day.state === 'full'));
}

/** The theme's box: ticked when every day it chooses is chosen, mixed when only some days of the week are. */
export function themeState(week: PickerWeek, selection: Selection): 'checked' | 'mixed' | 'unchecked' {
  const chosen = new Set(selection.value.map((choice) => choice.date));
  const wanted = themeDays(week, selection);
  if (wanted.length > 0 && wanted.every((day) => chosen.has(day.date))) return 'checked';
  return week.days.some((day) => chosen.has(day.date)) ? 'mixed' : 'unchecked';
}

/** One day ticked or unticked. */
export function chooseDay(selection: Selection, day: PickerDay, chosen: boolean): Selection {
  return { ...selection, value: replaceDays(selection.value, [day], chosen ? [day] : []) };
}

/** The theme ticked (every day it chooses) or unticked (none of the week, and off the waiting list). */
export function chooseWeek(selection: Selection, week: PickerWeek, chosen: boolean): Selection {
  if (chosen)
    return { ...selection, value: replaceDays(selection.value, week.days, themeDays(week, selection)) };
  return {
    value: replaceDays(selection.value, week.days, []),
    waitingWeekIds: selection.waitingWeekIds.filter((id) => id !== week.week.id),
  };
}

/**
 * "M'inscrire sur la liste d'attente pour cette semaine": the service answers
 * per week, so joining asks for every open day of the week, the full ones
 * included; leaving lets go of the full days only.
 */
export function chooseWaiting(selection: Selection, week: PickerWeek, waiting: boolean): Selection {
  const others = selection.waitingWeekIds.filter((id) => id !== week.week.id);
  if (!waiting) {
    const full = week.days.filter((day) => day.state === 'full');
    return { value: replaceDays(selection.value, full, []), waitingWeekIds: others };
  }
  const joined = { value: selection.value, waitingWeekIds: [...others, week.week.id] };
  return { ...joined, value: replaceDays(selection.value, week.days, themeDays(week, joined)) };
}

/** The days of a choice, as kept by the browser (the service checks them again when they are sent). */
const choicesShape = shape.array(
  shape.object({ date: shape.string(), activityIds: shape.optional(shape.array(shape.string())) }),
);

const formStateShape = shape.object({ value: choicesShape, waitingWeekIds: shape.array(shape.string()) });

/** The state the browser keeps for a form restored on back/forward or autofill. */
export const formState = (selection: Selection): string => JSON.stringify(selection);

/** A state kept by {@link formState}; undefined when it is not one. */
export function parseFormState(state: unknown): Selection | undefined {
  if (typeof state !== 'string') return undefined;
  try {
    const parsed = formStateShape.safeParse(JSON.parse(state));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
