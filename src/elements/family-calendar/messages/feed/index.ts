import { defineMessages, type MessageKeyOf } from '../../../../shared/i18n/localize.js';
import fr from './fr.js';

/** The messages of the dialogs: loaded with that part (French in it, the other languages on first use). */
export const feedMessages = [
  defineMessages({
    fr,
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
];

export type FeedKey = MessageKeyOf<typeof feedMessages>;
