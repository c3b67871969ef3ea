import type { AttachmentKey } from '../../../shared/i18n/attachments/index.js';
import { defineMessages, type MessageKeyOf } from '../../../shared/i18n/localize.js';
import type { ThreadKey } from './thread/index.js';

/** The messages of <family-inbox>, loaded with its first render: the list of threads. */
export const inboxMessages = [
  defineMessages({
    fr: () => import('./fr.js'),
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
];

/** Its keys, and those its part brings: a thread, "Répondre", "Nouveau message" and the attachment field. */
export type InboxKey = MessageKeyOf<typeof inboxMessages> | ThreadKey | AttachmentKey;
