import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '../../domain/index.js';
import { fr, type Catalogue, type MessageKey } from './catalogues/fr.js';
import { formatDate, formatLongDate, formatMoney, formatTime, formatWhen } from './format.js';

export type { MessageKey, Catalogue };
export type MessageParams = Record<string, string | number>;

/** Overrides of any message, per language: `{ nl: { 'ui.retry': 'Opnieuw' } }`. */
export type Translations = Partial<Record<Locale, Partial<Record<MessageKey, string>>>>;

export const locales: readonly Locale[] = ['fr', 'nl', 'de', 'en'];

/**
 * The messages of one element family, loaded with the first element that
 * needs them: a page pays only for the elements it shows and the languages
 * its visitors read. The shared core ships in French in every bundle.
 */
export type MessageSet = 'parent' | 'child' | 'picker' | 'enrol' | 'cart';
type Part = 'core' | MessageSet;
type Messages = Partial<Record<MessageKey, string>>;

const loaders: Record<Locale, Record<Part, () => Promise<Messages>>> = {
  fr: {
    core: () => Promise.resolve(fr),
    parent: () => import('./catalogues/fr-parent.js').then((module) => module.frParent),
    child: () => import('./catalogues/fr-child.js').then((module) => module.frChild),
    picker: () => import('./catalogues/fr-picker.js').then((module) => module.frPicker),
    enrol: () => import('./catalogues/fr-enrol.js').then((module) => module.frEnrol),
    cart: () => import('./catalogues/fr-cart.js').then((module) => module.frCart),
  },
  nl: {
    core: () => import('./catalogues/nl.js').then((module) => module.nl),
    parent: () => import('./catalogues/nl-parent.js').then((module) => module.nlParent),
    child: () => import('./catalogues/nl-child.js').then((module) => module.nlChild),
    picker: () => import('./catalogues/nl-picker.js').then((module) => module.nlPicker),
    enrol: () => import('./catalogues/nl-enrol.js').then((module) => module.nlEnrol),
    cart: () => import('./catalogues/nl-cart.js').then((module) => module.nlCart),
  },
  de: {
    core: () => import('./catalogues/de.js').then((module) => module.de),
    parent: () => import('./catalogues/de-parent.js').then((module) => module.deParent),
    child: () => import('./catalogues/de-child.js').then((module) => module.deChild),
    picker: () => import('./catalogues/de-picker.js').then((module) => module.dePicker),
    enrol: () => import('./catalogues/de-enrol.js').then((module) => module.deEnrol),
    cart: () => import('./catalogues/de-cart.js').then((module) => module.deCart),
  },
  en: {
    core: () => import('./catalogues/en.js').then((module) => module.en),
    parent: () => import('./catalogues/en-parent.js').then((module) => module.enParent),
    child: () => import('./catalogues/en-child.js').then((module) => module.enChild),
    picker: () => import('./catalogues/en-picker.js').then((module) => module.enPicker),
    enrol: () => import('./catalogues/en-enrol.js').then((module) => module.enEnrol),
    cart: () => import('./catalogues/en-cart.js').then((module) => module.enCart),
  },
};
/** What is loaded, per language: the parts and their messages together. */
const catalogues: Record<Locale, { parts: Set<Part>; messages: Messages }> = {
  fr: { parts: new Set(['core']), messages: { ...fr } },
  nl: { parts: new Set(), messages: {} },
  de: { parts: new Set(), messages: {} },
  en: { parts: new Set(), messages: {} },
};
const loading = new Map<string, Promise<void>>();

const isLoaded = (locale: Locale, sets: readonly MessageSet[]) =>
  ['core' as const, ...sets].every((part) => catalogues[locale].parts.has(part));

function loadPart(locale: Locale, part: Part): Promise<void> {
  if (catalogues[locale].parts.has(part)) return Promise.resolve();
  const key = `${locale}:${part}`;
  let pending = loading.get(key);
  if (!pending) {
    pending = loaders[locale][part]()
      .then((messages) => {
        Object.assign(catalogues[locale].messages, messages);
        catalogues[locale].parts.add(part);
      })
      .catch(async (error: unknown) => {
        console.warn(`family-portal: the ${locale} messages (${part}) could not be loaded`, error);
        // French stands in this time; the next use tries again.
        if (locale !== 'fr') await loadPart('fr', part);
      })
      .finally(() => loading.delete(key));
    loading.set(key, pending);
  }
  return pending;
}

/**
 * Loads the core messages of `locale` and the sets asked for, once. If a part
 * cannot be loaded (offline, a CDN hiccup), French is used this time and the
 * next use tries again.
 */
export async function loadMessages(locale: Locale, sets: readonly MessageSet[] = []): Promise<void> {
  await Promise.all(['core' as const, ...sets].map((part) => loadPart(locale, part)));
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

/** What the shared UI needs to speak the parent's language. */
export interface Localizer {
  readonly locale: Locale;
  t(key: MessageKey, params?: MessageParams): string;
  /** True when the catalogue (or an override) has this key: for codes that come from the backend. */
  has(key: string): key is MessageKey;
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

  /** `sets`: the element's own messages, beyond the shared core. */
  constructor(
    private readonly host: LocalizeHost,
    private readonly sets: readonly MessageSet[] = [],
  ) {
    host.addController(this);
  }

  get locale(): Locale {
    return this.shown;
  }

  /** Settles when the asked-for language can be shown. */
  get ready(): Promise<void> {
    return loadMessages(this.wanted, this.sets);
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
    if (isLoaded(locale, this.sets)) {
      if (locale === this.shown) return;
      this.shown = locale;
      if (render) this.host.requestUpdate();
      return;
    }
    void loadMessages(locale, this.sets).then(() => {
      if (this.wanted !== locale) return;
      this.shown = isLoaded(locale, this.sets) ? locale : 'fr';
      this.host.requestUpdate();
    });
  }

  private resolve(): Locale {
    return toLocale(this.host.locale) ?? this.host.portalLocale ?? toLocale(closestLang(this.host)) ?? 'fr';
  }

  has(key: string): key is MessageKey {
    return key in catalogues[this.shown].messages || key in catalogues.fr.messages;
  }

  t(key: MessageKey, params?: MessageParams): string {
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
