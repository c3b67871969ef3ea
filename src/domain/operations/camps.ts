import * as z from 'zod/mini';
import {
  CampAvailabilitySchema,
  CampEnrolmentInputSchema,
  CampEnrolmentSchema,
  CampEnrolmentSummarySchema,
  CampSchema,
  CampUnsubscribeBodySchema,
  CampWaitingSchema,
  EnrolmentDraftInputSchema,
  EnrolmentDraftSchema,
  RequestReceiptSchema,
  WaitingListInputSchema,
  type CampEnrolmentInput,
  type CampUnsubscribeInput,
  type EnrolmentDraftInput,
} from '../index.js';
import { read, write } from './operation.js';

/** The answer of a draft's removal: which one went. */
export const RemovedDraftSchema = z.object({ trackingCode: z.string() });

/** The camps ("plaines", "stages"): places, enrolments, waiting lists, drafts, unsubscribing. */
export const campOperations = {
  /** The commune's camps ("plaines", "stages"): weeks, days, activities, groups, prices, registration period. */
  getCamps: read({
    feature: 'camps',
    path: '/camps',
    summary: 'The commune’s camps: weeks, days, activities, groups, prices and registration period',
    call: () => ({}),
    answer: z.array(CampSchema),
  }),
  /** A camp for one child of the family: their group and its places day by day. */
  getCampAvailability: read({
    feature: 'camps',
    path: '/camps/{campId}/children/{childId}/availability',
    summary: 'A camp for one child of the family: the child’s group and its places day by day',
    call: (campId: string, childId: string) => ({ params: { campId, childId } }),
    answer: CampAvailabilitySchema,
    notFound: 'No such camp, or no such child in this family',
  }),
  /**
   * "Inscrire mon enfant à une plaine", for a child whose identity and health
   * form are complete, while registration is open: the places are reserved at
   * once, week by week; a week with a full day reserves none and says so.
   */
  enrolInCamp: write({
    feature: 'camps',
    path: '/camp-enrolments',
    summary:
      'Enrol a child in a camp: places reserved at once, week by week; a week with a full day reserves none',
    call: (input: CampEnrolmentInput) => ({ body: input }),
    body: CampEnrolmentInputSchema,
    answer: CampEnrolmentSchema,
    notFound: 'No such camp, child of this family, or draft',
    conflicts: {
      'camp.registration-not-yet-open': 'registration has not opened yet',
      'camp.registration-closed': 'registration has closed',
      'child.incomplete': 'the child’s identity or health form is to complete first',
      'camp.no-group': 'no group of the camp takes the child (age or school grade)',
    },
  }),
  /** A full week of an enrolment request onto its waiting list, in one click: the answer is the position. */
  joinWaitingList: write({
    feature: 'camps',
    path: '/camp-enrolments/{id}/waiting-list',
    summary: 'A full week of an enrolment request onto its waiting list; the answer is the position',
    call: (requestId: string, weekId: string) => ({ params: { id: requestId }, body: { weekId } }),
    body: WaitingListInputSchema,
    answer: CampWaitingSchema,
    notFound: 'No such enrolment request in this family',
    conflicts: {
      'camp.week-not-full': 'the week was not full for this request',
      'request.cancelled': 'the request was removed from the cart or released at its deadline',
    },
  }),
  /**
   * "Mes inscriptions": every camp enrolment request of the family, the
   * newest first, with where it stands (open, closed, paid, cancelled) and
   * where each of its weeks stands.
   */
  getCampEnrolments: read({
    feature: 'camps',
    path: '/camp-enrolments',
    summary:
      'The family’s camp enrolment requests (“Mes inscriptions”), the newest first: where each stands, and each of its weeks',
    call: () => ({}),
    answer: z.array(CampEnrolmentSummarySchema),
  }),
  /**
   * "Désinscription": asks the service to unsubscribe the child from a booked
   * week of a paid enrolment, before its first day, with the reason. A new
   * request (`camp-unsubscribe`) the service accepts (the places are given
   * back; any refund is its business) or refuses (the week stays booked).
   */
  requestCampUnsubscribe: write({
    feature: 'camps',
    path: '/camp-enrolments/{id}/unsubscribe',
    summary:
      'Ask the service to unsubscribe the child from a booked week of a paid enrolment, before its first day, with the reason',
    call: ({ requestId, ...body }: CampUnsubscribeInput) => ({ params: { id: requestId }, body }),
    body: CampUnsubscribeBodySchema,
    answer: RequestReceiptSchema,
    notFound: 'No such enrolment request in this family',
    conflicts: {
      'camp.unsubscribe-not-paid': 'the enrolment is not paid',
      'camp.unsubscribe-started': 'the week has begun',
      'camp.week-not-booked': 'the child is not booked that week',
      'camp.unsubscribe-pending': 'a request to unsubscribe from that week is already with the service',
    },
  }),
  /** Saves an enrolment in progress under its tracking code (a new one when it has none). */
  saveEnrolmentDraft: write({
    feature: 'camps',
    path: '/enrolment-drafts',
    summary: 'Save an enrolment in progress under its tracking code (a new one when it has none)',
    call: (input: EnrolmentDraftInput) => ({ body: input }),
    body: EnrolmentDraftInputSchema,
    answer: EnrolmentDraftSchema,
    notFound: 'No such draft in this family',
  }),
  /** "Brouillons en cours": the family's enrolments in progress, the latest first. */
  getEnrolmentDrafts: read({
    feature: 'camps',
    path: '/enrolment-drafts',
    summary: 'The family’s enrolments in progress (“Brouillons en cours”), the latest first',
    call: () => ({}),
    answer: z.array(EnrolmentDraftSchema),
  }),
  /** "Abandonner": the draft is gone. */
  deleteEnrolmentDraft: write({
    feature: 'camps',
    path: '/enrolment-drafts/{code}/removal',
    summary: 'Abandon an enrolment in progress',
    call: (trackingCode: string) => ({ params: { code: trackingCode } }),
    answer: RemovedDraftSchema,
    empty: true,
    notFound: 'No such draft in this family',
  }),
};
