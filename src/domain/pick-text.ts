import type { Locale } from './commune.js';

/**
 * A text the commune writes itself (a camp's name, a week's theme, its notice,
 * a school grade): either one plain string, in the commune's own language (as
 * every backend sent before texts had languages), or the text per language,
 * at least one. Proper names (the commune's, a school's) stay plain strings.
 */
export type LocalizedText = string | TextPerLanguage;
export type TextPerLanguage = Partial<Record<Locale, string>>;

/** The languages in the order a text falls back to when neither the asked one nor the commune's is there. */
export const textLocales: readonly Locale[] = ['fr', 'nl', 'de', 'en'];

/** The text of `locale` in `text`, if it has one (own keys only: a hostile object's prototype is never read). */
function textOf(text: TextPerLanguage, locale: Locale): string | undefined {
  const value: unknown = Object.hasOwn(text, locale) ? text[locale] : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The text to show in `lang`, and the language it is in: `lang`'s own, else
 * that of the first of `fallbacks` that has one (the commune's language
 * first), else the first there in the order fr, nl, de, en (a fixed order:
 * PostgreSQL's jsonb does not keep an object's key order). A plain string is
 * in the commune's language, `fallbacks[0]`, French when none is given.
 */
export function pickText(
  text: LocalizedText,
  lang: Locale,
  fallbacks: readonly Locale[] = [],
): { text: string; lang: Locale } {
  if (typeof text === 'string') return { text, lang: fallbacks[0] ?? 'fr' };
  for (const locale of [lang, ...fallbacks, ...textLocales]) {
    const found = textLocales.includes(locale) ? textOf(text, locale) : undefined;
    if (found !== undefined) return { text: found, lang: locale };
  }
  return { text: '', lang: fallbacks[0] ?? 'fr' };
}

/** The text in `lang` (or its fallback) without its language: for the service's own French sentences, sorting, logs. */
export function textIn(text: LocalizedText, lang: Locale, fallbacks: readonly Locale[] = []): string {
  return pickText(text, lang, fallbacks).text;
}
