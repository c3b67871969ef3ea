/*
 * "Envoyer un justificatif" (with the attachment field's words and checks),
 * downloaded when the parent first opens it (or ahead of it when the page is
 * idle): the documents' page does not pay for it, nor for its words.
 */
import { attachmentMessages } from '../../shared/i18n/attachments/index.js';
import { proofMessages } from './messages/proof/index.js';

export const messages = [...proofMessages, attachmentMessages];
export { renderProofForm } from './proof-view.js';
export { proofIssues, submitProof, withPickedFile } from './proof-model.js';
