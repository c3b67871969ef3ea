import * as z from 'zod/mini';
import { attachmentRules } from './attachment-rules.js';
import { disputeReasons } from './invoice-codes.js';
import { localizedText } from './localized-text.js';

/*
 * Invoices' wire format: what a family owes by service ("régie"), the lines
 * an invoice is made of, how it can be paid (online, several at once, or by
 * transfer with its communication), the statement of a school year and the
 * childcare tax certificates of a calendar year. The rules that fill these in
 * live in `invoices/` (communication, EPC QR code, states, billing run,
 * statement, tax certificates).
 *
 * Texts the service writes are read leniently (display-only lengths are no
 * reason to refuse an answer); shapes strictly.
 */

const id = z.string().check(z.minLength(1), z.maxLength(100));
const cents = z.number().check(z.int(), z.minimum(0));
const signedCents = z.number().check(z.int());
const date = z.iso.date();
const dateTime = z.iso.datetime({ offset: true });
const text = localizedText({ max: 2000 });

/** A school year, `2026-2027`: from 1 September to 31 August. */
export const SchoolYearSchema = z.string().check(z.regex(/^\d{4}-\d{4}$/));

/**
 * - `unpaid`, `partly-paid`, `paid`: by what was paid against the total;
 * - `cancelled`: by the service (a credit note may balance it);
 * - `transferred`: sent to the treasury ("Titre émis") or to a bailiff, no
 *   longer payable here (`notPayable` says where to pay).
 * Overdue is derived (`overdue`), and a disputed invoice pauses reminders.
 */
export const InvoiceStateSchema = z.enum(['unpaid', 'partly-paid', 'paid', 'cancelled', 'transferred']);
export type InvoiceState = z.infer<typeof InvoiceStateSchema>;

/** What a line bills, since tax rules treat them apart: care counts for certificates, meals never. */
export const InvoiceLineKindSchema = z.enum(['care', 'meal', 'camp', 'other']);
export type InvoiceLineKind = z.infer<typeof InvoiceLineKindSchema>;

/**
 * Why an invoice cannot be paid online now:
 * - `transferred-treasury` / `transferred-bailiff`: pay there (`where`);
 * - `payment-in-flight`: a payment started (another tab, a parent who left
 *   the provider's page) holds it until `lockedUntil`;
 * - `settled`: paid, cancelled, or a credit note;
 * - `online-unavailable`: the commune takes no payment online (pay by transfer).
 */
export const NotPayableReasonSchema = z.enum([
  'transferred-treasury',
  'transferred-bailiff',
  'payment-in-flight',
  'settled',
  'online-unavailable',
]);
export type NotPayableReason = z.infer<typeof NotPayableReasonSchema>;

/** How an invoice can be paid by transfer: Belgium's structured communication, or France's treasury reference. */
export const InvoiceReferenceSchema = z.discriminatedUnion('kind', [
  /** `+++123/4567/89012+++`: ten digits and their mod 97 check. */
  z.object({
    kind: z.literal('structured'),
    value: z.string().check(z.regex(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/)),
  }),
  /** The treasury's reference (a "titre" or invoice number for the DGFiP). */
  z.object({ kind: z.literal('treasury'), value: z.string().check(z.minLength(1), z.maxLength(100)) }),
]);
export type InvoiceReference = z.infer<typeof InvoiceReferenceSchema>;

/** A service of the commune that invoices ("Régie accueil extrascolaire"). */
export const RegieSchema = z.object({ id, name: text });
export type Regie = z.infer<typeof RegieSchema>;

/** A file the server makes (an invoice's or a certificate's PDF): what the link shows. */
export const FileInfoSchema = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(255)),
  mediaType: z.literal('application/pdf'),
  sizeBytes: z.number().check(z.int(), z.minimum(1)),
});
export type FileInfo = z.infer<typeof FileInfoSchema>;

/** A downloaded file: its bytes, its name and type. */
export const DownloadedFileSchema = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(255)),
  mediaType: z.enum(attachmentRules.mediaTypes),
  blob: z.instanceof(Blob),
});
export type DownloadedFile = z.infer<typeof DownloadedFileSchema>;

/** An invoice as the list shows it. */
export const InvoiceSummarySchema = z.object({
  id,
  /** The number parents quote ("F-2026-00042"). */
  number: z.string().check(z.minLength(1), z.maxLength(100)),
  regie: RegieSchema,
  issuedOn: date,
  dueOn: date,
  /** What it bills: a month of bookings, a camp's weeks. */
  periodFrom: date,
  periodTo: date,
  schoolYear: SchoolYearSchema,
  children: z.array(z.object({ id, firstName: z.string().check(z.maxLength(2000)) })),
  /** Negative for a credit note. */
  totalCents: signedCents,
  paidCents: cents,
  /** What is left to pay (negative: a credit still to use). */
  balanceCents: signedCents,
  state: InvoiceStateSchema,
  /** Unpaid or partly paid after its due date. */
  overdue: z.boolean(),
  /** Contested by the family: reminders pause until the service answers. */
  disputed: z.boolean(),
  creditNote: z.boolean(),
  /** Selectable for a payment online; otherwise `notPayable` says why. */
  payableOnline: z.boolean(),
  notPayable: z.optional(NotPayableReasonSchema),
  /** For `transferred-*`: where to pay (the treasury's or bailiff's name and address), in the commune's words. */
  payWhere: z.optional(text),
  /** For `payment-in-flight`: when the started payment stops holding it. */
  lockedUntil: z.optional(dateTime),
  reference: InvoiceReferenceSchema,
});
export type InvoiceSummary = z.infer<typeof InvoiceSummarySchema>;

/** One line: a day or a period of a unit for a child, or an article. */
export const InvoiceLineSchema = z.object({
  id,
  /** The day, or the period's first day. */
  date,
  /** The period's last day, if the line covers several days. */
  to: z.optional(date),
  childId: z.optional(id),
  childName: z.optional(z.string().check(z.maxLength(2000))),
  label: text,
  kind: InvoiceLineKindSchema,
  quantity: z.number().check(z.int(), z.minimum(-10_000), z.maximum(10_000)),
  unitCents: signedCents,
  /** Reductions already taken off `amountCents` (a sibling reduction, a social rate). */
  reductionCents: cents,
  /** quantity × unit price − reduction. */
  amountCents: signedCents,
});
export type InvoiceLine = z.infer<typeof InvoiceLineSchema>;

/** How a payment was made. */
export const PaymentMethodSchema = z.enum(['online', 'transfer', 'cash', 'credit-note']);

/** A bank transfer's details, with the EPC QR code's payload (`BCD`…) that banking apps scan. */
export const TransferSchema = z.object({
  beneficiary: z.string().check(z.minLength(1), z.maxLength(70)),
  iban: z.string().check(z.regex(/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/)),
  bic: z.optional(z.string().check(z.regex(/^[A-Z0-9]{8}([A-Z0-9]{3})?$/))),
  amountCents: cents,
  reference: InvoiceReferenceSchema,
  /** The EPC069-12 payload for the QR code (Belgium; none for France's treasury). */
  epcQr: z.optional(z.string().check(z.minLength(1), z.maxLength(331))),
});
export type Transfer = z.infer<typeof TransferSchema>;

/** An invoice's detail: its lines, its payments, its PDF, and how to pay it by transfer. */
export const InvoiceSchema = z.extend(InvoiceSummarySchema, {
  lines: z.array(InvoiceLineSchema),
  payments: z.array(z.object({ at: dateTime, amountCents: signedCents, method: PaymentMethodSchema })),
  /** The request contesting it, if any (followed like every request). */
  disputeRequestId: z.optional(id),
  /** While something is left to pay and no payment holds it. */
  transfer: z.optional(TransferSchema),
  pdf: FileInfoSchema,
});
export type Invoice = z.infer<typeof InvoiceSchema>;

/** Which invoices to list: a school year's, or all. */
export const InvoiceFilterSchema = z.object({ schoolYear: z.optional(SchoolYearSchema) });
export type InvoiceFilter = z.infer<typeof InvoiceFilterSchema>;

/** The family's invoices, newest first, and its balance. */
export const InvoiceListSchema = z.object({
  invoices: z.array(InvoiceSummarySchema),
  /** What the family owes over every invoice still open (negative: a credit, "Vous bénéficiez d'un avoir"). */
  balanceCents: signedCents,
  /** Of which overdue. */
  overdueCents: cents,
  currency: z.literal('EUR'),
  /** The school years the family has invoices in, newest first. */
  schoolYears: z.array(SchoolYearSchema),
  /** Whether the commune takes payments online. */
  onlinePayment: z.boolean(),
});
export type InvoiceList = z.infer<typeof InvoiceListSchema>;

/** "Payer": the invoices chosen, paid together; the parent comes back to `returnUrl`. */
export const InvoicePaymentInputSchema = z.object({
  invoiceIds: z.array(id).check(z.minLength(1), z.maxLength(200)),
  returnUrl: z.string().check(z.minLength(1), z.maxLength(2000)),
});
export type InvoicePaymentInput = z.infer<typeof InvoicePaymentInputSchema>;

/** Back from the provider: what happened, the invoices it paid and the family's balance. */
export const InvoicePaymentOutcomeSchema = z.object({
  status: z.enum(['paid', 'refused', 'cancelled']),
  amountCents: cents,
  invoices: z.array(InvoiceSummarySchema),
  balanceCents: signedCents,
});
export type InvoicePaymentOutcome = z.infer<typeof InvoicePaymentOutcomeSchema>;

/** Why a family contests an invoice. */
export const DisputeReasonSchema = z.enum(disputeReasons);
export type DisputeReason = z.infer<typeof DisputeReasonSchema>;

/** "Contester la facture": a request with a reason, a comment and proofs. */
export const InvoiceDisputeInputSchema = z.object({
  reason: DisputeReasonSchema,
  comment: z.string().check(z.minLength(1), z.maxLength(2000)),
  attachmentIds: z.array(id).check(z.maxLength(5)),
});
export type InvoiceDisputeInput = z.infer<typeof InvoiceDisputeInputSchema>;

/**
 * What a statement entry records, rendered in the parent's language with its
 * parameters: an invoice or credit note issued (`number`), a payment (online,
 * by transfer, in cash), an invoice cancelled or transferred to the treasury.
 */
export const StatementEntryKindSchema = z.enum([
  'invoice',
  'credit-note',
  'payment-online',
  'payment-transfer',
  'payment-cash',
  'cancellation',
  'transfer-treasury',
]);
export type StatementEntryKind = z.infer<typeof StatementEntryKindSchema>;

/** One line of the statement: its debit or credit and the balance after it. */
export const StatementEntrySchema = z.object({
  date,
  kind: StatementEntryKindSchema,
  invoiceNumber: z.string().check(z.maxLength(100)),
  regie: RegieSchema,
  debitCents: cents,
  creditCents: cents,
  /** The family's balance after this entry (positive: owed). */
  balanceCents: signedCents,
});
export type StatementEntry = z.infer<typeof StatementEntrySchema>;

/** "Relevé de compte" of a school year (seed 004): its entries, oldest first, between two balances. */
export const AccountStatementSchema = z.object({
  schoolYear: SchoolYearSchema,
  from: date,
  to: date,
  openingCents: signedCents,
  closingCents: signedCents,
  debitCents: cents,
  creditCents: cents,
  entries: z.array(StatementEntrySchema),
});
export type AccountStatement = z.infer<typeof AccountStatementSchema>;

export const StatementQuerySchema = z.object({ schoolYear: SchoolYearSchema });
export type StatementQuery = z.infer<typeof StatementQuerySchema>;

/**
 * - `be-281.86`: Belgium's childcare certificate, one per child under 14 and
 *   year, by quarter: days attended and paid, daily rate (capped), amount;
 * - `fr-garde`: France's childcare statement for the tax credit, one per
 *   family and year: per child under 6 on 1 January, the amounts paid for
 *   care (meals excluded).
 */
export const TaxSchemeSchema = z.enum(['be-281.86', 'fr-garde']);
export type TaxScheme = z.infer<typeof TaxSchemeSchema>;

/** A period of a certificate: its days and what they cost. */
export const TaxPeriodSchema = z.object({
  from: date,
  to: date,
  /** Days of care attended (0 where the scheme counts amounts only). */
  days: z.number().check(z.int(), z.minimum(0)),
  /** The daily rate, capped by the scheme (0 where it has none). */
  dailyRateCents: cents,
  amountCents: cents,
});
export type TaxPeriod = z.infer<typeof TaxPeriodSchema>;

export const TaxCertificateSchema = z.object({
  id,
  year: z.number().check(z.int(), z.minimum(2000), z.maximum(2100)),
  scheme: TaxSchemeSchema,
  issuedOn: date,
  children: z.array(
    z.object({
      id,
      firstName: z.string().check(z.maxLength(2000)),
      lastName: z.string().check(z.maxLength(2000)),
      birthDate: date,
      periods: z.array(TaxPeriodSchema),
      amountCents: cents,
    }),
  ),
  totalCents: cents,
  pdf: FileInfoSchema,
});
export type TaxCertificate = z.infer<typeof TaxCertificateSchema>;

/** The family's certificates, newest year first (years with something to certify). */
export const TaxCertificateListSchema = z.object({ certificates: z.array(TaxCertificateSchema) });
export type TaxCertificateList = z.infer<typeof TaxCertificateListSchema>;
