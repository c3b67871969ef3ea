import { defineMessages, type MessageKeyOf } from '../localize.js';

/**
 * The words of a registration form's fields that <parent-register> and
 * <child-register> show with the form itself: the date input's and the phone
 * hints. The field problems, which only a check or the service brings, and
 * the later screens' words are `registrationMessages` (../registration).
 */
export const registrationFormMessages = defineMessages({
  fr: () => import('./fr.js'),
  nl: () => import('./nl.js'),
  de: () => import('./de.js'),
  en: () => import('./en.js'),
});

export type RegistrationFormKey = MessageKeyOf<typeof registrationFormMessages>;
