import { priceBreakdownMessages } from '../../../shared/i18n/price-breakdown/index.js';
import { defineMessages, type MessageKeyOf } from '../../../shared/i18n/localize.js';

/** The messages of <family-cart>, loaded with its first render, and the price breakdown's. */
export const cartMessages = [
  defineMessages({
    fr: () => import('./fr.js'),
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
  priceBreakdownMessages,
];

export type CartKey = MessageKeyOf<typeof cartMessages>;
