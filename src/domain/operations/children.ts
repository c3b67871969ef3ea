import * as z from 'zod/mini';
import { ChildIdentitySchema, SchoolSiteSchema, type ChildIdentity } from '../child.js';
import { ChildRecordSchema, ChildRegistrationSchema } from '../family.js';
import { HealthFormSchema, type HealthForm } from '../health.js';
import { ChildChangeInputSchema, type ChildChangeInput } from '../parent-requests.js';
import { RequestReceiptSchema } from '../request.js';
import { read, write } from './operation.js';

const noChild = 'No such child in this family';

/** The children: schools, registering a child, their record and health form, changes to them. */
export const childrenOperations = {
  /** The commune's school sites and the grades taught at each. */
  getSchools: read({
    feature: 'children',
    path: '/schools',
    summary: 'The commune’s school sites and the grades taught at each',
    call: () => ({}),
    answer: z.array(SchoolSiteSchema),
  }),
  /** "Enregistrer un enfant": a child the service already knows is linked, not created twice. */
  registerChild: write({
    feature: 'children',
    path: '/children',
    summary: 'Register a child; one the family already has is linked, not created twice',
    call: (identity: ChildIdentity) => ({ body: identity }),
    body: ChildIdentitySchema,
    check: 'domain',
    answer: ChildRegistrationSchema,
    conflicts: { 'parent.not-registered': 'the family has no parent yet' },
  }),
  /** One child of the family, with their health form. */
  getChild: read({
    feature: 'children',
    path: '/children/{id}',
    summary: 'One child of the family, with their health form',
    call: (childId: string) => ({ params: { id: childId } }),
    answer: ChildRecordSchema,
    notFound: noChild,
  }),
  /**
   * The health form of a child: recorded at once when the child has none,
   * confirmed when unchanged, otherwise sent as a change request (seed 004).
   */
  submitHealthForm: write({
    feature: 'children',
    path: '/children/{id}/health-form',
    summary:
      'A child’s health form: recorded when the child has none, confirmed when unchanged, else a change request',
    call: (childId: string, form: HealthForm) => ({ params: { id: childId }, body: form }),
    body: HealthFormSchema,
    check: 'domain',
    answer: RequestReceiptSchema,
    notFound: noChild,
    conflicts: { 'change.pending': 'a change request for this child is already with the service' },
  }),
  /** A change to a child's identity or health form, which the service accepts or refuses. */
  requestChildChange: write({
    feature: 'children',
    path: '/children/{id}/change-requests',
    summary: 'Ask the service to change what it knows of a child',
    call: (childId: string, input: ChildChangeInput) => ({ params: { id: childId }, body: input }),
    body: ChildChangeInputSchema,
    check: 'domain',
    answer: RequestReceiptSchema,
    notFound: noChild,
    conflicts: { 'change.pending': 'a change request for this child is already with the service' },
  }),
};
