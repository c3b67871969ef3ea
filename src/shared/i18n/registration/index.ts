import { defineMessages, type MessageKeyOf } from '../localize.js';

/**
 * The words <parent-register> and <child-register> share: a person's and a
 * child's field problems, the date input, health forms, request kinds and
 * statuses. Only these two elements receive those rule codes from the service.
 */
export const registrationMessages = defineMessages({
  fr: () => import('./fr.js'),
  nl: () => import('./nl.js'),
  de: () => import('./de.js'),
  en: () => import('./en.js'),
});

export type RegistrationKey = MessageKeyOf<typeof registrationMessages>;
