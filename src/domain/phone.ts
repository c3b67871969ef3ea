import type { Country } from './commune.js';
import { countryCodes } from './phone-format.js';

// Shown as people read them from a module of its own: a page showing numbers needs none of the rules.
export { formatPhone } from './phone-format.js';

/** Subscriber numbers after the country code: Belgium 8 (landline) or 9 (mobile, 4xx) digits, France 9. */
const national: Record<Country, { code: string; pattern: RegExp }> = {
  BE: { code: countryCodes.BE, pattern: /^(?:[1-9]\d{7}|4\d{8})$/ },
  FR: { code: countryCodes.FR, pattern: /^[1-9]\d{8}$/ },
};

/**
 * A phone number as typed (`0496 44 41 11`, `+32 (0)496/44.41.11`,
 * `0032 496 44 41 11`, `06 12 34 56 78`) in E.164 (`+32496444111`), or
 * undefined when it is not a number. National numbers are read in the
 * commune's country; Belgian and French numbers are accepted in both.
 */
export function normalizePhone(input: string, country: Country): string | undefined {
  let value = input
    .trim()
    .replace(/\(0\)/g, '')
    .replace(/[\s./()-]/g, '');
  if (value.startsWith('00')) value = `+${value.slice(2)}`;
  if (!/^\+?\d+$/.test(value)) return undefined;
  if (!value.startsWith('+')) {
    if (!value.startsWith('0')) return undefined;
    value = `+${national[country].code}${value.slice(1)}`;
  }
  const digits = value.slice(1);
  for (const { code, pattern } of Object.values(national)) {
    if (digits.startsWith(code)) return pattern.test(digits.slice(code.length)) ? value : undefined;
  }
  // Other countries: E.164 allows up to 15 digits; a plausible length is all we can check.
  return digits.length >= 8 && digits.length <= 15 && !digits.startsWith('0') ? value : undefined;
}
