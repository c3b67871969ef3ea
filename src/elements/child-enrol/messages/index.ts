import type { HistoryKey } from '../../../shared/i18n/history/index.js';
import { defineMessages, type MessageKeyOf } from '../../../shared/i18n/localize.js';
import type { OutcomeKey } from './outcome.js';
import type { StepsKey } from './steps.js';

/**
 * The messages of <child-enrol>'s home screen (the camps, the drafts, the
 * enrolments), loaded with its first render. The steps, the answers and the
 * status history bring theirs when first shown (steps.ts, outcome.ts, history-part.ts);
 * the picker and the cart it composes load their own.
 */
export const enrolMessages = [
  defineMessages({
    fr: () => import('./fr.js'),
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
];

/** Every key of <child-enrol>, the parts' included (they speak through the element's LocalizeController). */
export type EnrolKey = MessageKeyOf<typeof enrolMessages> | StepsKey | OutcomeKey | HistoryKey;
