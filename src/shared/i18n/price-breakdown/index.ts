import { defineMessages, type Localizer, type MessageKeyOf } from '../localize.js';

/** The price breakdown's lines and its counts ("3 jours"), for the elements that show it. */
export const priceBreakdownMessages = defineMessages({
  fr: () => import('./fr.js'),
  nl: () => import('./nl.js'),
  de: () => import('./de.js'),
  en: () => import('./en.js'),
});

export type PriceBreakdownKey = MessageKeyOf<typeof priceBreakdownMessages>;

/** "3 jours", "1 heure": a count with its unit, singular or plural (shown in the breakdown and the cart's time left). */
export function quantity(i18n: Localizer<PriceBreakdownKey>, unit: 'day' | 'hour', count: number): string {
  return i18n.t(count === 1 ? `cart.${unit}.one` : `cart.${unit}.other`, { count });
}
