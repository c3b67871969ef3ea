import { provide } from '@lit/context';
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  AdapterError,
  adapterContext,
  deferredAdapter,
  withAllFeatures,
  type FamilyPortalAdapter,
} from '../../adapter/index.js';
import type { MemoryFamily, MemoryProfile } from '../../adapter/memory/index.js';
import { LocalizeController, toLocale, type Translations } from '../../shared/i18n/localize.js';
import { hasPaymentAnswer } from '../../shared/payment-return.js';
import { portalContext, type PortalSettings } from '../../shared/portal-context.js';
import { coreStyles } from '../../shared/styles.js';
import { portalMessages, type PortalKey } from './messages/index.js';

/** `adapter="memory"` selects the built-in demo backend; the property also takes an adapter object. */
const adapterConverter = {
  fromAttribute: (value: string | null): 'memory' | undefined => (value === 'memory' ? 'memory' : undefined),
  toAttribute: (value: unknown): string | null => (value === 'memory' ? 'memory' : null),
};

/** Whether the API is on another origin than the page, so that the session cookie must be sent along. */
function crossOrigin(base: string): boolean {
  try {
    return new URL(base, document.baseURI).origin !== location.origin;
  } catch {
    return false;
  }
}

/**
 * The REST adapter for `api-base`, whose code (ky included) is downloaded on
 * the first call: pages that pass their own adapter never load it. If the
 * download fails, the call fails with a retryable network error.
 */
function lazyRestAdapter(baseUrl: string): FamilyPortalAdapter {
  let loading: Promise<FamilyPortalAdapter> | undefined;
  return deferredAdapter(
    () =>
      (loading ??= import('../../adapter/rest/rest-adapter.js').then(
        ({ createRestAdapter }) =>
          createRestAdapter({ baseUrl, credentials: crossOrigin(baseUrl) ? 'include' : 'same-origin' }),
        (cause: unknown) => {
          loading = undefined;
          throw new AdapterError({ type: 'network', code: 'adapter.unavailable', cause });
        },
      )),
  );
}

/** The built-in portal's tabs, as on the portals parents know ("Mon compte", "Mes enfants", "Plaines"). */
const portalTabs = ['account', 'children', 'camps'] as const;
type PortalTab = (typeof portalTabs)[number];

/**
 * The elements the portal shows, through their `define` entries: each is
 * downloaded when its tab is first shown, or when the page puts it inside the
 * portal, so that a page pays only for what it shows.
 */
const elementDefinitions: Readonly<Record<string, () => Promise<unknown>>> = {
  'parent-register': () => import('../parent-register/define.js'),
  'child-register': () => import('../child-register/define.js'),
  // Its CDN entry: the week picker and the cart come with the steps that show them.
  'child-enrol': () => import('../child-enrol/cdn.js'),
};
const tabElements: Record<PortalTab, string> = {
  account: 'parent-register',
  children: 'child-register',
  camps: 'child-enrol',
};

/**
 * The portal: gives the elements inside it their backend adapter, their
 * language and the commune's wording overrides, so that each element on the
 * page need not be configured on its own. With no child elements it renders
 * the whole parent portal itself.
 *
 * ```html
 * <family-portal api-base="/api/v1" locale="fr">
 *   <parent-register></parent-register>
 * </family-portal>
 * ```
 *
 * `api-base` connects the elements to a backend speaking the family-portal
 * REST contract, with the signed-in parent's cookie session (sent to another
 * origin too when the API lives there) and its CSRF token; `adapter="memory"`
 * gives the seeded in-browser demo backend instead. For a bearer token, other
 * options or another backend, set the `adapter` property to your own adapter
 * (`createRestAdapter` from `family-portal-widgets/rest`); `adapter` wins over `api-base`.
 *
 * @summary Provides adapter, language and settings to the family-portal elements inside it.
 *
 * @slot - The family-portal elements to configure. When empty, the whole portal is shown.
 *
 * @csspart portal - The built-in portal shown when there are no child elements.
 * @csspart tabs - The built-in portal's tab list ("Mon compte", "Mes enfants", "Plaines et stages").
 * @csspart tab - Each tab; also `tab-selected` for the selected one.
 * @csspart tab-panel - The panel of each tab.
 *
 * @cssprop --fp-color-primary - Main colour, inherited by every element inside.
 * @cssprop --fp-max-width - Maximum width of the built-in portal.
 */
export class FamilyPortal extends LitElement {
  static override styles = [
    coreStyles,
    css`
      .portal {
        max-width: var(--fp-max-width, 60rem);
      }
      .tabs {
        display: flex;
        flex-wrap: wrap;
        gap: var(--fp-space, 8px);
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
        padding: var(--fp-space, 8px) calc(var(--fp-space, 8px) * 2);
        cursor: pointer;
      }
      .tab[aria-selected='true'] {
        color: var(--fp-color-text, #1b1b1b);
        border-bottom-color: var(--fp-color-primary, #1d4f91);
      }
      .tab:focus-visible {
        outline: 3px solid var(--fp-color-focus, #ffbf47);
        outline-offset: 0;
      }
      /* Room for the tab's element while it downloads, so that the page does not jump when it shows. */
      [role='tabpanel'][aria-busy='true'] {
        min-height: 12rem;
      }
      [role='tabpanel']:focus-visible {
        outline: 3px solid var(--fp-color-focus, #ffbf47);
      }
    `,
  ];

  /** @internal The built-in portal's messages (every element names its own here). */
  static messages = portalMessages;

  /** @internal */
  protected readonly i18n = new LocalizeController<PortalKey>(this, FamilyPortal.messages);

  /**
   * The backend: an adapter object (property), or `"memory"` (attribute) for
   * the seeded in-browser demo backend.
   */
  @property({ converter: adapterConverter }) adapter: Partial<FamilyPortalAdapter> | 'memory' | undefined;

  /**
   * The REST API's base URL (`/api/v1`, `https://commune.example/api/v1`):
   * the elements use the REST adapter with the page's cookie session. Ignored
   * when `adapter` is set.
   */
  @property({ attribute: 'api-base' }) apiBase: string | undefined;

  /** With `adapter="memory"`: the demo commune, `be` (Belgian, default) or `fr` (French). */
  @property({ attribute: 'demo-profile' }) demoProfile: MemoryProfile = 'be';

  /** With `adapter="memory"`: the demo account signed in, `new` (default), `known`, `separated` or `empty`. */
  @property({ attribute: 'demo-family' }) demoFamily: MemoryFamily = 'new';

  /** Language of every element inside (`fr`, `nl`, `de`, `en`); defaults to the nearest `lang`. */
  @property({ reflect: true }) locale: string | undefined;

  /** Overrides of any message for every element inside, per language. */
  @property({ attribute: false }) translations: Translations | undefined;

  /** @internal */
  @provide({ context: adapterContext })
  @state()
  protected providedAdapter: FamilyPortalAdapter | undefined;

  /** @internal */
  @provide({ context: portalContext })
  @state()
  protected settings: PortalSettings = {};

  /** Whether the page put elements inside; if not, the portal renders them itself. */
  @state() private hasContent = false;

  /** The built-in portal's tab shown. */
  @state() private tab: PortalTab = 'account';

  /** The tabs whose element is being downloaded: their panel is `aria-busy` meanwhile. */
  @state() private loadingTabs: ReadonlySet<PortalTab> = new Set();

  private memoryAdapter: { key: string; adapter: FamilyPortalAdapter } | undefined;

  private restAdapter: { base: string; adapter: FamilyPortalAdapter } | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (
      changed.has('adapter') ||
      changed.has('apiBase') ||
      changed.has('demoProfile') ||
      changed.has('demoFamily')
    ) {
      if (this.adapter === 'memory') void this.useMemoryAdapter();
      else if (this.adapter === undefined && this.apiBase)
        this.provideAdapter(this.useRestAdapter(this.apiBase));
      else this.provideAdapter(this.adapter && withAllFeatures(this.adapter));
    }
    if (changed.has('locale') || changed.has('translations')) {
      this.settings = { ...this.settings, locale: toLocale(this.locale), translations: this.translations };
    }
  }

  /** The demo backend is loaded only by pages that ask for it: production pages never download it. */
  private async useMemoryAdapter(): Promise<void> {
    const key = `${this.demoProfile}:${this.demoFamily}`;
    if (this.memoryAdapter?.key !== key) {
      const { createMemoryAdapter } = await import('../../adapter/memory/index.js');
      if (this.adapter !== 'memory' || key !== `${this.demoProfile}:${this.demoFamily}`) return;
      this.memoryAdapter = {
        key,
        adapter: createMemoryAdapter({ profile: this.demoProfile, family: this.demoFamily, latency: 250 }),
      };
    }
    this.provideAdapter(this.memoryAdapter.adapter);
  }

  private useRestAdapter(base: string): FamilyPortalAdapter {
    if (this.restAdapter?.base !== base) this.restAdapter = { base, adapter: lazyRestAdapter(base) };
    return this.restAdapter.adapter;
  }

  /**
   * Gives the elements inside the adapter, and the commune's settings read
   * once for all of them. If that read fails, each element reads them itself
   * and shows the error with "Réessayer".
   */
  private provideAdapter(adapter: FamilyPortalAdapter | undefined): void {
    if (adapter === this.providedAdapter) return;
    const commune = adapter?.getCommune();
    commune?.catch(() => undefined);
    this.settings = { ...this.settings, commune };
    this.providedAdapter = adapter;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.hasContent = this.children.length > 0;
    this.defineAll([...this.children]);
    // Back from the payment provider: the camps' tab completes the payment.
    if (!this.hasContent && hasPaymentAnswer()) void this.showTab('camps');
    else if (!this.hasContent) void this.loadTab(this.tab);
  }

  private onSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    const assigned = slot.assignedElements();
    this.hasContent = assigned.length > 0;
    this.defineAll(assigned);
    if (!this.hasContent) void this.loadTab(this.tab);
  }

  /** Defines the elements the page put inside (as importing the portal always did), when not yet defined. */
  private defineAll(elements: readonly Element[]): void {
    for (const element of elements) {
      const tag = element.localName;
      if (!customElements.get(tag)) void elementDefinitions[tag]?.();
    }
  }

  /** Downloads a tab's element the first time the tab is shown; its panel is busy until it is defined. */
  private async loadTab(tab: PortalTab): Promise<void> {
    const tag = tabElements[tab];
    if (customElements.get(tag) || this.loadingTabs.has(tab)) return;
    this.loadingTabs = new Set([...this.loadingTabs, tab]);
    try {
      await elementDefinitions[tag]?.();
    } finally {
      this.loadingTabs = new Set([...this.loadingTabs].filter((loading) => loading !== tab));
    }
    if (tab === 'account') this.prefetchChildren();
  }

  /**
   * Once "Mon compte" is shown, "Mes enfants" is downloaded while the parent
   * reads, so that the tab opens at once (its element is in the page from the
   * start, as the portal always showed it). The camps' tab waits to be opened.
   */
  private prefetchChildren(): void {
    const idle = globalThis.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 200));
    idle(() => void this.loadTab('children'));
  }

  /** Tabs (APG pattern): arrows, Home and End move between them and show the one reached. */
  private onTabKey(event: KeyboardEvent): void {
    const index = portalTabs.indexOf(this.tab);
    const last = portalTabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % portalTabs.length
        : event.key === 'ArrowLeft'
          ? (index + last) % portalTabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    this.showTab(portalTabs[next] ?? this.tab, true);
  }

  private async showTab(tab: PortalTab, focus = false): Promise<void> {
    this.tab = tab;
    // A tab's element comes with the tab: a page that never shows it never loads it.
    void this.loadTab(tab);
    if (!focus) return;
    await this.updateComplete;
    this.shadowRoot?.querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
  }

  /** The elements' links to each other ("Modifier mes coordonnées", "Enregistrer mon enfant") open the tab. */
  private readonly onPortalLink = (event: Event): void => {
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    const tab = portalTabs.find((candidate) => link?.getAttribute('href') === `#fp-tab-${candidate}`);
    if (!tab) return;
    event.preventDefault();
    void this.showTab(tab, true);
  };

  private renderPortal() {
    const panels: Record<PortalTab, unknown> = {
      account: html`<parent-register
        heading-level="2"
        register-child-href="#fp-tab-children"
      ></parent-register>`,
      children: html`<child-register
        view="children"
        heading-level="2"
        parent-href="#fp-tab-account"
      ></child-register>`,
      camps: html`<child-enrol
        heading-level="2"
        parent-href="#fp-tab-account"
        child-href="#fp-tab-children"
      ></child-enrol>`,
    };
    const labels: Record<PortalTab, string> = {
      children: this.i18n.t('portal.tab.children'),
      account: this.i18n.t('portal.tab.account'),
      camps: this.i18n.t('portal.tab.camps'),
    };
    return html`<div class="portal" part="portal" @click=${this.onPortalLink}>
      <div
        class="tabs"
        part="tabs"
        role="tablist"
        aria-label=${this.i18n.t('portal.tabs')}
        @keydown=${this.onTabKey}
      >
        ${portalTabs.map((tab) => {
          const selected = tab === this.tab;
          return html`<button
            type="button"
            class="tab"
            part=${selected ? 'tab tab-selected' : 'tab'}
            role="tab"
            id="tab-${tab}"
            aria-selected=${selected ? 'true' : 'false'}
            aria-controls="panel-${tab}"
            tabindex=${selected ? '0' : '-1'}
            @click=${() => void this.showTab(tab)}
          >
            ${labels[tab]}
          </button>`;
        })}
      </div>
      ${portalTabs.map(
        (tab) =>
          html`<div
            role="tabpanel"
            id="panel-${tab}"
            part="tab-panel"
            aria-labelledby="tab-${tab}"
            tabindex="0"
            aria-busy=${this.loadingTabs.has(tab) ? 'true' : 'false'}
            ?hidden=${this.tab !== tab}
          >
            ${panels[tab]}
          </div>`,
      )}
    </div>`;
  }

  override render() {
    return html`<slot @slotchange=${this.onSlotChange}></slot>
      ${this.hasContent ? nothing : this.renderPortal()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'family-portal': FamilyPortal;
  }
}
