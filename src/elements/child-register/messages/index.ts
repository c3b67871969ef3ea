import { historyMessages } from '../../../shared/i18n/history/index.js';
import { defineMessages, type MessageKeyOf } from '../../../shared/i18n/localize.js';

/** The messages of <child-register>, loaded with its first render. */
export const childMessages = [
  defineMessages({
    fr: () => import('./fr.js'),
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
  historyMessages,
];

export type ChildKey = MessageKeyOf<typeof childMessages>;
