import type { Country } from './commune.js';

/** Subscriber numbers after the country code: Belgium 8 (landline) or 9 (mobile, 4xx) digits, France 9. */
const national: Record<Country, { code: string; pattern: RegExp }> = {
  BE: { code: '32', pattern: /^(?:[1-9]\d{7}|4\d{8})$/ },
  FR: { code: '33', pattern: /^[1-9]\d{8}$/ },
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

/**
 * An E.164 number written the way people of `country` read it: `+32496444111`
 * → `0496 44 41 11` in Belgium, `+33612345678` → `06 12 34 56 78` in France.
 * Foreign numbers keep their international form.
 */
export function formatPhone(e164: string, country: Country): string {
  const { code } = national[country];
  if (!e164.startsWith(`+${code}`)) return e164;
  const rest = e164.slice(code.length + 1);
  const groups = (text: string, sizes: number[]) => {
    const parts: string[] = [];
    let at = 0;
    for (const size of sizes) {
      parts.push(text.slice(at, at + size));
      at += size;
    }
    return parts.filter(Boolean).join(' ');
  };
  const local = `0${rest}`;
  if (country === 'FR') return groups(local, [2, 2, 2, 2, 2]);
  if (rest.length === 9) return groups(local, [4, 2, 2, 2]);
  // Belgian landlines: one-digit zones (Brussels 02, Liège 04, Antwerp 03, Ghent 09) or two-digit zones.
  return /^[2349]/.test(rest) ? groups(local, [2, 3, 2, 2]) : groups(local, [3, 2, 2, 2]);
}
