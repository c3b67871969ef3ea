import { campFieldMessages } from '../../../shared/i18n/camp-fields/index.js';
import { defineMessages, type MessageKeyOf } from '../../../shared/i18n/localize.js';

/** The messages of the enrolment steps, loaded with them: theirs and the camp rules' field problems. */
export const stepsMessages = [
  defineMessages({
    fr: () => import('./fr-steps.js'),
    nl: () => import('./nl-steps.js'),
    de: () => import('./de-steps.js'),
    en: () => import('./en-steps.js'),
  }),
  campFieldMessages,
];

export type StepsKey = MessageKeyOf<typeof stepsMessages>;
