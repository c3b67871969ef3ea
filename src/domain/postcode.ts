import type { Country } from './commune.js';

const patterns: Record<Country, RegExp> = {
  /** Belgian postcodes: 4 digits, 1000–9999. */
  BE: /^[1-9]\d{3}$/,
  /** French postcodes: 5 digits, département 01–98 (Corsica's 2A and 2B use 20000–20999). */
  FR: /^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$/,
};

/** Removes spaces people type inside a postcode (`59 210`). */
export function normalizePostcode(input: string): string {
  return input.replace(/\s/g, '');
}

/** Whether `postcode` (normalised) is a postcode of `country`. */
export function isValidPostcode(postcode: string, country: Country): boolean {
  return patterns[country].test(postcode);
}
