import { defineMessages, type MessageKeyOf } from '../localize.js';

/**
 * The attachment field's words (`filePicker`, `pickFiles`): its hint, why a
 * file was not added, "Retirer", for the elements that take attachments.
 */
export const attachmentMessages = defineMessages({
  fr: () => import('./fr.js'),
  nl: () => import('./nl.js'),
  de: () => import('./de.js'),
  en: () => import('./en.js'),
});

export type AttachmentKey = MessageKeyOf<typeof attachmentMessages>;
