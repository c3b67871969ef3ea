import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '../../domain/index.js';
import { fr, type Catalogue, type CoreKey } from './catalogues/fr.js';
import { formatDate, formatLongDate, formatMoney, formatTime, formatWhen } from './format.js';

export type { Catalogue, CoreKey };
export type MessageParams = Record<string, string | number>;

/** Overrides of any message (the core's or an element's), per language: `{ nl: { 'ui.retry': 'Opnieuw' } }`. */
export type Translations = Partial<Record<Locale, Readonly<Record<string, string>>>>;

export const locales: readonly Locale[] = ['fr', 'nl', 'de', 'en'];

type Catalog<K extends string> = Readonly<Record<K, string>>;
/** A language's messages: there already, or a module to load (`() => import('./nl.js')`). */
type Source<K extends string> = Catalog<K> | (() => Promise<{ readonly default: Catalog<K> }>);

/**
 * The messages of one element (or of a piece several elements show), in each
 * language: made by `defineMessages` in the folder that owns them and given to
 * the element's LocalizeController, so that no central list names them.
 */
export interface MessageBundle<K extends string = string> {
  readonly sources: Readonly<Record<Locale, Source<K>>>;
  /** @internal Carries the keys for typing only; never set. */
  readonly keys?: K;
}

/** The keys of a bundle, or of a list of bundles. */
export type MessageKeyOf<T> = T extends readonly (infer B)[]
  ? MessageKeyOf<B>
  : T extends MessageBundle<infer K>
    ? K
    : never;

/**
 * The messages of a folder, keyed by the French catalogue (the source of the
 * keys); every other language must have the same keys. A French catalogue
 * given as an object ships with the element; a loader (the usual case) loads
 * with its first render, like the other languages.
 */
export function defineMessages<K extends string>(sources: {
  fr: Source<K>;
  nl: Source<NoInfer<K>>;
  de: Source<NoInfer<K>>;
  en: Source<NoInfer<K>>;
}): MessageBundle<K> {
  return { sources };
}

/**
 * The shared core: the messages every element needs (shared UI, field rules,
 * statuses). It ships in French in every bundle; other languages load on first use.
 */
export const coreMessages = defineMessages({
  fr,
  nl: () => import('./catalogues/nl.js'),
  de: () => import('./catalogues/de.js'),
  en: () => import('./catalogues/en.js'),
});

/** What is loaded, per language: the bundles and their messages together. */
const catalogues: Record<Locale, { bundles: Set<MessageBundle>; messages: Record<string, string> }> = {
  fr: { bundles: new Set(), messages: {} },
  nl: { bundles: new Set(), messages: {} },
  de: { bundles: new Set(), messages: {} },
  en: { bundles: new Set(), messages: {} },
};
const loading = new Map<MessageBundle, Map<Locale, Promise<void>>>();

const withCore = (bundles: readonly MessageBundle[]) => [coreMessages, ...bundles];

const isLoaded = (locale: Locale, bundles: readonly MessageBundle[]) =>
  withCore(bundles).every((bundle) => catalogues[locale].bundles.has(bundle));

function store(locale: Locale, bundle: MessageBundle, messages: Readonly<Record<string, string>>): void {
  Object.assign(catalogues[locale].messages, messages);
  catalogues[locale].bundles.add(bundle);
}

/** Loads one bundle in one language, once; messages that are there already are stored at once. */
function loadBundle(locale: Locale, bundle: MessageBundle): Promise<void> {
  if (catalogues[locale].bundles.has(bundle)) return Promise.resolve();
  const source = bundle.sources[locale];
  if (typeof source !== 'function') {
    store(locale, bundle, source);
    return Promise.resolve();
  }
  const pending = loading.get(bundle) ?? new Map<Locale, Promise<void>>();
  loading.set(bundle, pending);
  let promise = pending.get(locale);
  if (!promise) {
    promise = source()
      .then((module) => store(locale, bundle, module.default))
      .catch(async (error: unknown) => {
        console.warn(`family-portal: the ${locale} messages could not be loaded`, error);
        // French stands in this time; the next use tries again.
        if (locale !== 'fr') await loadBundle('fr', bundle);
      })
      .finally(() => pending.delete(locale));
    pending.set(locale, promise);
  }
  return promise;
}

store('fr', coreMessages, fr);

/**
 * Loads the core messages of `locale` and the bundles asked for, once. If one
 * cannot be loaded (offline, a CDN hiccup), French is used this time and the
 * next use tries again.
 */
export async function loadMessages(locale: Locale, bundles: readonly MessageBundle[] = []): Promise<void> {
  await Promise.all(withCore(bundles).map((bundle) => loadBundle(locale, bundle)));
}

/** `nl-BE` → `nl`; anything we do not ship → undefined. */
export function toLocale(value: string | null | undefined): Locale | undefined {
  const primary = value?.trim().toLowerCase().split(/[-_]/)[0];
  return locales.find((locale) => locale === primary);
}

/** A word that French elides "de" before ("d’Emma", but "de Léa", "de Yasmine"). */
const elides = (value: string | number | undefined) => /^[aeiouâàéèêëîïôûùœæ]/i.test(String(value ?? ''));

/**
 * Replace `{name}` with its parameter; an unknown parameter stays visible so
 * it gets noticed. In French, "de {name}" becomes "d’{name}" before a vowel.
 */
export function interpolate(message: string, params?: MessageParams, locale?: Locale): string {
  if (!params) return message;
  const text =
    locale === 'fr'
      ? message.replace(/\b([Dd])e \{(\w+)\}/g, (whole, d: string, name: string) =>
          elides(params[name]) ? `${d}’{${name}}` : whole,
        )
      : message;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * What the shared UI needs to speak the parent's language; `K`: the keys of
 * the element's own messages, beyond the core's.
 */
export interface Localizer<K extends string = never> {
  readonly locale: Locale;
  /** The language the commune writes its texts in (`CommuneSettings.language`), once read: their first fallback. */
  readonly communeLocale?: Locale | undefined;
  t(key: CoreKey | K, params?: MessageParams): string;
  /** True when the catalogue has this key: for codes that come from the backend. */
  has(key: string): boolean;
  date(iso: string): string;
  longDate(iso: string): string;
  when(iso: string): string;
  /** The time of a timestamp, in the commune's time zone ("18:00"). */
  time(iso: string): string;
  money(cents: number, currency: string): string;
  /** A camp week as the service names it ("S28", French) in the parent's language ("W28"). */
  week(label: string): string;
}

/** The host's own settings and what `<family-portal>` provides. */
export interface LocalizeHost extends ReactiveControllerHost, HTMLElement {
  /** The `locale` attribute: overrides every other source. */
  locale?: string | undefined;
  translations?: Translations | undefined;
  /** From `<family-portal>`: used when the element sets no `locale`. */
  portalLocale?: Locale | undefined;
  portalTranslations?: Translations | undefined;
}

/** The node above `node`, crossing out of a shadow root to its host. */
const above = (node: Node): Node | null => node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);

/** The nearest `[lang]` at or above `node`, crossing shadow roots. */
function closestLang(node: Node | null): string | undefined {
  for (let current = node; current; current = above(current)) {
    if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang') ?? '';
  }
  return undefined;
}

/** Every root (shadow roots, then the document) between `node` and the top. */
function rootsAbove(node: Node): Node[] {
  const roots: Node[] = [];
  let root = node.getRootNode();
  for (;;) {
    roots.push(root);
    if (!(root instanceof ShadowRoot)) return roots;
    root = root.host.getRootNode();
  }
}

/**
 * Resolves the element's language (its `locale`, then `<family-portal>`'s, then
 * its own `lang`, then the nearest `lang` above it across shadow roots, then
 * French), watches `lang` changes anywhere above it, and translates and formats
 * in that language. The host carries the language it is shown in as its `lang`
 * (for assistive technologies and `:lang()`), unless the page gave it one.
 */
export class LocalizeController<K extends string = never> implements ReactiveController, Localizer<K> {
  private observer: MutationObserver | undefined;
  /** The language shown: it changes once its catalogue is there, so text never flashes back to French. */
  private shown: Locale = 'fr';
  /** The language asked for, maybe still loading. */
  private wanted: Locale = 'fr';
  /** The `lang` this controller last wrote on the host: never read back as the page's choice. */
  private written: string | undefined;
  /** Set by the element once it has read the commune's settings; French until then. */
  communeLocale: Locale | undefined;

  /** The element's own messages, beyond the shared core: those it renders first, then those of the parts it loads later. */
  private bundles: readonly MessageBundle[];

  /** `bundles`: the element's own messages, beyond the shared core, loaded with its first render. */
  constructor(
    private readonly host: LocalizeHost,
    bundles: readonly MessageBundle[] = [],
  ) {
    this.bundles = bundles;
    host.addController(this);
  }

  /**
   * Adds the messages of a part of the element loaded later (a screen), in the
   * language shown and in every language shown next; settles once they can be used.
   */
  use(bundles: readonly MessageBundle[]): Promise<void> {
    const added = bundles.filter((bundle) => !this.bundles.includes(bundle));
    this.bundles = [...this.bundles, ...added];
    return loadMessages(this.wanted, added);
  }

  get locale(): Locale {
    return this.shown;
  }

  /** Settles when the asked-for language can be shown. */
  get ready(): Promise<void> {
    return loadMessages(this.wanted, this.bundles);
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.refresh());
    for (const root of rootsAbove(this.host)) {
      this.observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
    this.refresh();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostUpdate(): void {
    this.want(this.resolve(), false);
  }

  /** Re-resolve now; asks for a render when the language changed. */
  refresh(): void {
    this.want(this.resolve(), true);
  }

  private want(locale: Locale, render: boolean): void {
    this.wanted = locale;
    if (!isLoaded(locale, this.bundles)) {
      // Messages that ship with the element are stored at once; the others arrive later.
      const loading = loadMessages(locale, this.bundles);
      if (!isLoaded(locale, this.bundles)) {
        void loading.then(() => {
          if (this.wanted !== locale) return;
          this.show(isLoaded(locale, this.bundles) ? locale : 'fr', false);
          // New messages are there, in this language or (when the load failed) in French.
          this.host.requestUpdate();
        });
        return;
      }
    }
    this.show(locale, render);
  }

  private show(locale: Locale, render: boolean): void {
    this.markHost(locale);
    if (locale === this.shown) return;
    this.shown = locale;
    if (render) this.host.requestUpdate();
  }

  /** The host's own `lang`, when the page set it (not the one this controller wrote). */
  private ownLang(): string | undefined {
    const lang = this.host.getAttribute('lang');
    if (lang === null || lang === this.written) return undefined;
    // The page took the attribute over: what it writes next stays its own.
    this.written = undefined;
    return lang;
  }

  private markHost(locale: Locale): void {
    if (this.ownLang() !== undefined || this.host.getAttribute('lang') === locale) return;
    this.written = locale;
    this.host.setAttribute('lang', locale);
  }

  private resolve(): Locale {
    return (
      toLocale(this.host.locale) ??
      this.host.portalLocale ??
      toLocale(this.ownLang() ?? closestLang(above(this.host))) ??
      'fr'
    );
  }

  has(key: string): key is CoreKey | K {
    return key in catalogues[this.shown].messages || key in catalogues.fr.messages;
  }

  t(key: CoreKey | K, params?: MessageParams): string {
    const locale = this.shown;
    const message =
      this.host.translations?.[locale]?.[key] ??
      this.host.portalTranslations?.[locale]?.[key] ??
      catalogues[locale].messages[key] ??
      catalogues.fr.messages[key] ??
      key;
    return interpolate(message, params, locale);
  }

  date(iso: string): string {
    return formatDate(iso, this.shown);
  }

  longDate(iso: string): string {
    return formatLongDate(iso, this.shown);
  }

  when(iso: string): string {
    return formatWhen(iso, this.shown);
  }

  time(iso: string): string {
    return formatTime(iso, this.shown);
  }

  money(cents: number, currency: string): string {
    return formatMoney(cents, currency, this.shown);
  }

  week(label: string): string {
    const number = /(\d+)$/.exec(label)?.[1];
    return number ? this.t('ui.weekShort', { week: number }) : label;
  }
}
