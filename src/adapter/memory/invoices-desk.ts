import {
  accountStatement,
  billingRun,
  certificateDocument,
  communeText,
  communeTimeZone,
  dateIn,
  disputeCredit,
  invoiceDetail,
  familyBalance,
  historyEntry,
  InvoiceDisputeInputSchema,
  InvoiceFilterSchema,
  InvoicePaymentInputSchema,
  invoiceDocument,
  invoicePaymentReturn,
  invoicePaymentStart,
  newestFirst,
  PaymentReturnSchema,
  StatementQuerySchema,
  summarize,
  type SummaryContext,
  taxCertificates,
  type AccountStatement,
  type CalendarState,
  type DownloadedFile,
  type FileInfo,
  type Invoice,
  type InvoiceList,
  type InvoicePaymentOutcome,
  type InvoiceRecord,
  type InvoiceSummary,
  type PaymentRecord,
  type PaymentStart,
  type PdfDocument,
  type RegieSettings,
  type RequestReceipt,
  type TaxCertificate,
  type TaxCertificateList,
} from '../../domain/index.js';
import type * as BillingSeed from '../../demo-data/billing.js';
import { communes } from '../../demo-data/index.js';
import { AdapterError } from '../errors.js';
import { simulatedAnswer } from './cart-desk.js';
import { familyAttachments } from './files-desk.js';
import { checked, decided, findRequest, newRequest, type Desk, type Stored } from './memory-state.js';
import type { MemoryFamily } from './seed.js';

/*
 * The invoices' desk: the family's invoices and payments as stored (seeded
 * from the demo's billing history on first use), what the domain derives from
 * them (summaries, balances, the statement, tax certificates, documents), the
 * demo provider's payments of several invoices at once, disputes, and the
 * back office's monthly billing run. PDFs are written by pdf-writer.ts, loaded
 * only when a PDF is asked for (or its size, which an invoice's detail shows).
 */

/** The demo's billing data, loaded with the desk. */
export interface InvoicesLoaded {
  seed: typeof BillingSeed;
}

type Invoicing = NonNullable<Stored['invoicing']>;

/** What the desk works on for one family: its state, the demo's billing data, and its calendar as of now. */
export interface InvoicesContext {
  desk: Desk;
  loaded: InvoicesLoaded;
  family: MemoryFamily;
  /** The family's calendar state (bookings included): what the billing run bills. */
  calendar: () => CalendarState;
}

/** The family's invoicing as stored, seeded from the demo's history on first use. */
export function stored(context: InvoicesContext): Invoicing {
  const { desk, loaded, family } = context;
  if (desk.state.invoicing) return desk.state.invoicing;
  const seeded = loaded.seed.demoInvoicing({
    profile: desk.profile,
    family,
    calendar: context.calendar(),
    cart: desk.state.cart,
    now: desk.now(),
  });
  return (desk.state.invoicing = structuredClone(seeded));
}

function regiesOf(context: InvoicesContext): Map<string, RegieSettings> {
  const { bookings, camps } = context.loaded.seed.demoRegies[context.desk.profile];
  return new Map([bookings, camps].map((regie) => [regie.id, regie]));
}

function today(desk: Desk): string {
  return dateIn(desk.now(), communeTimeZone(communes[desk.profile]));
}

/** Every invoice of the family as it sees it now, by id. */
function summaries(context: InvoicesContext): Map<string, InvoiceSummary> {
  const found = summaryContext(context);
  return new Map(stored(context).invoices.map((record) => [record.id, summarize(record, found)]));
}

/** What an invoice's state depends on: the régies, the family's payments, today. */
function summaryContext(context: InvoicesContext): SummaryContext {
  return {
    regies: regiesOf(context),
    payments: stored(context).payments,
    onlinePayment: context.loaded.seed.demoOnlinePayment[context.desk.profile],
    today: today(context.desk),
    now: context.desk.now(),
  };
}

/** The family's invoice `id`: another family's, or none, is not found. */
function recordOf(context: InvoicesContext, invoiceId: string): InvoiceRecord {
  const record = stored(context).invoices.find((candidate) => candidate.id === invoiceId);
  if (!record) throw new AdapterError({ type: 'not-found', code: 'invoice.not-found' });
  return record;
}

export function invoiceList(context: InvoicesContext, query: unknown): InvoiceList {
  const filter = checked(InvoiceFilterSchema, query ?? {});
  const all = [...summaries(context).values()];
  const { balanceCents, overdueCents } = familyBalance(all);
  const schoolYears = [...new Set(all.map((invoice) => invoice.schoolYear))].sort().reverse();
  const listed = filter.schoolYear ? all.filter((one) => one.schoolYear === filter.schoolYear) : all;
  return {
    invoices: newestFirst(listed),
    balanceCents,
    overdueCents,
    currency: 'EUR',
    schoolYears,
    onlinePayment: context.loaded.seed.demoOnlinePayment[context.desk.profile],
  };
}

/** The PDF writer, loaded on first use. */
const writer = () => import('./pdf-writer.js');

function fileInfo(document: PdfDocument, bytes: Uint8Array): FileInfo {
  return { name: document.fileName, mediaType: 'application/pdf', sizeBytes: bytes.length };
}

const locale = (desk: Desk) => communes[desk.profile].language ?? 'fr';

/** An invoice's detail without its PDF: lines, payments, how to pay it by transfer. */
function detailOf(context: InvoicesContext, invoiceId: string): Omit<Invoice, 'pdf'> {
  const record = recordOf(context, invoiceId);
  return invoiceDetail(record, summaryContext(context), regiesOf(context).get(record.regieId));
}

/** The invoice's document and bytes (the placeholder size is not printed: the document names the file). */
async function invoicePdf(context: InvoicesContext, invoiceId: string) {
  const detail = detailOf(context, invoiceId);
  const placeholder: FileInfo = { name: `${detail.number}.pdf`, mediaType: 'application/pdf', sizeBytes: 1 };
  const document = invoiceDocument(
    { ...detail, pdf: placeholder },
    communes[context.desk.profile],
    locale(context.desk),
  );
  const { pdfFile } = await writer();
  return { detail, document, file: pdfFile(document) };
}

export async function invoice(context: InvoicesContext, invoiceId: string): Promise<Invoice> {
  const { detail, document, file } = await invoicePdf(context, invoiceId);
  return { ...detail, pdf: fileInfo(document, file.bytes) };
}

export async function invoiceFile(context: InvoicesContext, invoiceId: string): Promise<DownloadedFile> {
  const { file } = await invoicePdf(context, invoiceId);
  return { name: file.name, mediaType: file.mediaType, blob: file.blob };
}

/** A started payment's redirect: the demo's provider answers "paid" at once on the return URL. */
function redirect(paymentId: string, returnUrl: string): PaymentStart {
  const url = new URL(returnUrl, 'http://localhost/');
  for (const [name, value] of Object.entries(simulatedAnswer(paymentId, 'paid')))
    url.searchParams.set(name, value);
  return {
    paymentId,
    redirectUrl: /^[a-z]+:/i.test(returnUrl) ? url.toString() : `${url.pathname}${url.search}${url.hash}`,
  };
}

/** "Payer": the invoices chosen, in one payment (or the one started for exactly them, resumed). */
export function payInvoices(context: InvoicesContext, body: unknown): PaymentStart {
  const input = checked(InvoicePaymentInputSchema, body, { returnUrl: 'required' });
  const invoicing = stored(context);
  const started = decided(() =>
    invoicePaymentStart(
      input.invoiceIds,
      summaries(context),
      invoicing.payments,
      context.loaded.seed.demoOnlinePayment[context.desk.profile],
    ),
  );
  if ('resume' in started) return redirect(started.resume.id, input.returnUrl);
  const count = invoicing.payments.filter((payment) => payment.id.startsWith('ipay-')).length;
  const payment: PaymentRecord = {
    id: `ipay-${context.family}-${count + 1}`,
    familyId: context.family,
    method: 'online',
    status: 'started',
    allocations: started.allocations,
    amountCents: started.amountCents,
    startedAt: context.desk.now().toISOString(),
    returnUrl: input.returnUrl,
  };
  invoicing.payments.push(payment);
  return redirect(payment.id, input.returnUrl);
}

/** Back from the demo's provider: its "signature" checked, the invoices paid once (a replay answers the same). */
export function completeInvoicePayment(context: InvoicesContext, body: unknown): InvoicePaymentOutcome {
  const { paymentId, status, signature } = checked(PaymentReturnSchema, body);
  const payment = stored(context).payments.find((candidate) => candidate.id === paymentId);
  if (!payment) throw new AdapterError({ type: 'not-found', code: 'payment.not-found' });
  if (signature !== simulatedAnswer(paymentId, status).signature)
    throw new AdapterError({ type: 'validation', code: 'payment.signature' });
  const outcome = decided(() => invoicePaymentReturn(payment, status, context.desk.now()));
  if (outcome.update) Object.assign(payment, outcome.update);
  const all = summaries(context);
  return {
    status: outcome.status,
    amountCents: payment.amountCents,
    invoices: payment.allocations.map((allocation) => all.get(allocation.invoiceId)!),
    balanceCents: familyBalance([...all.values()]).balanceCents,
  };
}

/** "Contester la facture": a request the service answers; the invoice shows it disputed meanwhile. */
export function disputeInvoice(context: InvoicesContext, invoiceId: string, body: unknown): RequestReceipt {
  const input = checked(InvoiceDisputeInputSchema, body);
  const { desk } = context;
  const record = recordOf(context, invoiceId);
  familyAttachments(desk, input.attachmentIds);
  if (record.disputeRequestId) throw new AdapterError({ type: 'conflict', code: 'invoice.dispute-pending' });
  if (record.status === 'cancelled' || record.totalCents < 0)
    throw new AdapterError({ type: 'conflict', code: 'invoice.not-disputable' });
  const now = desk.now();
  const receipt = newRequest(desk, 'invoice-dispute', now);
  receipt.history.push(
    historyEntry('invoice-dispute-received', now, {
      message: input.comment.trim(),
      params: { number: record.number, reason: input.reason },
    }),
  );
  desk.state.payloads[receipt.id] = { invoiceId, ...input };
  desk.state.family.requests.push(receipt);
  record.disputeRequestId = receipt.id;
  return receipt;
}

/**
 * The service's answer to a dispute (the back office), as the reference
 * server gives it: accepted, the domain's credit note of the invoice's total,
 * used against what is still owed on it (what was paid stays a credit of the
 * family); refused, the invoice stands. Either way the dispute ends and
 * reminders resume. The demo sends no e-mail.
 */
export function decideDispute(
  context: InvoicesContext,
  requestId: string,
  decision: 'accepted' | 'refused',
  reason: string | undefined,
): RequestReceipt {
  const { desk } = context;
  const request = findRequest(desk, requestId);
  if (request.status !== 'pending') throw new AdapterError({ type: 'conflict', code: 'request.not-pending' });
  const payload = desk.state.payloads[request.id];
  const invoiceId = typeof payload === 'object' && payload && 'invoiceId' in payload ? payload.invoiceId : '';
  const record = recordOf(context, String(invoiceId));
  const now = desk.now();
  let params: Record<string, string> = { number: record.number };
  if (decision === 'accepted') {
    const invoicing = stored(context);
    const { credit, use, issued } = disputeCredit(record, {
      country: communes[desk.profile].country,
      existing: invoicing.invoices,
      payments: invoicing.payments,
      today: today(desk),
      now,
      next: () => nextInvoice(context),
    });
    if (issued) {
      invoicing.invoices.push(credit);
      invoicing.payments.push(...use);
    }
    params = { number: record.number, creditNote: credit.number };
  }
  delete record.disputeRequestId;
  const commune = communes[desk.profile];
  const message = decision === 'refused' ? reason?.trim() : undefined;
  request.status = decision;
  request.history.push(
    historyEntry(`invoice-dispute-${decision}`, now, {
      author: communeText(commune, commune.serviceName),
      params,
      ...(message ? { message } : {}),
    }),
  );
  return request;
}

export function statement(context: InvoicesContext, query: unknown): AccountStatement {
  const { schoolYear } = checked(StatementQuerySchema, query ?? {});
  const { invoices, payments } = stored(context);
  return accountStatement(schoolYear, invoices, payments, regiesOf(context));
}

/** The certificates as the domain makes them, without their PDFs. */
function certificatesOf(context: InvoicesContext): Omit<TaxCertificate, 'pdf'>[] {
  const { invoices, payments } = stored(context);
  return taxCertificates({
    country: communes[context.desk.profile].country,
    familyId: context.family,
    children: context.desk.state.children.map((child) => ({
      id: child.id,
      firstName: child.identity.firstName,
      lastName: child.identity.lastName,
      birthDate: child.identity.birthDate,
    })),
    invoices,
    payments,
    today: today(context.desk),
  });
}

async function certificatePdf(context: InvoicesContext, certificate: Omit<TaxCertificate, 'pdf'>) {
  const document = certificateDocument(certificate, communes[context.desk.profile], locale(context.desk));
  const { pdfFile } = await writer();
  return { document, file: pdfFile(document) };
}

export async function certificates(context: InvoicesContext): Promise<TaxCertificateList> {
  const list: TaxCertificate[] = [];
  for (const certificate of certificatesOf(context)) {
    const { document, file } = await certificatePdf(context, certificate);
    list.push({ ...certificate, pdf: fileInfo(document, file.bytes) });
  }
  return { certificates: list };
}

export async function certificateFile(
  context: InvoicesContext,
  certificateId: string,
): Promise<DownloadedFile> {
  const certificate = certificatesOf(context).find((candidate) => candidate.id === certificateId);
  if (!certificate) throw new AdapterError({ type: 'not-found', code: 'certificate.not-found' });
  const { file } = await certificatePdf(context, certificate);
  return { name: file.name, mediaType: file.mediaType, blob: file.blob };
}

/** The family's next invoice id and number: the desk's sequence. */
function nextInvoice(context: InvoicesContext): { id: string; sequence: number } {
  const invoicing = stored(context);
  invoicing.sequence += 1;
  return {
    id: context.loaded.seed.invoiceId(context.family, invoicing.sequence),
    sequence: invoicing.sequence,
  };
}

/**
 * The back office's billing run for the family's month (`YYYY-MM`): its
 * bookings and its camps paid, billed once (a second run bills nothing new),
 * then the calendar invoiced through the month's end, as the reference
 * server does (the marker never goes back): those days' bookings can no
 * longer be changed. Answers the invoices it issued.
 */
export function billMonth(context: InvoicesContext, month: string): InvoiceSummary[] {
  const invoicing = stored(context);
  // A malformed month: billingRun's RangeError.
  const outcome = billingRun({
    country: communes[context.desk.profile].country,
    familyId: context.family,
    month,
    calendar: context.calendar(),
    campArticles: context.desk.state.cart ?? [],
    regies: context.loaded.seed.demoRegies[context.desk.profile],
    existing: invoicing.invoices,
    today: today(context.desk),
    now: context.desk.now(),
    next: () => nextInvoice(context),
  });
  invoicing.invoices.push(...outcome.invoices);
  invoicing.payments.push(...outcome.payments);
  // The calendar is stored by now (`context.calendar()` seeded it); its marker never goes back.
  const calendar = context.desk.state.calendar!;
  if (!(calendar.invoicedThrough! >= outcome.invoicedThrough))
    calendar.invoicedThrough = outcome.invoicedThrough;
  const all = summaries(context);
  return outcome.invoices.map((record) => all.get(record.id)!);
}
