import { defineMessages, type MessageKeyOf } from '../../../../shared/i18n/localize.js';
import fr from './fr.js';

/** The messages of the recap of pending changes and of the answer: loaded with that part (French in it, the other languages on first use). */
export const recapMessages = [
  defineMessages({
    fr,
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
];

export type RecapKey = MessageKeyOf<typeof recapMessages>;
