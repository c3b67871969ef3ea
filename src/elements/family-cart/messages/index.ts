import { priceBreakdownMessages } from '../../../shared/i18n/price-breakdown/index.js';
import { defineMessages, type MessageKeyOf } from '../../../shared/i18n/localize.js';
import type { NoticeKey } from './notices/index.js';

/** The messages of <family-cart>, loaded with its first render, and the price breakdown's; those of its notices come with them (`notices/`). */
export const cartMessages = [
  defineMessages({
    fr: () => import('./fr.js'),
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
  priceBreakdownMessages,
];

export type CartKey = MessageKeyOf<typeof cartMessages> | NoticeKey;
