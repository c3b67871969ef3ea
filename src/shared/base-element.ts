import { consume } from '@lit/context';
import { LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  AdapterError,
  adapterContext,
  isAbort,
  withAllFeatures,
  type FamilyPortalAdapter,
} from '../adapter/index.js';
import type { CommuneSettings, Locale } from '../domain/index.js';
import { ensureContextRoot } from './context-root.js';
import { FpErrorEvent } from './events.js';
import { LocalizeController, type MessageBundle, type Translations } from './i18n/localize.js';
import { portalContext, type PortalSettings } from './portal-context.js';

/**
 * The base of every public element: the adapter (own property, else the one
 * `<family-portal>` provides), the language and the translations. `K`: the
 * keys of the element's own messages (from its `messages/index.ts`), which
 * `static messages` lists.
 */
export class FpElement<K extends string = never> extends LitElement {
  /** @internal The element's own messages, loaded with its first render (the shared core ships with it). */
  static messages: readonly MessageBundle[] = [];

  /** @internal */
  protected readonly i18n = new LocalizeController<K>(this, (this.constructor as typeof FpElement).messages);

  /** @internal */
  @consume({ context: adapterContext, subscribe: true })
  @state()
  protected providedAdapter: FamilyPortalAdapter | undefined;

  /** @internal */
  @consume({ context: portalContext, subscribe: true })
  @state()
  protected portal: PortalSettings | undefined;

  /**
   * The backend adapter. Defaults to the one provided by an enclosing
   * `<family-portal>`. It may offer some features only: the element then says
   * that the commune does not offer this service online.
   */
  @property({ attribute: false }) adapter: Partial<FamilyPortalAdapter> | undefined;

  /** Language of the element (`fr`, `nl`, `de`, `en`); defaults to the portal's, then the nearest `lang`. */
  @property({ reflect: true }) locale: string | undefined;

  /** Overrides of any message, per language: `{ nl: { 'ui.retry': 'Opnieuw proberen' } }`. */
  @property({ attribute: false }) translations: Translations | undefined;

  /** @internal */
  get portalLocale(): Locale | undefined {
    return this.portal?.locale;
  }

  /** @internal */
  get portalTranslations(): Translations | undefined {
    return this.portal?.translations;
  }

  override connectedCallback(): void {
    ensureContextRoot();
    super.connectedCallback();
  }

  /**
   * @internal The commune's settings: as the portal read them when the element
   * uses the portal's adapter, else (or if the portal's read failed) its own read.
   */
  protected readCommune(adapter: FamilyPortalAdapter, signal: AbortSignal): Promise<CommuneSettings> {
    const shared = this.adapter ? undefined : this.portal?.commune;
    const read = shared ? shared.catch(() => adapter.getCommune({ signal })) : adapter.getCommune({ signal });
    return read.then((commune) => {
      // Its texts given as plain strings are in its language: they carry it when it is not the element's.
      this.i18n.communeLocale = commune.language;
      return commune;
    });
  }

  /** @internal The adapter in use: the element's own, else the portal's. */
  protected get activeAdapter(): FamilyPortalAdapter | undefined {
    return this.adapter ? withAllFeatures(this.adapter) : this.providedAdapter;
  }

  /** @internal What a failed read becomes: reported to the page, then shown with "Réessayer". */
  protected loadFailed(error: unknown): never {
    if (isAbort(error)) throw error;
    const adapterError = AdapterError.from(error);
    this.dispatchEvent(new FpErrorEvent(adapterError, 'load'));
    throw adapterError;
  }
}
