import { defineMessages, type MessageKeyOf } from '../../../shared/i18n/localize.js';
import { priceBreakdownMessages } from '../../../shared/i18n/price-breakdown/index.js';

/** The messages of the answers to "Valider", of closing (with its price breakdown) and of unsubscribing, loaded with them. */
export const outcomeMessages = [
  defineMessages({
    fr: () => import('./fr-outcome.js'),
    nl: () => import('./nl-outcome.js'),
    de: () => import('./de-outcome.js'),
    en: () => import('./en-outcome.js'),
  }),
  priceBreakdownMessages,
];

export type OutcomeKey = MessageKeyOf<typeof outcomeMessages>;
