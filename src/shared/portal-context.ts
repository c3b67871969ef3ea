import { createContext } from '@lit/context';
import type { CommuneSettings, Locale } from '../domain/index.js';
import type { Translations } from './i18n/localize.js';

/** What `<family-portal>` shares with the elements inside it besides the adapter. */
export interface PortalSettings {
  locale?: Locale | undefined;
  translations?: Translations | undefined;
  /** The commune's settings, read once by the portal for every element inside it. */
  commune?: Promise<CommuneSettings> | undefined;
}

/** A global symbol key, so that elements from separate bundles find their portal. */
export const portalContext = createContext<PortalSettings | undefined>(Symbol.for('family-portal.settings'));
