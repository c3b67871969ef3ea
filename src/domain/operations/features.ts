import type { Feature } from './operation.js';

/**
 * The operations' names by feature, without their schemas: what code that only
 * forwards calls needs (`<family-portal>`'s lazy adapter, an adapter that
 * offers some features only). The table (index.ts) is checked against it.
 */
export const features = {
  family: [
    'getCommune',
    'getFamily',
    'getFamilySummary',
    'registerParent',
    'requestParentChange',
    'getRequest',
  ],
  children: ['getSchools', 'registerChild', 'getChild', 'submitHealthForm', 'requestChildChange'],
  camps: [
    'getCamps',
    'getCampAvailability',
    'enrolInCamp',
    'joinWaitingList',
    'getCampEnrolments',
    'requestCampUnsubscribe',
    'saveEnrolmentDraft',
    'getEnrolmentDrafts',
    'deleteEnrolmentDraft',
  ],
  cart: [
    'previewClosing',
    'closeRequests',
    'getCart',
    'removeCartArticle',
    'startPayment',
    'completePayment',
  ],
  calendar: [
    'getPlanning',
    'changeBookings',
    'previewPeriodBooking',
    'bookPeriod',
    'previewPlanningCopy',
    'copyPlanning',
    'requestAbsence',
    'getCalendarFeed',
    'renewCalendarFeed',
    'revokeCalendarFeed',
  ],
  attachments: ['uploadAttachment'],
  invoices: [
    'getInvoices',
    'getInvoice',
    'getInvoicePdf',
    'payInvoices',
    'completeInvoicePayment',
    'disputeInvoice',
    'getAccountStatement',
    'getTaxCertificates',
    'getTaxCertificatePdf',
  ],
  messages: [
    'getMessageServices',
    'getThreads',
    'getThread',
    'startThread',
    'replyToThread',
    'markThreadRead',
    'getAttachmentFile',
  ],
  documents: ['getDocuments', 'getDocumentFile', 'sendProof'],
} as const satisfies Record<Feature, readonly string[]>;

/** The feature an operation belongs to. */
export function featureOf(name: string): Feature | undefined {
  return (Object.keys(features) as Feature[]).find((feature) =>
    (features[feature] as readonly string[]).includes(name),
  );
}
