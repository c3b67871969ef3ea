import { defineMessages, type MessageKeyOf } from '../../../shared/i18n/localize.js';
import type { RecapKey } from './recap/index.js';

/** The messages of <family-calendar>, loaded with its first render; those of the recap and the answer come with that part (`recap/`). */
export const calendarMessages = [
  defineMessages({
    fr: () => import('./fr.js'),
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
];

export type CalendarKey = MessageKeyOf<typeof calendarMessages> | RecapKey;
