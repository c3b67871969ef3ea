/*
 * An invoice's detail and its contest form (with the attachment field and the
 * rules that check files), downloaded when an invoice is first opened (or
 * ahead of it when the page is idle): the list's page does not pay for them.
 */
export { renderDetail } from './detail-view.js';
export { disputeIssues, submitDispute, withPickedFiles } from './dispute-model.js';
