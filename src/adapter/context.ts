import { createContext } from '@lit/context';
import type { FamilyPortalAdapter } from './adapter.js';

/**
 * Provided by `<family-portal>`. The key is a global symbol so that elements
 * loaded from separate CDN bundles still find the portal's adapter.
 */
export const adapterContext = createContext<FamilyPortalAdapter | undefined>(
  Symbol.for('family-portal.adapter'),
);
