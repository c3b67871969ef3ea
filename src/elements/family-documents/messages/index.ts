import type { AttachmentKey } from '../../../shared/i18n/attachments/index.js';
import { defineMessages, type MessageKeyOf } from '../../../shared/i18n/localize.js';
import type { ProofKey } from './proof/index.js';

/** The messages of <family-documents>, loaded with its first render. */
export const documentsMessages = [
  defineMessages({
    fr: () => import('./fr.js'),
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
];

/** Its keys, and those its proof form brings (with the attachment field's). */
export type DocumentsKey = MessageKeyOf<typeof documentsMessages> | ProofKey | AttachmentKey;
