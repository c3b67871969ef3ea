import { fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import type { MemoryAdapter } from '../../src/adapter/memory/index.js';
import type { ChildRegister } from '../../src/elements/child-register/child-register.js';
import { ChildRegisterPage } from './child-register.page.js';

export interface MountOptions {
  childId?: string;
  view?: 'register' | 'children';
  lang?: string;
}

/** `<child-register>` on `adapter`, inside an element carrying the page's `lang`. */
export async function placeChildRegister(
  adapter: MemoryAdapter,
  { childId = '', view, lang = 'fr' }: MountOptions = {},
): Promise<ChildHealthPage> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}>
      <child-register
        .adapter=${adapter}
        child-id=${childId || nothing}
        view=${view ?? nothing}
      ></child-register>
    </div>`,
  );
  return new ChildHealthPage(wrapper.querySelector('child-register') as ChildRegister);
}

/** `<child-register>` on "Mes enfants", a child's page and the health form: what a parent sees and does. */
export class ChildHealthPage extends ChildRegisterPage {
  /** The current step's title, without "Étape n sur m". */
  stepTitle(): string {
    const title = this.root.querySelector('[data-focus="step-heading"]');
    const count = title?.querySelector('.stepper__count')?.textContent ?? '';
    return (title?.textContent ?? '').replace(count, '').replace(/\s+/g, ' ').trim();
  }

  /** "Étape n sur m". */
  stepCount(): string {
    return this.root.querySelector('[data-focus="step-heading"] .stepper__count')?.textContent?.trim() ?? '';
  }

  /** What the polite status region announces. */
  status(): string {
    return this.root.querySelector('[role="status"][aria-live="polite"]')?.textContent?.trim() ?? '';
  }

  /** Each child of "Mes enfants" by first and last name, with the text of their card. */
  childCards(): Map<string, string> {
    const cards = [...this.root.querySelectorAll<HTMLElement>('[part~="child"]')];
    return new Map(
      cards.map((card) => [
        card.querySelector('[role="heading"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
        card.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      ]),
    );
  }

  /** The button labels of a child's card. */
  cardButtons(name: string): string[] {
    const card = [...this.root.querySelectorAll<HTMLElement>('[part~="child"]')].find(
      (candidate) =>
        candidate.querySelector('[role="heading"]')?.textContent?.replace(/\s+/g, ' ').trim() === name,
    );
    if (!card) throw new Error(`no card for ${name}`);
    return [...card.querySelectorAll('button')].map((b) => b.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  }

  /** The text of a section of a child's page ("Fiche santé", "Identité et école", "Demandes"). */
  section(title: string): string {
    const section = [...this.root.querySelectorAll('section')].find(
      (candidate) => candidate.querySelector('[role="heading"]')?.textContent?.trim() === title,
    );
    if (!section) throw new Error(`no section "${title}" in: ${this.text()}`);
    return section.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  /** The pending change request notice of a child's page, if shown. */
  pendingNotice(): string | undefined {
    return this.root.querySelector('[part~="pending"]')?.textContent?.replace(/\s+/g, ' ').trim();
  }

  /** The "Vérifiez vos réponses" rows: label → value. */
  recapRows(): Map<string, string> {
    const rows = [...this.root.querySelectorAll('[part~="recap"] .recap__row')];
    return new Map(
      rows.map((row) => [
        row.querySelector('dt')?.textContent?.trim() ?? '',
        row.querySelector('dd')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      ]),
    );
  }

  /** The recap's "Modifier" button for the row labelled `label`. */
  changeButton(label: string): HTMLButtonElement {
    const found = [...this.root.querySelectorAll<HTMLButtonElement>('[part~="change"]')].find((b) =>
      b.textContent?.includes(`Modifier : ${label}`),
    );
    if (!found) throw new Error(`no "Modifier" for ${label}`);
    return found;
  }

  /** Follows the error summary's link whose text is `message`. */
  async followSummary(message: string): Promise<void> {
    const link = [...(this.errorSummary()?.querySelectorAll('a') ?? [])].find(
      (a) => a.textContent?.trim() === message,
    );
    if (!link) throw new Error(`no summary link "${message}" in: ${this.summaryMessages().join(' | ')}`);
    link.click();
    await this.settle();
  }

  async waitForButton(label: string, timeout = 4000): Promise<void> {
    await waitUntil(() => this.hasButton(label), `no button "${label}" in: ${this.text()}`, { timeout });
  }

  /** Clicks a button and waits for the render that follows. */
  async click(label: string): Promise<void> {
    this.button(label).click();
    await this.settle();
  }

  /** A complete first step: the doctor, no allergy, swims a little. */
  async fillCareStep(doctor = validDoctor): Promise<void> {
    await this.fillAll(doctor);
    await this.tick('health-allergies-no');
    await this.tick('health-canSwim-a-little');
  }

  /** Fills the contact person at `index` (0-based); roles are left as they are. */
  async fillContact(index: number, contact: Contact): Promise<void> {
    await this.fillAll({
      [`health-contacts-${index}-firstName`]: contact.firstName,
      [`health-contacts-${index}-lastName`]: contact.lastName,
      [`health-contacts-${index}-relation`]: contact.relation,
      [`health-contacts-${index}-phone`]: contact.phone,
    });
  }

  /** Ticks or unticks a box so that it ends `checked`. */
  async setChecked(id: string, checked: boolean): Promise<void> {
    if (this.input(id).checked !== checked) await this.tick(id);
  }
}

export interface Contact {
  firstName: string;
  lastName: string;
  relation: string;
  phone: string;
}

export const validDoctor = {
  'health-doctor-name': 'Dr Anne Collard',
  'health-doctor-phone': '010 45 67 89',
};

/** A grandmother who may take the child home. */
export const granny: Contact = {
  firstName: 'Jeanne',
  lastName: 'Dubois',
  relation: 'grand-mère',
  phone: '0477 12 34 56',
};
