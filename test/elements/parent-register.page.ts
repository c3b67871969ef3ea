import { waitUntil } from '@open-wc/testing';
import type { ParentRegister } from '../../src/elements/parent-register/parent-register.js';
import { FormPage } from './form.page.js';

/** A page object for `<parent-register>`. */
export class ParentRegisterPage extends FormPage<ParentRegister> {
  /**
   * Presses "Continuer" (`label` in another language) and waits for what it
   * shows, the problems or the recap, as a parent would: the rules that check
   * the form may still be downloading.
   */
  async pressContinue(label = 'Continuer'): Promise<void> {
    this.button(label).click();
    await this.el.updateComplete;
    await waitUntil(() => !this.root.querySelector('[aria-busy="true"]'), 'the form was never checked');
    await this.settle();
  }
}

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
