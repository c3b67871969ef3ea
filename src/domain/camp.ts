import * as z from 'zod/mini';
import { localizedText } from './localized-text.js';

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

export { communeDay, firstCampDay, groupFor, registrationState, weekLabel } from './camp-rules.js';
