import type { AttachmentKey } from '../../../shared/i18n/attachments/index.js';
import { defineMessages, type MessageKeyOf } from '../../../shared/i18n/localize.js';

/** The messages of <invoice-list>, loaded with its first render. */
export const invoiceMessages = [
  defineMessages({
    fr: () => import('./fr.js'),
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
];

/** Its keys, and those of the attachment field its contest form (detail-part.ts) brings. */
export type InvoiceKey = MessageKeyOf<typeof invoiceMessages> | AttachmentKey;
