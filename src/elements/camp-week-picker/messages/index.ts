import { defineMessages, type MessageKeyOf } from '../../../shared/i18n/localize.js';
import type { PriceKey } from './price/index.js';

/** The messages of <camp-week-picker>, loaded with its first render (those of the week's price come with it: messages/price). */
export const pickerMessages = [
  defineMessages({
    fr: () => import('./fr.js'),
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
];

export type PickerKey = MessageKeyOf<typeof pickerMessages> | PriceKey;
