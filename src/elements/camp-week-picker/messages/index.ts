import { campFieldMessages } from '../../../shared/i18n/camp-fields/index.js';
import { defineMessages, type MessageKeyOf } from '../../../shared/i18n/localize.js';

/** The messages of <camp-week-picker>, loaded with its first render, and the camp rules' field problems. */
export const pickerMessages = [
  defineMessages({
    fr: () => import('./fr.js'),
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
  campFieldMessages,
];

export type PickerKey = MessageKeyOf<typeof pickerMessages>;
