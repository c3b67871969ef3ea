import type { ParentRegister } from '../../src/elements/parent-register/parent-register.js';
import { FormPage } from './form.page.js';

/** A page object for `<parent-register>`. */
export class ParentRegisterPage extends FormPage<ParentRegister> {}

/** Valid Belgian details; the national number's check digits are right. */
export const validBelgianParent = {
  'parent-lastName': 'Lambert',
  'parent-firstName': 'Sophie',
  'parent-nationalNumber': '85.07.30-033.28',
  'parent-address-street': 'Rue des Écoles',
  'parent-address-number': '12',
  'parent-address-postcode': '1435',
  'parent-address-city': 'Mont-Saint-Guibert',
  'parent-phone': '0496 44 41 11',
};
