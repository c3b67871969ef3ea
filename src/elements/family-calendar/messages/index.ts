import { defineMessages, type MessageKeyOf } from '../../../shared/i18n/localize.js';
import type { DayKey } from './day/index.js';
import type { FeedKey } from './feed/index.js';
import type { AbsenceKey } from './absence/index.js';
import type { PeriodKey } from './period/index.js';
import type { CopyKey } from './copy/index.js';
import type { RecapKey } from './recap/index.js';

/** The messages of <family-calendar>, loaded with its first render; those of the day's panel (`day/`) and of the recap and the answer (`recap/`) come with those parts. */
export const calendarMessages = [
  defineMessages({
    fr: () => import('./fr.js'),
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
];

export type CalendarKey =
  MessageKeyOf<typeof calendarMessages> | RecapKey | DayKey | FeedKey | AbsenceKey | PeriodKey | CopyKey;
