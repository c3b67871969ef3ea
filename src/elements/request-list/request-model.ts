import type {
  ChildSummary,
  FieldChange,
  RequestKind,
  RequestReceipt,
  RequestStatus,
} from '../../domain/index.js';

/*
 * What <request-list> shows, as pure functions its templates only render:
 * the kinds grouped as the parents' portals group them (seed 004: the family,
 * the children…), the filters, the order, and a change's values as read.
 */

/** The groups of kinds the kind filter offers, in the order shown. */
export type KindGroup = 'family' | 'children' | 'camps' | 'calendar' | 'invoices';

export const kindGroups: Readonly<Record<KindGroup, readonly RequestKind[]>> = {
  family: ['parent-registration', 'parent-change'],
  children: ['child-registration', 'health-form', 'child-change'],
  camps: ['camp-enrolment', 'camp-unsubscribe'],
  calendar: ['booking', 'period-booking', 'planning-copy', 'absence'],
  invoices: ['invoice-dispute'],
};

export const groupNames = Object.keys(kindGroups) as KindGroup[];

/** Every request, a group of kinds, or one kind. */
export type KindFilter = 'all' | KindGroup | RequestKind;
export type StatusFilter = 'all' | RequestStatus;
/** Submitted in the last 3 or 12 months, or at any time (no cap: the default). */
export type PeriodFilter = 'all' | '3-months' | '12-months';

export const statusFilters: readonly StatusFilter[] = ['all', 'pending', 'accepted', 'refused', 'cancelled'];
export const periodFilters: readonly PeriodFilter[] = ['all', '3-months', '12-months'];

export interface RequestFilters {
  kind: KindFilter;
  status: StatusFilter;
  period: PeriodFilter;
}

/**
 * How many requests the list draws at once: years of a family's requests
 * fit, and a longer history stays quick to show; "Afficher plus" adds as many.
 */
export const listPage = 50;

const allKinds = groupNames.flatMap((group) => kindGroups[group]);

/** A group's name (never a name its object inherits, `constructor`). */
export const isGroup = (value: string): value is KindGroup => Object.hasOwn(kindGroups, value);

/** The kind filter an attribute asks for, or every request when it names none we know. */
export function kindFilterOf(value: string | null | undefined): KindFilter {
  const known = value && (value === 'all' || isGroup(value) || allKinds.includes(value as RequestKind));
  return known ? (value as KindFilter) : 'all';
}

export function statusFilterOf(value: string | null | undefined): StatusFilter {
  return statusFilters.find((status) => status === value) ?? 'all';
}

export function periodFilterOf(value: string | null | undefined): PeriodFilter {
  return periodFilters.find((period) => period === value) ?? 'all';
}

/** The kinds a filter keeps; undefined: all of them. */
export function kindsOf(filter: KindFilter): readonly RequestKind[] | undefined {
  if (filter === 'all') return undefined;
  return isGroup(filter) ? kindGroups[filter] : [filter];
}

/** Whether any filter narrows the list. */
export const isFiltered = (filters: RequestFilters) =>
  filters.kind !== 'all' || filters.status !== 'all' || filters.period !== 'all';

/**
 * The first day the period keeps (`yyyy-MM-dd`), counted back from `today`
 * in whole months; a day the shorter month lacks becomes its last (31 May
 * less 3 months: 28 or 29 February).
 */
export function periodStart(period: PeriodFilter, today: string): string | undefined {
  if (period === 'all') return undefined;
  const months = period === '3-months' ? 3 : 12;
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return first.toISOString().slice(0, 10);
}

/** Newest first, by the instant each was sent (offsets may differ), then by number. */
export function newestFirst(requests: readonly RequestReceipt[]): RequestReceipt[] {
  return [...requests].sort(
    (a, b) =>
      Date.parse(b.submittedAt) - Date.parse(a.submittedAt) ||
      b.number.localeCompare(a.number, undefined, { numeric: true }),
  );
}

/** The requests the filters keep, newest first; `today` (`yyyy-MM-dd`) anchors the period. */
export function filterRequests(
  requests: readonly RequestReceipt[],
  filters: RequestFilters,
  today: string,
): RequestReceipt[] {
  const kinds = kindsOf(filters.kind);
  const start = periodStart(filters.period, today);
  return newestFirst(
    requests.filter(
      (request) =>
        (!kinds || kinds.includes(request.kind)) &&
        (filters.status === 'all' || request.status === filters.status) &&
        // The day it was sent, as the service wrote it (its own offset).
        (!start || request.submittedAt.slice(0, 10) >= start),
    ),
  );
}

/** The child a request is about, by first name, when the family has them. */
export function childOf(children: readonly ChildSummary[], request: RequestReceipt): string | undefined {
  if (!request.childId) return undefined;
  const child = children.find((one) => one.id === request.childId);
  return child ? child.firstName || child.lastName : undefined;
}

/** How a value of a change reads: text (as typed), a date to format, or nothing to show. */
export type ChangeValue = { text: string } | { date: string } | { none: true };

/** A change as the list shows it: the field's name (its key), and its values when they read as text. */
export interface ShownChange {
  /** `parent.phone`, `child.firstName`, `health.allergies`… */
  field: string;
  values?: { from: ChangeValue; to: ChangeValue };
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
/** A child's fields whose values are words a parent reads; the others (ids, health data) are named only. */
const readableChildFields = new Set(['lastName', 'firstName', 'birthDate', 'nationalNumber', 'kidEidNumber']);

function valueOf(raw: string, encoded: boolean): ChangeValue {
  if (raw === '') return { none: true };
  let value: unknown = raw;
  if (encoded) {
    try {
      value = JSON.parse(raw);
    } catch {
      value = raw;
    }
  }
  if (typeof value !== 'string') return { text: raw };
  if (value === '') return { none: true };
  return isoDate.test(value) ? { date: value } : { text: value };
}

/**
 * A change request's change: the parent's details come formatted as the
 * parent reads them (`0475 12 34 56`); a child's come as the service stores
 * them (JSON), so only their plain words and dates are shown, and their ids
 * (school, grade) and health data are named without their values.
 */
export function shownChange(change: FieldChange): ShownChange {
  const [section, ...rest] = change.field.split('.');
  const name = rest.join('.');
  if (section === 'identity' && name) {
    const field = `child.${name}`;
    if (!readableChildFields.has(name)) return { field };
    return { field, values: { from: valueOf(change.from, true), to: valueOf(change.to, true) } };
  }
  if (section === 'health' && name) return { field: `health.${name.split('.')[0]}` };
  return {
    field: `parent.${change.field}`,
    values: { from: valueOf(change.from, false), to: valueOf(change.to, false) },
  };
}
