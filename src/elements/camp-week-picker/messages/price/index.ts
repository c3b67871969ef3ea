import { campFieldMessages } from '../../../../shared/i18n/camp-fields/index.js';
import { defineMessages, type MessageKeyOf } from '../../../../shared/i18n/localize.js';
import fr from './fr.js';

/**
 * The messages of the week's price and the camp rules' field problems: loaded
 * with that part of the picker (French in it, the other languages on first use).
 */
export const priceMessages = [
  defineMessages({
    fr,
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
  campFieldMessages,
];

export type PriceKey = MessageKeyOf<typeof priceMessages>;
