import type { CommuneSettings } from './commune.js';
import type { FieldIssue, FieldIssueCode } from './field-issue.js';
import { formatNationalNumber, parseNationalNumber } from './national-number.js';
import type { ParentIdentity } from './parent.js';
import { formatPhone, normalizePhone } from './phone.js';
import { isValidPostcode, normalizePostcode } from './postcode.js';
import type { FieldChange } from './request.js';

/** The parent's details in the order of the form, the error summary and the recap. */
export const parentFields = [
  'lastName',
  'firstName',
  'nationalNumber',
  'address.street',
  'address.number',
  'address.box',
  'address.postcode',
  'address.city',
  'phone',
  'email',
] as const;
export type ParentField = (typeof parentFields)[number];

/** The details as the parent types them: one string per field. */
export type ParentForm = Record<ParentField, string>;

export function emptyParentForm(email = ''): ParentForm {
  const form = Object.fromEntries(parentFields.map((field) => [field, ''])) as ParentForm;
  return { ...form, email };
}

const maxLength: Partial<Record<ParentField, number>> = {
  lastName: 80,
  firstName: 80,
  'address.street': 120,
  'address.number': 12,
  'address.box': 12,
  'address.city': 80,
  email: 254,
};

/** Same rule as the wire schema's `z.email()`, kept simple: something@domain.tld, no spaces. */
const emailPattern = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

const clean = (value: string) => value.trim().replace(/\s+/g, ' ');

export type ParseResult = { ok: true; value: ParentIdentity } | { ok: false; issues: FieldIssue[] };

/**
 * Checks what the parent typed against the commune's rules and, when all is
 * well, gives the identity in its wire form (national number as 11 digits,
 * phone in E.164). Issues come in the order of the form.
 */
export function parseParentForm(form: ParentForm, commune: CommuneSettings): ParseResult {
  const issues: FieldIssue[] = [];
  const add = (field: ParentField, code: FieldIssueCode) => issues.push({ field, code });
  const value = Object.fromEntries(parentFields.map((field) => [field, clean(form[field])])) as ParentForm;
  let nationalNumber: string | undefined;
  let phone: string | undefined;
  const postcode = normalizePostcode(value['address.postcode']);

  for (const field of parentFields) {
    const text = value[field];
    const optional =
      field === 'address.box' || (field === 'nationalNumber' && commune.nationalNumber !== 'required');
    if (field === 'nationalNumber' && commune.nationalNumber === 'hidden') continue;
    if (!text) {
      if (!optional) add(field, 'required');
      continue;
    }
    const max = maxLength[field];
    if (max !== undefined && text.length > max) {
      add(field, 'too-long');
      continue;
    }
    if (field === 'nationalNumber') {
      const parsed = parseNationalNumber(text);
      if (parsed.ok) nationalNumber = parsed.digits;
      else add(field, parsed.code);
    } else if (field === 'address.postcode') {
      if (!isValidPostcode(postcode, commune.country)) add(field, 'postcode.format');
    } else if (field === 'phone') {
      phone = normalizePhone(text, commune.country);
      if (!phone) add(field, 'phone.format');
    } else if (field === 'email' && !emailPattern.test(text)) {
      add(field, 'email.format');
    }
  }
  if (issues.length > 0 || !phone) return { ok: false, issues };

  const box = value['address.box'];
  const identity: ParentIdentity = {
    lastName: value.lastName,
    firstName: value.firstName,
    ...(nationalNumber ? { nationalNumber } : {}),
    address: {
      street: value['address.street'],
      number: value['address.number'],
      ...(box ? { box } : {}),
      postcode,
      city: value['address.city'],
      country: commune.country,
    },
    phone,
    email: value.email,
  };
  return { ok: true, value: identity };
}

/** An identity as the form shows it: national number and phone written the way people read them. */
export function identityToForm(identity: ParentIdentity, commune: CommuneSettings): ParentForm {
  return {
    lastName: identity.lastName,
    firstName: identity.firstName,
    nationalNumber: identity.nationalNumber ? formatNationalNumber(identity.nationalNumber) : '',
    'address.street': identity.address.street,
    'address.number': identity.address.number,
    'address.box': identity.address.box ?? '',
    'address.postcode': identity.address.postcode,
    'address.city': identity.address.city,
    phone: formatPhone(identity.phone, commune.country),
    email: identity.email,
  };
}

/** What a change request changes, field by field, as the parent reads it (formatted). */
export function diffParentIdentity(
  before: ParentIdentity,
  after: ParentIdentity,
  commune: CommuneSettings,
): FieldChange[] {
  const from = identityToForm(before, commune);
  const to = identityToForm(after, commune);
  return parentFields
    .filter((field) => field !== 'nationalNumber' || commune.nationalNumber !== 'hidden')
    .filter((field) => from[field] !== to[field])
    .map((field) => ({ field, from: from[field], to: to[field] }));
}
