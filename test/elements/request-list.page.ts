import { fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FamilyPortalAdapter } from '../../src/adapter/index.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapter/memory/index.js';
import { RequestListElement } from '../../src/elements/request-list/define.js';

/** The day the tests live on: the demo's calendar requests are dated from it. */
export const testNow = new Date('2026-12-04T09:00:00Z');

/** `<request-list>` that counts its periods back from 4 December 2026. */
export class TestRequestList extends RequestListElement {
  protected override today(): string {
    return testNow.toISOString().slice(0, 10);
  }
}
customElements.define('test-request-list', TestRequestList);

/** Marc Dubois (`known`) in the Belgian demo commune, on the tests' day, in memory only. */
export const knownFamily = (): MemoryAdapter =>
  createMemoryAdapter({ family: 'known', storage: null, now: () => testNow });

/** Text as read, with Intl's narrow and no-break spaces as plain ones. */
export const words = (value: string | null | undefined) =>
  value?.replace(/[\s\u00a0\u202f]+/g, ' ').trim() ?? '';
export const text = (node: Element | null | undefined) => words(node?.textContent);

/** A page object for `<request-list>`: its requests, filters and disclosure buttons. */
export class RequestListPage {
  constructor(readonly el: TestRequestList) {}

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  part(name: string): Element | null {
    return this.root.querySelector(`[part~="${name}"]`);
  }

  /** The requests shown, in order, by their number ("25-9"). */
  numbers(): string[] {
    return [...this.root.querySelectorAll<HTMLElement>('[part~="request"]')].map(
      (request) => /(\d+-\d+)/.exec(text(request.querySelector('.facts')))?.[1] ?? '',
    );
  }

  request(number: string): HTMLElement {
    const found = [...this.root.querySelectorAll<HTMLElement>('[part~="request"]')].find(
      (request) => /(\d+-\d+)/.exec(text(request.querySelector('.facts')))?.[1] === number,
    );
    if (!found) throw new Error(`no request ${number} among ${this.numbers().join(', ')}`);
    return found;
  }

  toggle(number: string): HTMLButtonElement {
    return this.request(number).querySelector<HTMLButtonElement>('[part~="toggle"]')!;
  }

  /** Chooses `value` in the filter `id` (`filter-kind`, `filter-status`, `filter-period`), as a parent would. */
  async choose(id: string, value: string): Promise<void> {
    const select = this.root.querySelector<HTMLSelectElement>(`#${id}`)!;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await this.settle();
  }

  /** The shared button whose text is `label`. */
  button(label: string): HTMLButtonElement {
    const found = [...this.root.querySelectorAll<HTMLButtonElement>('button')].find(
      (candidate) => text(candidate) === label,
    );
    if (!found) throw new Error(`no button "${label}"`);
    return found;
  }

  async settle(): Promise<void> {
    await this.el.updateComplete;
    await this.el.updateComplete;
  }

  /** Waits until the requests (or the empty state, or an error) are shown. */
  async loaded(): Promise<void> {
    await waitUntil(
      () => this.part('requests') ?? this.part('empty') ?? this.part('error-panel'),
      'the requests never showed',
    );
    await this.settle();
  }
}

export interface PlaceOptions {
  kind?: string;
  status?: string;
  period?: string;
  locale?: string;
}

/** `<request-list>` on `adapter` (the known family by default), its requests shown. */
export async function placeRequests(
  adapter: Partial<FamilyPortalAdapter> = knownFamily(),
  { kind, status, period, locale }: PlaceOptions = {},
): Promise<RequestListPage> {
  const el = await fixture<TestRequestList>(
    html`<test-request-list
      .adapter=${adapter}
      kind=${ifDefined(kind)}
      status=${ifDefined(status)}
      period=${ifDefined(period)}
      locale=${ifDefined(locale)}
    ></test-request-list>`,
  );
  const page = new RequestListPage(el);
  await page.loaded();
  return page;
}
