import { defineMessages, type MessageKeyOf } from '../../../shared/i18n/localize.js';
import { registrationMessages } from '../../../shared/i18n/registration/index.js';
import type { AccountKey } from './account/index.js';
import type { RecapKey } from './recap/index.js';

/**
 * The messages of <parent-register>'s form, loaded with its first render;
 * those of the recap (`recap/`) and of the later screens (`account/`) come
 * with those parts.
 */
export const parentMessages = [
  defineMessages({
    fr: () => import('./fr.js'),
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
  registrationMessages,
];

export type ParentKey = MessageKeyOf<typeof parentMessages> | RecapKey | AccountKey;
