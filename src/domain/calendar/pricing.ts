import type { UnitPricing } from '../calendar.js';

/** What one day of a unit costs a family: its flat price, or its quotient's band (none known: the last band). */
export function unitPriceCents(pricing: UnitPricing, quotient?: number): number {
  if (pricing.kind === 'flat') return pricing.cents;
  const band =
    quotient === undefined
      ? undefined
      : pricing.bands.find((candidate) => candidate.upTo === undefined || quotient <= candidate.upTo);
  return (band ?? pricing.bands.at(-1))?.cents ?? 0;
}
