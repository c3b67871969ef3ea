import * as z from 'zod/mini';
import { checkChildIdentity, ChildIdentitySchema, type ChildIdentity, type SchoolSite } from './child.js';
import { checkHealthForm, HealthFormSchema, type HealthForm } from './health.js';
import type { CommuneSettings, Country } from './commune.js';
import { schemaIssues, type FieldIssue } from './field-issue.js';
import { ParentIdentitySchema, type ParentIdentity } from './parent.js';
import { checkParentIdentity } from './parent-check.js';
import { diffParentIdentity } from './parent-rules.js';
import type { FieldChange } from './request.js';

/**
 * What the service checks when a parent's request arrives, the same in every
 * backend (the memory adapter and the reference server): the commune's rules,
 * and the e-mail of the signed-in account, which the e-guichet owns.
 */

export { statusLabels } from './status-labels.js';

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function identityIssues(
  identity: unknown,
  commune: CommuneSettings,
  accountEmail: string | undefined,
): FieldIssue[] {
  const issues = checkParentIdentity(identity, commune);
  const email = isRecord(identity) && typeof identity.email === 'string' ? identity.email.trim() : '';
  if (
    accountEmail &&
    !issues.some((issue) => issue.field === 'email') &&
    email.toLowerCase() !== accountEmail.toLowerCase()
  ) {
    issues.push({ field: 'email', code: 'email.mismatch' });
  }
  return issues;
}

/** A registration ("M'enregistrer en tant que parent"): the identity in its wire form, or what is wrong. */
export function checkRegistration(
  input: unknown,
  commune: CommuneSettings,
  accountEmail: string | undefined,
): Checked<ParentIdentity> {
  const issues = identityIssues(input, commune, accountEmail);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: ParentIdentitySchema.parse(input) };
}

export interface CheckedChange {
  identity: ParentIdentity;
  comment: string;
  changes: FieldChange[];
}

/** A change request from a known parent: it must change something or say something. */
export function checkChangeRequest(
  input: unknown,
  current: ParentIdentity,
  commune: CommuneSettings,
  accountEmail: string | undefined,
): Checked<CheckedChange> {
  const raw = isRecord(input) ? input.identity : undefined;
  const rawComment = isRecord(input) ? input.comment : undefined;
  const comment = typeof rawComment === 'string' ? rawComment.trim() : '';
  const issues = identityIssues(raw, commune, accountEmail);
  if (rawComment !== undefined && typeof rawComment !== 'string')
    issues.push({ field: 'comment', code: 'required' });
  else if (comment.length > 1000) issues.push({ field: 'comment', code: 'too-long' });
  if (issues.length > 0) return { ok: false, issues };
  const identity = ParentIdentitySchema.parse(raw);
  const changes = diffParentIdentity(current, identity, commune);
  if (changes.length === 0 && !comment)
    return { ok: false, issues: [{ field: 'comment', code: 'change.none' }] };
  return { ok: true, value: { identity, comment, changes } };
}

/** "Enregistrer un enfant": the child in its wire form, or what is wrong with the declaration. */
export function checkChildRegistration(
  input: unknown,
  options: { today: string; country: Country; schools: readonly SchoolSite[] },
): Checked<ChildIdentity> {
  const parsed = ChildIdentitySchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      issues: schemaIssues(parsed.error, {
        birthDate: 'date.invalid',
        nationalNumber: 'national-number.format',
        kidEidNumber: 'kid-eid.format',
      }),
    };
  }
  const issues = checkChildIdentity(parsed.data, options);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: parsed.data };
}

/** A change to what the service knows of a child (seed 004): the new identity and/or health form. */
export const ChildChangeInputSchema = z.object({
  identity: z.optional(ChildIdentitySchema),
  health: z.optional(HealthFormSchema),
  comment: z.optional(z.string().check(z.maxLength(1000))),
});
export type ChildChangeInput = z.infer<typeof ChildChangeInputSchema>;

/** Section by section, what a change request changes (values as JSON, for the service's eyes and the recap). */
function diffSections(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  prefix = '',
): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
    .map((field) => ({
      field: `${prefix}${field}`,
      from: before[field] === undefined ? '' : JSON.stringify(before[field]),
      to: after[field] === undefined ? '' : JSON.stringify(after[field]),
    }));
}

export function diffChild(
  current: { identity: ChildIdentity; health: HealthForm | undefined },
  change: Pick<ChildChangeInput, 'identity' | 'health'>,
): FieldChange[] {
  return [
    ...(change.identity ? diffSections(current.identity, change.identity, 'identity.') : []),
    ...(change.health ? diffSections(current.health ?? {}, change.health, 'health.') : []),
  ];
}

/** A health form sent for a child: its wire form, or what is wrong with it. */
export function checkHealthFormInput(
  input: unknown,
  options: { today: string; country: Country },
): Checked<HealthForm> {
  const parsed = HealthFormSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, issues: schemaIssues(parsed.error, { tetanusVaccination: 'date.invalid' }) };
  const issues = checkHealthForm(parsed.data, options);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: parsed.data };
}

/** A change request for a child: it must change something or say something. */
export function checkChildChange(
  input: unknown,
  current: { identity: ChildIdentity; health: HealthForm | undefined },
  options: { today: string; country: Country; schools: readonly SchoolSite[] },
): Checked<{ change: ChildChangeInput; changes: FieldChange[] }> {
  const parsed = ChildChangeInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: schemaIssues(parsed.error) };
  const change = parsed.data;
  const issues: FieldIssue[] = [];
  if (change.identity) {
    issues.push(
      ...checkChildIdentity(change.identity, options).map((issue) => ({
        ...issue,
        field: `identity.${issue.field}`,
      })),
    );
  }
  if (change.health) {
    issues.push(
      ...checkHealthForm(change.health, options).map((issue) => ({
        ...issue,
        field: `health.${issue.field}`,
      })),
    );
  }
  if (issues.length > 0) return { ok: false, issues };
  const changes = diffChild(current, change);
  if (changes.length === 0 && !change.comment?.trim())
    return { ok: false, issues: [{ field: 'comment', code: 'change.none' }] };
  return { ok: true, value: { change, changes } };
}
