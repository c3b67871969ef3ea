import type { ChildIdentity, Country, FieldIssue, OtherGuardian, SchoolSite } from '../../domain/index.js';
import { formatPhone, normalizePhone } from '../../domain/phone.js';
import { formatNationalNumber, parseNationalNumber } from '../../domain/national-number.js';
import { checkChildIdentity, formatKidEidNumber, parseKidEidNumber } from '../../domain/child-rules.js';
import { isoToDateParts, parseDateParts } from '../../shared/ui/index.js';

/** What the parent types, as typed: every answer is a string, the draft keeps them all. */
export const childFields = [
  'lastName',
  'firstName',
  'birthDate.day',
  'birthDate.month',
  'birthDate.year',
  'sex',
  'nationalNumber',
  'kidEidNumber',
  'schoolSiteId',
  'schoolGradeId',
  'hasOtherGuardian',
  'otherGuardian.firstName',
  'otherGuardian.lastName',
  'otherGuardian.relation',
  'otherGuardian.phone',
  'otherGuardian.email',
  'invoicesTo',
] as const;
export type ChildFormField = (typeof childFields)[number];
export type ChildForm = Record<ChildFormField, string>;

/**
 * The fields an issue can be about (`birthDate` stands for its three boxes),
 * in the order of the form: the error summary lists problems in this order.
 */
export const issueFieldOrder = [
  'lastName',
  'firstName',
  'birthDate',
  'sex',
  'nationalNumber',
  'kidEidNumber',
  'schoolSiteId',
  'schoolGradeId',
  'otherGuardian',
  'otherGuardian.firstName',
  'otherGuardian.lastName',
  'otherGuardian.relation',
  'otherGuardian.phone',
  'otherGuardian.email',
  'invoicesTo',
] as const;
export type ChildIssueField = (typeof issueFieldOrder)[number];

export function emptyChildForm(lastName = ''): ChildForm {
  const form = Object.fromEntries(childFields.map((field) => [field, ''])) as ChildForm;
  return { ...form, lastName };
}

/** Keeps only known fields from a stored draft (a draft from an older version may carry others). */
export function pickChildForm(stored: Record<string, string>): Partial<ChildForm> {
  return Object.fromEntries(
    childFields.filter((field) => typeof stored[field] === 'string').map((field) => [field, stored[field]]),
  );
}

/** Today in the parent's time zone, `yyyy-MM-dd`. */
export function localToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type ChildFormResult = { ok: true; value: ChildIdentity } | { ok: false; issues: FieldIssue[] };

/**
 * What the parent typed as the identity the service expects, or every problem
 * at once: the fields' own checks first, then the service's rules
 * (`checkChildIdentity`) on what could be read.
 */
export function parseChildForm(
  form: ChildForm,
  options: { today: string; country: Country; schools: readonly SchoolSite[] },
): ChildFormResult {
  const issues: FieldIssue[] = [];
  const add = (field: ChildIssueField, code: string) => issues.push({ field, code });
  const text = (field: ChildFormField) => form[field].trim();

  const lastName = text('lastName');
  const firstName = text('firstName');
  if (!lastName) add('lastName', 'required');
  if (!firstName) add('firstName', 'required');

  const date = parseDateParts({
    day: form['birthDate.day'],
    month: form['birthDate.month'],
    year: form['birthDate.year'],
  });
  if (!date.ok) add('birthDate', date.code);

  const sex = form.sex === 'female' || form.sex === 'male' || form.sex === 'other' ? form.sex : undefined;
  if (!sex) add('sex', 'required');

  let nationalNumber: string | undefined;
  if (text('nationalNumber')) {
    const parsed = parseNationalNumber(text('nationalNumber'));
    if (parsed.ok) nationalNumber = parsed.digits;
    else add('nationalNumber', parsed.code);
  }

  let kidEidNumber: string | undefined;
  if (text('kidEidNumber')) {
    const parsed = parseKidEidNumber(text('kidEidNumber'));
    if (parsed.ok) kidEidNumber = parsed.digits;
    else add('kidEidNumber', parsed.code);
  }

  let otherGuardian: OtherGuardian | undefined;
  let invoicesTo: ChildIdentity['invoicesTo'] = 'me';
  if (form.hasOtherGuardian === 'yes') {
    const guardian = {
      firstName: text('otherGuardian.firstName'),
      lastName: text('otherGuardian.lastName'),
      relation: text('otherGuardian.relation'),
    };
    if (!guardian.firstName) add('otherGuardian.firstName', 'required');
    if (!guardian.lastName) add('otherGuardian.lastName', 'required');
    if (!guardian.relation) add('otherGuardian.relation', 'required');
    let phone: string | undefined;
    if (text('otherGuardian.phone')) {
      phone = normalizePhone(text('otherGuardian.phone'), options.country);
      if (!phone) add('otherGuardian.phone', 'phone.format');
    }
    const email = text('otherGuardian.email');
    if (email && !EMAIL.test(email)) add('otherGuardian.email', 'email.format');
    otherGuardian = {
      ...guardian,
      ...(phone ? { phone } : {}),
      ...(email && EMAIL.test(email) ? { email } : {}),
    };
    if (form.invoicesTo === 'me' || form.invoicesTo === 'other-guardian' || form.invoicesTo === 'both') {
      invoicesTo = form.invoicesTo;
    } else add('invoicesTo', 'required');
  }

  // The service's rules, on what could be read; a field already in error keeps its first message.
  const identity: ChildIdentity = {
    lastName,
    firstName,
    birthDate: date.ok ? date.iso : options.today,
    sex: sex ?? 'other',
    ...(nationalNumber ? { nationalNumber } : {}),
    ...(kidEidNumber ? { kidEidNumber } : {}),
    ...(form.schoolSiteId ? { schoolSiteId: form.schoolSiteId } : {}),
    ...(form.schoolGradeId ? { schoolGradeId: form.schoolGradeId } : {}),
    ...(otherGuardian ? { otherGuardian } : {}),
    invoicesTo,
  };
  const seen = new Set(issues.map((issue) => issue.field));
  for (const issue of checkChildIdentity(identity, options)) {
    if (seen.has(issue.field)) continue;
    // Without a readable birth date, a national number cannot be compared with it.
    if (!date.ok && (issue.field === 'birthDate' || issue.code.startsWith('national-number.'))) continue;
    if (!sex && issue.code === 'national-number.sex-mismatch') continue;
    if (issue.field === 'otherGuardian.email' && (seen.has('invoicesTo') || seen.has('otherGuardian.email')))
      continue;
    seen.add(issue.field);
    issues.push(issue);
  }
  if (issues.length > 0) return { ok: false, issues: sortIssues(issues) };
  return { ok: true, value: identity };
}

/** Issues in the order of the form's fields. */
export function sortIssues(issues: readonly FieldIssue[]): FieldIssue[] {
  const rank = (field: string) => {
    const index = issueFieldOrder.indexOf(field as ChildIssueField);
    return index < 0 ? issueFieldOrder.length : index;
  };
  return [...issues].sort((a, b) => rank(a.field) - rank(b.field));
}

/** A known identity back into the form (after a "Modifier", or for a story). */
export function identityToChildForm(identity: ChildIdentity, country: Country): ChildForm {
  const date = isoToDateParts(identity.birthDate);
  const guardian = identity.otherGuardian;
  return {
    lastName: identity.lastName,
    firstName: identity.firstName,
    'birthDate.day': date.day,
    'birthDate.month': date.month,
    'birthDate.year': date.year,
    sex: identity.sex,
    nationalNumber: identity.nationalNumber ? formatNationalNumber(identity.nationalNumber) : '',
    kidEidNumber: identity.kidEidNumber ? formatKidEidNumber(identity.kidEidNumber) : '',
    schoolSiteId: identity.schoolSiteId ?? '',
    schoolGradeId: identity.schoolGradeId ?? '',
    hasOtherGuardian: guardian ? 'yes' : '',
    'otherGuardian.firstName': guardian?.firstName ?? '',
    'otherGuardian.lastName': guardian?.lastName ?? '',
    'otherGuardian.relation': guardian?.relation ?? '',
    'otherGuardian.phone': guardian?.phone ? formatPhone(guardian.phone, country) : '',
    'otherGuardian.email': guardian?.email ?? '',
    invoicesTo: guardian ? identity.invoicesTo : '',
  };
}
