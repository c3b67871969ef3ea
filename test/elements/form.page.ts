import { aTimeout, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { sendKeys } from '@web/test-runner-commands';

/** A page object for the form elements: tests read like what a parent does. */
export class FormPage<T extends LitElement = LitElement> {
  constructor(readonly el: T) {}

  get root(): ShadowRoot {
    const root = this.el.shadowRoot;
    if (!root) throw new Error(`${this.el.localName} has no shadow root`);
    return root;
  }

  text(): string {
    return (this.root.textContent ?? '').replace(/\s+/g, ' ');
  }

  input(id: string): HTMLInputElement {
    const input = this.root.querySelector<HTMLInputElement>(`#${id}`);
    if (!input) throw new Error(`no input #${id}`);
    return input;
  }

  /** The text of the first node with `part` (spaces collapsed), or '' when there is none. */
  partText(part: string): string {
    return this.root.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  heading(): string {
    return this.root.querySelector('[part~="heading"]')?.textContent?.trim() ?? '';
  }

  buttons(): HTMLButtonElement[] {
    return [...this.root.querySelectorAll('button')];
  }

  button(label: string): HTMLButtonElement {
    const found = this.buttons().find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === label);
    if (!found)
      throw new Error(`no button "${label}" in: ${this.buttons().map((b) => b.textContent?.trim())}`);
    return found;
  }

  hasButton(label: string): boolean {
    return this.buttons().some((b) => b.textContent?.replace(/\s+/g, ' ').trim() === label);
  }

  errorSummary(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[part~="error-summary"]');
  }

  summaryMessages(): string[] {
    return [...(this.errorSummary()?.querySelectorAll('a') ?? [])].map((a) => a.textContent?.trim() ?? '');
  }

  inlineError(id: string): string {
    const input = this.input(id);
    const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    return ids
      .map((describedBy) => this.root.getElementById(describedBy))
      .filter((node): node is HTMLElement => !!node && node.matches('[part~="error"]'))
      .map((node) => node.textContent?.replace(/\s+/g, ' ').trim() ?? '')
      .join(' ');
  }

  focused(): Element | null {
    return this.root.activeElement;
  }

  /** Waits until the element has loaded and shows `text`. */
  async waitForText(text: string, timeout = 4000): Promise<void> {
    await waitUntil(() => this.text().includes(text), `"${text}" never appeared in: ${this.text()}`, {
      timeout,
    });
  }

  async waitForInput(id: string): Promise<void> {
    await waitUntil(() => !!this.root.querySelector(`#${id}`), `no #${id}`, { timeout: 4000 });
  }

  /** Types into a field as a parent would: focus, select all, type. */
  async fill(id: string, value: string): Promise<void> {
    const input = this.input(id);
    input.focus();
    input.select();
    if (value) await sendKeys({ type: value });
    else await sendKeys({ press: 'Backspace' });
    await this.el.updateComplete;
  }

  async fillAll(values: Record<string, string>): Promise<void> {
    for (const [id, value] of Object.entries(values)) await this.fill(id, value);
  }

  async press(key: string): Promise<void> {
    await sendKeys({ press: key });
    await this.el.updateComplete;
    await aTimeout(0);
  }

  /** Presses Tab until `predicate` holds for the focused element in the shadow root. */
  async tabTo(predicate: (el: Element) => boolean, max = 40): Promise<Element> {
    for (let i = 0; i < max; i += 1) {
      const focused = this.focused();
      if (focused && predicate(focused)) return focused;
      await sendKeys({ press: 'Tab' });
    }
    throw new Error(`Tab never reached the element; focused: ${this.focused()?.outerHTML.slice(0, 120)}`);
  }

  async tabToButton(label: string): Promise<void> {
    await this.tabTo(
      (el) => el.tagName === 'BUTTON' && el.textContent?.replace(/\s+/g, ' ').trim() === label,
    );
  }

  async settle(): Promise<void> {
    await this.el.updateComplete;
    await aTimeout(0);
    await this.el.updateComplete;
  }

  select(id: string): HTMLSelectElement {
    const select = this.root.querySelector<HTMLSelectElement>(`select#${id}`);
    if (!select) throw new Error(`no select #${id}`);
    return select;
  }

  /** Chooses an option of a list by mouse (keyboard paths use `press`). */
  async choose(id: string, value: string): Promise<void> {
    const select = this.select(id);
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await this.settle();
  }

  /** Ticks a radio button or a checkbox. */
  async tick(id: string): Promise<void> {
    this.input(id).click();
    await this.settle();
  }
}
