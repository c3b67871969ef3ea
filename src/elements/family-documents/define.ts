import { FamilyDocumentsElement } from './family-documents.js';

export { FamilyDocumentsElement };

if (!customElements.get('family-documents'))
  customElements.define('family-documents', FamilyDocumentsElement);
