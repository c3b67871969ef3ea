import { defineMessages, type MessageKeyOf } from '../../../../shared/i18n/localize.js';
import fr from './fr.js';

/** The messages of "Dupliquer le planning": loaded with that dialog (French in it, the other languages on first use). */
export const copyMessages = [
  defineMessages({
    fr,
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
];

export type CopyKey = MessageKeyOf<typeof copyMessages>;
