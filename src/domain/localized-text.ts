import * as z from 'zod/mini';
import { textLocales } from './pick-text.js';

// The plain rules live apart from zod, so that an element showing a commune's text loads no zod.
export { pickText, textIn, type LocalizedText, type TextPerLanguage } from './pick-text.js';

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
