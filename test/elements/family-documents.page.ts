import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FamilyPortalAdapter } from '../../src/adapter/index.js';
import type { DownloadedFile } from '../../src/domain/index.js';
import { FamilyDocumentsElement } from '../../src/elements/family-documents/define.js';
import { DocumentsDouble } from './family-documents.fixtures.js';

/** `<family-documents>` that keeps what it saves instead of saving it. */
export class TestFamilyDocuments extends FamilyDocumentsElement {
  saved: DownloadedFile[] = [];
  /** The proof form's download fails this many times (a network cut). */
  partFailures = 0;
  protected override saveFile(file: DownloadedFile): void {
    this.saved.push(file);
  }
  protected override importProofPart() {
    if (this.partFailures > 0) {
      this.partFailures--;
      return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    }
    return super.importProofPart();
  }
}
customElements.define('test-family-documents', TestFamilyDocuments);

/** Text as read, with Intl's narrow and no-break spaces as plain ones. */
export const words = (value: string | null | undefined) =>
  value?.replace(/[\s\u00a0\u202f]+/g, ' ').trim() ?? '';
export const text = (node: Element | null | undefined) => words(node?.textContent);

/** A file as the browser's chooser gives it. */
export const pdf = (name = 'certificat.pdf', body = '%PDF-1.4 certificat') =>
  new File([body], name, { type: 'application/pdf' });

/** A page object for `<family-documents>`: its sections, documents, buttons and form. */
export class DocumentsPage {
  constructor(
    readonly el: TestFamilyDocuments,
    readonly double: DocumentsDouble,
  ) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  part(name: string): Element | null {
    return this.root.querySelector(`[part~="${name}"]`);
  }

  /** The titles of a section's documents (`published` or `sent`), in order. */
  titles(section: 'published' | 'sent'): string[] {
    return [...this.root.querySelectorAll(`[part~="${section}"] [part~="document-title"]`)].map(text);
  }

  document(title: string): HTMLElement {
    const found = [...this.root.querySelectorAll<HTMLElement>('[part~="document"]')].find(
      (document) => text(document.querySelector('[part~="document-title"]')) === title,
    );
    if (!found) throw new Error(`no document ${title}`);
    return found;
  }

  button(name: string | RegExp, within: ParentNode = this.root): HTMLButtonElement {
    const found = [...within.querySelectorAll<HTMLButtonElement>('button')].find((button) =>
      typeof name === 'string' ? text(button) === name : name.test(text(button)),
    );
    if (!found) throw new Error(`no button ${name}`);
    return found;
  }

  /** Focuses the button and presses Enter, as a keyboard user would. */
  async press(name: string | RegExp, within?: ParentNode): Promise<void> {
    this.button(name, within).focus();
    await sendKeys({ press: 'Enter' });
    await this.settle();
  }

  /** Chooses `value` in the list `id`, by keyboard-free means the browser offers (the change event). */
  async choose(id: string, value: string): Promise<void> {
    const select = this.root.querySelector<HTMLSelectElement>(`#${id}`)!;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await this.settle();
  }

  /** Types `value` in the field `id`, by keyboard. */
  async type(id: string, value: string): Promise<void> {
    this.root.querySelector<HTMLElement>(`#${id}`)!.focus();
    await sendKeys({ type: value });
    await this.settle();
  }

  /** Gives the file input `files`, as the browser's chooser does. */
  async pick(...files: File[]): Promise<void> {
    const input = this.root.querySelector<HTMLInputElement>('#proof-file')!;
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await this.settle();
  }

  /** Opens "Envoyer un justificatif" (in any language) by keyboard and waits for its form. */
  async openForm(): Promise<void> {
    this.root.querySelector<HTMLButtonElement>('[part~="send-proof"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await this.waitFor('#proof-category');
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

/** The documents on `double`'s answers, in French unless told. */
export async function placeDocuments(
  double = new DocumentsDouble(),
  {
    adapter = double.adapter,
    locale = 'fr',
    width,
    wait = true,
    partFailures = 0,
  }: {
    adapter?: Partial<FamilyPortalAdapter>;
    locale?: string;
    width?: number;
    wait?: boolean;
    /** How many times the proof form's download fails. */
    partFailures?: number;
  } = {},
): Promise<DocumentsPage> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${ifDefined(width === undefined ? undefined : `width: ${width}px`)}>
      <test-family-documents
        .adapter=${adapter}
        .partFailures=${partFailures}
        locale=${locale}
      ></test-family-documents>
    </div>`,
  );
  const el = wrapper.querySelector<TestFamilyDocuments>('test-family-documents')!;
  const page = new DocumentsPage(el, double);
  if (wait)
    await waitUntil(
      () =>
        el.shadowRoot?.querySelector('[part~="published"], [part~="error-panel"], .callout[role="alert"]'),
      'nothing shown',
    );
  await page.settle();
  return page;
}
