import { defineMessages, type MessageKeyOf } from '../../../../shared/i18n/localize.js';
import fr from './fr.js';

/** The messages of <family-portal>'s built-in portal (home, tabs, counts): loaded with it (French in it, the other languages on first use). */
export const shellMessages = [
  defineMessages({
    fr,
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
];

export type ShellKey = MessageKeyOf<typeof shellMessages>;
