import type { HistoryKey } from '../../../shared/i18n/history/index.js';
import { defineMessages, type MessageKeyOf } from '../../../shared/i18n/localize.js';
import type { RegistrationKey } from '../../../shared/i18n/registration/index.js';
import type { DoneKey } from './done/index.js';
import type { HealthKey } from './health/index.js';
import type { PagesKey } from './pages/index.js';
import type { StepsKey } from './steps/index.js';

/**
 * The messages of <child-register>'s first screen ("Mes informations"),
 * loaded with its first render. Those of the screens it loads on first use
 * (the next steps, the confirmation with its status history, "Mes enfants", a
 * child's page, the health form) come with them (`steps/`, `done/`, `pages/`, `health/`).
 */
export const childMessages = [
  defineMessages({
    fr: () => import('./fr.js'),
    nl: () => import('./nl.js'),
    de: () => import('./de.js'),
    en: () => import('./en.js'),
  }),
];

/** Every key of the element, those of the screens loaded later too (with the status history's and the registration words'). */
export type ChildKey =
  | MessageKeyOf<typeof childMessages>
  | StepsKey
  | DoneKey
  | PagesKey
  | HealthKey
  | HistoryKey
  | RegistrationKey;
