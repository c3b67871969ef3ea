import { AdapterError, type FamilyPortalAdapter } from '../../src/adapter/index.js';
import {
  AttachmentSchema,
  CalendarFeedSchema,
  RequestReceiptSchema,
  type AbsenceInput,
  type Attachment,
  type RequestReceipt,
  PlanningSchema,
  type CalendarFeed,
  type BookingChangesInput,
  type BookingItem,
  type BookingRefusal,
  type BookingResult,
  type Planning,
  type PlanningCell,
  type PlanningDay,
  type PlanningRange,
  type BookingPreview,
  type PeriodBooking,
} from '../../src/domain/index.js';
import { datesBetween, isoWeek, isoWeekday, mondayOf } from '../../src/domain/calendar/dates.js';
import type { WriteOptions } from '../../src/domain/operations/index.js';

/*
 * An adapter double for <family-calendar> until the memory adapter serves the
 * calendar: fixture plannings (checked against PlanningSchema) for a Belgian
 * commune, and `changeBookings` answered from what each cell allows.
 */

/** The tests' clock: Friday 15 January 2027, 10:00 in Brussels. */
export const now = new Date('2027-01-15T09:00:00Z');

const morning = {
  id: 'unit-morning',
  name: 'Accueil du matin',
  abbreviation: 'M',
  start: '07:00',
  end: '08:30',
  weekdays: [1, 2, 3, 4, 5],
  days: 'school-days' as const,
  excludes: [],
  mode: 'booking' as const,
  validation: 'automatic' as const,
  book: {
    kind: 'days-before' as const,
    days: 2,
    at: '10:00',
    skip: ['weekend' as const, 'public-holiday' as const],
  },
  cancel: 'same' as const,
  lateCancel: 'refused' as const,
  meal: false,
  pricing: { kind: 'flat' as const, cents: 150 },
};
const meal = {
  ...morning,
  id: 'unit-meal',
  name: 'Repas chaud',
  abbreviation: 'R',
  start: '12:00',
  end: '13:00',
  meal: true,
  pricing: { kind: 'flat' as const, cents: 350 },
};

/** Brussels 10:00 two working days before `date` (the fixture's J−2, weekends skipped). */
function deadline(date: string): string {
  const at = new Date(`${date}T00:00:00Z`);
  let left = 2;
  while (left > 0) {
    at.setUTCDate(at.getUTCDate() - 1);
    const day = at.getUTCDay();
    if (day !== 0 && day !== 6) left -= 1;
  }
  return `${at.toISOString().slice(0, 10)}T09:00:00Z`;
}

function dayOf(date: string): PlanningDay {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (date.endsWith('-01-01')) return { date, kind: 'public-holiday', name: 'Nouvel An' };
  if (weekday === 0 || weekday === 6) return { date, kind: 'weekend' };
  return { date, kind: 'school-day' };
}

/** A cell as a backend would fill it at `now`. Special days: 21 booked, 22 meal full, 26 morning on request. */
function cellOf(childId: string, unitId: string, date: string): PlanningCell {
  const price = unitId === meal.id ? meal.pricing.cents : morning.pricing.cents;
  const until = deadline(date);
  const booked =
    childId === 'chi-1' && unitId === morning.id && (date === '2027-01-21' || date === '2027-01-11');
  const base = { unitId, date, priceCents: price, actions: {} };
  if (date < '2027-01-15')
    return { ...base, status: booked ? 'booked' : 'available', locked: { reason: 'past' } };
  if (Date.parse(until) <= now.getTime())
    return {
      ...base,
      status: booked ? 'booked' : 'available',
      locked: { reason: 'deadline-passed', deadline: until },
    };
  if (booked)
    return {
      ...base,
      status: 'booked',
      actions: {
        cancel: { until, outcome: 'cancelled', billed: false },
        absence: { until: `${date}T23:00:00Z` },
      },
    };
  if (unitId === meal.id && date === '2027-01-22')
    return { ...base, status: 'full', actions: { book: { until, outcome: 'waiting' } } };
  if (unitId === morning.id && date === '2027-01-26')
    return { ...base, status: 'available', actions: { book: { until, outcome: 'requested' } } };
  return { ...base, status: 'available', actions: { book: { until, outcome: 'booked' } } };
}

export const children = [
  { id: 'chi-1', firstName: 'Nahel' },
  { id: 'chi-2', firstName: 'Léa' },
];

/** The family's planning over `range`, valid against PlanningSchema. */
export function planningOf(range: PlanningRange, { enrolled = true } = {}): Planning {
  const dates: string[] = [];
  for (
    let at = new Date(`${range.from}T00:00:00Z`);
    at.toISOString().slice(0, 10) <= range.to;
    at.setUTCDate(at.getUTCDate() + 1)
  )
    dates.push(at.toISOString().slice(0, 10));
  const planning: Planning = {
    from: range.from,
    to: range.to,
    at: now.toISOString(),
    timeZone: 'Europe/Brussels',
    currency: 'EUR',
    activities: [{ id: 'act-care', name: 'Accueil extrascolaire', units: [morning, meal] }],
    children: enrolled
      ? children.map((child) => ({
          childId: child.id,
          activityIds: ['act-care'],
          days: dates.map(dayOf),
          cells: dates
            .filter((date) => dayOf(date).kind === 'school-day')
            .flatMap((date) => [cellOf(child.id, morning.id, date), cellOf(child.id, meal.id, date)]),
        }))
      : [],
  };
  return PlanningSchema.parse(planning);
}

export interface DoubleOptions {
  enrolled?: boolean;
  /** Changes on these dates are refused with this reason. */
  refuse?: Record<string, BookingRefusal>;
}

/** The double: records each call; `failures` makes the next sendings fail as on a dropped connection. */
export class CalendarDouble {
  planningReads: PlanningRange[] = [];
  sent: { input: BookingChangesInput; idempotencyKey: string }[] = [];
  failures = 0;
  /** Makes the next planning reads fail, as on a dropped connection. */
  planningFailures = 0;
  /** The family's iCal feed; each renewal gives a new secret token. */
  feed: CalendarFeed | null = null;
  feedWrites: { operation: 'renew' | 'revoke'; idempotencyKey: string }[] = [];
  /** Makes the next feed writes fail, as on a dropped connection. */
  feedFailures = 0;
  uploads: { name: string; idempotencyKey: string }[] = [];
  absences: { input: AbsenceInput; idempotencyKey: string }[] = [];
  /** Makes the next uploads / absence requests fail, as on a dropped connection. */
  uploadFailures = 0;
  absenceFailures = 0;
  previews: PeriodBooking[] = [];
  periods: { input: PeriodBooking; idempotencyKey: string }[] = [];
  /** Makes the next period previews / bookings fail, as on a dropped connection. */
  previewFailures = 0;
  periodFailures = 0;
  /** Holds each sending until released (to press twice while it runs). */
  hold: Promise<void> | undefined;

  constructor(private readonly options: DoubleOptions = {}) {}

  /** The adapter the element is given (a story may replace an operation). */
  adapter: Partial<FamilyPortalAdapter> = this.build();

  private build(): Partial<FamilyPortalAdapter> {
    const double = {
      getFamily: () => Promise.resolve({ children }),
      getPlanning: (range: PlanningRange) => {
        this.planningReads.push(range);
        if (this.planningFailures > 0) {
          this.planningFailures -= 1;
          return Promise.reject(new AdapterError({ type: 'network', code: 'network', retryable: true }));
        }
        return Promise.resolve(planningOf(range, { enrolled: this.options.enrolled ?? true }));
      },
      changeBookings: (input: BookingChangesInput, options: WriteOptions) =>
        this.changeBookings(input, options),
      uploadAttachment: (file: File, { idempotencyKey }: WriteOptions) => this.upload(file, idempotencyKey),
      requestAbsence: (input: AbsenceInput, { idempotencyKey }: WriteOptions) =>
        this.requestAbsence(input, idempotencyKey),
      previewPeriodBooking: (input: PeriodBooking) => this.previewPeriod(input),
      bookPeriod: (input: PeriodBooking, { idempotencyKey }: WriteOptions) =>
        this.bookPeriod(input, idempotencyKey),
      getCalendarFeed: () => Promise.resolve({ feed: this.feed }),
      renewCalendarFeed: (options: WriteOptions) => this.writeFeed('renew', options),
      revokeCalendarFeed: (options: WriteOptions) =>
        this.writeFeed('revoke', options).then(() => ({ feed: null })),
    };
    return double as unknown as Partial<FamilyPortalAdapter>;
  }

  /** Renews (a new token, the previous one gone) or revokes the feed, once per idempotency key. */
  private async writeFeed(
    operation: 'renew' | 'revoke',
    { idempotencyKey }: WriteOptions,
  ): Promise<CalendarFeed | null> {
    this.feedWrites.push({ operation, idempotencyKey });
    if (this.feedFailures > 0) {
      this.feedFailures -= 1;
      throw new AdapterError({ type: 'network', code: 'network', retryable: true });
    }
    const token = `tok${this.feedWrites.length}${'x'.repeat(28)}`;
    this.feed =
      operation === 'revoke'
        ? null
        : CalendarFeedSchema.parse({
            url: `https://portail.example.be/calendar/${token}.ics`,
            createdAt: now.toISOString(),
          });
    return this.feed;
  }

  private async upload(file: File, idempotencyKey: string): Promise<Attachment> {
    this.uploads.push({ name: file.name, idempotencyKey });
    if (this.uploadFailures > 0) {
      this.uploadFailures -= 1;
      throw new AdapterError({ type: 'network', code: 'network', retryable: true });
    }
    return AttachmentSchema.parse({
      id: `att-${this.uploads.length}`,
      name: file.name,
      mediaType: file.type,
      sizeBytes: file.size,
    });
  }

  private async requestAbsence(input: AbsenceInput, idempotencyKey: string): Promise<RequestReceipt> {
    this.absences.push({ input, idempotencyKey });
    if (this.absenceFailures > 0) {
      this.absenceFailures -= 1;
      throw new AdapterError({ type: 'network', code: 'network', retryable: true });
    }
    return RequestReceiptSchema.parse({
      id: 'req-absence-1',
      number: '27-31',
      trackingCode: 'ABSNTKQZ',
      kind: 'absence',
      status: 'pending',
      submittedAt: now.toISOString(),
      history: [],
    });
  }

  /** A period's items: each counted week's school day of a ticked slot, decided as its cell allows. */
  private periodItems(input: PeriodBooking): BookingPreview {
    const counts = (date: string) =>
      input.weeks === 'every' ||
      (input.weeks === 'alternate'
        ? Math.round((Date.parse(mondayOf(date)) - Date.parse(mondayOf(input.from))) / (7 * 86_400_000)) %
            2 ===
          0
        : isoWeek(date) % 2 === (input.weeks === 'even' ? 0 : 1));
    const items = input.childIds.flatMap((childId) =>
      datesBetween(input.from, input.to)
        .filter((date) => dayOf(date).kind === 'school-day' && counts(date))
        .flatMap((date) =>
          input.slots
            .filter((slot) => slot.weekday === isoWeekday(date))
            .map((slot): BookingItem => {
              const cell = cellOf(childId, slot.unitId, date);
              const change = { childId, unitId: slot.unitId, date, action: 'book' as const };
              const outcome = cell.actions.book?.outcome;
              if (!outcome)
                return { ...change, outcome: 'refused', reason: 'booking.deadline-passed', deltaCents: 0 };
              return { ...change, outcome, deltaCents: outcome === 'waiting' ? 0 : cell.priceCents };
            }),
        ),
    );
    return { items, totalDeltaCents: items.reduce((sum, item) => sum + item.deltaCents, 0), currency: 'EUR' };
  }

  private async previewPeriod(input: PeriodBooking): Promise<BookingPreview> {
    this.previews.push(input);
    if (this.previewFailures > 0) {
      this.previewFailures -= 1;
      throw new AdapterError({ type: 'network', code: 'network', retryable: true });
    }
    return this.periodItems(input);
  }

  private async bookPeriod(input: PeriodBooking, idempotencyKey: string): Promise<BookingResult> {
    this.periods.push({ input, idempotencyKey });
    await this.hold;
    if (this.periodFailures > 0) {
      this.periodFailures -= 1;
      throw new AdapterError({ type: 'network', code: 'network', retryable: true });
    }
    return {
      ...this.periodItems(input),
      receipt: RequestReceiptSchema.parse({
        id: 'req-period-1',
        number: '27-40',
        trackingCode: 'PRDKQZWN',
        kind: 'period-booking',
        status: 'accepted',
        submittedAt: now.toISOString(),
        history: [],
      }),
    };
  }

  private async changeBookings(
    input: BookingChangesInput,
    { idempotencyKey }: WriteOptions,
  ): Promise<BookingResult> {
    this.sent.push({ input, idempotencyKey });
    await this.hold;
    if (this.failures > 0) {
      this.failures -= 1;
      throw new AdapterError({ type: 'network', code: 'network', retryable: true });
    }
    const items = input.changes.map((change): BookingItem => {
      const reason = this.options.refuse?.[change.date];
      const cell = cellOf(change.childId, change.unitId, change.date);
      if (reason) return { ...change, outcome: 'refused', reason, deltaCents: 0 };
      if (change.action === 'cancel')
        return { ...change, outcome: 'cancelled', deltaCents: -cell.priceCents };
      const outcome = cell.actions.book?.outcome ?? 'booked';
      return { ...change, outcome, deltaCents: outcome === 'waiting' ? 0 : cell.priceCents };
    });
    return {
      items,
      totalDeltaCents: items.reduce((sum, item) => sum + item.deltaCents, 0),
      currency: 'EUR',
      receipt: {
        id: 'req-booking-1',
        number: '27-12',
        trackingCode: 'HGQNWTWN',
        kind: 'booking',
        status: 'accepted',
        submittedAt: now.toISOString(),
        history: [],
      },
    };
  }
}
