import { defineMessages, type MessageKeyOf } from '../../../shared/i18n/localize.js';
import fr from './fr.js';

/**
 * The built-in portal's messages: its few French words ship with it (its tabs
 * show at once); the other languages load on demand.
 */
export const portalMessages = [
  defineMessages({
    fr,
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
];

export type PortalKey = MessageKeyOf<typeof portalMessages>;
