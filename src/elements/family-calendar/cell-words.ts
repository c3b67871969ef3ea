import type { Locale, PlanningCell, PlanningDay } from '../../domain/index.js';
import type { Localizer } from '../../shared/i18n/localize.js';
import { localString } from '../../shared/i18n/local-text.js';
import type { CalendarKey } from './messages/index.js';
import type { PendingChange, Row, ShownState } from './calendar-model.js';

/*
 * The words of a cell: its state, its deadline in the commune's time zone
 * (the planning's `timeZone`, whatever the device's), why it is locked, and
 * its accessible name ("jeudi 21 janvier, Accueil du matin, Nahel : réservé,
 * annulable jusqu'au mardi 19 janvier à 10:00").
 */

const tags: Record<Locale, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' };
/** The formats used, by name: one formatter per language, format and time zone (a month formats thousands of dates). */
const options = {
  day: { weekday: 'long', day: 'numeric', month: 'long' },
  month: { month: 'long', year: 'numeric' },
  weekday: { weekday: 'short' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
const formats = new Map<string, Intl.DateTimeFormat>();
/**
 * What was formatted, by format and date: a month names the same few dates
 * and deadlines hundreds of times (a cell per unit and child), and `format` is
 * what a month's names cost most. Emptied when it grows past a school year's.
 */
const said = new Map<string, string>();

/** A calendar day (`yyyy-MM-dd`, read at midnight UTC) or an instant, in the format `name`, where `timeZone` is. */
function format(locale: Locale, name: keyof typeof options, date: string, timeZone = 'UTC'): string {
  const key = `${locale}|${name}|${timeZone}`;
  const saidKey = `${key}|${date}`;
  const known = said.get(saidKey);
  if (known !== undefined) return known;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(tags[locale], { ...options[name], timeZone });
    formats.set(key, formatter);
  }
  const text = formatter.format(new Date(date.length === 10 ? `${date}T00:00:00Z` : date));
  if (said.size > 4000) said.clear();
  said.set(saidKey, text);
  return text;
}

export type CalendarLocalizer = Localizer<CalendarKey>;

/** "jeudi 21 janvier": a calendar day, the same everywhere. */
export function dayName(i18n: CalendarLocalizer, date: string): string {
  return format(i18n.locale, 'day', date);
}

/** "janvier 2027". */
export function monthName(i18n: CalendarLocalizer, month: string): string {
  return format(i18n.locale, 'month', `${month}-01`);
}

/** The weekday's short name and the day's number, for the columns: "je", "21". */
export function columnName(i18n: CalendarLocalizer, date: string): { weekday: string; day: number } {
  return { weekday: format(i18n.locale, 'weekday', date).replace('.', ''), day: Number(date.slice(8)) };
}

/** An instant's date and time where the commune is: `{ date: 'mardi 19 janvier', time: '10:00' }`. */
export function instant(i18n: CalendarLocalizer, iso: string, timeZone: string) {
  return {
    date: format(i18n.locale, 'day', iso, timeZone),
    time: format(i18n.locale, 'time', iso, timeZone),
  };
}

/** The state in words ("réservé", "plus que 2 place(s)"). */
export function stateWord(i18n: CalendarLocalizer, state: ShownState, cell?: PlanningCell): string {
  return i18n.t(`calendar.state.${state}`, { count: cell?.placesLeft ?? 0 });
}

/** The day's kind, when it is not a school day: "vacances scolaires (Congé de détente)". */
export function dayKindWords(i18n: CalendarLocalizer, day: PlanningDay | undefined): string | undefined {
  if (!day || day.kind === 'school-day') return undefined;
  const kind = i18n.t(`calendar.kind.${day.kind}`);
  return day.name ? `${kind} (${localString(i18n, day.name)})` : kind;
}

/** Why the cell offers nothing ("délai dépassé depuis le mardi 19 janvier à 10:00"), or undefined. */
export function lockWords(i18n: CalendarLocalizer, cell: PlanningCell, timeZone: string): string | undefined {
  const { locked } = cell;
  if (!locked) return undefined;
  if (locked.reason === 'deadline-passed' && locked.deadline)
    return i18n.t('calendar.lock.deadline-passed.at', instant(i18n, locked.deadline, timeZone));
  return i18n.t(`calendar.lock.${locked.reason}`);
}

/** Until when the cell's action stays open, in words; or what a late cancellation gives. */
export function deadlineWords(
  i18n: CalendarLocalizer,
  cell: PlanningCell,
  timeZone: string,
): string | undefined {
  const { book, cancel } = cell.actions;
  if (book) {
    const key =
      book.outcome === 'waiting'
        ? 'calendar.until.waiting'
        : book.outcome === 'requested'
          ? 'calendar.until.request'
          : 'calendar.until.book';
    return i18n.t(key, instant(i18n, book.until, timeZone));
  }
  if (cancel?.until) return i18n.t('calendar.until.cancel', instant(i18n, cancel.until, timeZone));
  if (cancel) return i18n.t(cancel.billed ? 'calendar.cancel.late.billed' : 'calendar.cancel.late.request');
  return undefined;
}

/** `make()`, said once per `key` in `said` (when given). */
function once(said: Map<string, string> | undefined, key: string, make: () => string): string {
  let text = said?.get(key);
  if (text === undefined) {
    text = make();
    said?.set(key, text);
  }
  return text;
}

/**
 * Everything said of a cell after its state: deadline or lock, the service's
 * note, the price. `said`: the pieces worded so far for a month's cells (a
 * deadline per day and action, a few prices), each worded once.
 */
export function cellDetails(
  i18n: CalendarLocalizer,
  cell: PlanningCell,
  timeZone: string,
  currency: string,
  said?: Map<string, string>,
): string[] {
  const { book, cancel } = cell.actions;
  const { locked } = cell;
  const details = [
    once(
      said,
      `${book?.outcome}|${book?.until}|${cancel?.until}|${cancel?.billed}|${locked?.reason}|${locked?.deadline}`,
      () => deadlineWords(i18n, cell, timeZone) ?? lockWords(i18n, cell, timeZone) ?? '',
    ),
  ];
  if (cell.note) details.push(localString(i18n, cell.note));
  if (cell.priceCents > 0 && cell.status !== 'not-offered')
    details.push(once(said, `${cell.priceCents}`, () => i18n.money(cell.priceCents, currency)));
  return details.filter(Boolean);
}

/** The unit's name with the child's: "Accueil du matin, Nahel". */
export function rowName(i18n: CalendarLocalizer, row: Row): string {
  const unit = localString(i18n, row.unit.name);
  return row.childName ? `${unit}, ${row.childName}` : unit;
}

/** The day's part of a cell's name ("samedi 23 janvier, week-end") and its kind. */
export function dayPlace(i18n: CalendarLocalizer, date: string, day: PlanningDay | undefined) {
  const kind = dayKindWords(i18n, day);
  return { day: kind ? `${dayName(i18n, date)}, ${kind}` : dayName(i18n, date), kind };
}

/**
 * A cell's state in words, then what may be done until when or why not, and
 * its price. Each piece is worded once per month's render (`said`): a month's
 * hundreds of cells say a few states, a deadline per day and action, a few
 * prices, and wording one asks the catalogue (i18n.t) each time.
 */
function stateWords(
  i18n: CalendarLocalizer,
  { timeZone, currency, said }: { timeZone: string; currency: string; said?: Map<string, string> },
  cell: PlanningCell,
  pending: PendingChange | undefined,
): string {
  const shown = pending ? (pending.action === 'book' ? 'add' : 'remove') : cell.status;
  const state = once(said, `${shown}|${pending ? 0 : cell.placesLeft}`, () => {
    const words = stateWord(i18n, shown, pending ? undefined : cell);
    const code = i18n.t(`calendar.code.${shown}`);
    // A code of several letters ("DR") is said first, as the legend reads: a voice user names a cell by what it shows (WCAG 2.5.3).
    return code.length > 1 ? `${code}, ${words}` : words;
  });
  return pending ? state : [state, ...cellDetails(i18n, cell, timeZone, currency, said)].join(', ');
}

/**
 * A cell's accessible name: the day (and its kind), the unit and the child,
 * then its state, what may be done until when or why not, and its price.
 */
export function cellName(
  i18n: CalendarLocalizer,
  context: {
    timeZone: string;
    currency: string;
    /** The day's part of the name (`dayPlace`) and the row's (`rowName`), kept by the caller: a month asks each hundreds of times. */
    place: { day: string; kind: string | undefined; row: string };
    /** The pieces of the cells' names worded so far, kept by the caller for a month's cells (same words, time zone and currency). */
    said?: Map<string, string>;
  },
  cell: PlanningCell | undefined,
  pending: PendingChange | undefined,
): string {
  const { place } = context;
  const where = `${place.day}, ${place.row}`;
  if (!cell) return `${where} : ${place.kind ?? i18n.t('calendar.state.not-offered')}`;
  return `${where} : ${stateWords(i18n, context, cell, pending)}`;
}
