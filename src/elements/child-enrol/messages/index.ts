import { campFieldMessages } from '../../../shared/i18n/camp-fields/index.js';
import { historyMessages } from '../../../shared/i18n/history/index.js';
import { priceBreakdownMessages } from '../../../shared/i18n/price-breakdown/index.js';
import { defineMessages, type MessageKeyOf } from '../../../shared/i18n/localize.js';

/**
 * The messages of <child-enrol>, loaded with its first render, and the shared
 * ones it shows: the camp rules' field problems, the closing's price
 * breakdown and the status history. The picker and the cart it composes load their own.
 */
export const enrolMessages = [
  defineMessages({
    fr: () => import('./fr.js'),
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
  campFieldMessages,
  priceBreakdownMessages,
  historyMessages,
];

export type EnrolKey = MessageKeyOf<typeof enrolMessages>;
