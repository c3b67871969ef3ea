/*
 * An invoice's detail and its contest form (with the attachment field and the
 * rules that check files), downloaded when an invoice is first opened (or
 * ahead of it when the page is idle): the list's page does not pay for them,
 * nor for their words.
 */
import { attachmentMessages } from '../../shared/i18n/attachments/index.js';
import { detailMessages } from './messages/detail/index.js';

export const messages = [...detailMessages, attachmentMessages];
export { renderDetail } from './detail-view.js';
export { disputeIssues, submitDispute, withPickedFiles } from './dispute-model.js';
