import { waitUntil } from '@open-wc/testing';
import type { CampWeekPicker } from '../../src/elements/camp-week-picker/camp-week-picker.js';
import type { ChildEnrol } from '../../src/elements/child-enrol/child-enrol.js';
import { FamilyCartPage } from './family-cart.page.js';
import { FormPage } from './form.page.js';

/** A page object for `<child-enrol>`: what a parent sees and does. */
export class ChildEnrolPage extends FormPage<ChildEnrol> {
  picker(): CampWeekPicker {
    const picker = this.root.querySelector('camp-week-picker');
    if (!picker) throw new Error(`no week picker in: ${this.text()}`);
    return picker;
  }

  /** The picker's own shadow DOM, loaded. */
  async pickerRoot(): Promise<ShadowRoot> {
    await waitUntil(
      () => this.root.querySelector('camp-week-picker')?.shadowRoot?.querySelector('#theme'),
      'no week shown',
    );
    return this.picker().shadowRoot!;
  }

  /** Ticks the theme of the week shown (every open day), then shows the next week. */
  async tickWeekThenNext(): Promise<void> {
    const root = await this.pickerRoot();
    root.querySelector<HTMLInputElement>('#theme')!.click();
    await this.settle();
    root.querySelector<HTMLButtonElement>('[part~="next"]')!.click();
    await this.picker().updateComplete;
    await this.settle();
  }

  /** Presses the button with this label once it is shown. */
  async pressButton(label: string): Promise<void> {
    await waitUntil(() => this.hasButton(label), `no button "${label}" in: ${this.text()}`, {
      timeout: 4000,
    });
    this.button(label).click();
    await this.settle();
  }

  /** From the camps to "Semaines de plaine" for `child`. */
  async toWeeks(childId = 'chi-1'): Promise<void> {
    await this.pressButton(`Inscrire mon enfant : ${this.summerName}`);
    await this.waitForText('Étape 1 sur 4');
    await this.pressButton('Suivant');
    await this.waitForInput(`enrol-child-${childId}`);
    await this.tick(`enrol-child-${childId}`);
    await this.pressButton('Suivant');
    await this.pickerRoot();
  }

  /** Two weeks chosen, then the recap. */
  async toRecap(childId = 'chi-1', weeks = 2): Promise<void> {
    await this.toWeeks(childId);
    for (let i = 0; i < weeks; i += 1) await this.tickWeekThenNext();
    await this.pressButton('Suivant');
    await this.waitForText('Étape 4 sur 4');
  }

  summerName = '';

  /** The cart shown under the camps (after "Clôturer mes demandes"), as its own page object. */
  cart(): FamilyCartPage {
    const cart = this.root.querySelector('family-cart');
    if (!cart) throw new Error(`no cart in: ${this.text()}`);
    return new FamilyCartPage(cart);
  }

  /** The link to `href`, if shown. */
  link(href: string): HTMLAnchorElement | null {
    return this.root.querySelector<HTMLAnchorElement>(`a[href="${href}"]`);
  }
}
