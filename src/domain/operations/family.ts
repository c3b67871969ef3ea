import * as z from 'zod/mini';
import { CommuneSettingsSchema, LocaleSchema } from '../commune.js';
import { FamilySnapshotSchema, FamilySummarySchema } from '../family.js';
import { ParentChangeInputSchema, ParentIdentitySchema, type ParentChangeInput } from '../parent.js';
import { RequestReceiptSchema } from '../request.js';
import { read, write } from './operation.js';

/** A parent's registration: their identity, and the language they read (the service writes to them in it). */
export const ParentRegistrationSchema = z.extend(ParentIdentitySchema, {
  language: z.optional(LocaleSchema),
});
export type ParentRegistration = z.infer<typeof ParentRegistrationSchema>;

/** The family: the commune's settings, what the service knows of the family, the parent's requests. */
export const familyOperations = {
  /** The commune's settings (country, national number rule, contact). */
  getCommune: read({
    feature: 'family',
    path: '/commune',
    summary: 'The commune’s settings',
    public: true,
    call: () => ({}),
    answer: CommuneSettingsSchema,
  }),
  /** What the service knows of the signed-in family. */
  getFamily: read({
    feature: 'family',
    path: '/family',
    summary: 'What the service knows of the signed-in family',
    call: () => ({}),
    answer: FamilySnapshotSchema,
  }),
  /** The family at a glance: its number, balance, unread messages, pending requests (the portal's home and tabs). */
  getFamilySummary: read({
    feature: 'family',
    path: '/family/summary',
    summary: 'The family at a glance: its number, what it owes, unread messages, requests with the service',
    call: () => ({}),
    answer: FamilySummarySchema,
  }),
  /** "M'enregistrer en tant que parent". */
  registerParent: write({
    feature: 'family',
    path: '/parent',
    summary: 'Register as a parent',
    call: (registration: ParentRegistration) => ({ body: registration }),
    body: ParentRegistrationSchema,
    check: 'domain',
    answer: RequestReceiptSchema,
    conflicts: {
      'parent.already-registered': 'the family has its parent already',
      'registration.pending': 'the parent’s registration is with the service',
    },
  }),
  /** A known parent asks the service to change their details. */
  requestParentChange: write({
    feature: 'family',
    path: '/parent/change-requests',
    summary: 'Ask the service to change one’s details',
    call: (input: ParentChangeInput) => ({ body: input }),
    body: ParentChangeInputSchema,
    check: 'domain',
    answer: RequestReceiptSchema,
    conflicts: {
      'parent.not-registered': 'the family has no parent yet',
      'change.pending': 'a change request is already with the service',
    },
  }),
  /** One request with its status history. */
  getRequest: read({
    feature: 'family',
    path: '/requests/{id}',
    summary: 'One request of the family, with its status history',
    call: (requestId: string) => ({ params: { id: requestId } }),
    answer: RequestReceiptSchema,
    notFound: 'No such request in this family',
  }),
};
