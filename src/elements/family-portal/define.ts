import '../child-register/define.js';
import '../parent-register/define.js';
import { FamilyPortal } from './family-portal.js';

export { FamilyPortal };

if (!customElements.get('family-portal')) customElements.define('family-portal', FamilyPortal);
