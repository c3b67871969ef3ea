import type { Country } from './commune.js';
import type { FieldIssue } from './field-issue.js';
import type { HealthForm, HealthRecord } from './health.js';
import { normalizePhone } from './phone.js';

// The health form's plain rules, apart from the zod schemas of health.ts (which re-exports them): <child-register> checks a form without zod.

export type HealthStatus = 'complete' | 'to-update' | 'missing';

/** How long a confirmed form stays valid when the commune says nothing: a school year and a summer. */
export const defaultHealthFormValidityMonths = 12;

/** The moment a form confirmed at `confirmedAt` stops being valid. */
export function healthFormValidUntil(
  confirmedAt: string,
  validityMonths = defaultHealthFormValidityMonths,
): Date {
  const until = new Date(confirmedAt);
  until.setUTCMonth(until.getUTCMonth() + validityMonths);
  return until;
}

/**
 * Whether the child can be enrolled as far as health goes (seed 001: the
 * enrol button only shows once the form is complete): `missing` without a
 * form, `to-update` once it is older than the commune's validity, else `complete`.
 */
export function healthStatus(
  record: Pick<HealthRecord, 'confirmedAt'> | undefined,
  now: Date,
  validityMonths = defaultHealthFormValidityMonths,
): HealthStatus {
  if (!record) return 'missing';
  return now < healthFormValidUntil(record.confirmedAt, validityMonths) ? 'complete' : 'to-update';
}

/**
 * What the service checks of a health form beyond its schema: real phone
 * numbers, a vaccination date in the past, someone to call in an emergency and
 * someone allowed to pick the child up (the same person may be both).
 */
export function checkHealthForm(
  form: HealthForm,
  options: { today: string; country: Country },
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!normalizePhone(form.doctor.phone, options.country))
    issues.push({ field: 'doctor.phone', code: 'phone.format' });
  if (form.tetanusVaccination && form.tetanusVaccination > options.today) {
    issues.push({ field: 'tetanusVaccination', code: 'date.future' });
  }
  form.contacts.forEach((contact, index) => {
    if (!normalizePhone(contact.phone, options.country))
      issues.push({ field: `contacts.${index}.phone`, code: 'phone.format' });
    if (!contact.emergency && !contact.pickup)
      issues.push({ field: `contacts.${index}.role`, code: 'contact.role' });
  });
  if (!form.contacts.some((contact) => contact.emergency))
    issues.push({ field: 'contacts', code: 'contacts.emergency' });
  if (!form.contacts.some((contact) => contact.pickup))
    issues.push({ field: 'contacts', code: 'contacts.pickup' });
  return issues;
}
