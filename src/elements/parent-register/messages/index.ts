import { defineMessages, type MessageKeyOf } from '../../../shared/i18n/localize.js';
import { registrationFormMessages } from '../../../shared/i18n/registration-form/index.js';
import type { AccountKey } from './account/index.js';
import type { RecapKey } from './recap/index.js';

/**
 * The messages of <parent-register>'s form, loaded with its first render;
 * those of the recap (`recap/`) and of the later screens (`account/`) come
 * with those parts, each with the registration words of checks and requests.
 */
export const parentMessages = [
  defineMessages({
    fr: () => import('./fr.js'),
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
  registrationFormMessages,
];

export type ParentKey = MessageKeyOf<typeof parentMessages> | RecapKey | AccountKey;
