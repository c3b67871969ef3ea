import { historyMessages } from '../../../shared/i18n/history/index.js';
import { defineMessages, type MessageKeyOf } from '../../../shared/i18n/localize.js';
import { registrationMessages } from '../../../shared/i18n/registration/index.js';
import type { HealthKey } from './health/index.js';
import type { PagesKey } from './pages/index.js';

/**
 * The messages of <child-register>'s registration, loaded with its first
 * render. Those of the screens it loads on first use ("Mes enfants", a
 * child's page, the health form) come with them (`pages/`, `health/`).
 */
export const childMessages = [
  defineMessages({
    fr: () => import('./fr.js'),
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
  historyMessages,
  registrationMessages,
];

/** Every key of the element, those of the screens loaded later too. */
export type ChildKey = MessageKeyOf<typeof childMessages> | PagesKey | HealthKey;
