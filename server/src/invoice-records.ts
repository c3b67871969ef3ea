import {
  communeTimeZone,
  invoiceDetail,
  LocaleSchema,
  type CommuneSettings,
  type Invoice,
  type InvoiceRecord,
  type Locale,
  type PaymentRecord,
  type RegieSettings,
  type SummaryContext,
} from '../../src/domain/index.js';
import { dateIn } from '../../src/domain/calendar/dates.js';
import type { Db } from './db.js';
import type { Family, ServiceOptions } from './requests.js';

/*
 * Invoices on PostgreSQL (migration 017): the records as issued, the payments
 * against them, and what the family sees, derived by the domain's rules
 * (src/domain/invoices) the same way in every backend. Every query is scoped
 * to the session's family: another family's invoice, payment or certificate
 * is not found. This module reads the records; invoices.ts answers the
 * family's reads, invoice-issuing.ts stores new invoices, invoice-payments.ts
 * and invoice-disputes.ts the family's payments and disputes.
 */

export type Service = Pick<ServiceOptions, 'now' | 'commune'>;

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

export interface Loaded {
  records: InvoiceRecord[];
  payments: PaymentRecord[];
  regies: Map<string, RegieSettings>;
  context: SummaryContext;
}

/** What the family's summaries are derived from. */
export async function load(
  db: Db,
  family: Family,
  service: Service,
  onlinePayment: boolean,
): Promise<Loaded> {
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

/** An invoice's detail from its record and the family's payments (the domain's), with its PDF. */
export function detail(
  record: InvoiceRecord,
  context: SummaryContext,
  regie: RegieSettings | undefined,
  pdf: Invoice['pdf'],
): Invoice {
  return { ...invoiceDetail(record, context, regie), pdf };
}
