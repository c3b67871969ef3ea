import {
  AccountStatementSchema,
  DownloadedFileSchema,
  InvoiceDisputeInputSchema,
  InvoiceFilterSchema,
  InvoiceListSchema,
  InvoicePaymentInputSchema,
  InvoicePaymentOutcomeSchema,
  InvoiceSchema,
  StatementQuerySchema,
  TaxCertificateListSchema,
  type InvoiceDisputeInput,
  type InvoiceFilter,
  type InvoicePaymentInput,
  type StatementQuery,
} from '../invoice.js';
import { PaymentReturnSchema, PaymentStartSchema, type PaymentReturn } from '../camp-enrolment.js';
import { RequestReceiptSchema } from '../request.js';
import { read, write } from './operation.js';

const noInvoice = 'No such invoice in this family’s account';

/** Invoices, paying several at once, the statement and tax certificates (`<invoice-list>`). */
export const invoiceOperations = {
  /** The family's invoices (a school year's, or all), newest first, with its balance. */
  getInvoices: read({
    feature: 'invoices',
    path: '/invoices',
    summary:
      'The family’s invoices, newest first (a school year’s, or all), with its balance and what is overdue',
    // Not a default parameter: the REST adapter passes as many arguments as `call.length` counts.
    call: (filter?: InvoiceFilter) => ({ query: filter ?? {} }),
    query: InvoiceFilterSchema,
    answer: InvoiceListSchema,
  }),
  /** One invoice with its lines, payments, PDF and transfer details. */
  getInvoice: read({
    feature: 'invoices',
    path: '/invoices/{id}',
    summary: 'One invoice: its lines, payments, PDF, and how to pay it by transfer',
    call: (invoiceId: string) => ({ params: { id: invoiceId } }),
    answer: InvoiceSchema,
    notFound: noInvoice,
  }),
  /** The invoice's PDF, as the service issued it. */
  getInvoicePdf: read({
    feature: 'invoices',
    path: '/invoices/{id}/pdf',
    summary: 'The invoice’s PDF (application/pdf, with its file name)',
    call: (invoiceId: string) => ({ params: { id: invoiceId } }),
    download: ['application/pdf'],
    answer: DownloadedFileSchema,
    notFound: noInvoice,
  }),
  /**
   * "Payer": the invoices chosen, in one payment; the parent goes to
   * `redirectUrl` and comes back to `returnUrl`. They stay locked while the
   * payment is in flight.
   */
  payInvoices: write({
    feature: 'invoices',
    path: '/invoice-payments',
    summary: 'Pay several invoices at once: where the provider takes the parent, who comes back to returnUrl',
    call: (input: InvoicePaymentInput) => ({ body: input }),
    body: InvoicePaymentInputSchema,
    formats: { returnUrl: 'required' },
    answer: PaymentStartSchema,
    notFound: noInvoice,
    conflicts: {
      'payment.unavailable': 'the commune takes no payment online (no provider configured)',
      'invoice.not-payable': 'an invoice is paid, cancelled, a credit note or transferred to the treasury',
      'invoice.payment-in-flight': 'an invoice is held by another payment in flight',
    },
  }),
  /** Back from the provider: its signed answer checked, the invoices paid once (a replay answers the same). */
  completeInvoicePayment: write({
    feature: 'invoices',
    path: '/invoice-payments/returns',
    summary: 'The provider’s signed answer, from the return URL: the invoices paid, or still to pay',
    call: (answer: PaymentReturn) => ({ body: answer }),
    body: PaymentReturnSchema,
    answer: InvoicePaymentOutcomeSchema,
    notFound: 'No such invoice payment for this family',
    conflicts: { 'payment.unavailable': 'the commune takes no payment online (no provider configured)' },
  }),
  /** "Contester la facture": a request the service answers; reminders pause meanwhile. */
  disputeInvoice: write({
    feature: 'invoices',
    path: '/invoices/{id}/disputes',
    summary: 'Contest an invoice with a reason, a comment and attachments: a request the service answers',
    call: (invoiceId: string, input: InvoiceDisputeInput) => ({ params: { id: invoiceId }, body: input }),
    body: InvoiceDisputeInputSchema,
    answer: RequestReceiptSchema,
    notFound: 'An invoice or an attachment of another family, or none',
    conflicts: {
      'invoice.dispute-pending': 'the invoice is already contested and the service has not answered yet',
      'invoice.not-disputable': 'a cancelled invoice or a credit note',
    },
  }),
  /** "Relevé de compte" of a school year: entries between an opening and a closing balance. */
  getAccountStatement: read({
    feature: 'invoices',
    path: '/account-statement',
    summary: 'The family’s statement of a school year: invoices and payments between two balances',
    call: (query: StatementQuery) => ({ query }),
    query: StatementQuerySchema,
    answer: AccountStatementSchema,
  }),
  /** The childcare tax certificates of the years with care paid. */
  getTaxCertificates: read({
    feature: 'invoices',
    path: '/tax-certificates',
    summary:
      'The family’s childcare tax certificates, by calendar year (Belgium’s 281.86, France’s statement)',
    call: () => ({}),
    answer: TaxCertificateListSchema,
  }),
  /** A certificate's PDF. */
  getTaxCertificatePdf: read({
    feature: 'invoices',
    path: '/tax-certificates/{id}/pdf',
    summary: 'A tax certificate’s PDF (application/pdf, with its file name)',
    call: (certificateId: string) => ({ params: { id: certificateId } }),
    download: ['application/pdf'],
    answer: DownloadedFileSchema,
    notFound: 'No such certificate for this family',
  }),
};
