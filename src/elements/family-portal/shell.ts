import { css, html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { AdapterError, isAbort, type FamilyPortalAdapter } from '../../adapter/index.js';
import type { FamilySummary } from '../../domain/index.js';
import { formatMoney } from '../../shared/i18n/format.js';
import type { Localizer } from '../../shared/i18n/localize.js';
import { hasPaymentAnswer } from '../../shared/payment-return.js';
import { errorPanel, skeleton } from '../../shared/ui/async-view.js';
import type { ShellKey } from './messages/shell/index.js';

/** Its words, loaded with it. */
export { shellMessages as messages } from './messages/shell/index.js';

/*
 * <family-portal>'s built-in portal (seeds 002 and 004), downloaded only by a
 * page that puts no element inside the portal: the family's home (its number,
 * balance, unpaid invoices, new messages, requests in progress) and a tab per
 * element, each element downloaded when its tab is first shown. The tab shown
 * is in the page's address (`?fp-tab=invoices`): a link opens it, and the
 * browser's back and forward buttons move between the tabs seen.
 */

/** The tabs, in the order the portals parents know show them. */
export const portalTabs = [
  'home',
  'account',
  'children',
  'camps',
  'calendar',
  'invoices',
  'messages',
  'requests',
  'documents',
] as const;
export type PortalTab = (typeof portalTabs)[number];

/** The address's parameter that keeps the tab shown. */
export const tabParameter = 'fp-tab';

const isTab = (value: string | null | undefined): value is PortalTab =>
  (portalTabs as readonly string[]).includes(value ?? '');

/** The tab the address asks for; back from a payment provider, the tab that completes the payment. */
export function tabOfAddress(search = location.search): PortalTab {
  const asked = new URLSearchParams(search).get(tabParameter);
  if (isTab(asked)) return asked;
  if (hasPaymentAnswer(search, 'invoices')) return 'invoices';
  if (hasPaymentAnswer(search)) return 'camps';
  return 'home';
}

/** The events after which the family's counts may have changed (a request sent, a payment, a message read …). */
const changeEvents = [
  'fp-submitted',
  'fp-paid',
  'fp-cart-changed',
  'fp-message-sent',
  'fp-thread-read',
  'fp-proof-sent',
] as const;

/** What the portal gives its built-in view. */
export interface ShellHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly i18n: Localizer<ShellKey>;
  /** The adapter the portal provides, once it has one. */
  readonly shellAdapter: FamilyPortalAdapter | undefined;
  /** Downloads (once) the element a tab shows. */
  defineTag(tag: string): Promise<unknown>;
}

/** The element each tab shows, as the portal puts it in the tab (headings under the tab's, links to the other tabs). */
const tabTags: Record<Exclude<PortalTab, 'home'>, string> = {
  account: 'parent-register',
  children: 'child-register',
  camps: 'child-enrol',
  calendar: 'family-calendar',
  invoices: 'invoice-list',
  messages: 'family-inbox',
  requests: 'request-list',
  documents: 'family-documents',
};

export const styles = [
  css`
    .tabs {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--fp-space, 8px);
      border-bottom: 2px solid var(--fp-color-border, #b1b4b6);
      margin-bottom: calc(var(--fp-space, 8px) * 3);
    }
    .tab {
      font: inherit;
      font-weight: 600;
      color: var(--fp-color-primary, #1d4f91);
      background: none;
      border: 0;
      border-bottom: 4px solid transparent;
      margin-bottom: -2px;
      padding: var(--fp-space, 8px) calc(var(--fp-space, 8px) * 1.5);
      cursor: pointer;
      display: inline-flex;
      align-items: center;
      gap: calc(var(--fp-space, 8px) / 2);
    }
    .tab[aria-selected='true'] {
      color: var(--fp-color-text, #1b1b1b);
      border-bottom-color: var(--fp-color-primary, #1d4f91);
    }
    .tab:focus-visible {
      outline: 3px solid var(--fp-color-focus, #ffbf47);
      outline-offset: 0;
    }
    .count {
      min-width: 1.5em;
      padding: 0 0.4em;
      border-radius: 1em;
      background: var(--fp-color-primary, #1d4f91);
      color: var(--fp-color-on-primary, #fff);
      font-size: 0.875em;
      line-height: 1.5;
      text-align: center;
    }
    [role='tabpanel'][aria-busy='true'] {
      min-height: 12rem;
    }
    [role='tabpanel']:focus-visible {
      outline: 3px solid var(--fp-color-focus, #ffbf47);
    }
    .home__facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: calc(var(--fp-space, 8px) / 2) calc(var(--fp-space, 8px) * 2);
      margin: 0 0 calc(var(--fp-space, 8px) * 3);
    }
    .home__facts dt {
      font-weight: 600;
    }
    .home__facts dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .home__cards {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
      gap: calc(var(--fp-space, 8px) * 2);
    }
    .home__card {
      border: 1px solid var(--fp-color-border, #b1b4b6);
      border-left: 4px solid var(--fp-color-primary, #1d4f91);
      padding: calc(var(--fp-space, 8px) * 2);
    }
    .home__card--news {
      border-left-color: var(--fp-color-warning, #b35c00);
    }
    .home__card p {
      margin: 0 0 var(--fp-space, 8px);
      font-weight: 600;
    }
    .home__card a {
      color: var(--fp-color-link, #1d4f91);
    }
    .home__card a:focus-visible {
      outline: 3px solid var(--fp-color-focus, #ffbf47);
      outline-offset: 2px;
    }
  `,
];

/**
 * The built-in portal: the tab shown (from the address, kept in it), the
 * family's summary (read when shown, again after a change anywhere inside),
 * the tabs' counts and the home.
 */
export class PortalShell implements ReactiveController {
  tab: PortalTab = tabOfAddress();
  /** The tabs whose element is being downloaded: their panel is busy meanwhile. */
  private loadingTabs = new Set<PortalTab>();
  private summary: FamilySummary | undefined;
  private summaryError: AdapterError | undefined;
  private reading: AbortController | undefined;
  private readAdapter: FamilyPortalAdapter | undefined;
  /** A read asked while one runs: done once it settles. */
  private stale = false;
  /** The tabs shown at least once: their panel stays drawn, so that nothing typed in it is lost. */
  private readonly drawn = new Set<PortalTab>();

  constructor(private readonly host: ShellHost) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
    for (const name of changeEvents) this.host.renderRoot.addEventListener(name, this.onChange);
    // Created while the portal renders: the tab's element and the summary are asked for after it.
    queueMicrotask(() => {
      void this.loadTab(this.tab);
      this.hostUpdate();
    });
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
    for (const name of changeEvents) this.host.renderRoot.removeEventListener(name, this.onChange);
    this.reading?.abort();
    this.reading = undefined;
    this.readAdapter = undefined;
  }

  hostUpdate(): void {
    const adapter = this.host.shellAdapter;
    if (adapter && adapter !== this.readAdapter) void this.readSummary();
  }

  /** Back and forward: the tab of the address, without adding a step. */
  private readonly onPopState = (): void => {
    const tab = tabOfAddress();
    if (tab !== this.tab) void this.show(tab, { remember: false });
  };

  private readonly onChange = (): void => {
    void this.readSummary();
  };

  /** Reads the family's summary (one read at a time; a change meanwhile reads again after it). */
  private async readSummary(): Promise<void> {
    const adapter = this.host.shellAdapter;
    if (!adapter) return;
    if (this.reading && adapter === this.readAdapter) {
      this.stale = true;
      return;
    }
    this.reading?.abort();
    const reading = new AbortController();
    this.reading = reading;
    this.readAdapter = adapter;
    try {
      this.summary = await adapter.getFamilySummary({ signal: reading.signal });
      this.summaryError = undefined;
    } catch (error) {
      if (isAbort(error) || reading.signal.aborted) return;
      this.summaryError = AdapterError.from(error);
    } finally {
      if (this.reading === reading) this.reading = undefined;
    }
    this.host.requestUpdate();
    if (this.stale) {
      this.stale = false;
      void this.readSummary();
    }
  }

  /** Downloads a tab's element the first time it is shown; its panel is busy until then. */
  private async loadTab(tab: PortalTab): Promise<void> {
    if (tab === 'home') return;
    const tag = tabTags[tab];
    if (customElements.get(tag) || this.loadingTabs.has(tab)) return;
    this.loadingTabs.add(tab);
    this.host.requestUpdate();
    try {
      await this.host.defineTag(tag);
    } finally {
      this.loadingTabs.delete(tab);
      this.host.requestUpdate();
    }
  }

  /** Shows `tab`: in the address too (`remember`, a step back and forward go through), focus on it (`focus`). */
  async show(tab: PortalTab, { focus = false, remember = true } = {}): Promise<void> {
    if (remember && tab !== this.tab) {
      const url = new URL(location.href);
      if (tab === 'home') url.searchParams.delete(tabParameter);
      else url.searchParams.set(tabParameter, tab);
      history.pushState(history.state, '', url);
    }
    this.tab = tab;
    this.host.requestUpdate();
    void this.loadTab(tab);
    if (!focus) return;
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
  }

  /** Tabs (APG pattern): arrows, Home and End move between them and show the one reached. */
  private onTabKey(event: KeyboardEvent): void {
    const index = portalTabs.indexOf(this.tab);
    const last = portalTabs.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: (index + 1) % portalTabs.length,
      ArrowLeft: (index + last) % portalTabs.length,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    void this.show(portalTabs[next] ?? this.tab, { focus: true });
  }

  /** The elements' links to each other (`#fp-tab-account`) and the home's open their tab. */
  private onLink(event: Event): void {
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    const tab = portalTabs.find((candidate) => link?.getAttribute('href') === `#fp-tab-${candidate}`);
    if (!tab) return;
    event.preventDefault();
    void this.show(tab, { focus: true });
  }

  /** The count a tab shows beside its name, with its words for screen readers. */
  private count(tab: PortalTab): { shown: number; words: string } | undefined {
    const summary = this.summary;
    if (!summary) return undefined;
    const counts: Partial<Record<PortalTab, [number, 'invoices' | 'messages' | 'requests']>> = {
      invoices: [summary.unpaidInvoices, 'invoices'],
      messages: [summary.unreadMessages, 'messages'],
      requests: [summary.pendingRequests, 'requests'],
    };
    const [shown, kind] = counts[tab] ?? [0, 'invoices'];
    if (shown === 0) return undefined;
    const t = this.host.i18n.t.bind(this.host.i18n);
    return { shown, words: t(`portal.count.${kind}.${shown === 1 ? 'one' : 'other'}`, { count: shown }) };
  }

  private label(tab: PortalTab): string {
    const t = this.host.i18n.t.bind(this.host.i18n);
    return t(`portal.tab.${tab}`);
  }

  private renderHome() {
    const { i18n } = this.host;
    const t = i18n.t.bind(i18n);
    const summary = this.summary;
    if (!summary) {
      return this.summaryError
        ? errorPanel({
            i18n,
            error: this.summaryError,
            onRetry: () => {
              this.summaryError = undefined;
              this.host.requestUpdate();
              void this.readSummary();
            },
          })
        : skeleton({ lines: 5, label: t('ui.loading') });
    }
    const money = (cents: number) => formatMoney(cents, summary.currency, i18n.locale);
    const plural = (key: 'invoices' | 'messages' | 'requests' | 'documents', count: number) =>
      t(`portal.home.${key}.${count === 0 ? 'none' : count === 1 ? 'one' : 'other'}`, { count });
    const card = (
      news: boolean,
      text: string,
      tab: PortalTab,
      linkKey: `portal.home.see-${'invoices' | 'messages' | 'requests' | 'documents'}`,
    ) =>
      html`<li
        class="home__card${news ? ' home__card--news' : ''}"
        part="home-card${news ? ' home-card-news' : ''}"
      >
        <p>${text}</p>
        <a href="#fp-tab-${tab}" part="home-link">${t(linkKey)}</a>
      </li>`;
    return html`<dl class="home__facts" part="home-facts">
        <dt>${t('portal.home.number')}</dt>
        <dd>
          ${
            summary.familyNumber ??
            html`${t('portal.home.no-number')} —
              <a href="#fp-tab-account" part="home-link">${t('portal.home.register')}</a>`
          }
        </dd>
        <dt>${t('portal.home.balance')}</dt>
        <dd part="home-balance">
          ${
            summary.balanceCents > 0
              ? t('portal.home.owed', { amount: money(summary.balanceCents) })
              : summary.balanceCents < 0
                ? t('portal.home.credit', { amount: money(-summary.balanceCents) })
                : t('portal.home.settled')
          }
        </dd>
      </dl>
      <ul class="home__cards" part="home-cards">
        ${card(summary.unreadMessages > 0, plural('messages', summary.unreadMessages), 'messages', 'portal.home.see-messages')}
        ${card(
          summary.unpaidInvoices > 0,
          summary.unpaidInvoices > 0
            ? `${plural('invoices', summary.unpaidInvoices)} (${money(Math.max(summary.balanceCents, 0))})`
            : plural('invoices', 0),
          'invoices',
          'portal.home.see-invoices',
        )}
        ${card(false, plural('requests', summary.pendingRequests), 'requests', 'portal.home.see-requests')}
        ${card(false, plural('documents', summary.documents), 'documents', 'portal.home.see-documents')}
      </ul>`;
  }

  private renderPanel(tab: PortalTab) {
    switch (tab) {
      case 'home':
        return html`<h2 class="heading" part="heading">${this.host.i18n.t('portal.home.heading')}</h2>
          ${this.renderHome()}`;
      case 'account':
        return html`<parent-register
          heading-level="2"
          register-child-href="#fp-tab-children"
        ></parent-register>`;
      case 'children':
        return html`<child-register
          view="children"
          heading-level="2"
          parent-href="#fp-tab-account"
        ></child-register>`;
      case 'camps':
        return html`<child-enrol
          heading-level="2"
          parent-href="#fp-tab-account"
          child-href="#fp-tab-children"
        ></child-enrol>`;
      case 'calendar':
        return html`<family-calendar heading-level="2"></family-calendar>`;
      case 'invoices':
        return html`<invoice-list heading-level="2"></invoice-list>`;
      case 'messages':
        return html`<family-inbox heading-level="2"></family-inbox>`;
      case 'requests':
        return html`<request-list heading-level="2"></request-list>`;
      case 'documents':
        return html`<family-documents heading-level="2"></family-documents>`;
    }
  }

  /**
   * The tabs and the panel shown. A panel is drawn once first shown and kept
   * (hidden) after: what a parent typed in a tab is still there on coming back.
   */
  render() {
    const { i18n } = this.host;
    return html`<div class="portal" part="portal" @click=${(event: Event) => this.onLink(event)}>
      <div
        class="tabs"
        part="tabs"
        role="tablist"
        aria-label=${i18n.t('portal.tabs')}
        @keydown=${(event: KeyboardEvent) => this.onTabKey(event)}
      >
        ${portalTabs.map((tab) => {
          const selected = tab === this.tab;
          const count = this.count(tab);
          return html`<button
            type="button"
            class="tab"
            part=${selected ? 'tab tab-selected' : 'tab'}
            role="tab"
            id="tab-${tab}"
            aria-selected=${selected ? 'true' : 'false'}
            aria-controls="panel-${tab}"
            tabindex=${selected ? '0' : '-1'}
            @click=${() => void this.show(tab)}
          >
            ${this.label(tab)}${
              count
                ? html`<span class="count" part="tab-count" aria-hidden="true">${count.shown}</span
                    ><span class="visually-hidden">, ${count.words}</span>`
                : nothing
            }
          </button>`;
        })}
      </div>
      ${portalTabs.map((tab) => {
        const shown = tab === this.tab;
        if (shown) this.drawn.add(tab);
        return html`<div
          role="tabpanel"
          id="panel-${tab}"
          part="tab-panel"
          aria-labelledby="tab-${tab}"
          tabindex="0"
          aria-busy=${this.loadingTabs.has(tab) ? 'true' : 'false'}
          ?hidden=${!shown}
        >
          ${this.drawn.has(tab) ? this.renderPanel(tab) : nothing}
        </div>`;
      })}
    </div>`;
  }
}
