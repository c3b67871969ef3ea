import * as z from 'zod/mini';
import {
  AttachmentSchema,
  BookingRecordSchema,
  CampWeekOutcomeSchema,
  CartArticleSchema,
  ChildRecordSchema,
  EnrolmentDraftSchema,
  FamilyDocumentSchema,
  InvoiceLineSchema,
  InvoiceReferenceSchema,
  FamilySnapshotSchema,
  ThreadMessageSchema,
  healthStatus,
  Refusal,
  checkedInput,
  type Camp,
  type ChildRecord,
  type FieldIssue,
  type FieldIssueCode,
  type RequestEntries,
  type RequestReceipt,
} from '../../domain/index.js';
import { AdapterError } from '../errors.js';
import type * as CampsSeed from '../../demo-data/camps.js';
import { communes, trackingCode } from '../../demo-data/index.js';
import { type MemoryProfile } from './seed.js';

/*
 * The demo backend's state and what every desk (family, children, camps,
 * cart) does with it: requests, their history, refusals as adapter errors.
 */

export const storedSchema = z.object({
  family: FamilySnapshotSchema,
  counter: z.number(),
  /** What each request asked for, applied when the service accepts it. */
  payloads: z.record(z.string(), z.unknown()),
  idempotency: z.record(z.string(), z.object({ fingerprint: z.string(), answer: z.unknown() })),
  children: z.array(ChildRecordSchema),
  /** Each day a child has in a camp, with its request (absent in states stored before camps). */
  bookings: z.optional(
    z.array(
      z.object({
        requestId: z.string(),
        campId: z.string(),
        childId: z.string(),
        groupId: z.string(),
        date: z.string(),
        activityIds: z.array(z.string()),
      }),
    ),
  ),
  /** What became of each enrolment request, for its waiting list. */
  enrolments: z.optional(
    z.record(
      z.string(),
      z.object({ campId: z.string(), groupId: z.string(), weeks: z.array(CampWeekOutcomeSchema) }),
    ),
  ),
  /** Full weeks' waiting lists, in the order families joined them; `offeredAt`: when a freed place was offered. */
  waiting: z.optional(
    z.array(
      z.object({
        requestId: z.string(),
        campId: z.string(),
        groupId: z.string(),
        weekId: z.string(),
        offeredAt: z.optional(z.string()),
      }),
    ),
  ),
  /** Enrolments in progress, by tracking code. */
  drafts: z.optional(z.array(EnrolmentDraftSchema)),
  /** Payments started with the demo's provider. */
  payments: z.optional(
    z.array(
      z.object({
        id: z.string(),
        articleId: z.string(),
        status: z.enum(['started', 'paid', 'refused', 'cancelled']),
        /** Paid after its article was released or removed: the money was taken, the service refunds it. */
        refundDue: z.optional(z.boolean()),
      }),
    ),
  ),
  /** The cart's articles, paid or not. */
  cart: z.optional(z.array(CartArticleSchema)),
  /** What is shown of the files the family sent (files-desk.ts). */
  attachments: z.optional(z.array(AttachmentSchema)),
  /** Places of each camp, group and day (absent in states stored before camps: seeded on first use). */
  places: z.optional(
    z.record(
      z.string(),
      z.record(
        z.string(),
        z.record(z.string(), z.object({ capacity: z.number(), taken: z.number(), waiting: z.number() })),
      ),
    ),
  ),
  /**
   * The after-school calendar (calendar-desk.ts; absent in states stored before it: seeded on first
   * use): the family's bookings, the places taken per unit and day by every family, its quotient,
   * and the day the back office's billing run invoiced it through (invoices-desk.ts; the demo's until then).
   */
  calendar: z.optional(
    z.object({
      bookings: z.array(BookingRecordSchema),
      taken: z.record(z.string(), z.number()),
      quotient: z.optional(z.number()),
      invoicedThrough: z.optional(z.string()),
    }),
  ),
  /**
   * The family's invoices and the money paid against them (invoices-desk.ts; absent in states stored
   * before invoices: seeded on first use), and the invoice sequence of the demo's back office.
   */
  invoicing: z.optional(
    z.object({
      invoices: z.array(
        z.object({
          id: z.string(),
          familyId: z.string(),
          number: z.string(),
          regieId: z.string(),
          issuedOn: z.string(),
          dueOn: z.string(),
          periodFrom: z.string(),
          periodTo: z.string(),
          children: z.array(z.object({ id: z.string(), firstName: z.string() })),
          lines: z.array(InvoiceLineSchema),
          totalCents: z.number(),
          reference: InvoiceReferenceSchema,
          status: z.enum(['open', 'cancelled', 'transferred']),
          transferredTo: z.optional(z.enum(['treasury', 'bailiff'])),
          closedOn: z.optional(z.string()),
          credits: z.optional(z.string()),
          disputeRequestId: z.optional(z.string()),
          days: z.optional(z.array(z.object({ childId: z.string(), dates: z.array(z.string()) }))),
          source: z.string(),
        }),
      ),
      payments: z.array(
        z.object({
          id: z.string(),
          familyId: z.string(),
          method: z.enum(['online', 'transfer', 'cash', 'credit-note']),
          status: z.enum(['started', 'paid', 'refused', 'cancelled']),
          allocations: z.array(z.object({ invoiceId: z.string(), amountCents: z.number() })),
          amountCents: z.number(),
          startedAt: z.string(),
          completedAt: z.optional(z.string()),
          returnUrl: z.optional(z.string()),
        }),
      ),
      /** The last invoice number's sequence. */
      sequence: z.number(),
    }),
  ),
  /**
   * The family's threads with the services, their messages oldest first (messages-desk.ts; absent in
   * states stored before messages: seeded on first use).
   */
  threads: z.optional(
    z.array(
      z.object({
        id: z.string(),
        serviceId: z.string(),
        themeId: z.optional(z.string()),
        subject: z.string(),
        startedAt: z.string(),
        messages: z.array(ThreadMessageSchema),
      }),
    ),
  ),
  /** The proofs the family sent (documents-desk.ts); the service's documents are the demo's. */
  proofs: z.optional(z.array(FamilyDocumentSchema)),
});
export type Stored = z.infer<typeof storedSchema>;

/** The demo's camps and their seed (loaded on first use). */
export interface CampsLoaded {
  camps: Camp[];
  seed: typeof CampsSeed;
}

/** What a desk works on: the adapter's current state, its commune and its clock. */
export interface Desk {
  readonly state: Stored;
  readonly profile: MemoryProfile;
  /** `automatic`: a registration is accepted at once; `review`: it waits for `decide()`. */
  readonly registration: 'automatic' | 'review';
  now(): Date;
}

/**
 * A refusal thrown by a write whose state is kept, as a server commits before
 * answering it: a payment taken for an article no longer payable stays recorded.
 */
export class KeptRefusal extends Error {
  constructor(readonly error: AdapterError) {
    super(error.message);
  }
}

/** A domain refusal as the adapter contract has it. */
export function adapterError(refusal: Refusal): AdapterError {
  return new AdapterError({
    type: refusal.type,
    code: refusal.code,
    ...(refusal.fieldIssues ? { fieldIssues: refusal.fieldIssues } : {}),
  });
}

/** Runs a decision: its refusal becomes an `AdapterError`. */
export function decided<T>(decide: () => T): T {
  try {
    return decide();
  } catch (error) {
    throw error instanceof Refusal ? adapterError(error) : error;
  }
}

export function invalid(fieldIssues: FieldIssue[]): AdapterError {
  return new AdapterError({ type: 'validation', code: 'validation.failed', fieldIssues });
}

/** `input` as `schema` reads it, or a validation error naming each field that does not fit, as the server answers. */
export const checked = <T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  formats?: Readonly<Record<string, FieldIssueCode>>,
): T => decided(() => checkedInput(schema, input, formats));

/** A new request of the family, numbered as the server numbers them; not yet stored. */
export function newRequest(desk: Desk, kind: RequestReceipt['kind'], at: Date): RequestReceipt {
  const n = desk.state.counter;
  desk.state.counter += 1;
  const submittedAt = at.toISOString();
  const number = `${submittedAt.slice(2, 4)}-${n}`;
  return {
    id: `req-${number}`,
    number,
    trackingCode: trackingCode(n),
    kind,
    status: 'pending',
    submittedAt,
    history: [],
  };
}

export function findRequest(desk: Desk, requestId: string): RequestReceipt {
  const request = desk.state.family.requests.find((candidate) => candidate.id === requestId);
  if (!request) throw new AdapterError({ type: 'not-found', code: 'request.not-found' });
  return request;
}

/** Appends a decision's history entries to their requests. */
export function appendHistory(desk: Desk, entries: RequestEntries): void {
  for (const { requestId, entries: added } of entries)
    desk.state.family.requests.find((request) => request.id === requestId)?.history.push(...added);
}

export function childOf(desk: Desk, childId: string): ChildRecord {
  const child = desk.state.children.find((candidate) => candidate.id === childId);
  if (!child) throw new AdapterError({ type: 'not-found', code: 'child.not-found' });
  return child;
}

/** A child with their health form's status as of now (a form goes out of date with time). */
export function withStatus(desk: Desk, child: ChildRecord): ChildRecord {
  const validity = communes[desk.profile].healthFormValidityMonths;
  return { ...child, healthForm: healthStatus(child.health ?? undefined, desk.now(), validity) };
}

/** Whether a change request of the family (of `childId`) waits for the service. */
export function pending(desk: Desk, kind: RequestReceipt['kind'], childId?: string): boolean {
  return desk.state.family.requests.some(
    (r) => r.kind === kind && r.status === 'pending' && (childId === undefined || r.childId === childId),
  );
}
