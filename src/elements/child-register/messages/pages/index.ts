import { defineMessages, type MessageKeyOf } from '../../../../shared/i18n/localize.js';
import fr from './fr.js';

/**
 * The messages of "Mes enfants", a child's page and a change request: their
 * French ships with those screens (loaded on first use); the other languages load on demand.
 */
export const pagesMessages = defineMessages({
  fr,
  nl: () => import('./nl.js'),
  de: () => import('./de.js'),
  en: () => import('./en.js'),
});

export type PagesKey = MessageKeyOf<typeof pagesMessages>;
