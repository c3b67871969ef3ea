import type { ChildRegister } from '../../src/elements/child-register/child-register.js';
import { FormPage } from './form.page.js';

/** A page object for `<child-register>`. */
export class ChildRegisterPage extends FormPage<ChildRegister> {}

/** A new child for the known family (Marc Dubois), valid in the Belgian commune: the text fields. */
export const emma = {
  'child-firstName': 'Emma',
  'child-birthDate-day': '15',
  'child-birthDate-month': '3',
  'child-birthDate-year': '2020',
};

/** Emma's national number (born 2020-03-15, a girl) and a kids-ID number with the right check digits. */
export const emmaNationalNumber = '20.03.15-002.18';
export const validKidEid = '592-1234567-32';
