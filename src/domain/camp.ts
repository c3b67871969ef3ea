import * as z from 'zod/mini';
import { localizedText } from './localized-text-schema.js';

const id = z.string().check(z.minLength(1));
const cents = z.number().check(z.int(), z.minimum(0));
const percent = z.number().check(z.minimum(0), z.maximum(100));
/** A name or label the commune gives, per language. */
const label = localizedText({ max: 200 });

/** An activity tied to a day of a camp ("Poney", "Walibi"), with its supplement when it costs extra. */
export const CampActivitySchema = z.object({
  id,
  name: label,
  supplementCents: z.optional(cents),
});
export type CampActivity = z.infer<typeof CampActivitySchema>;

/**
 * One day of a camp week, Monday to Sunday. A closed day (weekend, public
 * holiday) says why; its activities are those of every group that day.
 */
export const CampDaySchema = z.object({
  date: z.iso.date(),
  open: z.boolean(),
  /** Why the day is closed ("Fête nationale"); weekends need none. */
  closedReason: z.optional(label),
  activities: z.array(CampActivitySchema),
});
export type CampDay = z.infer<typeof CampDaySchema>;

/** A camp week ("S28", "Tous en forme !"): its seven days, Monday first. */
export const CampWeekSchema = z
  .object({
    id,
    /** ISO 8601 week number and its year: "S28" on the recap. */
    isoYear: z.number().check(z.int()),
    isoWeek: z.number().check(z.int(), z.minimum(1), z.maximum(53)),
    /** Empty when the week has none. */
    theme: localizedText({ min: 0, max: 200 }),
    days: z.array(CampDaySchema).check(z.length(7)),
  })
  .check(
    z.refine(
      (week) =>
        week.days.every((day, index) => {
          const date = new Date(`${day.date}T00:00:00Z`);
          const monday = new Date(`${week.days[0]?.date ?? ''}T00:00:00Z`);
          return (
            date.getUTCDay() === (index + 1) % 7 && date.getTime() - monday.getTime() === index * 86_400_000
          );
        }),
      { message: 'A week is seven consecutive days, Monday first.' },
    ),
  );
export type CampWeek = z.infer<typeof CampWeekSchema>;

/**
 * A group of children: by age on the camp's first open day and/or by school
 * grade. `minAge` may be a half year ("dès 2,5 ans"); `maxAge` is the last
 * birthday taken ("9–12 ans": until the 13th). A toddler is not offered the
 * 9–12 group.
 */
export const CampGroupSchema = z
  .object({
    id,
    label,
    minAge: z.optional(z.number().check(z.minimum(0))),
    maxAge: z.optional(z.number().check(z.int(), z.minimum(0))),
    /** The school grades (ids of the commune's grades) the group takes, when it goes by grade. */
    gradeIds: z.optional(z.array(id)),
  })
  .check(
    z.refine(
      (group) => group.minAge === undefined || group.maxAge === undefined || group.minAge <= group.maxAge,
      {
        message: 'minAge is at most maxAge.',
      },
    ),
  );
export type CampGroup = z.infer<typeof CampGroupSchema>;

/** A price list: per day, and per whole week when the week costs less than its days. */
export const CampTariffSchema = z.object({
  dayCents: cents,
  weekCents: z.optional(cents),
});
export type CampTariff = z.infer<typeof CampTariffSchema>;

/**
 * A camp ("plaines d'été", "stage de Pâques") as the commune organises it:
 * the weeks with their days and activities, the groups, the prices and the
 * rules of registration and payment.
 */
export const CampSchema = z
  .object({
    id,
    name: label,
    kind: z.enum(['plaine', 'stage']),
    location: z.optional(z.string()),
    /** When parents may enrol: opening and closing moments. */
    registration: z.object({
      opensAt: z.iso.datetime({ offset: true }),
      closesAt: z.iso.datetime({ offset: true }),
    }),
    /** Whole weeks only (the theme's box), or single days too. */
    wholeWeeksOnly: z.boolean(),
    /** Days to pay once the requests are closed; unpaid places are then freed. */
    paymentDelayDays: z.number().check(z.int(), z.minimum(1)),
    currency: z.literal('EUR'),
    /** The commune's residents' price list, and everyone else's. */
    tariffs: z.object({ resident: CampTariffSchema, nonResident: CampTariffSchema }),
    /** Reductions for the family's 2nd child and for the 3rd and more, in percent; none when absent. */
    degressive: z.optional(z.object({ secondChildPercent: percent, thirdChildPercent: percent })),
    groups: z.array(CampGroupSchema).check(z.minLength(1)),
    /** In date order. */
    weeks: z.array(CampWeekSchema).check(z.minLength(1)),
  })
  .check(
    z.refine((camp) => new Date(camp.registration.opensAt) < new Date(camp.registration.closesAt), {
      message: 'Registration opens before it closes.',
    }),
    z.refine(
      (camp) =>
        camp.weeks.every(
          (week, index) =>
            index === 0 || (camp.weeks[index - 1]?.days[0]?.date ?? '') < (week.days[0]?.date ?? ''),
        ),
      { message: 'Weeks are in date order.' },
    ),
  );
export type Camp = z.infer<typeof CampSchema>;

/** Places of one group on one open day: what the week picker shows before choosing. */
export const DayAvailabilitySchema = z.object({
  date: z.iso.date(),
  capacity: z.number().check(z.int(), z.minimum(0)),
  /** Places left (never negative): 0 is "Complet". */
  left: z.number().check(z.int(), z.minimum(0)),
  /** Children waiting for a place that day. */
  waiting: z.number().check(z.int(), z.minimum(0)),
});
export type DayAvailability = z.infer<typeof DayAvailabilitySchema>;

/**
 * A camp for one child: their group and its places day by day, open days
 * only. No group (`null`, no days): the camp is not for the child's age or grade.
 */
export const CampAvailabilitySchema = z.object({
  campId: id,
  childId: id,
  groupId: z.nullable(id),
  days: z.array(DayAvailabilitySchema),
});
export type CampAvailability = z.infer<typeof CampAvailabilitySchema>;

/** Where registration stands at `now`: not yet open, open, or closed. */
export function registrationState(
  camp: Pick<Camp, 'registration'>,
  now: Date,
): 'not-yet-open' | 'open' | 'closed' {
  if (now < new Date(camp.registration.opensAt)) return 'not-yet-open';
  return now < new Date(camp.registration.closesAt) ? 'open' : 'closed';
}

/** The commune's time zone: Belgian and French communes share it (see formatting's `communeZone`). */
const communeZone = 'Europe/Brussels';
let communeDays: Intl.DateTimeFormat | undefined;

/**
 * The commune's calendar day at `now` (`yyyy-MM-dd`): "today" for the rules
 * on days already begun, whatever the server's or the device's zone. At
 * 23:30 UTC on 6 July 2027 it is already 7 July in Brussels.
 */
export function communeDay(now: Date): string {
  communeDays ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: communeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const parts = Object.fromEntries(communeDays.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** Whole months of age on `on` (both `yyyy-MM-dd`): 30 is "2,5 ans". */
function monthsOn(birthDate: string, on: string): number {
  const [by = 0, bm = 0, bd = 0] = birthDate.split('-').map(Number);
  const [y = 0, m = 0, d = 0] = on.split('-').map(Number);
  return (y - by) * 12 + (m - bm) - (d < bd ? 1 : 0);
}

/** The camp's first open day (ages are counted on it). */
export function firstCampDay(camp: Pick<Camp, 'weeks'>): string | undefined {
  return camp.weeks.flatMap((week) => week.days).find((day) => day.open)?.date;
}

/**
 * The group a child belongs to: the first whose age range (on the camp's
 * first day) and grades both take them. None: the camp is not for them.
 */
export function groupFor(
  camp: Pick<Camp, 'groups' | 'weeks'>,
  child: { birthDate: string; schoolGradeId?: string | undefined },
): CampGroup | undefined {
  const first = firstCampDay(camp);
  if (!first) return undefined;
  const months = monthsOn(child.birthDate, first);
  return camp.groups.find(
    (group) =>
      (group.minAge === undefined || months >= group.minAge * 12) &&
      (group.maxAge === undefined || months < (group.maxAge + 1) * 12) &&
      (group.gradeIds === undefined ||
        (child.schoolGradeId !== undefined && group.gradeIds.includes(child.schoolGradeId))),
  );
}

/** "S28": the week as the recap and the status history name it. */
export function weekLabel(week: Pick<CampWeek, 'isoWeek'>): string {
  return `S${week.isoWeek}`;
}
