import type { AttachmentKey } from '../../../shared/i18n/attachments/index.js';
import { defineMessages, type MessageKeyOf } from '../../../shared/i18n/localize.js';
import type { AccountKey } from './account/index.js';
import type { DetailKey } from './detail/index.js';

/** The messages of <invoice-list>, loaded with its first render. */
export const invoiceMessages = [
  defineMessages({
    fr: () => import('./fr.js'),
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
];

/** Its keys, and those its parts bring: the detail with the contest form and its attachment field, the statement and certificates. */
export type InvoiceKey = MessageKeyOf<typeof invoiceMessages> | DetailKey | AttachmentKey | AccountKey;
