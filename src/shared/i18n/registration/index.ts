import { defineMessages, type MessageKeyOf } from '../localize.js';
import type { RegistrationFormKey } from '../registration-form/index.js';

/**
 * The words <parent-register> and <child-register> share and show with a
 * form's checks and later screens: a person's and a child's field problems,
 * health forms, request kinds and statuses. Only these two elements receive
 * those rule codes from the service. The words shown with the form itself
 * (date input, phone hints) are `registrationFormMessages`.
 */
export const registrationMessages = defineMessages({
  fr: () => import('./fr.js'),
  nl: () => import('./nl.js'),
  de: () => import('./de.js'),
  en: () => import('./en.js'),
});

/** Both bundles' keys: what the shared registration templates (date input, request list) may show. */
export type RegistrationKey = MessageKeyOf<typeof registrationMessages> | RegistrationFormKey;
