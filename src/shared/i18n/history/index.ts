import { defineMessages, type MessageKeyOf } from '../localize.js';

/**
 * The status history's words (`statusTimeline`): the label of each status
 * code and the service's sentences, for the elements that show a history.
 */
export const historyMessages = defineMessages({
  fr: () => import('./fr.js'),
  nl: () => import('./nl.js'),
  de: () => import('./de.js'),
  en: () => import('./en.js'),
});

export type HistoryKey = MessageKeyOf<typeof historyMessages>;
