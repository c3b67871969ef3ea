import { randomBytes } from 'node:crypto';
import {
  invoiceDocument,
  type InvoiceRecord,
  type PaymentRecord,
  type SummaryContext,
} from '../../src/domain/index.js';
import type { Db } from './db.js';
import { detail, familyLocale, regieSettings, type Service } from './invoice-records.js';
import { renderPdf } from './pdf.js';

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
