import { attachmentMessages } from '../../../../shared/i18n/attachments/index.js';
import { defineMessages, type MessageKeyOf } from '../../../../shared/i18n/localize.js';
import fr from './fr.js';

/** The messages of "Déclarer une absence": loaded with that dialog (French in it, the other languages on first use), with the attachment field's. */
export const absenceMessages = [
  defineMessages({
    fr,
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
  attachmentMessages,
];

export type AbsenceKey = MessageKeyOf<typeof absenceMessages>;
