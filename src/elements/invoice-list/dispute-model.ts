import type { FamilyPortalAdapter } from '../../adapter/index.js';
import type { RequestReceipt } from '../../domain/index.js';
import type { ActionController } from '../../shared/controllers/index.js';
import { contentCheck, pickFiles, uploadFiles } from '../../shared/ui/file-picker.js';
import type { InvoiceKey } from './messages/index.js';
import { disputeSlot, type DisputeState } from './view.js';
import type { LocalizeController } from '../../shared/i18n/localize.js';

/*
 * "Contester la facture": a reason, a comment and proofs (checked by their
 * first bytes before anything is sent); then each file once, then the request once.
 */

/** What keeps the form from being sent: a reason and a comment are needed. */
export function disputeIssues(
  i18n: LocalizeController<InvoiceKey>,
  dispute: DisputeState,
): DisputeState['issues'] {
  const issues: DisputeState['issues'] = [];
  if (!dispute.reason)
    issues.push({ fieldId: 'dispute-reason', message: i18n.t('invoices.dispute.required.reason') });
  if (!dispute.comment.trim())
    issues.push({ fieldId: 'dispute-comment', message: i18n.t('invoices.dispute.required.comment') });
  return issues;
}

/** The form with the files `picked` added (checked by their first bytes), each refusal said. */
export async function withPickedFiles(
  i18n: LocalizeController<InvoiceKey>,
  dispute: DisputeState,
  picked: readonly File[],
): Promise<DisputeState> {
  const chosen = await pickFiles(i18n, dispute.files, picked, contentCheck, (name) =>
    i18n.t('invoices.dispute.file.type', { name }),
  );
  return { ...dispute, ...chosen };
}

/**
 * Sends a complete form: each file not sent yet, then the request, each once
 * (their keys kept until they succeed). The receipt, or undefined when a
 * sending failed (the slot shows it with "Réessayer").
 */
export async function submitDispute(
  adapter: FamilyPortalAdapter,
  submission: ActionController,
  invoiceId: string,
  dispute: DisputeState,
): Promise<RequestReceipt | undefined> {
  const attachmentIds = await uploadFiles(adapter, submission, disputeSlot, dispute);
  if (!attachmentIds) return undefined;
  const input = { reason: dispute.reason!, comment: dispute.comment.trim(), attachmentIds };
  const sent = await submission.send(
    (idempotencyKey) => adapter.disputeInvoice(invoiceId, input, { idempotencyKey }),
    { slot: disputeSlot, payload: { invoiceId, input }, operation: 'dispute' },
  );
  return sent?.value;
}
