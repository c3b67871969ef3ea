import { defineMessages, type MessageKeyOf } from '../../../../shared/i18n/localize.js';
import fr from './fr.js';

/**
 * The health form's messages ("fiche santé"): their French ships with the
 * health form (loaded on first use); the other languages load on demand.
 */
export const healthMessages = defineMessages({
  fr,
  nl: () => import('./nl.js'),
  de: () => import('./de.js'),
  en: () => import('./en.js'),
});

export type HealthKey = MessageKeyOf<typeof healthMessages>;
