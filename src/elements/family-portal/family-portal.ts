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
import { LazyController } from '../../shared/controllers/lazy.js';
import { portalContext, type PortalSettings } from '../../shared/portal-context.js';
import { coreStyles } from '../../shared/styles.js';
import type { ShellKey } from './messages/shell/index.js';
import type { PortalShell } from './shell.js';

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
  'family-calendar': () => import('../family-calendar/define.js'),
  'invoice-list': () => import('../invoice-list/define.js'),
  'family-inbox': () => import('../family-inbox/define.js'),
  'family-documents': () => import('../family-documents/define.js'),
  'request-list': () => import('../request-list/define.js'),
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
 * With no element inside, it is the whole portal of seeds 002 and 004: a home
 * (the family's number, its balance, unpaid invoices, new messages, requests in
 * progress) and a tab per element ("Mon dossier", "Mes enfants", "Plaines et
 * stages", "Planning", "Factures", "Messages", "Demandes", "Documents"), with
 * the unpaid invoices, unread messages and pending requests counted on their
 * tab. Each tab's element is downloaded when the tab is first shown. The tab
 * shown is kept in the page's address (`?fp-tab=messages`), so that a link can
 * open it and the browser's back and forward buttons move between tabs.
 *
 * @summary Provides adapter, language and settings to the family-portal elements inside it; alone, the whole portal.
 *
 * @slot - The family-portal elements to configure. When empty, the whole portal is shown.
 *
 * @csspart portal - The built-in portal shown when there are no child elements.
 * @csspart tabs - The built-in portal's tab list.
 * @csspart tab - Each tab; also `tab-selected` for the selected one.
 * @csspart tab-count - The count beside a tab's name (unpaid invoices, unread messages, pending requests).
 * @csspart tab-panel - The panel of each tab.
 * @csspart heading - The home's heading.
 * @csspart home-facts - The home's family number and balance.
 * @csspart home-balance - The balance.
 * @csspart home-cards - The home's cards (messages, invoices, requests, documents).
 * @csspart home-card - Each card; also `home-card-news` for one that asks for attention (new messages, unpaid invoices).
 * @csspart home-link - The links of the home to the tabs.
 * @csspart skeleton - What holds the place while the portal or the family's summary loads.
 * @csspart error-panel - What went wrong reading the family's summary, with "Réessayer".
 *
 * @cssprop --fp-color-primary - Main colour, inherited by every element inside.
 * @cssprop --fp-max-width - Maximum width of the built-in portal.
 * @cssprop --fp-color-border - The tabs' rule and the home's cards' borders.
 * @cssprop --fp-color-focus - The focus outline.
 * @cssprop --fp-color-warning - The edge of a home card that asks for attention.
 */
export class FamilyPortal extends LitElement {
  static override styles = [
    coreStyles,
    css`
      .portal {
        max-width: var(--fp-max-width, 60rem);
      }
    `,
  ];

  /** @internal */
  readonly i18n = new LocalizeController<ShellKey>(this);

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

  /** The built-in portal, downloaded only when the page puts no element inside. */
  private readonly shellPart = new LazyController(this, this.i18n, () => import('./shell.js'));

  private shell: PortalShell | undefined;

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
    if (!this.hasContent) this.shellPart.prefetch();
  }

  private onSlotChange(event: Event): void {
    const slot = event.target as HTMLSlotElement;
    const assigned = slot.assignedElements();
    this.hasContent = assigned.length > 0;
    this.defineAll(assigned);
  }

  /** Defines the elements the page put inside (as importing the portal always did), when not yet defined. */
  private defineAll(elements: readonly Element[]): void {
    for (const element of elements) void this.defineTag(element.localName);
  }

  /** @internal Downloads (once) the element `tag`, when the portal knows it and it is not defined yet. */
  defineTag(tag: string): Promise<unknown> {
    return customElements.get(tag) ? Promise.resolve() : (elementDefinitions[tag]?.() ?? Promise.resolve());
  }

  /** @internal The adapter the built-in portal reads the family's summary with. */
  get shellAdapter(): FamilyPortalAdapter | undefined {
    return this.providedAdapter;
  }

  override render() {
    return html`<slot @slotchange=${this.onSlotChange}></slot> ${
        this.hasContent
          ? nothing
          : this.shellPart.render(6, (part) => (this.shell ??= new part.PortalShell(this)).render())
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'family-portal': FamilyPortal;
  }
}
