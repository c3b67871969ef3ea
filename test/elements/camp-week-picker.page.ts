import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CampWeekPicker } from '../../src/elements/camp-week-picker/camp-week-picker.js';
import { FormPage } from './form.page.js';

/** A page object for `<camp-week-picker>`: what a parent sees and does. */
export class CampWeekPickerPage extends FormPage<CampWeekPicker> {
  title(): string {
    return this.root.querySelector('[part~="week-title"]')?.textContent?.trim() ?? '';
  }

  announced(): string {
    return this.root.querySelector('[role="status"]')?.textContent?.trim() ?? '';
  }

  cells(): HTMLElement[] {
    return [...this.root.querySelectorAll<HTMLElement>('[role="gridcell"]')];
  }

  /** The text of the day's cell (`2027-07-05`), spaces collapsed. */
  day(date: string): string {
    const index = this.cells().findIndex((cell) =>
      cell.textContent?.includes(date.split('-').reverse().join('/')),
    );
    if (index < 0) throw new Error(`${date} is not shown in: ${this.text()}`);
    return this.cells()[index]!.textContent!.replace(/\s+/g, ' ').trim();
  }

  box(date: string): HTMLInputElement {
    return this.input(`day-${date}`);
  }

  theme(): HTMLInputElement {
    return this.input('theme');
  }

  dates(): string[] {
    return this.el.value.map((choice) => choice.date);
  }

  weekPrice(): string {
    return (this.root.querySelector('[part~="week-price"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /** The week's waiting list, once it is there (it downloads when a day of the week is full). */
  async waiting(): Promise<HTMLInputElement> {
    await this.waitForInput('waiting');
    return this.input('waiting');
  }

  /** Waits for the week's price to read `text` (its rules download with the first day chosen). */
  async waitForPrice(text: string): Promise<void> {
    await waitUntil(() => this.weekPrice() === text, `the price never read "${text}": "${this.weekPrice()}"`);
  }

  /** Presses `key` with a modifier held. */
  async pressWith(modifier: 'Control' | 'Shift', key: string): Promise<void> {
    await sendKeys({ down: modifier });
    await this.press(key);
    await sendKeys({ up: modifier });
  }

  /** Presses "Semaine suivante" `times` times. */
  async next(times = 1): Promise<void> {
    for (let i = 0; i < times; i += 1) {
      this.button('Semaine suivante').click();
      await this.settle();
    }
  }

  async click(element: HTMLElement): Promise<void> {
    element.click();
    await this.settle();
  }
}
