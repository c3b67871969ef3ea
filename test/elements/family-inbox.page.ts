import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FamilyPortalAdapter } from '../../src/adapter/index.js';
import type { DownloadedFile } from '../../src/domain/index.js';
import { FamilyInboxElement } from '../../src/elements/family-inbox/define.js';
import { InboxDouble } from './family-inbox.fixtures.js';

/** `<family-inbox>` that keeps what it saves. */
export class TestFamilyInbox extends FamilyInboxElement {
  saved: DownloadedFile[] = [];
  protected override saveFile(file: DownloadedFile): void {
    this.saved.push(file);
  }
}
customElements.define('test-family-inbox', TestFamilyInbox);

/** Text as read, with Intl's narrow and no-break spaces as plain ones. */
export const words = (value: string | null | undefined) =>
  value?.replace(/[\s\u00a0\u202f]+/g, ' ').trim() ?? '';
export const text = (node: Element | null | undefined) => words(node?.textContent);

/** A page object for `<family-inbox>`: its threads, buttons, fields and parts. */
export class InboxPage {
  constructor(
    readonly el: TestFamilyInbox,
    readonly double: InboxDouble,
  ) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  part(name: string): Element | null {
    return this.root.querySelector(`[part~="${name}"]`);
  }

  parts(name: string): Element[] {
    return [...this.root.querySelectorAll(`[part~="${name}"]`)];
  }

  /** The subjects of the threads listed, in order. */
  subjects(): string[] {
    return this.parts('thread').map((thread) => text(thread.querySelector('.thread__subject')));
  }

  thread(subject: string): Element {
    const found = this.parts('thread').find(
      (thread) => text(thread.querySelector('.thread__subject')) === subject,
    );
    if (!found) throw new Error(`no thread ${subject}`);
    return found;
  }

  button(name: string | RegExp): HTMLButtonElement {
    const found = [...this.root.querySelectorAll<HTMLButtonElement>('button')].find((button) =>
      typeof name === 'string' ? text(button) === name : name.test(text(button)),
    );
    if (!found) throw new Error(`no button ${name}`);
    return found;
  }

  /** Focuses the button and presses Enter, as a keyboard user would. */
  async press(name: string | RegExp): Promise<void> {
    this.button(name).focus();
    await sendKeys({ press: 'Enter' });
    await this.settle();
  }

  field<T extends HTMLElement = HTMLInputElement>(id: string): T {
    const found = this.root.getElementById(id);
    if (!found) throw new Error(`no field #${id}`);
    return found as T;
  }

  /** Focuses the field and types, as a keyboard user would. */
  async type(id: string, value: string): Promise<void> {
    this.field(id).focus();
    await sendKeys({ type: value });
    await this.settle();
  }

  /** Chooses an option of a list by its value (the keyboard's choice, without the browser's popup). */
  async choose(id: string, value: string): Promise<void> {
    const select = this.field<HTMLSelectElement>(id);
    select.focus();
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await this.settle();
  }

  /** Picks files in the file field `id`, as the browser's chooser would. */
  async pick(id: string, ...files: File[]): Promise<void> {
    const input = this.field(id);
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await this.settle();
  }

  focused(): Element | null {
    return this.root.activeElement;
  }

  async settle(): Promise<void> {
    await this.el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
    await this.el.updateComplete;
  }

  async waitFor(selector: string, message = `no ${selector}`): Promise<Element> {
    await waitUntil(() => this.root.querySelector(selector), message);
    await this.settle();
    return this.root.querySelector(selector)!;
  }
}

export const pdf = (name = 'certificat.pdf', size = 0) =>
  new File([`%PDF-1.4 ${'x'.repeat(size)}`], name, { type: 'application/pdf' });

/** The inbox on `double`'s answers, in French. */
export async function placeInbox(
  double = new InboxDouble(),
  {
    adapter = double.adapter,
    width,
    wait = true,
  }: { adapter?: Partial<FamilyPortalAdapter>; width?: number; wait?: boolean } = {},
): Promise<InboxPage> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${ifDefined(width === undefined ? undefined : `width: ${width}px`)}>
      <test-family-inbox .adapter=${adapter} locale="fr"></test-family-inbox>
    </div>`,
  );
  const el = wrapper.querySelector<TestFamilyInbox>('test-family-inbox')!;
  const page = new InboxPage(el, double);
  if (wait) {
    await waitUntil(
      () =>
        el.shadowRoot?.querySelector(
          '[part~="threads"], [part~="empty"], [part~="error-panel"], [part~="thread-view"], [part~="compose"]',
        ),
      'nothing shown',
    );
    await page.settle();
  }
  return page;
}
