import { defineMessages, type MessageKeyOf } from '../../../../shared/i18n/localize.js';
import { registrationMessages } from '../../../../shared/i18n/registration/index.js';
import fr from './fr.js';

/** The messages of the recap and of the field problems: loaded with that part (French in it, the other languages on first use). */
export const recapMessages = [
  defineMessages({
    fr,
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
  registrationMessages,
];

export type RecapKey = MessageKeyOf<typeof recapMessages>;
