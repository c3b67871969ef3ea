import * as z from 'zod/mini';
import { ParentRecordSchema } from './parent.js';
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
