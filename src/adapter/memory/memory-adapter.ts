import * as z from 'zod/mini';
import {
  AttachmentSchema,
  CampAvailabilitySchema,
  CampEnrolmentInputSchema,
  CampEnrolmentSchema,
  CampEnrolmentSummarySchema,
  CampSchema,
  CampUnsubscribeInputSchema,
  CampWaitingSchema,
  CartSchema,
  ChildRecordSchema,
  ChildRegistrationSchema,
  childSummary,
  ClosingPreviewSchema,
  CommuneSettingsSchema,
  EnrolmentDraftInputSchema,
  EnrolmentDraftSchema,
  FamilySnapshotSchema,
  FamilySummarySchema,
  PaymentOutcomeSchema,
  PaymentReturnSchema,
  PaymentStartInputSchema,
  PaymentStartSchema,
  RequestReceiptSchema,
  SchoolSiteSchema,
  type Attachment,
  type CalendarFeed,
  type Camp,
  type CampAvailability,
  type CampEnrolment,
  type CampEnrolmentInput,
  type CampEnrolmentSummary,
  type CampUnsubscribeInput,
  type CampWaiting,
  type Cart,
  type ChildChangeInput,
  type ChildIdentity,
  type ChildRecord,
  type ChildRegistration,
  type ClosingPreview,
  type CommuneSettings,
  type EnrolmentDraft,
  type EnrolmentDraftInput,
  type FamilySnapshot,
  type FamilySummary,
  type HealthForm,
  type ParentChangeInput,
  type PaymentOutcome,
  type PaymentReturn,
  type PaymentStart,
  type ItemDecision,
  type RequestReceipt,
  type SchoolSite,
} from '../../domain/index.js';
import {
  BookingPreviewSchema,
  BookingResultSchema,
  PlanningSchema,
  type AbsenceInput,
  type BookingChangesInput,
  type BookingPreview,
  type BookingResult,
  type PeriodBooking,
  type Planning,
  type PlanningCopy,
  type PlanningRange,
} from '../../domain/calendar.js';
import {
  AccountStatementSchema,
  DownloadedFileSchema,
  InvoiceListSchema,
  InvoicePaymentOutcomeSchema,
  InvoiceSchema,
  InvoiceSummarySchema,
  TaxCertificateListSchema,
  type AccountStatement,
  type DownloadedFile,
  type Invoice,
  type InvoiceDisputeInput,
  type InvoiceFilter,
  type InvoiceList,
  type InvoicePaymentInput,
  type InvoicePaymentOutcome,
  type InvoiceSummary,
  type StatementQuery,
  type TaxCertificateList,
} from '../../domain/invoice.js';
import {
  DocumentListSchema,
  FamilyDocumentSchema,
  type DocumentList,
  type FamilyDocument,
  type ProofInput,
} from '../../domain/document.js';
import {
  MessageServiceSchema,
  ThreadListSchema,
  ThreadSchema,
  ThreadSummarySchema,
  type MessageService,
  type NewThreadInput,
  type ReplyInput,
  type Thread,
  type ThreadList,
  type ThreadSummary,
} from '../../domain/message.js';
import type { ParentRegistration } from '../../domain/operations/index.js';
import type { FamilyPortalAdapter, ReadOptions, WriteOptions } from '../adapter.js';
import * as backOffice from './back-office-desk.js';
import type * as CalendarDesk from './calendar-desk.js';
import type * as InvoicesDesk from './invoices-desk.js';
import type * as MessagesDesk from './messages-desk.js';
import type * as DocumentsDesk from './documents-desk.js';
import * as camps from './enrolments-desk.js';
import * as cart from './cart-desk.js';
import * as children from './children-desk.js';
import * as family from './family-desk.js';
import * as files from './files-desk.js';
import { checked, childOf, findRequest, withStatus, type CampsLoaded } from './memory-state.js';
import type { MemoryAdapterOptions } from './memory-options.js';
import type { MemoryFamily } from './seed.js';
import { communes, schools } from '../../demo-data/index.js';
import { MemoryBackend } from './memory-backend.js';

export type { MemoryFamily, MemoryProfile } from './seed.js';
export { simulatedAnswer } from './cart-desk.js';
export type { MemoryAdapterOptions, MemoryFailure, MemoryFailureKind } from './memory-options.js';

/** The demo's calendar and its desk, loaded together on first use. */
interface LoadedCalendar {
  loaded: CalendarDesk.CalendarLoaded;
  desk: typeof CalendarDesk;
}

/** The invoices' desk, with what it works on for the adapter's family. */
interface LoadedInvoices {
  desk: typeof InvoicesDesk;
  context: InvoicesDesk.InvoicesContext;
}

/** The messages' desk, with what it works on for the adapter's family. */
interface LoadedMessages {
  desk: typeof MessagesDesk;
  context: MessagesDesk.MessagesContext;
}

/** The documents' desk, with what it works on for the adapter's family. */
interface LoadedDocuments {
  desk: typeof DocumentsDesk;
  context: DocumentsDesk.DocumentsContext;
}

/** One of the calendar desk's operations, picked once the desk is loaded. */
type ActOf<T> = (desk: typeof CalendarDesk) => CalendarDesk.CalendarAct<T>;

/**
 * A complete backend in the browser, seeded with demo families of a Belgian
 * and a French commune: the same rules and answers as the reference server
 * (validation, conflicts, idempotency), with latency and failures on demand.
 * Stories, tests and the offline demo run on it. Its state, storage,
 * idempotency and injected failures are MemoryBackend's (memory-backend.ts);
 * the decisions are the domain's (see `src/domain/decisions`), worked by its
 * desks (family, children, camps, cart, files, calendar, invoices, messages,
 * documents).
 */
export class MemoryAdapter extends MemoryBackend implements FamilyPortalAdapter {
  private campsSeeded: Promise<CampsLoaded> | undefined;
  private calendarSeeded: Promise<LoadedCalendar> | undefined;
  private invoicesSeeded: Promise<LoadedInvoices> | undefined;
  private messagesSeeded: Promise<LoadedMessages> | undefined;
  private documentsSeeded: Promise<LoadedDocuments> | undefined;
  /**
   * The content of the files the family sent, by attachment id. The small
   * ones are kept in the storage too (see `keepFile`); a larger one sent
   * before a reload can no longer be downloaded (not found), its description stays.
   */
  private readonly files = new Map<string, Blob>();

  // ——— the adapter contract ———

  async getCommune(options: ReadOptions = {}): Promise<CommuneSettings> {
    await this.answer('read', options.signal);
    return CommuneSettingsSchema.parse(structuredClone(communes[this.profile]));
  }

  async getFamily(options: ReadOptions = {}): Promise<FamilySnapshot> {
    await this.calendarRequests();
    await this.answer('read', options.signal);
    const kids = this.state.children.map((child) => childSummary(withStatus(this.desk, child)));
    return FamilySnapshotSchema.parse(structuredClone({ ...this.state.family, children: kids }));
  }

  async getSchools(options: ReadOptions = {}): Promise<SchoolSite[]> {
    await this.answer('read', options.signal);
    return z.array(SchoolSiteSchema).parse(structuredClone(schools[this.profile]));
  }

  async getChild(childId: string, options: ReadOptions = {}): Promise<ChildRecord> {
    await this.answer('read', options.signal);
    return ChildRecordSchema.parse(structuredClone(withStatus(this.desk, childOf(this.desk, childId))));
  }

  async registerChild(input: ChildIdentity, options: WriteOptions): Promise<ChildRegistration> {
    return this.write(
      input,
      options,
      () => children.registerChild(this.desk, input),
      ChildRegistrationSchema,
    );
  }

  async getRequest(requestId: string, options: ReadOptions = {}): Promise<RequestReceipt> {
    await this.calendarRequests();
    await this.answer('read', options.signal);
    return RequestReceiptSchema.parse(structuredClone(findRequest(this.desk, requestId)));
  }

  async registerParent(input: ParentRegistration, options: WriteOptions): Promise<RequestReceipt> {
    return this.write(input, options, () => family.registerParent(this.desk, input), RequestReceiptSchema);
  }

  async requestParentChange(input: ParentChangeInput, options: WriteOptions): Promise<RequestReceipt> {
    return this.write(
      input,
      options,
      () => family.requestParentChange(this.desk, input),
      RequestReceiptSchema,
    );
  }

  async submitHealthForm(childId: string, form: HealthForm, options: WriteOptions): Promise<RequestReceipt> {
    return this.write(
      { childId, form },
      options,
      () => children.submitHealthForm(this.desk, childId, form),
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
      () => children.requestChildChange(this.desk, childId, input),
      RequestReceiptSchema,
    );
  }

  async getPlanning(range: PlanningRange, options: ReadOptions = {}): Promise<Planning> {
    const planning = await this.calendarRead(range, options, (desk) => desk.planning, PlanningSchema);
    this.save(); // a first use seeds the calendar
    return planning;
  }

  async changeBookings(input: BookingChangesInput, options: WriteOptions): Promise<BookingResult> {
    return this.calendarWrite(input, options, (desk) => desk.changeBookings, BookingResultSchema);
  }

  async previewPeriodBooking(booking: PeriodBooking, options: ReadOptions = {}): Promise<BookingPreview> {
    return this.calendarRead(booking, options, (desk) => desk.previewPeriodBooking, BookingPreviewSchema);
  }

  async bookPeriod(booking: PeriodBooking, options: WriteOptions): Promise<BookingResult> {
    return this.calendarWrite(booking, options, (desk) => desk.bookPeriod, BookingResultSchema);
  }

  async previewPlanningCopy(copy: PlanningCopy, options: ReadOptions = {}): Promise<BookingPreview> {
    return this.calendarRead(copy, options, (desk) => desk.previewPlanningCopy, BookingPreviewSchema);
  }

  async copyPlanning(copy: PlanningCopy, options: WriteOptions): Promise<BookingResult> {
    return this.calendarWrite(copy, options, (desk) => desk.copyPlanning, BookingResultSchema);
  }

  async requestAbsence(input: AbsenceInput, options: WriteOptions): Promise<RequestReceipt> {
    return this.calendarWrite(input, options, (desk) => desk.requestAbsence, RequestReceiptSchema);
  }

  async getCamps(options: ReadOptions = {}): Promise<Camp[]> {
    const loaded = await this.camps();
    await this.answer('read', options.signal);
    return z.array(CampSchema).parse(structuredClone(loaded.camps));
  }

  async getCampAvailability(
    campId: string,
    childId: string,
    options: ReadOptions = {},
  ): Promise<CampAvailability> {
    const loaded = await this.camps();
    await this.answer('read', options.signal);
    return CampAvailabilitySchema.parse(camps.campAvailability(this.desk, loaded, campId, childId));
  }

  async enrolInCamp(input: CampEnrolmentInput, options: WriteOptions): Promise<CampEnrolment> {
    const loaded = await this.camps();
    return this.write(
      input,
      options,
      () => camps.enrolInCamp(this.desk, loaded, checked(CampEnrolmentInputSchema, input)),
      CampEnrolmentSchema,
    );
  }

  async joinWaitingList(requestId: string, weekId: string, options: WriteOptions): Promise<CampWaiting> {
    const loaded = await this.camps();
    return this.write(
      { requestId, weekId },
      options,
      () => camps.joinWaitingList(this.desk, loaded, requestId, weekId),
      CampWaitingSchema,
    );
  }

  async getCampEnrolments(options: ReadOptions = {}): Promise<CampEnrolmentSummary[]> {
    const loaded = await this.camps();
    await this.answer('read', options.signal);
    cart.releaseExpired(this.desk, loaded);
    this.save();
    const summaries = camps.enrolmentSummaries(this.desk, loaded.camps);
    return z.array(CampEnrolmentSummarySchema).parse(structuredClone(summaries));
  }

  async requestCampUnsubscribe(input: CampUnsubscribeInput, options: WriteOptions): Promise<RequestReceipt> {
    const loaded = await this.camps();
    return this.write(
      input,
      options,
      () => camps.requestCampUnsubscribe(this.desk, loaded.camps, checked(CampUnsubscribeInputSchema, input)),
      RequestReceiptSchema,
    );
  }

  async previewClosing(options: ReadOptions = {}): Promise<ClosingPreview> {
    const loaded = await this.camps();
    await this.answer('read', options.signal);
    return ClosingPreviewSchema.parse(cart.closing(this.desk, loaded.camps));
  }

  async closeRequests(options: WriteOptions): Promise<Cart> {
    const loaded = await this.camps();
    return this.write(
      { close: true },
      options,
      () => cart.closeRequests(this.desk, loaded.camps),
      CartSchema,
    );
  }

  async saveEnrolmentDraft(input: EnrolmentDraftInput, options: WriteOptions): Promise<EnrolmentDraft> {
    return this.write(
      input,
      options,
      () => cart.saveEnrolmentDraft(this.desk, checked(EnrolmentDraftInputSchema, input)),
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
      () => cart.deleteEnrolmentDraft(this.desk, trackingCode),
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
        return cart.startPayment(this.desk, articleId, returnUrl);
      },
      PaymentStartSchema,
    );
  }

  async completePayment(answer: PaymentReturn, options: WriteOptions): Promise<PaymentOutcome> {
    return this.write(
      answer,
      options,
      () => cart.completePayment(this.desk, checked(PaymentReturnSchema, answer)),
      PaymentOutcomeSchema,
    );
  }

  async getCart(options: ReadOptions = {}): Promise<Cart> {
    const loaded = await this.camps();
    await this.answer('read', options.signal);
    cart.releaseExpired(this.desk, loaded);
    this.save();
    return CartSchema.parse(structuredClone(cart.cartNow(this.desk)));
  }

  async removeCartArticle(articleId: string, options: WriteOptions): Promise<Cart> {
    const loaded = await this.camps();
    return this.write(
      { articleId },
      options,
      () => cart.removeCartArticle(this.desk, loaded, articleId),
      CartSchema,
    );
  }

  /** One PDF, JPEG or PNG of at most 10 MB, checked as the server checks it (files-desk.ts). */
  async uploadAttachment(file: Blob & { readonly name: string }, options: WriteOptions): Promise<Attachment> {
    const read = await files.readFile(file);
    const print = { ...read, head: Array.from(read.head) };
    const bytes = file.size <= storedFileBytes ? new Uint8Array(await file.arrayBuffer()) : undefined;
    return this.write(
      print,
      options,
      () => {
        const attachment = files.uploadAttachment(this.desk, read);
        this.keepFile(attachment.id, file.slice(0, file.size, attachment.mediaType), bytes);
        return attachment;
      },
      AttachmentSchema,
    );
  }

  /** The demo has no feed: a backend in the page has no URL a calendar application could fetch. */
  async getCalendarFeed(options: ReadOptions = {}): Promise<{ feed: CalendarFeed | null }> {
    await this.answer('read', options.signal);
    return { feed: null };
  }

  async renewCalendarFeed(options: WriteOptions): Promise<CalendarFeed> {
    await this.answer('write', options.signal);
    return files.renewCalendarFeed();
  }

  async revokeCalendarFeed(options: WriteOptions): Promise<{ feed: null }> {
    await this.answer('write', options.signal);
    return { feed: null };
  }

  async getInvoices(filter: InvoiceFilter = {}, options: ReadOptions = {}): Promise<InvoiceList> {
    const { desk, context } = await this.invoices();
    await this.answer('read', options.signal);
    const list = desk.invoiceList(context, filter);
    this.save(); // a first use seeds the invoices
    return InvoiceListSchema.parse(structuredClone(list));
  }

  async getInvoice(invoiceId: string, options: ReadOptions = {}): Promise<Invoice> {
    const { desk, context } = await this.invoices();
    await this.answer('read', options.signal);
    return InvoiceSchema.parse(structuredClone(await desk.invoice(context, invoiceId)));
  }

  /** The invoice's PDF, written in the page (pdf-writer.ts, loaded on first use). */
  async getInvoicePdf(invoiceId: string, options: ReadOptions = {}): Promise<DownloadedFile> {
    const { desk, context } = await this.invoices();
    await this.answer('read', options.signal);
    return DownloadedFileSchema.parse(await desk.invoiceFile(context, invoiceId));
  }

  /**
   * The demo's provider pays at once: `redirectUrl` is `returnUrl` with a
   * paid answer (see `simulatedAnswer` to answer otherwise in tests).
   */
  async payInvoices(input: InvoicePaymentInput, options: WriteOptions): Promise<PaymentStart> {
    const { desk, context } = await this.invoices();
    return this.write(input, options, () => desk.payInvoices(context, input), PaymentStartSchema);
  }

  async completeInvoicePayment(answer: PaymentReturn, options: WriteOptions): Promise<InvoicePaymentOutcome> {
    const { desk, context } = await this.invoices();
    return this.write(
      answer,
      options,
      () => desk.completeInvoicePayment(context, answer),
      InvoicePaymentOutcomeSchema,
    );
  }

  async disputeInvoice(
    invoiceId: string,
    input: InvoiceDisputeInput,
    options: WriteOptions,
  ): Promise<RequestReceipt> {
    const { desk, context } = await this.invoices();
    return this.write(
      { invoiceId, input },
      options,
      () => desk.disputeInvoice(context, invoiceId, input),
      RequestReceiptSchema,
    );
  }

  async getAccountStatement(query: StatementQuery, options: ReadOptions = {}): Promise<AccountStatement> {
    const { desk, context } = await this.invoices();
    await this.answer('read', options.signal);
    return AccountStatementSchema.parse(structuredClone(desk.statement(context, query)));
  }

  async getTaxCertificates(options: ReadOptions = {}): Promise<TaxCertificateList> {
    const { desk, context } = await this.invoices();
    await this.answer('read', options.signal);
    return TaxCertificateListSchema.parse(structuredClone(await desk.certificates(context)));
  }

  async getTaxCertificatePdf(certificateId: string, options: ReadOptions = {}): Promise<DownloadedFile> {
    const { desk, context } = await this.invoices();
    await this.answer('read', options.signal);
    return DownloadedFileSchema.parse(await desk.certificateFile(context, certificateId));
  }

  /**
   * The family at a glance: what it owes as the invoice list computes it,
   * the messages it has not read, its requests with the service, its documents.
   */
  async getFamilySummary(options: ReadOptions = {}): Promise<FamilySummary> {
    await this.calendarRequests();
    const [invoices, messages, documents] = await Promise.all([
      this.invoices(),
      this.messages(),
      this.documents(),
    ]);
    await this.answer('read', options.signal);
    const list = invoices.desk.invoiceList(invoices.context, {});
    const { family } = this.state;
    const summary: FamilySummary = {
      familyNumber: family.parent ? familyNumbers[this.familyName] : null,
      balanceCents: list.balanceCents,
      unpaidInvoices: list.invoices.filter(
        (one) => !one.creditNote && (one.state === 'unpaid' || one.state === 'partly-paid'),
      ).length,
      currency: 'EUR',
      unreadMessages: messages.desk.unreadCount(messages.context),
      pendingRequests: family.requests.filter((request) => request.status === 'pending').length,
      documents: documents.desk.documentCount(documents.context),
    };
    this.save(); // a first use seeds the invoices and the threads
    return FamilySummarySchema.parse(summary);
  }

  async getMessageServices(options: ReadOptions = {}): Promise<{ services: MessageService[] }> {
    const { desk, context } = await this.messages();
    await this.answer('read', options.signal);
    const services = structuredClone(desk.services(context));
    return z.object({ services: z.array(MessageServiceSchema) }).parse({ services });
  }

  async getThreads(options: ReadOptions = {}): Promise<ThreadList> {
    const { desk, context } = await this.messages();
    await this.answer('read', options.signal);
    const list = desk.threadList(context);
    this.save(); // a first use seeds the threads
    return ThreadListSchema.parse(structuredClone(list));
  }

  async getThread(threadId: string, options: ReadOptions = {}): Promise<Thread> {
    const { desk, context } = await this.messages();
    await this.answer('read', options.signal);
    return ThreadSchema.parse(structuredClone(desk.thread(context, threadId)));
  }

  async startThread(input: NewThreadInput, options: WriteOptions): Promise<Thread> {
    const { desk, context } = await this.messages();
    return this.write(input, options, () => desk.startThread(context, input), ThreadSchema);
  }

  async replyToThread(threadId: string, input: ReplyInput, options: WriteOptions): Promise<Thread> {
    const { desk, context } = await this.messages();
    return this.write(
      { threadId, input },
      options,
      () => desk.replyToThread(context, threadId, input),
      ThreadSchema,
    );
  }

  async markThreadRead(threadId: string, options: WriteOptions): Promise<ThreadSummary> {
    const { desk, context } = await this.messages();
    return this.write(
      { threadId, read: true },
      options,
      () => desk.markThreadRead(context, threadId),
      ThreadSummarySchema,
    );
  }

  async getAttachmentFile(attachmentId: string, options: ReadOptions = {}): Promise<DownloadedFile> {
    const { desk, context } = await this.messages();
    await this.answer('read', options.signal);
    return DownloadedFileSchema.parse(desk.attachmentFile(context, attachmentId));
  }

  async getDocuments(options: ReadOptions = {}): Promise<DocumentList> {
    const { desk, context } = await this.documents();
    await this.answer('read', options.signal);
    return DocumentListSchema.parse(structuredClone(desk.documentList(context)));
  }

  async getDocumentFile(documentId: string, options: ReadOptions = {}): Promise<DownloadedFile> {
    const { desk, context } = await this.documents();
    await this.answer('read', options.signal);
    return DownloadedFileSchema.parse(desk.documentFile(context, documentId));
  }

  async sendProof(input: ProofInput, options: WriteOptions): Promise<FamilyDocument> {
    const { desk, context } = await this.documents();
    return this.write(input, options, () => desk.sendProof(context, input), FamilyDocumentSchema);
  }

  // ——— demo and test controls (failNext and reset: MemoryBackend) ———

  /** Back to the seeded demo data, without the files sent. */
  override reset(): void {
    for (const { id } of this.state.attachments ?? []) this.forgetFile(id);
    super.reset();
    this.files.clear();
  }

  /**
   * The service's answer in a thread of the family, from its back office:
   * `body` (plain text), signed `author` (the service's name by default); the
   * family sees it unread. Another family's thread is not found.
   */
  async answerThread(threadId: string, body: string, author?: string): Promise<Thread> {
    const { desk, context } = await this.messages();
    const before = structuredClone(this.state);
    try {
      const thread = desk.answerThread(context, threadId, body, author);
      this.save();
      return ThreadSchema.parse(structuredClone(thread));
    } catch (error) {
      this.state = before;
      throw error;
    }
  }

  /**
   * The back office's monthly billing run (`YYYY-MM`) for the family: its
   * bookings of the month and its camps paid, each billed once (run twice,
   * it bills nothing new). Answers the invoices issued.
   */
  async billMonth(month: string): Promise<InvoiceSummary[]> {
    const { desk, context } = await this.invoices();
    const issued = desk.billMonth(context, month);
    this.save();
    return z.array(InvoiceSummarySchema).parse(structuredClone(issued));
  }

  /**
   * The service's decision on a pending request (seed 004: it accepts or
   * refuses a change; seed 001: an unsubscribe, whose places are then given
   * back; a calendar request, for all its days or day by day: `items`; an
   * invoice dispute, accepted with a credit note).
   */
  async decide(
    requestId: string,
    decision: 'accepted' | 'refused',
    reason?: string,
    items?: ItemDecision[],
  ): Promise<RequestReceipt> {
    const { loaded, desk } = await this.calendar();
    const kind = this.desk.state.family.requests.find((one) => one.id === requestId)?.kind;
    const invoices = kind === 'invoice-dispute' ? await this.invoices() : undefined;
    const request = invoices
      ? invoices.desk.decideDispute(invoices.context, requestId, decision, reason)
      : desk.isCalendarRequestOf(this.desk, loaded, this.familyName, requestId)
        ? desk.decideRequest(this.desk, loaded, this.familyName, requestId, decision, reason, items)
        : backOffice.decide(this.desk, await this.camps(), requestId, decision, reason);
    this.save();
    return RequestReceiptSchema.parse(structuredClone(request));
  }

  // ——— internals ———

  /**
   * The demo's camps, dated from the adapter's clock (see camps.ts), and their
   * seed: loaded on first use, so that demos without camps do not download them.
   */
  private async camps(): Promise<CampsLoaded> {
    this.campsSeeded ??= import('../../demo-data/camps.js').then((seed) => ({
      camps: this.options.camps
        ? z.array(CampSchema).parse(structuredClone(this.options.camps))
        : seed.seedCamps(this.profile, new Date(this.now())),
      seed,
    }));
    return this.campsSeeded;
  }

  /**
   * The demo's commune calendar (activities, school calendars, enrolments),
   * dated from the adapter's clock, and the desk that decides on it with
   * the domain's calendar rules: loaded on first use, as the camps are, so
   * that demos without a calendar download neither.
   */
  private async calendar(): Promise<LoadedCalendar> {
    this.calendarSeeded ??= Promise.all([
      import('../../demo-data/calendar.js'),
      import('./calendar-desk.js'),
    ]).then(([seed, desk]) => ({
      loaded: { demo: seed.demoCalendar(this.profile, new Date(this.now())), seed },
      desk,
    }));
    return this.calendarSeeded;
  }

  /**
   * The invoices' desk and the demo's billing history, loaded on first use
   * (with the calendar, which the billing run bills), as the camps are.
   */
  private async invoices(): Promise<LoadedInvoices> {
    this.invoicesSeeded ??= Promise.all([
      this.calendar(),
      import('./invoices-desk.js'),
      import('../../demo-data/billing.js'),
    ]).then(([calendar, desk, seed]) => ({
      desk,
      context: {
        desk: this.desk,
        loaded: { seed },
        family: this.familyName,
        calendar: () => calendar.desk.stateOf(this.desk, calendar.loaded, this.familyName),
      },
    }));
    return this.invoicesSeeded;
  }

  /** The messages' desk and the demo's services and threads, loaded on first use. */
  private async messages(): Promise<LoadedMessages> {
    this.messagesSeeded ??= Promise.all([
      import('./messages-desk.js'),
      import('../../demo-data/messages.js'),
    ]).then(([desk, seed]) => ({
      desk,
      context: { desk: this.desk, loaded: { seed }, family: this.familyName, file: this.fileContent },
    }));
    return this.messagesSeeded;
  }

  /** The documents' desk and the commune's documents (dated from the adapter's clock, their PDFs written), on first use. */
  private async documents(): Promise<LoadedDocuments> {
    this.documentsSeeded ??= Promise.all([
      import('./documents-desk.js'),
      import('../../demo-data/messages.js'),
    ]).then(async ([desk, seed]) => ({
      desk,
      context: {
        desk: this.desk,
        loaded: await desk.publish(seed.demoDocuments(this.profile, new Date(this.now()))),
        family: this.familyName,
        file: this.fileContent,
      },
    }));
    return this.documentsSeeded;
  }

  /**
   * Keeps a file's content: in the page, and in the storage when it is small
   * and the storage has room (within `storedFilesChars` for all of them, so
   * that the state itself can always be saved), to download it after a reload.
   */
  private keepFile(id: string, blob: Blob, bytes: Uint8Array | undefined): void {
    this.files.set(id, blob);
    this.forgetFile(id); // a file of a state lost before may have had the same id
    if (!bytes || !this.storage) return;
    const text = toBase64(bytes);
    const used = (this.state.attachments ?? []).reduce(
      (total, { id: other }) => total + (this.storedFile(other)?.length ?? 0),
      0,
    );
    if (used + text.length > storedFilesChars) return;
    try {
      this.storage.setItem(this.fileKey(id), text);
    } catch {
      // Quota or privacy mode: the file stays in the page only.
    }
  }

  /** A file's content, from the page or the storage; none once lost (see `files`). */
  private readonly fileContent = (id: string): Blob | undefined => {
    const kept = this.files.get(id);
    if (kept) return kept;
    const text = this.storedFile(id);
    if (text === undefined) return undefined;
    const blob = new Blob([fromBase64(text)]);
    this.files.set(id, blob);
    return blob;
  };

  private fileKey(id: string): string {
    return `${this.storageKey}:file:${id}`;
  }

  private storedFile(id: string): string | undefined {
    try {
      return this.storage?.getItem(this.fileKey(id)) ?? undefined;
    } catch {
      return undefined;
    }
  }

  private forgetFile(id: string): void {
    try {
      this.storage?.removeItem(this.fileKey(id));
    } catch {
      // Storage unavailable: nothing was kept there.
    }
  }

  /** The requests that made the demo's calendar bookings, among the family's (the calendar seeded if it was not). */
  private async calendarRequests(): Promise<void> {
    if (this.desk.state.calendar) return;
    const { loaded, desk } = await this.calendar();
    desk.stored(this.desk, loaded, this.familyName);
    this.save();
  }

  /** A calendar read or preview: the desk's answer, as the schema reads it. */
  private async calendarRead<T>(
    input: unknown,
    { signal }: ReadOptions,
    act: ActOf<T>,
    schema: z.ZodMiniType<T>,
  ): Promise<T> {
    const { loaded, desk } = await this.calendar();
    await this.answer('read', signal);
    return schema.parse(structuredClone(act(desk)(this.desk, loaded, this.familyName, input)));
  }

  private async calendarWrite<T>(
    input: unknown,
    options: WriteOptions,
    act: ActOf<T>,
    schema: z.ZodMiniType<T>,
  ): Promise<T> {
    const { loaded, desk } = await this.calendar();
    return this.write(input, options, () => act(desk)(this.desk, loaded, this.familyName, input), schema);
  }
}

/** The files small enough to be kept in the storage too, and the room they may take there (base64 characters). */
const storedFileBytes = 256 * 1024;
const storedFilesChars = 1024 * 1024;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let at = 0; at < binary.length; at += 1) bytes[at] = binary.charCodeAt(at);
  return bytes;
}

/** The number the demo's service knows each registered family by ("N° de famille"). */
const familyNumbers: Record<MemoryFamily, string> = {
  new: '2025-0417',
  known: '2025-0103',
  separated: '2025-0104',
  empty: '2025-0105',
};

/** A seeded in-browser backend; see `MemoryAdapterOptions`. */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  return new MemoryAdapter(options);
}
