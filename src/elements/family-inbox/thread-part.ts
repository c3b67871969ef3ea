/*
 * A thread with "Répondre", and "Nouveau message" (with the attachment field
 * and the rules that check files and texts), downloaded when a thread or the
 * form is first opened (or ahead of it when the page is idle): the list's page
 * does not pay for them, nor for their words.
 */
import { attachmentMessages } from '../../shared/i18n/attachments/index.js';
import { threadMessages } from './messages/thread/index.js';

export const messages = [...threadMessages, attachmentMessages];
export { renderThread } from './thread-view.js';
export { renderCompose } from './compose-view.js';
export { composeIssues, replyIssues, sendNewThread, sendReply, withPickedFiles } from './send-model.js';
