import * as z from 'zod/mini';
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
const textLocales: readonly Locale[] = ['fr', 'nl', 'de', 'en'];

/**
 * The schema of a commune's text: `max` characters in any language; `min` 1
 * unless the field may be empty (a week without a theme). A language given
 * must have a text: `{ "nl": "" }` is refused, leave the language out instead.
 */
export function localizedText({ min = 1, max }: { min?: 0 | 1; max: number }) {
  const one = z.string().check(z.minLength(1), z.maxLength(max));
  return z.union([
    z.string().check(z.minLength(min), z.maxLength(max)),
    z.object({ fr: z.optional(one), nl: z.optional(one), de: z.optional(one), en: z.optional(one) }).check(
      z.refine((text) => textLocales.some((locale) => text[locale] !== undefined), {
        message: 'A text needs at least one language.',
      }),
    ),
  ]);
}

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
