import { defineMessages, type MessageKeyOf } from '../../../../shared/i18n/localize.js';
import fr from './fr.js';

/** The messages of <family-documents>'s proof form: loaded with that part (French in it, the other languages on first use). */
export const proofMessages = [
  defineMessages({
    fr,
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
];

export type ProofKey = MessageKeyOf<typeof proofMessages>;
