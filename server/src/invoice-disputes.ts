import {
  disputeCredit,
  disputeMail,
  historyEntry,
  type DisputeDecision,
  type InvoiceDisputeInput,
  type RequestReceipt,
} from '../../src/domain/index.js';
import { familyAttachments } from './attachments.js';
import type { Db } from './db.js';
import { invoiceSequence, issueInvoices } from './invoice-issuing.js';
import { communeToday, invoiceRecords, load, type Service } from './invoice-records.js';
import { conflict, notFound } from './problem.js';
import { addHistory, currentParent, getRequest, newRequest, send, type Family } from './requests.js';

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
  request: { id: string; number: string; payload: unknown },
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
  let told: DisputeDecision = {
    status: 'refused',
    invoice: record.number,
    reason,
  };
  if (decision === 'accepted') {
    const today = communeToday(service);
    const sequence = await invoiceSequence(tx, Number(today.slice(0, 4)));
    const { records, payments } = await load(tx, family, service, true);
    const { credit, use, issued } = disputeCredit(record, {
      country: service.commune.country,
      existing: records,
      payments,
      today,
      now,
      next: sequence.next,
    });
    const stored = issued ? await issueInvoices(tx, [credit], use, service) : [];
    if (stored.length > 0) await sequence.commit();
    params = { number: record.number, creditNote: credit.number };
    told = {
      status: 'accepted',
      invoice: record.number,
      creditNote: credit.number,
      amountCents: -credit.totalCents,
    };
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
  const parent = await currentParent(tx, family.id);
  const mail = disputeMail(family.email ?? parent?.email, request.number, told, parent?.firstName ?? '');
  await send(tx, mail, request.id, service);
}
