import { fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FamilyPortalAdapter } from '../../src/adapter/index.js';
import type { DownloadedFile } from '../../src/domain/index.js';
import { InvoiceListElement } from '../../src/elements/invoice-list/define.js';
import { InvoiceDouble } from './invoice-list.fixtures.js';

/** `<invoice-list>` that stays on its page, keeps what it saves and lives on 2 November 2026. */
export class TestInvoiceList extends InvoiceListElement {
  navigated: string[] = [];
  saved: DownloadedFile[] = [];
  protected override navigate(url: string): void {
    this.navigated.push(url);
  }
  protected override saveFile(file: DownloadedFile): void {
    this.saved.push(file);
  }
  protected override today(): string {
    return '2026-11-02';
  }
}
customElements.define('test-invoice-list', TestInvoiceList);

/** Text as read, with Intl's narrow and no-break spaces as plain ones. */
export const words = (value: string | null | undefined) =>
  value?.replace(/[\s\u00a0\u202f]+/g, ' ').trim() ?? '';
export const text = (node: Element | null | undefined) => words(node?.textContent);

/** A page object for `<invoice-list>`: its invoices, selection, buttons and sections. */
export class InvoiceListPage {
  constructor(
    readonly el: TestInvoiceList,
    readonly double: InvoiceDouble,
  ) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  part(name: string): Element | null {
    return this.root.querySelector(`[part~="${name}"]`);
  }

  /** The numbers of the invoices shown, in order. */
  numbers(): string[] {
    return [...this.root.querySelectorAll('[part~="invoice"] [role="heading"]')].map((heading) =>
      text(heading).replace(/^(Facture|Note de crédit) /, ''),
    );
  }

  invoice(number: string): HTMLElement {
    const found = [...this.root.querySelectorAll<HTMLElement>('[part~="invoice"]')].find((invoice) =>
      text(invoice.querySelector('[role="heading"]')).endsWith(number),
    );
    if (!found) throw new Error(`no invoice ${number}`);
    return found;
  }

  checkbox(number: string): HTMLInputElement | null {
    return this.invoice(number).querySelector('input[type="checkbox"]');
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

  /** Focuses the checkbox and presses Space. */
  async tick(number: string): Promise<void> {
    const box = this.checkbox(number);
    if (!box) throw new Error(`no checkbox for ${number}`);
    box.focus();
    await sendKeys({ press: 'Space' });
    await this.settle();
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

/** The invoices on `double`'s answers, in French. */
export async function placeInvoices(
  double = new InvoiceDouble(),
  {
    adapter = double.adapter,
    filter,
    width,
  }: { adapter?: Partial<FamilyPortalAdapter>; filter?: string; width?: number } = {},
): Promise<InvoiceListPage> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${ifDefined(width === undefined ? undefined : `width: ${width}px`)}>
      <test-invoice-list .adapter=${adapter} locale="fr" filter=${ifDefined(filter)}></test-invoice-list>
    </div>`,
  );
  const el = wrapper.querySelector<TestInvoiceList>('test-invoice-list')!;
  const page = new InvoiceListPage(el, double);
  await waitUntil(
    () =>
      el.shadowRoot?.querySelector(
        '[part~="invoices"], [part~="empty"], [part~="all-paid"], [part~="error-panel"], [part~="payment-notice"], .callout[role="alert"]',
      ),
    'nothing shown',
  );
  await page.settle();
  return page;
}
