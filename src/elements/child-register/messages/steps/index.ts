import { defineMessages, type MessageKeyOf } from '../../../../shared/i18n/localize.js';
import fr from './fr.js';

/**
 * The messages of the registration's steps after the first (the child's
 * identity and school, "Vérifiez vos réponses"), which a change request and a
 * child's page show too: their French ships with those screens (loaded on
 * first use); the other languages load on demand.
 */
export const stepsMessages = defineMessages({
  fr,
  nl: () => import('./nl.js'),
  de: () => import('./de.js'),
  en: () => import('./en.js'),
});

export type StepsKey = MessageKeyOf<typeof stepsMessages>;
