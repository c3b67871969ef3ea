import type { FamilyPortalAdapter } from '../../adapter/index.js';
import type { FamilyDocument, ProofInput } from '../../domain/index.js';
import type { ActionController } from '../../shared/controllers/index.js';
import type { LocalizeController } from '../../shared/i18n/localize.js';
import { contentCheck, pickFiles, uploadFiles } from '../../shared/ui/file-picker.js';
import type { DocumentsKey } from './messages/index.js';
import { proofSlot, type ProofState } from './view.js';

/*
 * "Envoyer un justificatif": its kind, a title, the child it is about, one
 * file (checked by its first bytes and its size before anything is sent);
 * then the file once, then the proof once.
 */

/** What keeps the form from being sent, in the order of its fields. */
export function proofIssues(i18n: LocalizeController<DocumentsKey>, proof: ProofState): ProofState['issues'] {
  const issues: ProofState['issues'] = [];
  if (!proof.category)
    issues.push({ fieldId: 'proof-category', message: i18n.t('documents.proof.required.category') });
  if (!proof.title.trim())
    issues.push({ fieldId: 'proof-title', message: i18n.t('documents.proof.required.name') });
  if (proof.files.length === 0)
    issues.push({ fieldId: 'proof-file', message: i18n.t('documents.proof.required.file') });
  return issues;
}

/**
 * The form with the first of the files `picked` in place of the one it had,
 * when it passes the checks; each refusal said (the file kept otherwise).
 */
export async function withPickedFile(
  i18n: LocalizeController<DocumentsKey>,
  proof: ProofState,
  picked: readonly File[],
): Promise<ProofState> {
  const [first] = picked;
  if (!first) return proof;
  const chosen = await pickFiles(i18n, [], [first], contentCheck, (name) =>
    i18n.t('documents.proof.file.type', { name }),
  );
  const kept = chosen.files.length > 0;
  const notes = [
    ...chosen.fileNotes,
    ...(kept && picked.length > 1 ? [i18n.t('documents.proof.file.one', { name: first.name })] : []),
  ];
  return { ...proof, files: kept ? chosen.files : proof.files, fileNotes: notes };
}

/** What the service is sent for a complete form, its file sent as `attachmentId`. */
export function proofInput(proof: ProofState, attachmentId: string): ProofInput | undefined {
  if (!proof.category) return undefined;
  return {
    category: proof.category,
    title: proof.title.trim(),
    attachmentId,
    ...(proof.childId && { childId: proof.childId }),
  };
}

/**
 * Sends a complete form: its file if not sent yet, then the proof, each once
 * (their keys kept until they succeed). `uploading` is told while the file
 * goes. The document recorded, or undefined when a sending failed (the slot
 * shows it with "Réessayer").
 */
export async function submitProof(
  adapter: Pick<FamilyPortalAdapter, 'uploadAttachment' | 'sendProof'>,
  submission: ActionController,
  proof: ProofState,
  uploading: (busy: boolean) => void,
): Promise<FamilyDocument | undefined> {
  uploading(true);
  const attachmentIds = await uploadFiles(adapter, submission, proofSlot, proof).finally(() =>
    uploading(false),
  );
  const input = attachmentIds?.[0] ? proofInput(proof, attachmentIds[0]) : undefined;
  if (!input) return undefined;
  const sent = await submission.send((idempotencyKey) => adapter.sendProof(input, { idempotencyKey }), {
    slot: proofSlot,
    payload: input,
    operation: 'send-proof',
  });
  return sent?.value;
}
