import { historyMessages } from '../../../../shared/i18n/history/index.js';
import { defineMessages, type MessageKeyOf } from '../../../../shared/i18n/localize.js';
import { registrationMessages } from '../../../../shared/i18n/registration/index.js';
import fr from './fr.js';

/**
 * The messages of a known parent's screens, of a pending registration and of
 * the confirmation, with the words of the status history: loaded with that
 * part (French in it, the other languages on first use).
 */
export const accountMessages = [
  defineMessages({
    fr,
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
  registrationMessages,
  historyMessages,
];

export type AccountKey = MessageKeyOf<typeof accountMessages>;
