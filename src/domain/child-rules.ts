import type { ChildIdentity, SchoolSite, Sex } from './child.js';
import type { Country } from './commune.js';
import type { FieldIssue } from './field-issue.js';
import { parseNationalNumber } from './national-number.js';
import { normalizePhone } from './phone.js';

// A child's plain rules, apart from the zod schemas of child.ts (which re-exports them): <child-register> checks a form without zod.

/**
 * The number of a Belgian kids-ID (or eID) card: 12 digits, the last two being
 * the first ten modulo 97 (97 when that is 0). Typed with or without dashes.
 */
export function parseKidEidNumber(
  input: string,
): { ok: true; digits: string } | { ok: false; code: 'kid-eid.format' | 'kid-eid.checksum' } {
  const digits = input.replace(/[\s.-]/g, '');
  if (!/^\d{12}$/.test(digits)) return { ok: false, code: 'kid-eid.format' };
  const check = Number(digits.slice(0, 10)) % 97 || 97;
  return check === Number(digits.slice(10)) ? { ok: true, digits } : { ok: false, code: 'kid-eid.checksum' };
}

/** `592123456789` → `592-1234567-89`, as printed on the card. */
export function formatKidEidNumber(digits: string): string {
  return /^\d{12}$/.test(digits)
    ? `${digits.slice(0, 3)}-${digits.slice(3, 10)}-${digits.slice(10)}`
    : digits;
}

/**
 * A child's national number against what the parent declared: it must be
 * valid, encode the same birth date (when it encodes one) and, unless a BIS
 * number leaves it unknown, the same sex.
 */
export function checkChildNationalNumber(input: string, birthDate: string, sex: Sex): FieldIssue[] {
  const parsed = parseNationalNumber(input);
  if (!parsed.ok) return [{ field: 'nationalNumber', code: parsed.code }];
  if (parsed.birthDate && parsed.birthDate !== birthDate) {
    return [{ field: 'nationalNumber', code: 'national-number.birth-date-mismatch' }];
  }
  if (parsed.sex && sex !== 'other' && (parsed.sex === 'M') !== (sex === 'male')) {
    return [{ field: 'nationalNumber', code: 'national-number.sex-mismatch' }];
  }
  return [];
}

/** A child's age in whole years on `on` (both `yyyy-MM-dd`). */
export function ageOn(birthDate: string, on: string): number {
  const [by = 0, bm = 0, bd = 0] = birthDate.split('-').map(Number);
  const [y = 0, m = 0, d = 0] = on.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/**
 * What the service checks of a declared child, beyond the schema: a birth date
 * in the past and plausible for a child (under 18), the national number against
 * it, the kids-ID check digits, a school grade taught at the chosen site, and a
 * way to reach the other guardian who receives invoices.
 */
export function checkChildIdentity(
  child: ChildIdentity,
  options: { today: string; country: Country; schools: readonly SchoolSite[] },
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (child.birthDate > options.today) issues.push({ field: 'birthDate', code: 'date.future' });
  else if (ageOn(child.birthDate, options.today) >= 18)
    issues.push({ field: 'birthDate', code: 'child.too-old' });
  if (child.nationalNumber)
    issues.push(...checkChildNationalNumber(child.nationalNumber, child.birthDate, child.sex));
  if (child.kidEidNumber) {
    const kid = parseKidEidNumber(child.kidEidNumber);
    if (!kid.ok) issues.push({ field: 'kidEidNumber', code: kid.code });
  }
  if (options.schools.length > 0) {
    const site = options.schools.find((candidate) => candidate.id === child.schoolSiteId);
    if (!child.schoolSiteId) issues.push({ field: 'schoolSiteId', code: 'required' });
    else if (!site) issues.push({ field: 'schoolSiteId', code: 'choice.unknown' });
    else if (!child.schoolGradeId) issues.push({ field: 'schoolGradeId', code: 'required' });
    else if (!site.grades.some((grade) => grade.id === child.schoolGradeId)) {
      issues.push({ field: 'schoolGradeId', code: 'choice.unknown' });
    }
  }
  const guardian = child.otherGuardian;
  if (child.invoicesTo !== 'me' && !guardian) issues.push({ field: 'otherGuardian', code: 'required' });
  if (guardian?.phone && !normalizePhone(guardian.phone, options.country)) {
    issues.push({ field: 'otherGuardian.phone', code: 'phone.format' });
  }
  if (guardian && child.invoicesTo !== 'me' && !guardian.email) {
    issues.push({ field: 'otherGuardian.email', code: 'required' });
  }
  return issues;
}
