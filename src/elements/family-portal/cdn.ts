import { FamilyPortal } from './family-portal.js';

// The CDN's entry (rollup.config.mjs takes an element's cdn.ts over its define.ts): the elements of
// the tabs load when a tab is first shown, or when the page puts them inside the portal, so that a
// page pays only for what it shows. define.ts, the npm entry, defines them at once as it always did.
export { FamilyPortal };

if (!customElements.get('family-portal')) customElements.define('family-portal', FamilyPortal);
