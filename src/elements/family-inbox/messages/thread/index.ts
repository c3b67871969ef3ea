import { defineMessages, type MessageKeyOf } from '../../../../shared/i18n/localize.js';
import fr from './fr.js';

/** The messages of <family-inbox>'s thread and forms: loaded with that part (French in it, the other languages on first use). */
export const threadMessages = [
  defineMessages({
    fr,
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
];

export type ThreadKey = MessageKeyOf<typeof threadMessages>;
