import * as z from 'zod/mini';
import type { Camp } from './camp.js';
import { priceCamp } from './camp-pricing.js';
import { localizedText, type LocalizedText } from './localized-text.js';
import { RequestReceiptSchema, type RequestReceipt, type RequestStatus } from './request.js';

const id = z.string().check(z.minLength(1));

/** "Inscrire mon enfant à une plaine": one child, the days chosen (each with its activities). */
const bookedDays = z
  .array(z.object({ date: z.iso.date(), activityIds: z.optional(z.array(id).check(z.maxLength(10))) }))
  .check(z.maxLength(120));

/** The tracking code parents see from the first step ("HGQNWTWN"): eight capital letters. */
export const TrackingCodeSchema = z.string().check(z.regex(/^[A-Z]{8}$/));

export const CampEnrolmentInputSchema = z.object({
  /** The draft's tracking code: the request keeps it, and the draft is done. */
  trackingCode: z.optional(TrackingCodeSchema),
  campId: id,
  childId: id,
  days: z
    .array(z.object({ date: z.iso.date(), activityIds: z.optional(z.array(id).check(z.maxLength(10))) }))
    .check(z.minLength(1), z.maxLength(120)),
});
export type CampEnrolmentInput = z.infer<typeof CampEnrolmentInputSchema>;

/**
 * The service's answer for one week: its places reserved (`accepted`), or
 * none because at least one of its days is full (`full`: seed 001's red
 * message names the camp and the week; the waiting list is offered).
 */
export const CampWeekOutcomeSchema = z.object({
  weekId: id,
  /** "S28". */
  label: z.string(),
  status: z.enum(['accepted', 'full']),
  days: z.array(z.iso.date()),
  /** For a full week: its days without a place left. */
  fullDays: z.array(z.iso.date()),
});
export type CampWeekOutcome = z.infer<typeof CampWeekOutcomeSchema>;

/** "Valider": the request, and what became of each week. */
export const CampEnrolmentSchema = z.object({
  receipt: RequestReceiptSchema,
  campId: id,
  childId: id,
  weeks: z.array(CampWeekOutcomeSchema),
});
export type CampEnrolment = z.infer<typeof CampEnrolmentSchema>;

/** "Liste d'attente": which full week of the request. */
export const WaitingListInputSchema = z.object({ weekId: id });

/** "Payer": where the provider brings the parent back (an absolute URL, or a path of the portal's page). */
export const PaymentStartInputSchema = z.object({
  returnUrl: z.string().check(z.regex(/^(https?:\/\/|\/)/), z.maxLength(2000)),
});

/** A place on a full week's waiting list ("liste d'attente"): the parent sees their position. */
export const CampWaitingSchema = z.object({
  requestId: id,
  weekId: id,
  /** "S28". */
  label: z.string(),
  /** 1 for the first family waiting for that week in the child's group. */
  position: z.number().check(z.int(), z.minimum(1)),
  days: z.array(z.iso.date()),
});
export type CampWaiting = z.infer<typeof CampWaitingSchema>;

const cents = z.number().check(z.int(), z.minimum(0));

/** A family's open camp requests as "la clôture" bills them: each camp's price, child by child (see priceCamp). */
export const ClosingPreviewSchema = z.object({
  /** The requests closing would close. */
  requestIds: z.array(id),
  camps: z.array(
    z.object({
      campId: id,
      campName: localizedText({ max: 200 }),
      price: z.object({
        currency: z.literal('EUR'),
        children: z.array(
          z.object({
            childId: id,
            firstName: z.string(),
            rank: z.number().check(z.int(), z.minimum(1)),
            weeks: z.array(
              z.object({
                weekId: id,
                label: z.string(),
                days: cents,
                wholeWeek: z.boolean(),
                baseCents: cents,
              }),
            ),
            baseCents: cents,
            supplementsCents: cents,
            reductionPercent: z.number().check(z.minimum(0), z.maximum(100)),
            reductionCents: cents,
            totalCents: cents,
          }),
        ),
        totalCents: cents,
      }),
    }),
  ),
  /** Whether the residents' tariff applies (the parent lives in the commune). */
  resident: z.boolean(),
  currency: z.literal('EUR'),
  totalCents: cents,
});
export type ClosingPreview = z.infer<typeof ClosingPreviewSchema>;

/** One day a child has in a camp, as the service keeps it. */
export interface BookedDay {
  campId: string;
  childId: string;
  date: string;
  activityIds: readonly string[];
}

/**
 * What closing the family's open requests bills: the booked days of those
 * requests, priced camp by camp (the degressive reduction counts the
 * family's children within a camp).
 */
export function closingPreview(
  camps: readonly Camp[],
  booked: readonly BookedDay[],
  children: readonly { id: string; firstName: string; birthDate: string }[],
  requestIds: readonly string[],
  resident: boolean,
): ClosingPreview {
  const priced = camps
    .filter((camp) => booked.some((day) => day.campId === camp.id))
    .map((camp) => {
      const days = booked.filter((day) => day.campId === camp.id);
      const bookings = children
        .filter((child) => days.some((day) => day.childId === child.id))
        .map((child) => ({
          childId: child.id,
          firstName: child.firstName,
          birthDate: child.birthDate,
          days: days
            .filter((day) => day.childId === child.id)
            .map(({ date, activityIds }) => ({ date, activityIds })),
        }));
      return { campId: camp.id, campName: camp.name, price: priceCamp(camp, bookings, { resident }) };
    });
  return {
    requestIds: [...requestIds],
    camps: priced,
    resident,
    currency: 'EUR',
    totalCents: priced.reduce((sum, camp) => sum + camp.price.totalCents, 0),
  };
}

/**
 * An article of the family's cart: "Réservation de plaine(s)" for the
 * requests closed together, with their total, to pay before `dueAt` (the
 * commune's delay), after which the places are freed.
 */
export const CartArticleSchema = z.object({
  id,
  label: z.string(),
  /** The request numbers it pays for ("n° 319"). */
  requestNumbers: z.array(z.string()),
  requestIds: z.array(id),
  amountCents: cents,
  currency: z.literal('EUR'),
  createdAt: z.iso.datetime({ offset: true }),
  dueAt: z.iso.datetime({ offset: true }),
  status: z.enum(['unpaid', 'paid', 'removed', 'expired']),
  /** The price as it was shown before closing. */
  preview: ClosingPreviewSchema,
});
export type CartArticle = z.infer<typeof CartArticleSchema>;

/** The family's cart: the articles still to pay, and their total. */
export const CartSchema = z.object({
  articles: z.array(CartArticleSchema),
  currency: z.literal('EUR'),
  totalCents: cents,
});
export type Cart = z.infer<typeof CartSchema>;

/** The cart article's label, as seed 000's cart shows it. */
export function cartLabel(numbers: readonly string[]): string {
  return `Réservation de plaine(s) pour la demande n° ${numbers.join(', ')}`;
}

/** "Payer": where the payment provider takes the parent (and brings them back to `returnUrl`). */
export const PaymentStartSchema = z.object({ paymentId: id, redirectUrl: z.string().check(z.minLength(1)) });
export type PaymentStart = z.infer<typeof PaymentStartSchema>;

/** What the provider's return carries (query parameters of `returnUrl`), signed by the provider. */
export const PaymentReturnSchema = z.object({
  paymentId: id,
  status: z.enum(['paid', 'refused', 'cancelled']),
  signature: z.string().check(z.minLength(1)),
});
export type PaymentReturn = z.infer<typeof PaymentReturnSchema>;

/** The payment's outcome: paid ("Payé"), or refused/cancelled with the article still in the cart until its deadline. */
export const PaymentOutcomeSchema = z.object({
  status: z.enum(['paid', 'refused', 'cancelled']),
  article: CartArticleSchema,
  cart: CartSchema,
});
export type PaymentOutcome = z.infer<typeof PaymentOutcomeSchema>;

/**
 * An enrolment not yet validated, kept by the service under its tracking
 * code ("Brouillons en cours"): resumable from another device.
 */
export const EnrolmentDraftSchema = z.object({
  trackingCode: TrackingCodeSchema,
  step: z.enum(['parent', 'child', 'weeks', 'recap']),
  childId: z.optional(id),
  campId: z.optional(id),
  days: bookedDays,
  updatedAt: z.iso.datetime({ offset: true }),
});
export type EnrolmentDraft = z.infer<typeof EnrolmentDraftSchema>;

/** What the element saves of a draft: without a tracking code, a new draft gets one. */
export const EnrolmentDraftInputSchema = z.object({
  trackingCode: z.optional(TrackingCodeSchema),
  step: EnrolmentDraftSchema.shape.step,
  childId: z.optional(id),
  campId: z.optional(id),
  days: bookedDays,
});
export type EnrolmentDraftInput = z.infer<typeof EnrolmentDraftInputSchema>;

/** A new tracking code: eight capital letters. */
export function newTrackingCode(random: (bytes: number) => Uint8Array): string {
  return Array.from(random(8), (byte) => String.fromCharCode(65 + (byte % 26))).join('');
}

/**
 * Where one week of an enrolment stands: `booked` (its places reserved),
 * `full` (none reserved: a day was full), `waiting` (on the waiting list, at
 * `position`), `offered` (a place freed up: the family was told to enrol
 * again), `released` (its places given back with the request: removed from
 * the cart or past its deadline), `unsubscribe-requested` (pending the
 * service's decision), `unsubscribed` (the service accepted: the places are
 * given back).
 */
export const CampEnrolmentWeekSchema = z.object({
  weekId: id,
  /** "S28". */
  label: z.string(),
  days: z.array(z.iso.date()),
  status: z.enum([
    'booked',
    'full',
    'waiting',
    'offered',
    'released',
    'unsubscribe-requested',
    'unsubscribed',
  ]),
  /** On the waiting list: 1 for the first family waiting for that week in the child's group. */
  position: z.optional(z.number().check(z.int(), z.minimum(1))),
});
export type CampEnrolmentWeek = z.infer<typeof CampEnrolmentWeekSchema>;

/**
 * One camp enrolment request of the family, as "Mes inscriptions" shows it
 * after a reload or on another device: the request, its child and camp, where
 * it stands (`open`: not yet closed, "Inscrire un nouvel enfant ou clôturer";
 * `closed`: in the cart, unpaid; `paid`; `cancelled`: removed from the cart,
 * past its deadline, or nothing booked) and each of its weeks.
 */
export const CampEnrolmentSummarySchema = z.object({
  receipt: RequestReceiptSchema,
  campId: id,
  campName: localizedText({ max: 200 }),
  childId: id,
  firstName: z.string(),
  state: z.enum(['open', 'closed', 'paid', 'cancelled']),
  /** The cart article, once closed (unpaid) or paid. */
  articleId: z.optional(id),
  /** In the camp's order. */
  weeks: z.array(CampEnrolmentWeekSchema),
});
export type CampEnrolmentSummary = z.infer<typeof CampEnrolmentSummarySchema>;

/** What a backend knows of one enrolment request, for {@link campEnrolmentSummary}. */
export interface CampEnrolmentFacts {
  receipt: RequestReceipt;
  campId: string;
  campName: LocalizedText;
  childId: string;
  firstName: string;
  /** What each week became when the parent validated (enrolInCamp's answer). */
  weeks: readonly Pick<CampWeekOutcome, 'weekId' | 'label' | 'status' | 'days'>[];
  /** The cart article holding the request, unpaid or paid. */
  articleId: string | undefined;
  /** The request's places on waiting lists; `offered` once a freed place was offered for that week. */
  waiting: readonly { weekId: string; position: number; offered: boolean }[];
  /** The unsubscribe requests of the request's weeks. */
  unsubscribes: readonly { weekId: string; status: RequestStatus }[];
}

/** One enrolment request as "Mes inscriptions" shows it: the same rule on every backend. */
export function campEnrolmentSummary(facts: CampEnrolmentFacts): CampEnrolmentSummary {
  const { receipt, campId, campName, childId, firstName, articleId } = facts;
  // A camp enrolment is accepted when paid; refused when nothing was booked.
  const state =
    receipt.status === 'pending'
      ? articleId
        ? 'closed'
        : 'open'
      : receipt.status === 'accepted'
        ? 'paid'
        : 'cancelled';
  const weeks = facts.weeks.map(({ weekId, label, status, days }): CampEnrolmentWeek => {
    const week = { weekId, label, days: [...days] };
    if (status === 'full') {
      const place = facts.waiting.find((candidate) => candidate.weekId === weekId);
      if (!place) return { ...week, status: 'full' };
      return place.offered
        ? { ...week, status: 'offered' }
        : { ...week, status: 'waiting', position: place.position };
    }
    const asked = facts.unsubscribes.filter((candidate) => candidate.weekId === weekId);
    if (asked.some((unsubscribe) => unsubscribe.status === 'accepted'))
      return { ...week, status: 'unsubscribed' };
    if (asked.some((unsubscribe) => unsubscribe.status === 'pending'))
      return { ...week, status: 'unsubscribe-requested' };
    return { ...week, status: state === 'cancelled' ? 'released' : 'booked' };
  });
  return {
    receipt,
    campId,
    campName,
    childId,
    firstName,
    state,
    ...(articleId && state !== 'cancelled' ? { articleId } : {}),
    weeks,
  };
}

/**
 * "Désinscription" (seed 001: by request, with the reason): a week of a paid
 * enrolment, which the service then accepts (the places are given back) or
 * refuses. The reason is required.
 */
export const CampUnsubscribeInputSchema = z.object({
  requestId: id,
  weekId: id,
  reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(1000)),
});
export type CampUnsubscribeInput = z.infer<typeof CampUnsubscribeInputSchema>;

/** Its body on the REST contract, the enrolment request being in the path. */
export const CampUnsubscribeBodySchema = z.omit(CampUnsubscribeInputSchema, { requestId: true });

export {
  bookedWeeks,
  isResident,
  unsubscribeBlock,
  type EnrolmentBlock,
  type UnsubscribeBlock,
} from './camp-rules.js';
