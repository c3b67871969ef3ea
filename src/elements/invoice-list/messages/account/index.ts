import { defineMessages, type MessageKeyOf } from '../../../../shared/i18n/localize.js';
import fr from './fr.js';

/** The messages of <invoice-list>'s statement and tax certificates: loaded with that part (French in it, the other languages on first use). */
export const accountMessages = [
  defineMessages({
    fr,
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
];

export type AccountKey = MessageKeyOf<typeof accountMessages>;
