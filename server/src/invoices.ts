import { randomBytes } from 'node:crypto';
import {
  AccountStatementSchema,
  accountStatement,
  communeTimeZone,
  epcPayload,
  familyBalance,
  historyEntry,
  invoiceDocument,
  InvoiceListSchema,
  InvoicePaymentOutcomeSchema,
  invoicePaymentReturn,
  invoicePaymentStart,
  InvoiceSchema,
  LocaleSchema,
  newestFirst,
  PaymentReturnSchema,
  PaymentStartSchema,
  summarize,
  TaxCertificateListSchema,
  taxCertificates,
  certificateDocument,
  invoiceNumbering,
  type AccountStatement,
  type CommuneSettings,
  type Invoice,
  type InvoiceDisputeInput,
  type InvoiceFilter,
  type InvoiceList,
  type InvoicePaymentInput,
  type InvoicePaymentOutcome,
  type InvoiceRecord,
  type Locale,
  type PaymentRecord,
  type PaymentStart,
  type RegieSettings,
  type RequestReceipt,
  type StatementQuery,
  type SummaryContext,
  type TaxCertificate,
  type TaxCertificateList,
} from '../../src/domain/index.js';
import { dateIn } from '../../src/domain/calendar/dates.js';
import type { FileAnswer } from './app.js';
import { familyAttachments } from './attachments.js';
import type { Db } from './db.js';
import { renderPdf } from './pdf.js';
import { paymentSignature } from './payments.js';
import { checked, conflict, decided, invalid, notFound } from './problem.js';
import { addHistory, getRequest, newRequest, type Family, type ServiceOptions } from './requests.js';
import { safeEqual } from './security.js';

/*
 * Invoices on PostgreSQL (migration 017): the records as issued, the payments
 * against them, and what the family sees, derived by the domain's rules
 * (src/domain/invoices) the same way in every backend. Every query is scoped
 * to the session's family: another family's invoice, payment or certificate
 * is not found.
 */

type Service = Pick<ServiceOptions, 'now' | 'commune'>;

/** The commune's today, in its time zone. */
export const communeToday = (service: Service) => dateIn(service.now(), communeTimeZone(service.commune));

const recordColumns = `id, family_id as "familyId", number, regie_id as "regieId",
  to_char(issued_on, 'YYYY-MM-DD') as "issuedOn", to_char(due_on, 'YYYY-MM-DD') as "dueOn",
  to_char(period_from, 'YYYY-MM-DD') as "periodFrom", to_char(period_to, 'YYYY-MM-DD') as "periodTo",
  children, lines, days, total_cents as "totalCents", reference, status, transferred_to as "transferredTo",
  to_char(closed_on, 'YYYY-MM-DD') as "closedOn", credits, dispute_request_id as "disputeRequestId", source`;

type Nullable<T> = { [K in keyof T]: T[K] | null };

/** A row as the record: absent rather than null. */
function withoutNulls<T extends object>(row: Nullable<T>): T {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null)) as T;
}

/** The family's invoices (`where`: more conditions on `invoices`, from `$2` on). */
export async function invoiceRecords(
  db: Db,
  familyId: string,
  more = '',
  params: unknown[] = [],
): Promise<InvoiceRecord[]> {
  const rows = await db.query<Nullable<InvoiceRecord>>(
    `select ${recordColumns} from invoices where family_id = $1 ${more}`,
    [familyId, ...params],
  );
  return rows.map((row) => withoutNulls<InvoiceRecord>(row));
}

const paymentColumns = `id, family_id as "familyId", method, status, allocations, amount_cents as "amountCents",
  started_at as "startedAt", completed_at as "completedAt", return_url as "returnUrl"`;

type PaymentRow = Omit<PaymentRecord, 'startedAt' | 'completedAt'> & {
  startedAt: Date | string;
  completedAt: Date | string | null;
  returnUrl: string | null;
};

const toPayment = ({ startedAt, completedAt, returnUrl, ...row }: PaymentRow): PaymentRecord => ({
  ...row,
  startedAt: new Date(startedAt).toISOString(),
  ...(completedAt ? { completedAt: new Date(completedAt).toISOString() } : {}),
  ...(returnUrl ? { returnUrl } : {}),
});

/** The family's payments, oldest first (`more`: conditions from `$2` on, or a locking clause). */
export async function paymentRecords(
  db: Db,
  familyId: string,
  more = '',
  params: unknown[] = [],
): Promise<PaymentRecord[]> {
  const rows = await db.query<PaymentRow>(
    `select ${paymentColumns} from invoice_payments where family_id = $1 ${more}`,
    [familyId, ...params],
  );
  return rows
    .map(toPayment)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id));
}

/** The commune's services that invoice, by id. */
export async function regieSettings(db: Db): Promise<Map<string, RegieSettings & { bills: string[] }>> {
  const rows = await db.query<{
    id: string;
    name: RegieSettings['name'];
    beneficiary: string;
    iban: string;
    bic: string | null;
    paymentDays: number;
    treasury: RegieSettings['treasury'] | null;
    bailiff: RegieSettings['bailiff'] | null;
    bills: string[];
  }>(
    `select id, name, beneficiary, iban, bic, payment_days as "paymentDays", treasury, bailiff, bills
       from regies order by position, id`,
  );
  return new Map(rows.map((row) => [row.id, withoutNulls(row)]));
}

/** The language a family reads its documents in: its own, else the commune's. */
export async function familyLocale(db: Db, familyId: string, commune: CommuneSettings): Promise<Locale> {
  const [row] = await db.query<{ language: string | null }>('select language from families where id = $1', [
    familyId,
  ]);
  return LocaleSchema.safeParse(row?.language).data ?? commune.language ?? 'fr';
}

interface Loaded {
  records: InvoiceRecord[];
  payments: PaymentRecord[];
  regies: Map<string, RegieSettings>;
  context: SummaryContext;
}

/** What the family's summaries are derived from. */
async function load(db: Db, family: Family, service: Service, onlinePayment: boolean): Promise<Loaded> {
  const [records, payments, regies] = await Promise.all([
    invoiceRecords(db, family.id),
    paymentRecords(db, family.id),
    regieSettings(db),
  ]);
  return {
    records,
    payments,
    regies,
    context: { regies, payments, onlinePayment, today: communeToday(service), now: service.now() },
  };
}

export async function getInvoices(
  db: Db,
  family: Family,
  filter: InvoiceFilter,
  service: Service,
  onlinePayment: boolean,
): Promise<InvoiceList> {
  const { records, context } = await load(db, family, service, onlinePayment);
  const summaries = newestFirst(records.map((record) => summarize(record, context)));
  const schoolYears = [...new Set(summaries.map((invoice) => invoice.schoolYear))].sort().reverse();
  return InvoiceListSchema.parse({
    invoices: filter.schoolYear
      ? summaries.filter((invoice) => invoice.schoolYear === filter.schoolYear)
      : summaries,
    ...familyBalance(summaries),
    currency: 'EUR',
    schoolYears,
    onlinePayment,
  });
}

/** An invoice's detail from its record and the family's payments. */
function detail(
  record: InvoiceRecord,
  context: SummaryContext,
  regie: RegieSettings | undefined,
  pdf: Invoice['pdf'],
): Invoice {
  const summary = summarize(record, context);
  const payments = context.payments
    .filter((payment) => payment.status === 'paid')
    .flatMap((payment) =>
      payment.allocations
        .filter((allocation) => allocation.invoiceId === record.id)
        .map((allocation) => ({
          at: payment.completedAt ?? payment.startedAt,
          amountCents: allocation.amountCents,
          method: payment.method,
        })),
    );
  // A transfer while something is owed and no payment holds it (a transferred invoice is paid elsewhere).
  const transferable =
    regie !== undefined &&
    !summary.creditNote &&
    summary.balanceCents > 0 &&
    (summary.state === 'unpaid' || summary.state === 'partly-paid') &&
    summary.notPayable !== 'payment-in-flight';
  const transfer = transferable
    ? {
        beneficiary: regie.beneficiary,
        iban: regie.iban,
        ...(regie.bic ? { bic: regie.bic } : {}),
        amountCents: summary.balanceCents,
        reference: record.reference,
        ...(record.reference.kind === 'structured'
          ? {
              epcQr: epcPayload({
                beneficiary: regie.beneficiary,
                iban: regie.iban,
                bic: regie.bic,
                amountCents: summary.balanceCents,
                reference: record.reference,
              }),
            }
          : {}),
      }
    : undefined;
  return {
    ...summary,
    lines: record.lines,
    payments,
    ...(record.disputeRequestId ? { disputeRequestId: record.disputeRequestId } : {}),
    ...(transfer ? { transfer } : {}),
    pdf,
  };
}

export async function getInvoice(
  db: Db,
  family: Family,
  invoiceId: string,
  service: Service,
  onlinePayment: boolean,
): Promise<Invoice> {
  const [record] = await invoiceRecords(db, family.id, 'and id = $2', [invoiceId]);
  if (!record) throw notFound('invoice.not-found');
  const [file] = await db.query<{ name: string; size: number }>(
    'select pdf_name as name, octet_length(pdf) as size from invoices where id = $1',
    [record.id],
  );
  const { context, regies } = await load(db, family, service, onlinePayment);
  return InvoiceSchema.parse(
    detail(record, context, regies.get(record.regieId), {
      name: file!.name,
      mediaType: 'application/pdf',
      sizeBytes: Number(file!.size),
    }),
  );
}

export async function getInvoicePdf(db: Db, family: Family, invoiceId: string): Promise<FileAnswer> {
  const [row] = await db.query<{ name: string; pdf: Uint8Array }>(
    'select pdf_name as name, pdf from invoices where id = $1 and family_id = $2',
    [invoiceId, family.id],
  );
  if (!row) throw notFound('invoice.not-found');
  return { file: { name: row.name, mediaType: 'application/pdf', bytes: Buffer.from(row.pdf) } };
}

// ——— issuing ———

/**
 * Stores new invoices (and the payments that already settle some) with their
 * PDF, made now in the family's language from the invoice as issued. An
 * invoice whose source the family already has is skipped, with its payments:
 * a second or concurrent run bills nothing twice. Answers the ids stored.
 */
export async function issueInvoices(
  tx: Db,
  records: readonly InvoiceRecord[],
  payments: readonly PaymentRecord[],
  service: Service,
): Promise<string[]> {
  if (records.length === 0) return [];
  const regies = await regieSettings(tx);
  const stored: string[] = [];
  for (const record of records) {
    const locale = await familyLocale(tx, record.familyId, service.commune);
    const context: SummaryContext = {
      regies,
      payments: payments.filter((payment) => payment.allocations.some((a) => a.invoiceId === record.id)),
      onlinePayment: true,
      today: record.issuedOn,
      now: service.now(),
    };
    const draft = detail(record, context, regies.get(record.regieId), {
      name: 'invoice.pdf',
      mediaType: 'application/pdf',
      sizeBytes: 1,
    });
    const document = invoiceDocument(draft, service.commune, locale);
    const pdf = await renderPdf(document, record.issuedOn);
    const inserted = await tx.query<{ id: string }>(
      `insert into invoices (id, family_id, number, regie_id, issued_on, due_on, period_from, period_to, children,
                             lines, days, total_cents, reference, status, transferred_to, closed_on, credits,
                             dispute_request_id, source, pdf_name, pdf)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21)
       on conflict (family_id, source) do nothing returning id`,
      [
        record.id,
        record.familyId,
        record.number,
        record.regieId,
        record.issuedOn,
        record.dueOn,
        record.periodFrom,
        record.periodTo,
        JSON.stringify(record.children),
        JSON.stringify(record.lines),
        record.days ? JSON.stringify(record.days) : null,
        record.totalCents,
        JSON.stringify(record.reference),
        record.status,
        record.transferredTo ?? null,
        record.closedOn ?? null,
        record.credits ?? null,
        record.disputeRequestId ?? null,
        record.source,
        document.fileName,
        pdf,
      ],
    );
    if (inserted.length > 0) stored.push(record.id);
  }
  // A payment goes with the invoices it settles: none of a batch's invoice that was not stored (billed before).
  const skipped = new Set(records.map((record) => record.id).filter((id) => !stored.includes(id)));
  for (const payment of payments)
    if (!payment.allocations.some((allocation) => skipped.has(allocation.invoiceId)))
      await insertPayment(tx, payment);
  return stored;
}

export async function insertPayment(tx: Db, payment: PaymentRecord): Promise<void> {
  await tx.query(
    `insert into invoice_payments (id, family_id, method, status, allocations, amount_cents, started_at, completed_at, return_url)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) on conflict do nothing`,
    [
      payment.id,
      payment.familyId,
      payment.method,
      payment.status,
      JSON.stringify(payment.allocations),
      payment.amountCents,
      payment.startedAt,
      payment.completedAt ?? null,
      payment.returnUrl ?? null,
    ],
  );
}

/**
 * The next invoice sequences of `year`, without gaps: the year's counter row
 * is locked until the transaction ends (issuers wait for each other), and only
 * the numbers used are taken (`commit`).
 */
export async function invoiceSequence(
  tx: Db,
  year: number,
): Promise<{ next: () => { id: string; sequence: number }; commit: () => Promise<void> }> {
  await tx.query('insert into invoice_counters (year) values ($1) on conflict do nothing', [year]);
  const [row] = await tx.query<{ last: number }>(
    'select last from invoice_counters where year = $1 for update',
    [year],
  );
  let last = row?.last ?? 0;
  return {
    next: () => {
      last += 1;
      // Unguessable: an id never tells how many invoices others have.
      return { id: `inv-${randomBytes(9).toString('base64url')}`, sequence: last };
    },
    commit: async () => {
      await tx.query('update invoice_counters set last = $2 where year = $1', [year, last]);
    },
  };
}

// ——— paying ———

/**
 * "Payer": the invoices' rows locked (a second tab's "Payer" waits here, then
 * resumes this payment or is refused), the domain's decision, one started
 * payment stored.
 */
export async function payInvoices(
  tx: Db,
  family: Family,
  input: InvoicePaymentInput,
  service: Service & { providerUrl: ((paymentId: string) => string) | undefined },
): Promise<PaymentStart> {
  const ids = [...new Set(input.invoiceIds)].sort();
  const locked = await tx.query<{ id: string }>(
    'select id from invoices where family_id = $1 and id = any($2::text[]) order by id for update',
    [family.id, ids],
  );
  if (locked.length !== ids.length) throw notFound('invoice.not-found');
  const { records, payments, context } = await load(tx, family, service, service.providerUrl !== undefined);
  const summaries = new Map(
    records
      .filter((record) => ids.includes(record.id))
      .map((record) => [record.id, summarize(record, context)]),
  );
  const decision = decided(() => invoicePaymentStart(ids, summaries, payments, context.onlinePayment));
  const providerUrl = service.providerUrl!;
  if ('resume' in decision) {
    await tx.query('update invoice_payments set return_url = $2 where id = $1', [
      decision.resume.id,
      input.returnUrl,
    ]);
    return PaymentStartSchema.parse({
      paymentId: decision.resume.id,
      redirectUrl: providerUrl(decision.resume.id),
    });
  }
  const paymentId = `ipay-${randomBytes(9).toString('base64url')}`;
  await insertPayment(tx, {
    id: paymentId,
    familyId: family.id,
    method: 'online',
    status: 'started',
    allocations: decision.allocations,
    amountCents: decision.amountCents,
    startedAt: service.now().toISOString(),
    returnUrl: input.returnUrl,
  });
  return PaymentStartSchema.parse({ paymentId, redirectUrl: providerUrl(paymentId) });
}

/**
 * Back from the provider: its signature checked, the payment's row locked,
 * settled once (a replay finds it settled and answers what it became).
 */
export async function completeInvoicePayment(
  tx: Db,
  family: Family,
  input: unknown,
  service: Service & { secret: string },
): Promise<InvoicePaymentOutcome> {
  const { paymentId, status, signature } = checked(PaymentReturnSchema, input);
  if (!safeEqual(signature, paymentSignature(service.secret, paymentId, status)))
    throw invalid([{ field: 'signature', code: 'payment.signature' }]);
  const [payment] = await paymentRecords(tx, family.id, 'and id = $2 for update', [paymentId]);
  const outcome = decided(() => invoicePaymentReturn(payment, status, service.now()));
  if (outcome.update)
    await tx.query('update invoice_payments set status = $2, completed_at = $3 where id = $1', [
      paymentId,
      outcome.update.status,
      outcome.update.completedAt,
    ]);
  const { records, context } = await load(tx, family, service, true);
  const summaries = records.map((record) => summarize(record, context));
  const paid = new Set(payment!.allocations.map((allocation) => allocation.invoiceId));
  return InvoicePaymentOutcomeSchema.parse({
    status: outcome.status,
    amountCents: payment!.amountCents,
    invoices: newestFirst(summaries.filter((summary) => paid.has(summary.id))),
    balanceCents: familyBalance(summaries).balanceCents,
  });
}

/** A started invoice payment, for the simulated provider's page. */
export async function startedInvoicePayment(
  db: Db,
  paymentId: string,
): Promise<{ returnUrl: string; label: string; amountCents: number } | undefined> {
  const [row] = await db.query<{ returnUrl: string; numbers: string[] | null; amountCents: number }>(
    `select p.return_url as "returnUrl", p.amount_cents as "amountCents",
            array(select i.number from invoices i
                   where i.id in (select a->>'invoiceId' from jsonb_array_elements(p.allocations) a)
                   order by i.number) as numbers
       from invoice_payments p where p.id = $1 and p.status = 'started' and p.method = 'online'`,
    [paymentId],
  );
  return row && row.returnUrl
    ? { returnUrl: row.returnUrl, label: (row.numbers ?? []).join(', '), amountCents: row.amountCents }
    : undefined;
}

// ——— disputes ———

/** "Contester la facture": a request for the service, the invoice marked disputed until it answers. */
export async function disputeInvoice(
  tx: Db,
  family: Family,
  invoiceId: string,
  input: InvoiceDisputeInput,
  service: Service,
): Promise<RequestReceipt> {
  const [record] = await invoiceRecords(tx, family.id, 'and id = $2 for update', [invoiceId]);
  if (!record) throw notFound('invoice.not-found');
  if (record.status === 'cancelled' || record.totalCents < 0) throw conflict('invoice.not-disputable');
  if (record.disputeRequestId) {
    const [pending] = await tx.query("select 1 from requests where id = $1 and status = 'pending'", [
      record.disputeRequestId,
    ]);
    if (pending) throw conflict('invoice.dispute-pending');
  }
  await familyAttachments(tx, family, input.attachmentIds);
  const now = service.now();
  const request = await newRequest(tx, family, 'invoice-dispute', now, { invoiceId, ...input });
  await addHistory(tx, request.id, [
    historyEntry('invoice-dispute-received', now, {
      params: { number: record.number, reason: input.reason },
      message: input.comment,
    }),
  ]);
  await tx.query('update invoices set dispute_request_id = $2 where id = $1', [invoiceId, request.id]);
  return getRequest(tx, family, request.id);
}

/**
 * The service's answer to a dispute (the back office): accepted, a credit
 * note of the invoice's total is issued and used against what is still owed
 * on it (what was paid stays a credit of the family); refused, the invoice
 * stands. Either way the dispute ends and reminders resume.
 */
export async function decideDispute(
  tx: Db,
  family: Family,
  request: { id: string; payload: unknown },
  decision: 'accepted' | 'refused',
  author: string,
  reason: string | undefined,
  service: Service,
): Promise<void> {
  const invoiceId =
    typeof request.payload === 'object' && request.payload !== null && 'invoiceId' in request.payload
      ? String(request.payload.invoiceId)
      : '';
  const [record] = await invoiceRecords(tx, family.id, 'and id = $2 for update', [invoiceId]);
  if (!record) throw notFound('invoice.not-found');
  const now = service.now();
  let params: Record<string, string> = { number: record.number };
  if (decision === 'accepted') {
    const today = communeToday(service);
    const sequence = await invoiceSequence(tx, Number(today.slice(0, 4)));
    const { id, sequence: n } = sequence.next();
    const numbering = invoiceNumbering(service.commune.country, Number(today.slice(0, 4)), n);
    const credit: InvoiceRecord = {
      ...record,
      id,
      ...numbering,
      issuedOn: today,
      dueOn: today,
      lines: record.lines.map((line, index) => ({
        ...line,
        id: `${id}-${index + 1}`,
        quantity: -line.quantity,
        amountCents: -line.amountCents,
      })),
      totalCents: -record.totalCents,
      status: 'open',
      transferredTo: undefined,
      closedOn: undefined,
      credits: record.id,
      disputeRequestId: undefined,
      days: undefined,
      source: `credit:${record.id}`,
    };
    const { context } = await load(tx, family, service, true);
    const owed = summarize(record, context);
    const use: PaymentRecord[] =
      owed.balanceCents > 0 && record.status === 'open'
        ? [
            {
              id: `credit-use-${id}`,
              familyId: family.id,
              method: 'credit-note',
              status: 'paid',
              allocations: [
                { invoiceId: record.id, amountCents: owed.balanceCents },
                { invoiceId: id, amountCents: -owed.balanceCents },
              ],
              amountCents: owed.balanceCents,
              startedAt: now.toISOString(),
              completedAt: now.toISOString(),
            },
          ]
        : [];
    const stored = await issueInvoices(tx, [credit], use, service);
    if (stored.length > 0) await sequence.commit();
    params = { number: record.number, creditNote: credit.number };
  }
  await tx.query('update invoices set dispute_request_id = null where id = $1', [record.id]);
  await tx.query('update requests set status = $2 where id = $1', [request.id, decision]);
  await addHistory(tx, request.id, [
    historyEntry(`invoice-dispute-${decision}`, now, {
      author,
      params,
      ...(decision === 'refused' && reason ? { message: reason } : {}),
    }),
  ]);
}

// ——— statement and certificates ———

export async function getAccountStatement(
  db: Db,
  family: Family,
  query: StatementQuery,
  service: Service,
): Promise<AccountStatement> {
  const { records, payments, regies } = await load(db, family, service, false);
  return AccountStatementSchema.parse(accountStatement(query.schoolYear, records, payments, regies));
}

/** The family's certificates with their PDFs (made to know their size; the same bytes each time). */
async function certificates(
  db: Db,
  family: Family,
  service: Service,
): Promise<{ certificate: TaxCertificate; bytes: Buffer }[]> {
  const { records, payments } = await load(db, family, service, false);
  const children = await db.query<{ id: string; firstName: string; lastName: string; birthDate: string }>(
    `select id, first_name as "firstName", last_name as "lastName", to_char(birth_date, 'YYYY-MM-DD') as "birthDate"
       from children where family_id = $1 order by birth_date, id`,
    [family.id],
  );
  const locale = await familyLocale(db, family.id, service.commune);
  const made = taxCertificates({
    country: service.commune.country,
    familyId: family.id,
    children,
    invoices: records,
    payments,
    today: communeToday(service),
  });
  return Promise.all(
    made.map(async (certificate) => {
      const document = certificateDocument(certificate, service.commune, locale);
      const bytes = await renderPdf(document, certificate.issuedOn);
      return {
        certificate: {
          ...certificate,
          pdf: { name: document.fileName, mediaType: 'application/pdf', sizeBytes: bytes.length },
        },
        bytes,
      };
    }),
  );
}

export async function getTaxCertificates(
  db: Db,
  family: Family,
  service: Service,
): Promise<TaxCertificateList> {
  const made = await certificates(db, family, service);
  return TaxCertificateListSchema.parse({
    certificates: made
      .map(({ certificate }) => certificate)
      .sort((a, b) => b.year - a.year || a.id.localeCompare(b.id)),
  });
}

export async function getTaxCertificatePdf(
  db: Db,
  family: Family,
  certificateId: string,
  service: Service,
): Promise<FileAnswer> {
  const made = (await certificates(db, family, service)).find(
    ({ certificate }) => certificate.id === certificateId,
  );
  if (!made) throw notFound('certificate.not-found');
  return { file: { name: made.certificate.pdf.name, mediaType: 'application/pdf', bytes: made.bytes } };
}
