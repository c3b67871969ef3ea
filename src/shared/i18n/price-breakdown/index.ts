import { defineMessages, type MessageKeyOf } from '../localize.js';

/** The price breakdown's lines and its counts ("3 jours"), for the elements that show it. */
export const priceBreakdownMessages = defineMessages({
  fr: () => import('./fr.js'),
  nl: () => import('./nl.js'),
  de: () => import('./de.js'),
  en: () => import('./en.js'),
});

export type PriceBreakdownKey = MessageKeyOf<typeof priceBreakdownMessages>;
