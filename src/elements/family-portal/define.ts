import { FamilyPortal } from './family-portal.js';

export { FamilyPortal };

if (!customElements.get('family-portal')) customElements.define('family-portal', FamilyPortal);
