import type { ParentIdentity } from '../src/domain/index.js';

/** Sophie Lambert, the demo's new Belgian parent, in the wire form (valid national number check digits). */
export const sophie: ParentIdentity = {
  lastName: 'Lambert',
  firstName: 'Sophie',
  nationalNumber: '85073003328',
  address: {
    street: 'Rue des Écoles',
    number: '12',
    postcode: '1435',
    city: 'Mont-Saint-Guibert',
    country: 'BE',
  },
  phone: '+32496444111',
  email: 'sophie.lambert@example.be',
};
