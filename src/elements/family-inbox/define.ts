import { FamilyInboxElement } from './family-inbox.js';

export { FamilyInboxElement };

if (!customElements.get('family-inbox')) customElements.define('family-inbox', FamilyInboxElement);
