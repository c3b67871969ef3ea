import * as z from 'zod/mini';

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const note = z.optional(z.string().check(z.trim(), z.maxLength(1000)));
const e164 = z.string().check(z.regex(/^\+\d{8,15}$/));

/** An allergy: what to, how bad, and what the staff must do. */
export const AllergySchema = z.object({
  kind: z.enum(['food', 'medicine', 'other']),
  substance: text(120),
  severity: z.enum(['mild', 'moderate', 'severe']),
  /** What the staff must do if it happens. */
  instructions: note,
});
export type Allergy = z.infer<typeof AllergySchema>;

/** A person to call in an emergency, or allowed to take the child home, or both. */
export const ContactPersonSchema = z.object({
  firstName: text(80),
  lastName: text(80),
  relation: text(40),
  phone: e164,
  emergency: z.boolean(),
  pickup: z.boolean(),
});
export type ContactPerson = z.infer<typeof ContactPersonSchema>;

/**
 * The health form ("fiche santé"). Conditions are asked as needs for care,
 * not diagnoses; diet choices do not reveal a religion.
 */
export const HealthFormSchema = z.object({
  doctor: z.object({ name: text(120), phone: e164 }),
  allergies: z.array(AllergySchema).check(z.maxLength(20)),
  diet: z.object({
    noPork: z.boolean(),
    vegetarian: z.boolean(),
    glutenFree: z.boolean(),
    otherNeeds: note,
  }),
  /** Current treatments: medicine, dose, when. */
  treatments: note,
  /** What the staff must know or do (asthma inhaler at hand, rest after lunch…). */
  careNeeds: note,
  tetanusVaccination: z.optional(z.iso.date()),
  glasses: z.boolean(),
  hearingAid: z.boolean(),
  canSwim: z.enum(['yes', 'a-little', 'no']),
  authorisations: z.object({
    photos: z.boolean(),
    goHomeAlone: z.boolean(),
    outings: z.boolean(),
    emergencyCare: z.boolean(),
  }),
  contacts: z.array(ContactPersonSchema).check(z.minLength(1), z.maxLength(10)),
});
export type HealthForm = z.infer<typeof HealthFormSchema>;

/** A health form as the service keeps it: with the date the parent last confirmed it. */
export const HealthRecordSchema = z.object({
  form: HealthFormSchema,
  confirmedAt: z.iso.datetime({ offset: true }),
});
export type HealthRecord = z.infer<typeof HealthRecordSchema>;

export {
  checkHealthForm,
  defaultHealthFormValidityMonths,
  healthFormValidUntil,
  healthStatus,
  type HealthStatus,
} from './health-rules.js';
