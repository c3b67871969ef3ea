import { defineMessages, type MessageKeyOf } from '../../../../shared/i18n/localize.js';
import fr from './fr.js';

/** The messages of the notices and the removal question: loaded with that part (French in it, the other languages on first use). */
export const noticeMessages = [
  defineMessages({
    fr,
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
];

export type NoticeKey = MessageKeyOf<typeof noticeMessages>;
