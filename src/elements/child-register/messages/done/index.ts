import { defineMessages, type MessageKeyOf } from '../../../../shared/i18n/localize.js';
import fr from './fr.js';

/**
 * The messages of the registration's confirmation: their French ships with it
 * (loaded on first use); the other languages load on demand.
 */
export const doneMessages = defineMessages({
  fr,
  nl: () => import('./nl.js'),
  de: () => import('./de.js'),
  en: () => import('./en.js'),
});

export type DoneKey = MessageKeyOf<typeof doneMessages>;
