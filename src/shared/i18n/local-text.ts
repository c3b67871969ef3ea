import { html, type TemplateResult } from 'lit';
import type { Locale } from '../../domain/index.js';
import { pickText, type LocalizedText } from '../../domain/pick-text.js';
import type { Localizer } from './localize.js';

/** What choosing a commune's text needs: the element's language, and the commune's. */
type TextLocalizer = Pick<Localizer, 'locale' | 'communeLocale'>;

/**
 * A commune's text in the element's language, or its fallback; `lang` is set
 * only when the text is in another language than the element's (for an
 * option's or a node's `lang` attribute).
 */
export function pickLocalText(
  i18n: TextLocalizer,
  text: LocalizedText,
): { text: string; lang: Locale | undefined } {
  const picked = pickText(text, i18n.locale, [i18n.communeLocale ?? 'fr']);
  return { text: picked.text, lang: picked.lang === i18n.locale ? undefined : picked.lang };
}

/** A commune's text for an attribute, an option or a message parameter, where no `lang` can go. */
export function localString(i18n: TextLocalizer, text: LocalizedText): string {
  return pickLocalText(i18n, text).text;
}

/**
 * A commune's text for a template: in a `<span lang>` when it is in another
 * language than the element's, so that screen readers pronounce it right.
 */
export function localText(i18n: TextLocalizer, text: LocalizedText): TemplateResult | string {
  const picked = pickLocalText(i18n, text);
  return picked.lang ? html`<span lang=${picked.lang}>${picked.text}</span>` : picked.text;
}

/** Stands in a message for the commune's text until {@link localMessage} puts it there: a noncharacter, never typed. */
export const textSlot = '\uFDD0';

/**
 * A message holding commune texts, each in its `lang`: `message` was made
 * with {@link textSlot} for each text (`i18n.t('picker.day.closedReason', {
 * reason: textSlot })`); the slots take `texts` in order.
 */
export function localMessage(
  i18n: TextLocalizer,
  message: string,
  ...texts: LocalizedText[]
): TemplateResult | string {
  const parts = message.split(textSlot);
  if (parts.length === 1) return message;
  return html`${parts.map((part, index) =>
    index === 0 ? part : html`${localText(i18n, texts[index - 1] ?? '')}${part}`,
  )}`;
}
