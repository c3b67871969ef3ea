import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '../../domain/index.js';
import { fr, type Catalogue, type MessageKey } from './catalogues/fr.js';
import { formatDate, formatLongDate, formatMoney, formatWhen } from './format.js';

export type { MessageKey, Catalogue };
export type MessageParams = Record<string, string | number>;

/** Overrides of any message, per language: `{ nl: { 'ui.retry': 'Opnieuw' } }`. */
export type Translations = Partial<Record<Locale, Partial<Record<MessageKey, string>>>>;

export const locales: readonly Locale[] = ['fr', 'nl', 'de', 'en'];

/**
 * French ships in every bundle; the other languages load on first use, so a
 * page pays only for the languages its visitors read.
 */
const loaders: Record<Locale, () => Promise<Catalogue>> = {
  fr: () => Promise.resolve(fr),
  nl: () => import('./catalogues/nl.js').then((module) => module.nl),
  de: () => import('./catalogues/de.js').then((module) => module.de),
  en: () => import('./catalogues/en.js').then((module) => module.en),
};
const catalogues: Partial<Record<Locale, Catalogue>> = { fr };
const loading = new Map<Locale, Promise<Catalogue>>();

/**
 * The catalogue of `locale`, loaded once. If it cannot be loaded (offline, a
 * CDN hiccup), French is used this time and the next use tries again.
 */
export function loadCatalogue(locale: Locale): Promise<Catalogue> {
  const known = catalogues[locale];
  if (known) return Promise.resolve(known);
  let pending = loading.get(locale);
  if (!pending) {
    pending = loaders[locale]()
      .then((catalogue) => (catalogues[locale] = catalogue))
      .catch((error: unknown) => {
        console.warn(`family-portal: the ${locale} messages could not be loaded`, error);
        return fr;
      })
      .finally(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}

/** `nl-BE` → `nl`; anything we do not ship → undefined. */
export function toLocale(value: string | null | undefined): Locale | undefined {
  const primary = value?.trim().toLowerCase().split(/[-_]/)[0];
  return locales.find((locale) => locale === primary);
}

/** Replace `{name}` with its parameter; an unknown parameter stays visible so it gets noticed. */
export function interpolate(message: string, params?: MessageParams): string {
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** What the shared UI needs to speak the parent's language. */
export interface Localizer {
  readonly locale: Locale;
  t(key: MessageKey, params?: MessageParams): string;
  /** True when the catalogue (or an override) has this key: for codes that come from the backend. */
  has(key: string): key is MessageKey;
  date(iso: string): string;
  longDate(iso: string): string;
  when(iso: string): string;
  money(cents: number, currency: string): string;
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

/** The nearest `[lang]` at or above `node`, crossing shadow roots. */
function closestLang(node: Node): string | undefined {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element && current.hasAttribute('lang')) return current.getAttribute('lang') ?? '';
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
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
 * the nearest `lang` across shadow roots, then French), watches `lang` changes
 * anywhere above it, and translates and formats in that language.
 */
export class LocalizeController implements ReactiveController, Localizer {
  private observer: MutationObserver | undefined;
  /** The language shown: it changes once its catalogue is there, so text never flashes back to French. */
  private shown: Locale = 'fr';
  /** The language asked for, maybe still loading. */
  private wanted: Locale = 'fr';

  constructor(private readonly host: LocalizeHost) {
    host.addController(this);
  }

  get locale(): Locale {
    return this.shown;
  }

  /** Settles when the asked-for language can be shown. */
  get ready(): Promise<void> {
    return loadCatalogue(this.wanted).then(() => undefined);
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
    if (locale === this.shown) return;
    if (catalogues[locale]) {
      this.shown = locale;
      if (render) this.host.requestUpdate();
      return;
    }
    void loadCatalogue(locale).then(() => {
      if (this.wanted !== locale || !catalogues[locale]) return;
      this.shown = locale;
      this.host.requestUpdate();
    });
  }

  private resolve(): Locale {
    return toLocale(this.host.locale) ?? this.host.portalLocale ?? toLocale(closestLang(this.host)) ?? 'fr';
  }

  has(key: string): key is MessageKey {
    return key in fr;
  }

  t(key: MessageKey, params?: MessageParams): string {
    const locale = this.shown;
    const message =
      this.host.translations?.[locale]?.[key] ??
      this.host.portalTranslations?.[locale]?.[key] ??
      (catalogues[locale] ?? fr)[key];
    return interpolate(message, params);
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

  money(cents: number, currency: string): string {
    return formatMoney(cents, currency, this.shown);
  }
}
