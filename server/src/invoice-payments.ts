import { randomBytes } from 'node:crypto';
import {
  familyBalance,
  InvoicePaymentOutcomeSchema,
  invoicePaymentReturn,
  invoicePaymentStart,
  newestFirst,
  PaymentReturnSchema,
  PaymentStartSchema,
  summarize,
  type InvoicePaymentInput,
  type InvoicePaymentOutcome,
  type PaymentStart,
} from '../../src/domain/index.js';
import type { Db } from './db.js';
import { insertPayment } from './invoice-issuing.js';
import { load, paymentRecords, type Service } from './invoice-records.js';
import { paymentSignature } from './payments.js';
import { checked, decided, invalid, notFound } from './problem.js';
import type { Family } from './requests.js';
import { safeEqual } from './security.js';

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
