/**
 * The Belgian national register number (NISS / INSZ / numéro de registre
 * national): `YYMMDD-SSS-CC`. The first six digits encode the birth date, the
 * three next a daily counter (odd for men, even for women), the last two a
 * check: 97 − (first nine digits mod 97), with a 2 put in front of the nine
 * digits for births from 2000 on. BIS numbers (people not in the national
 * register) add 20 to the month when the sex is unknown, 40 when it is known.
 */

export type NationalNumberIssue =
  'national-number.format' | 'national-number.checksum' | 'national-number.date';

export interface ParsedNationalNumber {
  ok: true;
  /** The 11 digits, without separators. */
  digits: string;
  /** The birth date it encodes (`1985-07-30`), absent when the number leaves it unknown (month or day 00). */
  birthDate: string | undefined;
  /** Whether it is a BIS number. */
  bis: boolean;
  /** From the counter's parity; absent for BIS numbers whose sex is unknown. */
  sex: 'M' | 'F' | undefined;
}

export type NationalNumberResult = ParsedNationalNumber | { ok: false; code: NationalNumberIssue };

/** Removes what people type around the digits: spaces, dots, dashes, slashes. */
export function normalizeNationalNumber(input: string): string {
  return input.replace(/[\s./-]/g, '');
}

const checkOf = (nine: number, century2000: boolean) =>
  97 - ((century2000 ? 2_000_000_000 + nine : nine) % 97);

interface DatePart {
  birthDate: string | undefined;
  bis: boolean;
  sexKnown: boolean;
}

/** The birth date the first six digits encode for a century, or undefined when impossible. */
function datePart(digits: string, century: 1900 | 2000): DatePart | undefined {
  const year = century + Number(digits.slice(0, 2));
  let month = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  let bis = false;
  let sexKnown = true;
  if (month >= 40) {
    month -= 40;
    bis = true;
  } else if (month >= 20) {
    month -= 20;
    bis = true;
    sexKnown = false;
  }
  if (month > 12) return undefined;
  if (month === 0 || day === 0) return { birthDate: undefined, bis, sexKnown };
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  const pad = (value: number) => String(value).padStart(2, '0');
  return { birthDate: `${year}-${pad(month)}-${pad(day)}`, bis, sexKnown };
}

/** Checks a national number as typed (`85.07.30-033.28`, `85073003328`, `850730 033 28`). */
export function parseNationalNumber(input: string): NationalNumberResult {
  const digits = normalizeNationalNumber(input);
  if (!/^\d{11}$/.test(digits)) return { ok: false, code: 'national-number.format' };
  const nine = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  const century = checkOf(nine, false) === check ? 1900 : checkOf(nine, true) === check ? 2000 : undefined;
  if (century === undefined) {
    const impossible = !datePart(digits, 1900) && !datePart(digits, 2000);
    return { ok: false, code: impossible ? 'national-number.date' : 'national-number.checksum' };
  }
  const date = datePart(digits, century);
  if (!date) return { ok: false, code: 'national-number.date' };
  const counter = Number(digits.slice(6, 9));
  return {
    ok: true,
    digits,
    birthDate: date.birthDate,
    bis: date.bis,
    sex: date.sexKnown ? (counter % 2 === 1 ? 'M' : 'F') : undefined,
  };
}

/** `85073003328` → `85.07.30-033.28`, the way it is printed on the identity card. Other input is returned as is. */
export function formatNationalNumber(value: string): string {
  const digits = normalizeNationalNumber(value);
  if (!/^\d{11}$/.test(digits)) return value;
  return `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}-${digits.slice(6, 9)}.${digits.slice(9)}`;
}
