import * as z from 'zod/mini';
import {
  acceptedWeekMessage,
  bookedWeeks,
  CampAvailabilitySchema,
  CampEnrolmentInputSchema,
  CampEnrolmentSchema,
  CampEnrolmentSummarySchema,
  campEnrolmentSummary,
  CampUnsubscribeInputSchema,
  CampWaitingSchema,
  CampWeekOutcomeSchema,
  CartArticleSchema,
  CartSchema,
  ClosingPreviewSchema,
  EnrolmentDraftInputSchema,
  EnrolmentDraftSchema,
  newTrackingCode,
  PaymentOutcomeSchema,
  PaymentStartInputSchema,
  PaymentReturnSchema,
  PaymentStartSchema,
  cartLabel,
  closingPreview,
  isResident,
  placeOfferedMessage,
  serviceDecidedKinds,
  unsubscribeBlock,
  unsubscribedMessage,
  unsubscribeMessage,
  unsubscribeRefusedMessage,
  unsubscribeRequestedMessage,
  type Cart,
  type CampEnrolmentSummary,
  type CampUnsubscribeInput,
  type ClosingPreview,
  type EnrolmentDraft,
  type EnrolmentDraftInput,
  type PaymentOutcome,
  type PaymentReturn,
  type PaymentStart,
  checkCampBooking,
  communeDay,
  fullWeekMessage,
  registrationState,
  schemaIssues,
  waitingMessage,
  type CampEnrolment,
  type CampEnrolmentInput,
  type CampWaiting,
  CampSchema,
  groupFor,
  type Camp,
  type CampAvailability,
  checkChildChange,
  checkHealthFormInput,
  ChildChangeInputSchema,
  diffChild,
  type ChildChangeInput,
  type FieldChange,
  type HealthForm,
  checkChangeRequest,
  checkChildRegistration,
  checkRegistration,
  childSummary,
  ChildRecordSchema,
  ChildRegistrationSchema,
  findSameChild,
  fingerprint,
  healthStatus,
  SchoolSiteSchema,
  type ChildIdentity,
  type ChildRecord,
  type ChildRegistration,
  type SchoolSite,
  CommuneSettingsSchema,
  FamilySnapshotSchema,
  ParentIdentitySchema,
  RequestReceiptSchema,
  statusLabels,
  type CommuneSettings,
  type FamilySnapshot,
  type FieldIssue,
  type FieldIssueCode,
  type ParentChangeInput,
  type ParentIdentity,
  type RequestReceipt,
} from '../../domain/index.js';
import { communes, schools, trackingCode } from '../../demo-data/index.js';
import type * as CampsSeed from '../../demo-data/camps.js';
import type { FamilyPortalAdapter, ReadOptions, WriteOptions } from '../adapter.js';
import { AdapterError } from '../errors.js';
import { seedState, type MemoryFamily, type MemoryProfile, type MemoryState } from './seed.js';

export type { MemoryFamily, MemoryProfile } from './seed.js';

export type MemoryFailureKind = 'network' | 'timeout' | 'server' | 'validation';

export interface MemoryFailure {
  kind: MemoryFailureKind;
  /** Which calls fail: reads (`getFamily`…), writes (`registerParent`…), or the next call of either. */
  operation?: 'read' | 'write' | 'any';
  /** How many calls in a row fail. */
  times?: number;
  /** For `validation`: the problems the server reports. */
  fieldIssues?: FieldIssue[];
  /** For writes: the server records the request, then the answer is lost (a retry must not record it twice). */
  afterCommit?: boolean;
}

export interface MemoryAdapterOptions {
  /** The demo commune: `be` (Belgian, national number required) or `fr` (French, none). */
  profile?: MemoryProfile;
  /** The demo account signed in. */
  family?: MemoryFamily;
  /** Overrides the account's e-mail; `null`: the session gives none, so the parent types it. */
  accountEmail?: string | null;
  /** Delay of every answer, in milliseconds. */
  latency?: number;
  /** Delay of writes; defaults to `latency`. */
  writeLatency?: number;
  /** Where the state is kept: sessionStorage by default (a reload keeps it), `null` for memory only. */
  storage?: Storage | null;
  storageKey?: string;
  /** The clock, for deterministic tests. */
  now?: () => Date;
  /**
   * The commune's camps instead of the demo's (dated from the clock): their
   * places are seeded as the demo's are (see `seedCampPlaces`).
   */
  camps?: readonly Camp[];
  /** Failures injected from the start (stories); see `failNext`. */
  failures?: MemoryFailure[];
  /** `automatic`: a registration is accepted at once; `review`: it waits for `decide()`. */
  registration?: 'automatic' | 'review';
}

type PendingFailure = Required<Omit<MemoryFailure, 'fieldIssues'>> & Pick<MemoryFailure, 'fieldIssues'>;

const storedSchema = z.object({
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
});
type Stored = z.infer<typeof storedSchema>;

/**
 * A complete backend in the browser, seeded with demo families of a Belgian
 * and a French commune: the same rules and answers as the reference server
 * (validation, conflicts, idempotency), with latency and failures on demand.
 * Stories, tests and the offline demo run on it.
 */
export class MemoryAdapter implements FamilyPortalAdapter {
  private readonly profile: MemoryProfile;
  private readonly familyName: MemoryFamily;
  private readonly options: MemoryAdapterOptions;
  private readonly storage: Storage | null;
  private readonly storageKey: string;
  private readonly failures: PendingFailure[] = [];
  /** Injected failures so far, for their `requestId`. */
  private errors = 0;
  private state: Stored;
  private campsSeeded: Promise<{ camps: Camp[]; seed: typeof CampsSeed }> | undefined;

  constructor(options: MemoryAdapterOptions = {}) {
    this.options = options;
    this.profile = options.profile ?? 'be';
    this.familyName = options.family ?? 'new';
    this.storage = options.storage === undefined ? defaultStorage() : options.storage;
    this.storageKey = options.storageKey ?? `fp-memory:${this.profile}:${this.familyName}`;
    this.state = this.load() ?? this.seed();
    for (const failure of options.failures ?? []) this.failNext(failure.kind, failure);
  }

  // ——— the adapter contract ———

  async getCommune(options: ReadOptions = {}): Promise<CommuneSettings> {
    await this.answer('read', options.signal);
    return CommuneSettingsSchema.parse(structuredClone(communes[this.profile]));
  }

  async getFamily(options: ReadOptions = {}): Promise<FamilySnapshot> {
    await this.answer('read', options.signal);
    const children = this.state.children.map((child) => childSummary(this.withStatus(child)));
    return FamilySnapshotSchema.parse(structuredClone({ ...this.state.family, children }));
  }

  async getSchools(options: ReadOptions = {}): Promise<SchoolSite[]> {
    await this.answer('read', options.signal);
    return z.array(SchoolSiteSchema).parse(structuredClone(schools[this.profile]));
  }

  async getChild(childId: string, options: ReadOptions = {}): Promise<ChildRecord> {
    await this.answer('read', options.signal);
    const child = this.state.children.find((candidate) => candidate.id === childId);
    if (!child) throw new AdapterError({ type: 'not-found', code: 'child.not-found' });
    return ChildRecordSchema.parse(structuredClone(this.withStatus(child)));
  }

  async registerChild(input: ChildIdentity, options: WriteOptions): Promise<ChildRegistration> {
    return this.write(
      input,
      options,
      () => {
        const { family } = this.state;
        if (!family.parent) throw new AdapterError({ type: 'conflict', code: 'parent.not-registered' });
        const checked = checkChildRegistration(input, {
          today: communeDay(new Date(this.now())),
          country: communes[this.profile].country,
          schools: schools[this.profile],
        });
        if (!checked.ok) throw invalid(checked.issues);
        const identity = checked.value;
        const at = this.now();
        const receipt = this.newRequest('child-registration', at);
        receipt.history.push(this.entry('child-received', at));
        const known = findSameChild(identity, this.state.children);
        const childId = known?.id ?? `chi-${receipt.number}`;
        if (!known) this.state.children.push({ id: childId, identity, health: null, healthForm: 'missing' });
        receipt.status = 'accepted';
        receipt.history.push(this.entry(known ? 'child-linked' : 'child-registered', at));
        receipt.childId = childId;
        family.requests.push(receipt);
        return { receipt, childId, linked: Boolean(known) };
      },
      ChildRegistrationSchema,
    );
  }

  async getRequest(requestId: string, options: ReadOptions = {}): Promise<RequestReceipt> {
    await this.answer('read', options.signal);
    return RequestReceiptSchema.parse(structuredClone(this.findRequest(requestId)));
  }

  async registerParent(input: ParentIdentity, options: WriteOptions): Promise<RequestReceipt> {
    return this.write(
      input,
      options,
      () => {
        const { family } = this.state;
        if (family.parent) throw new AdapterError({ type: 'conflict', code: 'parent.already-registered' });
        if (family.requests.some((r) => r.kind === 'parent-registration' && r.status === 'pending')) {
          throw new AdapterError({ type: 'conflict', code: 'registration.pending' });
        }
        const checked = checkRegistration(input, communes[this.profile], family.account.email);
        if (!checked.ok) throw invalid(checked.issues);
        const identity = checked.value;
        const at = this.now();
        const receipt = this.newRequest('parent-registration', at);
        receipt.history.push(this.entry('registration-received', at));
        this.state.payloads[receipt.id] = identity;
        if (this.options.registration !== 'review') this.accept(receipt, at, 'automatic');
        family.requests.push(receipt);
        return receipt;
      },
      RequestReceiptSchema,
    );
  }

  async requestParentChange(input: ParentChangeInput, options: WriteOptions): Promise<RequestReceipt> {
    return this.write(
      input,
      options,
      () => {
        const { family } = this.state;
        if (!family.parent) throw new AdapterError({ type: 'conflict', code: 'parent.not-registered' });
        if (family.requests.some((r) => r.kind === 'parent-change' && r.status === 'pending')) {
          throw new AdapterError({ type: 'conflict', code: 'change.pending' });
        }
        const checked = checkChangeRequest(
          input,
          family.parent,
          communes[this.profile],
          family.account.email,
        );
        if (!checked.ok) throw invalid(checked.issues);
        const { identity, comment, changes } = checked.value;
        const at = this.now();
        const receipt = this.newRequest('parent-change', at);
        receipt.history.push(this.entry('change-received', at, comment ? { message: comment } : {}));
        receipt.changes = changes;
        this.state.payloads[receipt.id] = identity;
        family.requests.push(receipt);
        return receipt;
      },
      RequestReceiptSchema,
    );
  }

  async submitHealthForm(childId: string, form: HealthForm, options: WriteOptions): Promise<RequestReceipt> {
    return this.write(
      { childId, form },
      options,
      () => {
        const child = this.childOf(childId);
        const checked = checkHealthFormInput(form, {
          today: communeDay(new Date(this.now())),
          country: communes[this.profile].country,
        });
        if (!checked.ok) throw invalid(checked.issues);
        const at = this.now();
        if (child.health && fingerprint(child.health.form) !== fingerprint(checked.value)) {
          // A known form changes through the service (seed 004).
          return this.childChangeRequest(
            child,
            { health: checked.value },
            diffChild(childFacts(child), { health: checked.value }),
            at,
          );
        }
        const receipt = this.newRequest('health-form', at);
        receipt.childId = childId;
        receipt.history.push(this.entry('health-form-received', at));
        receipt.history.push(this.entry(child.health ? 'health-form-confirmed' : 'health-form-recorded', at));
        receipt.status = 'accepted';
        child.health = { form: checked.value, confirmedAt: at };
        this.state.family.requests.push(receipt);
        return receipt;
      },
      RequestReceiptSchema,
    );
  }

  async requestChildChange(
    childId: string,
    input: ChildChangeInput,
    options: WriteOptions,
  ): Promise<RequestReceipt> {
    return this.write(
      { childId, input },
      options,
      () => {
        const child = this.childOf(childId);
        const checked = checkChildChange(input, childFacts(child), {
          today: communeDay(new Date(this.now())),
          country: communes[this.profile].country,
          schools: schools[this.profile],
        });
        if (!checked.ok) throw invalid(checked.issues);
        return this.childChangeRequest(child, checked.value.change, checked.value.changes, this.now());
      },
      RequestReceiptSchema,
    );
  }

  async getCamps(options: ReadOptions = {}): Promise<Camp[]> {
    const { camps } = await this.camps();
    await this.answer('read', options.signal);
    return z.array(CampSchema).parse(structuredClone(camps));
  }

  async getCampAvailability(
    campId: string,
    childId: string,
    options: ReadOptions = {},
  ): Promise<CampAvailability> {
    const { camps, seed } = await this.camps();
    await this.answer('read', options.signal);
    const camp = camps.find((candidate) => candidate.id === campId);
    if (!camp) throw new AdapterError({ type: 'not-found', code: 'camp.not-found' });
    const group = groupFor(camp, this.childOf(childId).identity);
    const places = group ? (this.placesOf(camp, seed)[group.id] ?? {}) : {};
    return CampAvailabilitySchema.parse({
      campId,
      childId,
      groupId: group?.id ?? null,
      days: Object.entries(places)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([date, { capacity, taken, waiting }]) => ({
          date,
          capacity,
          left: Math.max(0, capacity - taken),
          waiting,
        })),
    });
  }

  async enrolInCamp(input: CampEnrolmentInput, options: WriteOptions): Promise<CampEnrolment> {
    const { camps, seed } = await this.camps();
    return this.write(
      input,
      options,
      () => {
        const body = checked(CampEnrolmentInputSchema, input);
        const { campId, childId, days, trackingCode } = body;
        if (trackingCode && !this.state.drafts?.some((draft) => draft.trackingCode === trackingCode))
          throw new AdapterError({ type: 'not-found', code: 'draft.not-found' });
        const camp = camps.find((candidate) => candidate.id === campId);
        if (!camp) throw new AdapterError({ type: 'not-found', code: 'camp.not-found' });
        const child = this.withStatus(this.childOf(childId));
        const registration = registrationState(camp, new Date(this.now()));
        if (registration !== 'open')
          throw new AdapterError({ type: 'conflict', code: `camp.registration-${registration}` });
        if (child.healthForm !== 'complete' || !childSummary(child).identityComplete)
          throw new AdapterError({ type: 'conflict', code: 'child.incomplete' });
        const group = groupFor(camp, child.identity);
        if (!group) throw new AdapterError({ type: 'conflict', code: 'camp.no-group' });
        const bookings = (this.state.bookings ??= []);
        const issues = [
          ...checkCampBooking(camp, days, communeDay(new Date(this.now()))),
          ...days.flatMap((day, index) =>
            bookings.some((b) => b.childId === childId && b.campId === campId && b.date === day.date)
              ? [{ field: `days.${index}`, code: 'camp.day-booked' }]
              : [],
          ),
        ];
        if (issues.length > 0) throw invalid(issues);

        const at = this.now();
        const receipt = this.newRequest('camp-enrolment', at);
        receipt.childId = childId;
        if (trackingCode) {
          // The code shown since the first step stays the request's; the draft is done.
          receipt.trackingCode = trackingCode;
          this.state.drafts = this.state.drafts?.filter((draft) => draft.trackingCode !== trackingCode);
        }
        receipt.history.push(this.entry('camp-enrolment-received', at));
        const places = this.placesOf(camp, seed)[group.id] ?? {};
        const activities = new Map(days.map((day) => [day.date, day.activityIds ?? []]));
        const weeks = bookedWeeks(camp, [...activities.keys()]).map(({ week, label, dates }) => {
          const fullDays = dates.filter((date) => {
            const place = places[date];
            return !place || place.taken >= place.capacity;
          });
          if (fullDays.length > 0) {
            receipt.history.push(
              this.entry('camp-week-full', at, { message: fullWeekMessage(camp.name, label, fullDays) }),
            );
            return { weekId: week.id, label, status: 'full' as const, days: dates, fullDays };
          }
          for (const date of dates) {
            places[date]!.taken += 1;
            bookings.push({
              requestId: receipt.id,
              campId,
              childId,
              groupId: group.id,
              date,
              activityIds: activities.get(date) ?? [],
            });
          }
          receipt.history.push(
            this.entry('camp-week-accepted', at, {
              message: acceptedWeekMessage(child.identity.firstName, dates),
            }),
          );
          return { weekId: week.id, label, status: 'accepted' as const, days: dates, fullDays: [] };
        });
        const accepted = weeks.some((week) => week.status === 'accepted');
        if (accepted) receipt.history.push(this.entry('camp-enrolment-open', at));
        receipt.status = accepted ? 'pending' : 'refused';
        this.state.family.requests.push(receipt);
        (this.state.enrolments ??= {})[receipt.id] = { campId, groupId: group.id, weeks };
        return { receipt, campId, childId, weeks };
      },
      CampEnrolmentSchema,
    );
  }

  async joinWaitingList(requestId: string, weekId: string, options: WriteOptions): Promise<CampWaiting> {
    const { camps, seed } = await this.camps();
    return this.write(
      { requestId, weekId },
      options,
      () => {
        const request = this.state.family.requests.find(
          (r) => r.id === requestId && r.kind === 'camp-enrolment',
        );
        const enrolment = this.state.enrolments?.[requestId];
        if (!request || !enrolment) throw new AdapterError({ type: 'not-found', code: 'request.not-found' });
        // Removed from the cart or past its deadline: its places and its waiting lists are gone.
        if (request.status === 'cancelled')
          throw new AdapterError({ type: 'conflict', code: 'request.cancelled' });
        const week = enrolment.weeks.find((candidate) => candidate.weekId === weekId);
        if (week?.status !== 'full') throw new AdapterError({ type: 'conflict', code: 'camp.week-not-full' });
        const waiting = (this.state.waiting ??= []);
        const { campId, groupId } = enrolment;
        if (!waiting.some((entry) => entry.requestId === requestId && entry.weekId === weekId)) {
          waiting.push({ requestId, campId, groupId, weekId });
          const camp = camps.find((candidate) => candidate.id === campId);
          const places = camp ? (this.placesOf(camp, seed)[groupId] ?? {}) : {};
          for (const date of week.days) if (places[date]) places[date].waiting += 1;
          const position = this.waitingPosition(requestId, weekId);
          request.history.push(
            this.entry('camp-waiting-list', this.now(), { message: waitingMessage(week.label, position) }),
          );
        }
        return {
          requestId,
          weekId,
          label: week.label,
          position: this.waitingPosition(requestId, weekId),
          days: week.days,
        };
      },
      CampWaitingSchema,
    );
  }

  async getCampEnrolments(options: ReadOptions = {}): Promise<CampEnrolmentSummary[]> {
    const { camps, seed } = await this.camps();
    await this.answer('read', options.signal);
    this.releaseExpired(camps, seed);
    this.save();
    return z.array(CampEnrolmentSummarySchema).parse(structuredClone(this.enrolmentSummaries(camps)));
  }

  async requestCampUnsubscribe(input: CampUnsubscribeInput, options: WriteOptions): Promise<RequestReceipt> {
    const { camps } = await this.camps();
    return this.write(
      input,
      options,
      () => {
        const body = checked(CampUnsubscribeInputSchema, input);
        const { requestId, weekId, reason } = body;
        const [enrolment] = this.enrolmentSummaries(camps, requestId);
        if (!enrolment) throw new AdapterError({ type: 'not-found', code: 'request.not-found' });
        const block = unsubscribeBlock(enrolment, weekId, communeDay(new Date(this.now())));
        if (block) throw new AdapterError({ type: 'conflict', code: block });
        const { label } = enrolment.weeks.find((week) => week.weekId === weekId)!;
        const at = this.now();
        const receipt = this.newRequest('camp-unsubscribe', at);
        receipt.childId = enrolment.childId;
        receipt.history.push(
          this.entry('camp-unsubscribe-received', at, {
            message: unsubscribeMessage(enrolment, label, reason),
          }),
        );
        this.state.payloads[receipt.id] = body;
        this.state.family.requests.push(receipt);
        this.findRequest(requestId).history.push(
          this.entry('camp-unsubscribe-received', at, {
            message: unsubscribeRequestedMessage(label, receipt.number),
          }),
        );
        return receipt;
      },
      RequestReceiptSchema,
    );
  }

  async previewClosing(options: ReadOptions = {}): Promise<ClosingPreview> {
    const { camps } = await this.camps();
    await this.answer('read', options.signal);
    return ClosingPreviewSchema.parse(this.closing(camps));
  }

  async closeRequests(options: WriteOptions): Promise<Cart> {
    const { camps } = await this.camps();
    return this.write(
      { close: true },
      options,
      () => {
        const preview = this.closing(camps);
        if (preview.requestIds.length === 0)
          throw new AdapterError({ type: 'conflict', code: 'camp.nothing-to-close' });
        const at = this.now();
        const delay = Math.min(
          ...camps
            .filter((camp) => preview.camps.some((c) => c.campId === camp.id))
            .map((camp) => camp.paymentDelayDays),
        );
        const requests = this.state.family.requests.filter((request) =>
          preview.requestIds.includes(request.id),
        );
        for (const request of requests) {
          request.history.push(this.entry('camp-closed', at), this.entry('camp-in-cart', at));
        }
        const cart = (this.state.cart ??= []);
        const numbers = requests.map((request) => request.number);
        cart.push({
          id: `art-${cart.length + 1}`,
          label: cartLabel(numbers),
          requestNumbers: numbers,
          requestIds: preview.requestIds,
          amountCents: preview.totalCents,
          currency: 'EUR',
          createdAt: at,
          dueAt: new Date(Date.parse(at) + delay * 86_400_000).toISOString(),
          status: 'unpaid',
          preview,
        });
        return this.cartNow();
      },
      CartSchema,
    );
  }

  async saveEnrolmentDraft(input: EnrolmentDraftInput, options: WriteOptions): Promise<EnrolmentDraft> {
    return this.write(
      input,
      options,
      () => {
        const body = checked(EnrolmentDraftInputSchema, input);
        const drafts = (this.state.drafts ??= []);
        let trackingCode = body.trackingCode;
        if (trackingCode) {
          if (!drafts.some((draft) => draft.trackingCode === trackingCode))
            throw new AdapterError({ type: 'not-found', code: 'draft.not-found' });
        } else {
          const taken = new Set(drafts.map((draft) => draft.trackingCode));
          do trackingCode = newTrackingCode((bytes) => crypto.getRandomValues(new Uint8Array(bytes)));
          while (taken.has(trackingCode));
        }
        const draft = { ...body, trackingCode, updatedAt: this.now() };
        this.state.drafts = [...drafts.filter((other) => other.trackingCode !== trackingCode), draft];
        return draft;
      },
      EnrolmentDraftSchema,
    );
  }

  async getEnrolmentDrafts(options: ReadOptions = {}): Promise<EnrolmentDraft[]> {
    await this.answer('read', options.signal);
    const drafts = [...(this.state.drafts ?? [])].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return z.array(EnrolmentDraftSchema).parse(structuredClone(drafts));
  }

  async deleteEnrolmentDraft(trackingCode: string, options: WriteOptions): Promise<void> {
    await this.write(
      { trackingCode },
      options,
      () => {
        if (!this.state.drafts?.some((draft) => draft.trackingCode === trackingCode))
          throw new AdapterError({ type: 'not-found', code: 'draft.not-found' });
        this.state.drafts = this.state.drafts.filter((draft) => draft.trackingCode !== trackingCode);
        return { trackingCode };
      },
      z.object({ trackingCode: z.string() }),
    );
  }

  /**
   * The demo's provider pays at once: `redirectUrl` is `returnUrl` with a
   * paid answer (see `simulatedAnswer` to answer otherwise in tests).
   */
  async startPayment(articleId: string, returnUrl: string, options: WriteOptions): Promise<PaymentStart> {
    return this.write(
      { articleId, returnUrl },
      options,
      () => {
        checked(PaymentStartInputSchema, { returnUrl }, { returnUrl: 'required' });
        const article = this.unpaidArticle(articleId);
        const payments = (this.state.payments ??= []);
        const paymentId = `pay-${payments.length + 1}`;
        payments.push({ id: paymentId, articleId: article.id, status: 'started' });
        const url = new URL(returnUrl, 'http://localhost/');
        for (const [name, value] of Object.entries(simulatedAnswer(paymentId, 'paid')))
          url.searchParams.set(name, value);
        return {
          paymentId,
          redirectUrl: /^[a-z]+:/i.test(returnUrl)
            ? url.toString()
            : `${url.pathname}${url.search}${url.hash}`,
        };
      },
      PaymentStartSchema,
    );
  }

  async completePayment(answer: PaymentReturn, options: WriteOptions): Promise<PaymentOutcome> {
    return this.write(
      answer,
      options,
      () => {
        const body = checked(PaymentReturnSchema, answer);
        const { paymentId, status, signature } = body;
        const payment = this.state.payments?.find((candidate) => candidate.id === paymentId);
        if (!payment) throw new AdapterError({ type: 'not-found', code: 'payment.not-found' });
        if (signature !== simulatedAnswer(paymentId, status).signature)
          throw new AdapterError({ type: 'validation', code: 'payment.signature' });
        const article = this.state.cart?.find((candidate) => candidate.id === payment.articleId);
        if (!article) throw new AdapterError({ type: 'not-found', code: 'article.not-found' });
        // A payment completed before answers what it became (a replayed return).
        if (payment.refundDue) throw notPayable();
        const outcome = payment.status === 'started' ? status : payment.status;
        if (payment.status === 'started') {
          payment.status = status;
          if (status === 'paid') {
            // Released at its deadline or removed meanwhile: the places are gone. The payment stays
            // recorded (the money was taken, the service refunds it) and the parent is told.
            if (article.status !== 'unpaid') {
              payment.refundDue = true;
              throw new KeptRefusal(notPayable());
            }
            article.status = 'paid';
            const at = this.now();
            for (const request of this.state.family.requests.filter((r) =>
              article.requestIds.includes(r.id),
            )) {
              request.status = 'accepted';
              request.history.push(this.entry('camp-paid', at));
            }
          }
        }
        return { status: outcome, article, cart: this.cartNow() };
      },
      PaymentOutcomeSchema,
    );
  }

  async getCart(options: ReadOptions = {}): Promise<Cart> {
    const { camps, seed } = await this.camps();
    await this.answer('read', options.signal);
    this.releaseExpired(camps, seed);
    this.save();
    return CartSchema.parse(structuredClone(this.cartNow()));
  }

  async removeCartArticle(articleId: string, options: WriteOptions): Promise<Cart> {
    const { camps, seed } = await this.camps();
    return this.write(
      { articleId },
      options,
      () => {
        const article = this.state.cart?.find(
          (candidate) => candidate.id === articleId && candidate.status === 'unpaid',
        );
        if (!article) throw new AdapterError({ type: 'not-found', code: 'article.not-found' });
        article.status = 'removed';
        const at = this.now();
        // Freed places go to the families waiting for them, as after a deadline.
        this.offerFreed(this.cancelRequests(article.requestIds, 'camp-released', at, camps, seed), at);
        return this.cartNow();
      },
      CartSchema,
    );
  }

  // ——— demo and test controls ———

  /** The next matching call(s) fail with `kind`, as a real backend or network would. */
  failNext(kind: MemoryFailureKind, options: Omit<MemoryFailure, 'kind'> = {}): void {
    this.failures.push({
      kind,
      operation: options.operation ?? 'any',
      times: options.times ?? 1,
      afterCommit: options.afterCommit ?? false,
      ...(options.fieldIssues ? { fieldIssues: options.fieldIssues } : {}),
    });
  }

  /**
   * The service's decision on a pending request (seed 004: it accepts or
   * refuses a change; seed 001: an unsubscribe, whose places are then given back).
   */
  async decide(
    requestId: string,
    decision: 'accepted' | 'refused',
    reason?: string,
  ): Promise<RequestReceipt> {
    const { camps, seed } = await this.camps();
    const request = this.findRequest(requestId);
    if (request.status !== 'pending')
      throw new AdapterError({ type: 'conflict', code: 'request.not-pending' });
    // A camp enrolment is settled by its payment (or its cart's deadline), not by the back office.
    if (!serviceDecidedKinds.includes(request.kind))
      throw new AdapterError({ type: 'conflict', code: 'request.not-decided-by-service' });
    const at = this.now();
    const author = communes[this.profile].serviceName;
    const payload = this.state.payloads[request.id];
    const forChild = request.kind === 'child-change';
    if (request.kind === 'camp-unsubscribe') {
      this.decideUnsubscribe(request, decision, reason, camps, seed);
    } else if (decision === 'accepted') {
      if (request.kind === 'parent-registration') this.accept(request, at, 'service');
      else {
        if (forChild) this.applyChildChange(request.childId ?? '', ChildChangeInputSchema.parse(payload), at);
        else {
          const current = this.state.family.parent;
          if (current) this.state.family.parent = { ...ParentIdentitySchema.parse(payload), id: current.id };
        }
        request.status = 'accepted';
        request.history.push(
          this.entry(forChild ? 'child-change-accepted' : 'change-accepted', at, { author }),
        );
      }
    } else {
      request.status = 'refused';
      const status =
        request.kind === 'parent-registration'
          ? 'registration-refused'
          : forChild
            ? 'child-change-refused'
            : 'change-refused';
      request.history.push(this.entry(status, at, { author, ...(reason ? { message: reason } : {}) }));
    }
    this.save();
    return RequestReceiptSchema.parse(structuredClone(request));
  }

  /** Accepted: the week's bookings go, their places are given back and offered to the first family waiting. */
  private decideUnsubscribe(
    request: RequestReceipt,
    decision: 'accepted' | 'refused',
    reason: string | undefined,
    camps: readonly Camp[],
    seed: typeof CampsSeed,
  ): void {
    const { requestId, weekId } = CampUnsubscribeInputSchema.parse(this.state.payloads[request.id]);
    const [enrolment] = this.enrolmentSummaries(camps, requestId);
    const week = enrolment?.weeks.find((candidate) => candidate.weekId === weekId);
    if (!enrolment || !week) throw new AdapterError({ type: 'server', code: 'request.payload-missing' });
    const at = this.now();
    const author = communes[this.profile].serviceName;
    const enrolmentRequest = this.findRequest(requestId);
    request.status = decision;
    if (decision === 'accepted') {
      const message = unsubscribedMessage(enrolment.firstName, week.label);
      request.history.push(this.entry('camp-unsubscribe-accepted', at, { author, message }));
      enrolmentRequest.history.push(this.entry('camp-unsubscribe-accepted', at, { author, message }));
      this.offerFreed(this.freePlaces([requestId], camps, seed, week.days), at);
    } else {
      request.history.push(
        this.entry('camp-unsubscribe-refused', at, { author, ...(reason ? { message: reason } : {}) }),
      );
      enrolmentRequest.history.push(
        this.entry('camp-unsubscribe-refused', at, {
          author,
          message: unsubscribeRefusedMessage(week.label, reason),
        }),
      );
    }
  }

  private applyChildChange(childId: string, change: ChildChangeInput, at: string): void {
    const child = this.state.children.find((candidate) => candidate.id === childId);
    if (!child) return;
    if (change.identity) child.identity = change.identity;
    if (change.health) child.health = { form: change.health, confirmedAt: at };
  }

  /** Back to the seeded demo data. */
  reset(): void {
    this.failures.length = 0;
    try {
      this.storage?.removeItem(this.storageKey);
    } catch {
      // Storage unavailable: the state lived in memory only.
    }
    this.state = this.seed();
  }

  // ——— internals ———

  /** The family's open camp requests (not in a cart yet), priced. */
  private closing(camps: readonly Camp[]): ClosingPreview {
    const closed = new Set(
      (this.state.cart ?? [])
        .filter((article) => article.status !== 'removed')
        .flatMap((article) => article.requestIds),
    );
    const requestIds = this.state.family.requests
      .filter(
        (request) =>
          request.kind === 'camp-enrolment' && request.status === 'pending' && !closed.has(request.id),
      )
      .map((request) => request.id);
    const booked = (this.state.bookings ?? []).filter((day) => requestIds.includes(day.requestId));
    const children = this.state.children.map(({ id, identity }) => ({ id, ...identity }));
    const resident = isResident(communes[this.profile].postcodes, this.state.family.parent?.address.postcode);
    return closingPreview(camps, booked, children, requestIds, resident);
  }

  /**
   * Cancels these camp requests (`status` in their history): their places on
   * waiting lists gone (the days' waiting counts with them), their places
   * given back; answers the days freed.
   */
  private cancelRequests(
    requestIds: readonly string[],
    status: 'camp-released' | 'camp-expired',
    at: string,
    camps: readonly Camp[],
    seed: typeof CampsSeed,
  ) {
    for (const request of this.state.family.requests.filter((r) => requestIds.includes(r.id))) {
      request.status = 'cancelled';
      request.history.push(this.entry(status, at));
    }
    const waiting = this.state.waiting ?? [];
    for (const entry of waiting.filter((candidate) => requestIds.includes(candidate.requestId))) {
      const camp = camps.find((candidate) => candidate.id === entry.campId);
      const places = camp ? (this.placesOf(camp, seed)[entry.groupId] ?? {}) : {};
      const week = this.state.enrolments?.[entry.requestId]?.weeks.find((w) => w.weekId === entry.weekId);
      for (const date of week?.days ?? []) {
        const place = places[date];
        if (place) place.waiting = Math.max(0, place.waiting - 1);
      }
    }
    if (this.state.waiting)
      this.state.waiting = waiting.filter((entry) => !requestIds.includes(entry.requestId));
    return this.freePlaces(requestIds, camps, seed);
  }

  /**
   * The places of these requests' days (only `days`, when given) given back,
   * their bookings gone; answers the days freed.
   */
  private freePlaces(
    requestIds: readonly string[],
    camps: readonly Camp[],
    seed: typeof CampsSeed,
    days?: readonly string[],
  ) {
    const freeing = (day: { requestId: string; date: string }) =>
      requestIds.includes(day.requestId) && (!days || days.includes(day.date));
    const freed = (this.state.bookings ?? []).filter(freeing);
    for (const day of freed) {
      const camp = camps.find((candidate) => candidate.id === day.campId);
      const place = camp ? this.placesOf(camp, seed)[day.groupId]?.[day.date] : undefined;
      if (place) place.taken = Math.max(0, place.taken - 1);
    }
    this.state.bookings = (this.state.bookings ?? []).filter((day) => !freeing(day));
    return freed;
  }

  /**
   * In each camp and group with freed days, the first request waiting for a
   * week of those days, not yet offered a place, is offered one (its history
   * says so), as the server does.
   */
  private offerFreed(freed: readonly { campId: string; groupId: string; date: string }[], at: string): void {
    const offered = new Set<string>();
    for (const entry of this.state.waiting ?? []) {
      const week = this.state.enrolments?.[entry.requestId]?.weeks.find((w) => w.weekId === entry.weekId);
      const frees = freed.some(
        (day) =>
          day.campId === entry.campId && day.groupId === entry.groupId && week?.days.includes(day.date),
      );
      const key = `${entry.weekId}:${entry.groupId}`;
      const request = this.state.family.requests.find((r) => r.id === entry.requestId);
      if (!week || !frees || entry.offeredAt || offered.has(key) || request?.status === 'cancelled') continue;
      offered.add(key);
      entry.offeredAt = at;
      request?.history.push(
        this.entry('camp-place-offered', at, { message: placeOfferedMessage(week.label) }),
      );
    }
  }

  /**
   * The family's camp enrolment requests (only `requestId`, when given), the
   * newest first, as "Mes inscriptions" shows them.
   */
  private enrolmentSummaries(camps: readonly Camp[], requestId?: string): CampEnrolmentSummary[] {
    const { requests } = this.state.family;
    const unsubscribes = requests
      .filter((request) => request.kind === 'camp-unsubscribe')
      .map((request) => ({
        ...CampUnsubscribeInputSchema.parse(this.state.payloads[request.id]),
        status: request.status,
      }));
    return requests
      .filter((request) => request.kind === 'camp-enrolment' && (!requestId || request.id === requestId))
      .reverse()
      .flatMap((receipt) => {
        const enrolment = this.state.enrolments?.[receipt.id];
        const child = this.state.children.find((candidate) => candidate.id === receipt.childId);
        if (!enrolment || !child) return [];
        const article = this.state.cart?.find(
          (candidate) =>
            candidate.requestIds.includes(receipt.id) &&
            (candidate.status === 'unpaid' || candidate.status === 'paid'),
        );
        return [
          campEnrolmentSummary({
            receipt,
            campId: enrolment.campId,
            campName: camps.find((camp) => camp.id === enrolment.campId)?.name ?? enrolment.campId,
            childId: child.id,
            firstName: child.identity.firstName,
            weeks: enrolment.weeks,
            articleId: article?.id,
            waiting: (this.state.waiting ?? [])
              .filter((entry) => entry.requestId === receipt.id)
              .map((entry) => ({
                weekId: entry.weekId,
                position: this.waitingPosition(receipt.id, entry.weekId),
                offered: Boolean(entry.offeredAt),
              })),
            unsubscribes: unsubscribes.filter((unsubscribe) => unsubscribe.requestId === receipt.id),
          }),
        ];
      });
  }

  /**
   * Unpaid articles past their deadline, as the server releases them: their
   * requests cancelled and places freed, the first request waiting for a freed
   * week (same camp and group) offered the place. Run before reading the cart.
   */
  private releaseExpired(camps: readonly Camp[], seed: typeof CampsSeed): void {
    const at = this.now();
    for (const article of this.state.cart ?? []) {
      if (article.status !== 'unpaid' || Date.parse(article.dueAt) > Date.parse(at)) continue;
      article.status = 'expired';
      this.offerFreed(this.cancelRequests(article.requestIds, 'camp-expired', at, camps, seed), at);
    }
  }

  /** An unpaid article of the cart, still within its deadline. */
  private unpaidArticle(articleId: string) {
    const article = this.state.cart?.find(
      (candidate) => candidate.id === articleId && candidate.status === 'unpaid',
    );
    if (!article) throw new AdapterError({ type: 'not-found', code: 'article.not-found' });
    if (Date.parse(article.dueAt) <= Date.parse(this.now()))
      throw new AdapterError({ type: 'conflict', code: 'article.expired' });
    return article;
  }

  /** The cart's unpaid articles and their total. */
  private cartNow(): Cart {
    const articles = (this.state.cart ?? []).filter((article) => article.status === 'unpaid');
    return {
      articles,
      currency: 'EUR',
      totalCents: articles.reduce((sum, article) => sum + article.amountCents, 0),
    };
  }

  /**
   * A request's place on a week's waiting list: 1 + the families ahead of it
   * in its camp and group still waiting (not yet offered a place, their
   * request not cancelled).
   */
  private waitingPosition(requestId: string, weekId: string): number {
    const waiting = this.state.waiting ?? [];
    const mine = waiting.findIndex((entry) => entry.requestId === requestId && entry.weekId === weekId);
    const { campId, groupId } = waiting[mine] ?? {};
    const cancelled = new Set(
      this.state.family.requests.filter((r) => r.status === 'cancelled').map((request) => request.id),
    );
    const ahead = waiting
      .slice(0, Math.max(mine, 0))
      .filter(
        (entry) =>
          entry.weekId === weekId &&
          entry.campId === campId &&
          entry.groupId === groupId &&
          !entry.offeredAt &&
          !cancelled.has(entry.requestId),
      );
    return mine < 0 ? 0 : ahead.length + 1;
  }

  /**
   * The demo's camps, dated from the adapter's clock (see camps.ts), and their
   * seed: loaded on first use, so that demos without camps do not download them.
   */
  private async camps(): Promise<{ camps: Camp[]; seed: typeof CampsSeed }> {
    this.campsSeeded ??= import('../../demo-data/camps.js').then((seed) => ({
      camps: this.options.camps
        ? z.array(CampSchema).parse(structuredClone(this.options.camps))
        : seed.seedCamps(this.profile, new Date(this.now())),
      seed,
    }));
    return this.campsSeeded;
  }

  /** A camp's places by group and day, seeded on first use and kept with the rest of the state. */
  private placesOf(camp: Camp, seed: typeof CampsSeed): NonNullable<Stored['places']>[string] {
    const places = (this.state.places ??= {});
    const seeded = (places[camp.id] ??= Object.fromEntries(
      Object.entries(seed.seedCampPlaces(camp)).map(([groupId, days]) => [
        groupId,
        Object.fromEntries(Object.entries(days).map(([date, seat]) => [date, { ...seat, waiting: 0 }])),
      ]),
    ));
    return seeded;
  }

  private childOf(childId: string): ChildRecord {
    const child = this.state.children.find((candidate) => candidate.id === childId);
    if (!child) throw new AdapterError({ type: 'not-found', code: 'child.not-found' });
    return child;
  }

  private childChangeRequest(
    child: ChildRecord,
    change: ChildChangeInput,
    changes: FieldChange[],
    at: string,
  ): RequestReceipt {
    if (
      this.state.family.requests.some(
        (r) => r.kind === 'child-change' && r.childId === child.id && r.status === 'pending',
      )
    ) {
      throw new AdapterError({ type: 'conflict', code: 'change.pending' });
    }
    const receipt = this.newRequest('child-change', at);
    receipt.childId = child.id;
    const comment = change.comment?.trim();
    receipt.history.push(this.entry('child-change-received', at, comment ? { message: comment } : {}));
    receipt.changes = changes;
    this.state.payloads[receipt.id] = change;
    this.state.family.requests.push(receipt);
    return receipt;
  }

  /** A child with their health form's status as of now (a form goes out of date with time). */
  private withStatus(child: ChildRecord): ChildRecord {
    const validity = communes[this.profile].healthFormValidityMonths;
    return { ...child, healthForm: healthStatus(child.health ?? undefined, new Date(this.now()), validity) };
  }

  private seed(): Stored {
    const seeded: MemoryState = seedState(this.profile, this.familyName, new Date(this.now()));
    const { accountEmail } = this.options;
    if (accountEmail === null) seeded.family.account = {};
    else if (accountEmail !== undefined) seeded.family.account.email = accountEmail;
    return { ...seeded, payloads: {}, idempotency: {} };
  }

  private load(): Stored | undefined {
    try {
      const raw = this.storage?.getItem(this.storageKey);
      if (!raw) return undefined;
      const parsed = storedSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  private save(): void {
    try {
      this.storage?.setItem(this.storageKey, JSON.stringify(this.state));
    } catch {
      // Quota or privacy mode: the demo goes on in memory.
    }
  }

  private now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }

  private entry(status: string, at: string, extra: { author?: string; message?: string } = {}) {
    return { status, label: statusLabels[status] ?? status, at, ...extra };
  }

  private newRequest(kind: RequestReceipt['kind'], at: string): RequestReceipt {
    const n = this.state.counter;
    this.state.counter += 1;
    const number = `${at.slice(2, 4)}-${n}`;
    return {
      id: `req-${number}`,
      number,
      trackingCode: trackingCode(n),
      kind,
      status: 'pending',
      submittedAt: at,
      history: [],
    };
  }

  /**
   * The parent becomes known. The account stays as the session gives it: when it
   * has no e-mail, the parent's typed e-mail stays theirs to change later.
   */
  private accept(registration: RequestReceipt, at: string, by: 'automatic' | 'service'): void {
    const identity = z.optional(ParentIdentitySchema).parse(this.state.payloads[registration.id]);
    if (!identity) throw new AdapterError({ type: 'server', code: 'request.payload-missing' });
    registration.status = 'accepted';
    const author = by === 'service' ? { author: communes[this.profile].serviceName } : {};
    registration.history.push(this.entry('registered', at, author));
    this.state.family.parent = { ...identity, id: `par-${registration.number}` };
  }

  private findRequest(requestId: string): RequestReceipt {
    const request = this.state.family.requests.find((candidate) => candidate.id === requestId);
    if (!request) throw new AdapterError({ type: 'not-found', code: 'request.not-found' });
    return request;
  }

  /** Runs a write with idempotency: a repeated key replays the first answer, never acts twice. */
  private async write<T>(
    payload: unknown,
    { idempotencyKey, signal }: WriteOptions,
    act: () => T,
    schema: z.ZodMiniType<T>,
  ): Promise<T> {
    const failure = await this.answer('write', signal);
    const print = fingerprint(payload);
    const known = this.state.idempotency[idempotencyKey];
    let answer: unknown;
    if (known) {
      if (known.fingerprint !== print) {
        throw new AdapterError({ type: 'conflict', code: 'idempotency.mismatch', retryable: false });
      }
      // The first answer, as a server replays it.
      answer = known.answer;
    } else {
      const before = structuredClone(this.state);
      try {
        answer = structuredClone(act());
      } catch (error) {
        if (!(error instanceof KeptRefusal)) {
          this.state = before;
          throw error;
        }
        // What was done before the refusal stays; the key stays free (a retry answers the same refusal).
        this.save();
        throw failure ?? error.error;
      }
      this.state.idempotency[idempotencyKey] = { fingerprint: print, answer };
      this.save();
    }
    if (failure) throw failure;
    return schema.parse(structuredClone(answer));
  }

  /**
   * Waits the latency, then throws the injected failure due now, if any. A
   * write failing after commit is returned instead, to be thrown once recorded.
   */
  private async answer(
    operation: 'read' | 'write',
    signal: AbortSignal | undefined,
  ): Promise<AdapterError | undefined> {
    const latency =
      operation === 'write'
        ? (this.options.writeLatency ?? this.options.latency ?? 0)
        : (this.options.latency ?? 0);
    await delay(latency, signal);
    const index = this.failures.findIndex(
      (failure) => failure.operation === 'any' || failure.operation === operation,
    );
    const failure = this.failures[index];
    if (!failure) return undefined;
    failure.times -= 1;
    if (failure.times <= 0) this.failures.splice(index, 1);
    this.errors += 1;
    const error = failureError(failure, `mem-${String(this.errors).padStart(6, '0')}`);
    if (operation === 'write' && failure.afterCommit) return error;
    throw error;
  }
}

function failureError({ kind, fieldIssues }: MemoryFailure, requestId: string): AdapterError {
  switch (kind) {
    case 'network':
      return new AdapterError({ type: 'network', code: 'network.unreachable' });
    case 'timeout':
      return new AdapterError({ type: 'timeout', code: 'timeout' });
    case 'validation':
      return new AdapterError({
        type: 'validation',
        code: 'validation.failed',
        fieldIssues: fieldIssues ?? [{ field: 'address.postcode', code: 'postcode.format' }],
        requestId,
      });
    default:
      return new AdapterError({ type: 'server', code: 'server.error', requestId });
  }
}

/** What a change is compared with. */
function childFacts(child: ChildRecord) {
  return { identity: child.identity, health: child.health?.form };
}

/** The demo provider's answer for a payment: its query parameters on the return URL, "signed". */
export function simulatedAnswer(paymentId: string, status: PaymentReturn['status']): PaymentReturn {
  return { paymentId, status, signature: `memory:${paymentId}:${status}` };
}

/**
 * A refusal thrown by a write whose state is kept, as a server commits before
 * answering it: a payment taken for an article no longer payable stays recorded.
 */
class KeptRefusal extends Error {
  constructor(readonly error: AdapterError) {
    super(error.message);
  }
}

/** A payment that came back paid after its article was released or removed: the service refunds it. */
function notPayable(): AdapterError {
  return new AdapterError({ type: 'conflict', code: 'article.not-payable' });
}

function invalid(fieldIssues: FieldIssue[]): AdapterError {
  return new AdapterError({ type: 'validation', code: 'validation.failed', fieldIssues });
}

/** `input` as `schema` reads it, or a validation error naming each field that does not fit, as the server answers. */
function checked<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  formats?: Readonly<Record<string, FieldIssueCode>>,
): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalid(schemaIssues(parsed.error, formats));
  return parsed.data;
}

function defaultStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason as Error);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** A seeded in-browser backend; see `MemoryAdapterOptions`. */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  return new MemoryAdapter(options);
}
