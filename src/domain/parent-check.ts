import type { CommuneSettings } from './commune.js';
import { schemaIssues, type FieldIssue, type FieldIssueCode } from './field-issue.js';
import { ParentIdentitySchema } from './parent.js';
import { identityToForm, parentFields, parseParentForm, type ParentField } from './parent-rules.js';

/**
 * Checks an identity received from outside (a server's input, stored data):
 * the wire schema first, then the commune's rules. No issues means valid.
 * Apart from the form's rules (parent-rules.ts), which elements load with
 * their first render: this check needs zod, which that render does without.
 */
export function checkParentIdentity(identity: unknown, commune: CommuneSettings): FieldIssue[] {
  const parsed = ParentIdentitySchema.safeParse(identity);
  if (!parsed.success) return schemaIssues(parsed.error, formatCodes);
  const result = parseParentForm(identityToForm(parsed.data, commune), commune);
  const issues = result.ok ? [] : result.issues;
  if (commune.nationalNumber === 'hidden' && parsed.data.nationalNumber) {
    // This commune keeps no national numbers: receiving one is an error, not something to store.
    issues.push({ field: 'nationalNumber', code: 'national-number.format' });
  }
  const order = (issue: FieldIssue) => parentFields.indexOf(issue.field as ParentField);
  return issues.sort((a, b) => order(a) - order(b));
}

const formatCodes: Record<string, FieldIssueCode> = {
  nationalNumber: 'national-number.format',
  'address.postcode': 'postcode.format',
  phone: 'phone.format',
  email: 'email.format',
};
