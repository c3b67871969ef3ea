import type {
  AbsenceInput,
  InvoiceDisputeInput,
  InvoiceFilter,
  InvoicePaymentInput,
  NewThreadInput,
  ProofInput,
  ReplyInput,
  StatementQuery,
  BookingChangesInput,
  CommuneSettings,
  PeriodBooking,
  PlanningCopy,
  PlanningRange,
} from '../../src/domain/index.js';
import type { OperationName, operations } from '../../src/domain/operations/index.js';
import {
  enrolInCamp,
  getCampAvailability,
  getCampEnrolments,
  joinWaitingList,
  requestCampUnsubscribe,
} from './camps.js';
import { uploadAttachment } from './attachments.js';
import {
  bookPeriod,
  changeBookings,
  copyPlanning,
  getPlanning,
  previewPeriodBooking,
  previewPlanningCopy,
  requestAbsence,
} from './calendar.js';
import { getCalendarFeed, renewCalendarFeed, revokeCalendarFeed, type FeedKeys } from './calendar-feed.js';
import { closeRequests, getCart, previewClosing, removeCartArticle } from './cart.js';
import { deleteEnrolmentDraft, getEnrolmentDrafts, saveEnrolmentDraft } from './drafts.js';
import { completePayment, startPayment } from './payments.js';
import { getCamps } from './places.js';
import type { Db } from './db.js';
import { Problem } from './problem.js';
import type { Upload } from './uploads.js';
import { checkedReturnUrl } from './urls.js';
import { getChild, getSchools, registerChild, requestChildChange, submitHealthForm } from './children.js';
import { getFamily, registerParent, requestParentChange } from './family.js';
import { getFamilySummary } from './family-summary.js';
import { getDocumentFile, getDocuments, sendProof } from './documents.js';
import {
  getAttachmentFile,
  getMessageServices,
  getThread,
  getThreads,
  markThreadRead,
  replyToThread,
  startThread,
} from './messages.js';
import { getRequest, type Family, type ServiceOptions } from './requests.js';
import {
  completeInvoicePayment,
  disputeInvoice,
  getAccountStatement,
  getInvoice,
  getInvoicePdf,
  getInvoices,
  getTaxCertificatePdf,
  getTaxCertificates,
  payInvoices,
} from './invoices.js';

/** What a handler of a public operation gets. */
export interface PublicContext {
  commune: CommuneSettings;
}

/** What a handler gets: the database (a transaction for writes), the session's family, the request's parts. */
export interface HandlerContext extends PublicContext {
  db: Db;
  family: Family;
  /** The path's parameters, by the names of the operation's path. */
  params: Record<string, string>;
  /** The query, checked against the operation's `query` schema (`{}` without one). */
  query: unknown;
  /** The body, checked against the operation's schema (or as sent, for operations the domain checks). */
  body: unknown;
  service: ServiceOptions;
  /** The payment provider: its page for a payment, and the key its answers are signed with; none offered. */
  payments: Payments | undefined;
  /** The origins a payment may return to, the public one first. */
  returnOrigins: string[];
  /** The calendar feed's secret and public URL. */
  feeds: FeedKeys;
}

/** Where a payment goes (the commune's provider, or the demo's simulated one) and how its answer is checked. */
export interface Payments {
  url: (paymentId: string) => string;
  secret: string;
}

/** One function per operation of the table (src/domain/operations): the server routes each to its own. */
export type Handlers = {
  [Name in OperationName]: (typeof operations)[Name] extends { public: true }
    ? (context: PublicContext) => unknown
    : (context: HandlerContext) => unknown;
};

export const handlers: Handlers = {
  getCommune: ({ commune }) => commune,
  getFamily: ({ db, family, service }) => getFamily(db, family, service),
  getFamilySummary: ({ db, family, service }) => getFamilySummary(db, family, service),
  registerParent: ({ db, family, body, service }) => registerParent(db, family, body, service),
  requestParentChange: ({ db, family, body, service }) => requestParentChange(db, family, body, service),
  getRequest: ({ db, family, params }) => getRequest(db, family, params.id!),

  getSchools: ({ db }) => getSchools(db),
  registerChild: ({ db, family, body, service }) => registerChild(db, family, body, service),
  getChild: ({ db, family, params, service }) => getChild(db, family, params.id!, service),
  submitHealthForm: ({ db, family, params, body, service }) =>
    submitHealthForm(db, family, params.id!, body, service),
  requestChildChange: ({ db, family, params, body, service }) =>
    requestChildChange(db, family, params.id!, body, service),

  getCamps: ({ db }) => getCamps(db),
  getCampAvailability: ({ db, family, params, service }) =>
    getCampAvailability(db, family, params.campId!, params.childId!, service),
  enrolInCamp: ({ db, family, body, service }) => enrolInCamp(db, family, body, service),
  joinWaitingList: ({ db, family, params, body, service }) =>
    joinWaitingList(db, family, params.id!, body, service),
  getCampEnrolments: ({ db, family }) => getCampEnrolments(db, family),
  requestCampUnsubscribe: ({ db, family, params, body, service }) =>
    requestCampUnsubscribe(db, family, params.id!, body, service),
  saveEnrolmentDraft: ({ db, family, body, service }) => saveEnrolmentDraft(db, family, body, service),
  getEnrolmentDrafts: ({ db, family }) => getEnrolmentDrafts(db, family),
  deleteEnrolmentDraft: ({ db, family, params }) => deleteEnrolmentDraft(db, family, params.code!),

  previewClosing: ({ db, family, service }) => previewClosing(db, family, service),
  closeRequests: ({ db, family, service }) => closeRequests(db, family, service),
  getCart: ({ db, family }) => getCart(db, family),
  removeCartArticle: ({ db, family, params, service }) => removeCartArticle(db, family, params.id!, service),
  // Only back to the allowed origins (urls.ts); a commune without a provider takes no payment online.
  startPayment: ({ db, family, params, body, service, returnOrigins, payments }) =>
    startPayment(db, family, params.id!, checkedReturnUrl(body, returnOrigins), {
      ...service,
      providerUrl: offered(payments).url,
    }),
  completePayment: ({ db, family, body, service, payments }) =>
    completePayment(db, family, body, { ...service, secret: offered(payments).secret }),

  // Queries and bodies were checked against the operation's schemas on the way in (app.ts).
  getPlanning: ({ db, family, query, service }) => getPlanning(db, family, query as PlanningRange, service),
  changeBookings: ({ db, family, body, service }) =>
    changeBookings(db, family, body as BookingChangesInput, service),
  previewPeriodBooking: ({ db, family, body, service }) =>
    previewPeriodBooking(db, family, body as PeriodBooking, service),
  bookPeriod: ({ db, family, body, service }) => bookPeriod(db, family, body as PeriodBooking, service),
  previewPlanningCopy: ({ db, family, body, service }) =>
    previewPlanningCopy(db, family, body as PlanningCopy, service),
  copyPlanning: ({ db, family, body, service }) => copyPlanning(db, family, body as PlanningCopy, service),
  requestAbsence: ({ db, family, body, service }) =>
    requestAbsence(db, family, body as AbsenceInput, service),
  getCalendarFeed: ({ db, family, feeds }) => getCalendarFeed(db, family, feeds),
  renewCalendarFeed: ({ db, family, feeds, service }) => renewCalendarFeed(db, family, feeds, service),
  revokeCalendarFeed: ({ db, family }) => revokeCalendarFeed(db, family),

  // The file was read and checked on the way in (uploads.ts): the body is the checked upload.
  uploadAttachment: ({ db, family, body, service }) => uploadAttachment(db, family, body as Upload, service),

  // Invoices (invoices.ts): online payment is offered when a provider is (the commune's, or the demo's).
  getInvoices: ({ db, family, query, service, payments }) =>
    getInvoices(db, family, query as InvoiceFilter, service, payments !== undefined),
  getInvoice: ({ db, family, params, service, payments }) =>
    getInvoice(db, family, params.id!, service, payments !== undefined),
  getInvoicePdf: ({ db, family, params }) => getInvoicePdf(db, family, params.id!),
  payInvoices: ({ db, family, body, service, returnOrigins, payments }) =>
    payInvoices(db, family, checkedReturnUrl(body as InvoicePaymentInput, returnOrigins), {
      ...service,
      providerUrl: payments?.url,
    }),
  completeInvoicePayment: ({ db, family, body, service, payments }) =>
    completeInvoicePayment(db, family, body, { ...service, secret: offered(payments).secret }),
  disputeInvoice: ({ db, family, params, body, service }) =>
    disputeInvoice(db, family, params.id!, body as InvoiceDisputeInput, service),
  getAccountStatement: ({ db, family, query, service }) =>
    getAccountStatement(db, family, query as StatementQuery, service),
  getTaxCertificates: ({ db, family, service }) => getTaxCertificates(db, family, service),
  getTaxCertificatePdf: ({ db, family, params, service }) =>
    getTaxCertificatePdf(db, family, params.id!, service),

  // Messages with the services (messages.ts) and documents (documents.ts); bodies checked on the way in.
  getMessageServices: ({ db }) => getMessageServices(db),
  getThreads: ({ db, family }) => getThreads(db, family),
  getThread: ({ db, family, params }) => getThread(db, family, params.id!),
  startThread: ({ db, family, body, service }) => startThread(db, family, body as NewThreadInput, service),
  replyToThread: ({ db, family, params, body, service }) =>
    replyToThread(db, family, params.id!, body as ReplyInput, service),
  markThreadRead: ({ db, family, params, service }) => markThreadRead(db, family, params.id!, service),
  getAttachmentFile: ({ db, family, params }) => getAttachmentFile(db, family, params.id!),
  getDocuments: ({ db, family }) => getDocuments(db, family),
  getDocumentFile: ({ db, family, params }) => getDocumentFile(db, family, params.id!),
  sendProof: ({ db, family, body, service }) => sendProof(db, family, body as ProofInput, service),
};

function offered(payments: Payments | undefined): Payments {
  if (!payments) throw new Problem(409, 'conflict', 'payment.unavailable');
  return payments;
}
