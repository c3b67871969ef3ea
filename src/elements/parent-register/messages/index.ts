import { historyMessages } from '../../../shared/i18n/history/index.js';
import { defineMessages, type MessageKeyOf } from '../../../shared/i18n/localize.js';
import { registrationMessages } from '../../../shared/i18n/registration/index.js';

/** The messages of <parent-register>, loaded with its first render. */
export const parentMessages = [
  defineMessages({
    fr: () => import('./fr.js'),
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
  historyMessages,
  registrationMessages,
];

export type ParentKey = MessageKeyOf<typeof parentMessages>;
