import * as z from 'zod/mini';
import { ParentRecordSchema } from './parent.js';
import { ChildIdentitySchema, type ChildIdentity } from './child.js';
import { HealthRecordSchema } from './health.js';
import { RequestReceiptSchema } from './request.js';

export const HealthFormStatusSchema = z.enum(['complete', 'to-update', 'missing']);
export type HealthFormStatus = z.infer<typeof HealthFormStatusSchema>;

/** A child linked to the family, with what is still missing before enrolment. */
export const ChildSummarySchema = z.object({
  id: z.string().check(z.minLength(1)),
  firstName: z.string(),
  lastName: z.string(),
  birthDate: z.iso.date(),
  identityComplete: z.boolean(),
  healthForm: HealthFormStatusSchema,
});
export type ChildSummary = z.infer<typeof ChildSummarySchema>;

/** The signed-in account, as the e-guichet's session gives it (the e-mail is read-only there). */
export const AccountSchema = z.object({
  email: z.optional(z.email()),
  displayName: z.optional(z.string()),
});
export type Account = z.infer<typeof AccountSchema>;

/** Another adult responsible for the children (a separated co-parent, a guardian). */
export const CoParentSchema = z.object({
  firstName: z.string(),
  lastName: z.string(),
  sameAddress: z.boolean(),
});
export type CoParent = z.infer<typeof CoParentSchema>;

/**
 * What the service knows of the signed-in family: `parent` is null until the
 * parent registers; `requests` holds every request and its status history.
 */
export const FamilySnapshotSchema = z.object({
  account: AccountSchema,
  parent: z.nullable(ParentRecordSchema),
  coParents: z.array(CoParentSchema),
  children: z.array(ChildSummarySchema),
  requests: z.array(RequestReceiptSchema),
});
export type FamilySnapshot = z.infer<typeof FamilySnapshotSchema>;

/** A child of the family as the service knows them: identity and health form. */
export const ChildRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  identity: ChildIdentitySchema,
  health: z.nullable(HealthRecordSchema),
  healthForm: HealthFormStatusSchema,
});
export type ChildRecord = z.infer<typeof ChildRecordSchema>;

/**
 * The answer to "Enregistrer un enfant": the request, the child's id, and
 * whether the service already knew the child (then linked, not created twice).
 */
export const ChildRegistrationSchema = z.object({
  receipt: RequestReceiptSchema,
  childId: z.string().check(z.minLength(1)),
  linked: z.boolean(),
});
export type ChildRegistration = z.infer<typeof ChildRegistrationSchema>;

const sameText = (a: string, b: string) =>
  a.localeCompare(b, 'fr', { sensitivity: 'base', ignorePunctuation: true }) === 0;

/**
 * The child of `known` that `identity` describes, if any: the same national
 * number, or the same names and birth date (accents, case and hyphens aside).
 */
export function findSameChild<T extends { identity: ChildIdentity }>(
  identity: ChildIdentity,
  known: readonly T[],
): T | undefined {
  return known.find(
    ({ identity: other }) =>
      (identity.nationalNumber !== undefined && identity.nationalNumber === other.nationalNumber) ||
      (identity.birthDate === other.birthDate &&
        sameText(identity.lastName, other.lastName) &&
        sameText(identity.firstName, other.firstName)),
  );
}

/** The line "Mes enfants" shows for a child. */
export function childSummary(record: ChildRecord): ChildSummary {
  const { identity } = record;
  return {
    id: record.id,
    firstName: identity.firstName,
    lastName: identity.lastName,
    birthDate: identity.birthDate,
    identityComplete: Boolean(identity.schoolSiteId && identity.schoolGradeId),
    healthForm: record.healthForm,
  };
}

/**
 * The family at a glance (seed 004's home): its number, what it owes, the
 * messages it has not read and its requests still with the service. The
 * portal's home and its tabs' counts read it.
 */
export const FamilySummarySchema = z.object({
  /** The number the service knows the family by ("N° de famille"), once registered. */
  familyNumber: z.nullable(z.string().check(z.maxLength(40))),
  /** What the family owes over every invoice still open (negative: a credit). */
  balanceCents: z.number().check(z.int()),
  unpaidInvoices: z.number().check(z.int(), z.minimum(0)),
  currency: z.literal('EUR'),
  unreadMessages: z.number().check(z.int(), z.minimum(0)),
  pendingRequests: z.number().check(z.int(), z.minimum(0)),
  documents: z.number().check(z.int(), z.minimum(0)),
});
export type FamilySummary = z.infer<typeof FamilySummarySchema>;
