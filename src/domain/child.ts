import * as z from 'zod/mini';
import { localizedText } from './localized-text.js';

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

export const SexSchema = z.enum(['female', 'male', 'other']);
export type Sex = z.infer<typeof SexSchema>;

/** A school grade as the commune lists it ("3e maternelle", "1re primaire"), per language. */
export const SchoolGradeSchema = z.object({
  id: z.string().check(z.minLength(1)),
  label: localizedText({ min: 0, max: 200 }),
});
export type SchoolGrade = z.infer<typeof SchoolGradeSchema>;

/** A school site ("implantation scolaire") with the grades taught there. */
export const SchoolSiteSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  grades: z.array(SchoolGradeSchema),
});
export type SchoolSite = z.infer<typeof SchoolSiteSchema>;

/** The child's other parent or guardian, when they live at another address (separated parents). */
export const OtherGuardianSchema = z.object({
  firstName: text(80),
  lastName: text(80),
  /** "mère", "père", "tuteur"…: the family's own word. */
  relation: text(40),
  phone: z.optional(z.string().check(z.regex(/^\+\d{8,15}$/))),
  email: z.optional(z.email()),
});
export type OtherGuardian = z.infer<typeof OtherGuardianSchema>;

/** Who receives the invoices for this child. */
export const InvoiceRecipientSchema = z.enum(['me', 'other-guardian', 'both']);

/** A child as the parent declares them ("Nouvel enfant à enregistrer"). */
export const ChildIdentitySchema = z.object({
  lastName: text(80),
  firstName: text(80),
  birthDate: z.iso.date(),
  sex: SexSchema,
  /** Belgian national number, 11 digits; optional, checked against the birth date. */
  nationalNumber: z.optional(z.string().check(z.regex(/^\d{11}$/))),
  /** The number of the Belgian kids-ID card, 12 digits. */
  kidEidNumber: z.optional(z.string().check(z.regex(/^\d{12}$/))),
  schoolSiteId: z.optional(z.string().check(z.minLength(1))),
  schoolGradeId: z.optional(z.string().check(z.minLength(1))),
  otherGuardian: z.optional(OtherGuardianSchema),
  invoicesTo: InvoiceRecipientSchema,
});
export type ChildIdentity = z.infer<typeof ChildIdentitySchema>;

export {
  ageOn,
  checkChildIdentity,
  checkChildNationalNumber,
  formatKidEidNumber,
  parseKidEidNumber,
} from './child-rules.js';
