import { checkChildIdentity, ChildIdentitySchema, type ChildIdentity, type SchoolSite } from './child.js';
import type { CommuneSettings, Country } from './commune.js';
import { schemaIssues, type FieldIssue } from './field-issue.js';
import { ParentIdentitySchema, type ParentIdentity } from './parent.js';
import { checkParentIdentity, diffParentIdentity } from './parent-rules.js';
import type { FieldChange } from './request.js';

/**
 * What the service checks when a parent's request arrives, the same in every
 * backend (the memory adapter and the reference server): the commune's rules,
 * and the e-mail of the signed-in account, which the e-guichet owns.
 */

/** The service's words for each status code (elements translate the codes they know). */
export const statusLabels: Readonly<Record<string, string>> = {
  'registration-received': 'Nouvelle demande d’enregistrement',
  registered: 'Vous êtes bien enregistré',
  'registration-refused': 'Demande d’enregistrement refusée',
  'change-received': 'Demande de modification de vos coordonnées',
  'change-accepted': 'Modification acceptée',
  'change-refused': 'Modification refusée',
  'child-received': 'Nouvel enfant à enregistrer',
  'child-registered': 'Enfant enregistré',
  'child-linked': 'Enfant déjà connu du service : relié à votre famille',
};

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
