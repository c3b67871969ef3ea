import { historyMessages, type HistoryKey } from '../../../shared/i18n/history/index.js';
import { defineMessages, type MessageKeyOf } from '../../../shared/i18n/localize.js';
import { registrationMessages, type RegistrationKey } from '../../../shared/i18n/registration/index.js';

const ownMessages = defineMessages({
  fr: () => import('./fr.js'),
  nl: () => import('./nl.js'),
  de: () => import('./de.js'),
  en: () => import('./en.js'),
});

/**
 * The messages of <request-list>, loaded with its first render: its own, the
 * kinds and statuses of requests (shared with the elements that make them),
 * and the status history's sentences (the last step shows in the list).
 */
export const requestMessages = [ownMessages, registrationMessages, historyMessages];

export type RequestKey = MessageKeyOf<typeof ownMessages> | RegistrationKey | HistoryKey;
