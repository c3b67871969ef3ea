import type { Country } from './commune.js';

/** The country calling codes of the communes' countries. */
export const countryCodes: Readonly<Record<Country, string>> = { BE: '32', FR: '33' };

/**
 * An E.164 number written the way people of `country` read it: `+32496444111`
 * → `0496 44 41 11` in Belgium, `+33612345678` → `06 12 34 56 78` in France.
 * Foreign numbers keep their international form.
 */
export function formatPhone(e164: string, country: Country): string {
  const code = countryCodes[country];
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
