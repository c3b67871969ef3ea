import * as z from 'zod/mini';

/**
 * One problem with one field, as the domain rules and the server report it.
 * `field` is a dotted path into the submitted object (`address.postcode`);
 * `code` is a stable identifier that elements translate (`national-number.checksum`).
 */
export const FieldIssueSchema = z.object({
  field: z.string(),
  code: z.string(),
});
export type FieldIssue = z.infer<typeof FieldIssueSchema>;

/** The codes the domain rules produce. Elements have a message for each. */
export type FieldIssueCode =
  | 'required'
  | 'too-long'
  | 'national-number.format'
  | 'national-number.checksum'
  | 'national-number.date'
  | 'postcode.format'
  | 'phone.format'
  | 'email.format'
  /** The e-mail differs from the signed-in account's (the e-guichet owns it). */
  | 'email.mismatch'
  /** A change request that changes nothing. */
  | 'change.none'
  | 'national-number.birth-date-mismatch'
  | 'national-number.sex-mismatch'
  | 'kid-eid.format'
  | 'kid-eid.checksum'
  | 'date.future'
  | 'date.invalid'
  | 'child.too-old'
  | 'choice.unknown'
  | 'contact.role'
  | 'contacts.emergency'
  | 'contacts.pickup'
  /** A camp booking: no day, a day twice, a day the camp does not have or is closed, an activity not offered, part of a week. */
  | 'camp.no-day'
  | 'camp.day-twice'
  | 'camp.day-unknown'
  | 'camp.day-closed'
  | 'camp.activity-unknown'
  | 'camp.whole-weeks'
  /** The child already has this day in another request. */
  | 'camp.day-booked'
  /** A day already begun or past (on or before the commune's today): it can no longer be booked. */
  | 'camp.day-past';

/** What a zod schema said of a value, one issue per field, as FieldIssues (`formats`: the code for a field's bad format). */
export function schemaIssues(
  error: { issues: readonly { path: readonly PropertyKey[]; code: string }[] },
  formats: Readonly<Record<string, FieldIssueCode>> = {},
): FieldIssue[] {
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.');
    if (seen.has(field)) continue;
    seen.add(field);
    const code: FieldIssueCode =
      issue.code === 'too_big'
        ? 'too-long'
        : issue.code === 'too_small' || issue.code === 'invalid_type'
          ? 'required'
          : issue.code === 'invalid_value'
            ? 'choice.unknown'
            : (formats[field] ?? 'required');
    issues.push({ field, code });
  }
  return issues;
}
