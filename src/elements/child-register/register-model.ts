import type { ChildIdentity, Country, FieldIssue, SchoolSite } from '../../domain/index.js';
import { fingerprint, type PendingAction } from '../../shared/draft.js';
import type { ChangeDraft, RegistrationDraft } from './register-drafts.js';
import type { DateParts } from '../../shared/ui/index.js';
import {
  emptyChildForm,
  identityToChildForm,
  pickChildForm,
  sortIssues,
  type ChildForm,
  type ChildFormField,
} from './child-form.js';
import type { Step } from './register-view.js';

/** Where a form in steps stands: its step, what was typed and the key of its sending. */
export interface FlowState {
  step: Step;
  form: ChildForm;
  pending: PendingAction | undefined;
}

/** A registration starts on "Mes informations" with the parent's last name, or where its draft was left. */
export function startRegistration(draft: RegistrationDraft | undefined, lastName: string): FlowState {
  const base = emptyChildForm(lastName);
  if (!draft) return { step: 'parent', form: base, pending: undefined };
  return { step: draft.step, form: { ...base, ...pickChildForm(draft.form) }, pending: draft.pending };
}

/** A change request starts from the child as the service knows them, or where its draft was left. */
export function startChange(
  draft: ChangeDraft | undefined,
  identity: ChildIdentity,
  country: Country,
): FlowState & { comment: string } {
  const known = identityToChildForm(identity, country);
  return {
    step: draft?.step ?? 'child',
    form: draft ? { ...known, ...pickChildForm(draft.form) } : known,
    pending: draft?.pending,
    comment: draft?.comment ?? '',
  };
}

export function withField(form: ChildForm, field: ChildFormField, value: string): ChildForm {
  return { ...form, [field]: value };
}

/** Another school: its grade is kept only when the school has it too. */
export function withSite(form: ChildForm, site: string, schools: readonly SchoolSite[]): ChildForm {
  const grades = schools.find((candidate) => candidate.id === site)?.grades ?? [];
  const keepGrade = grades.some((grade) => grade.id === form.schoolGradeId);
  return { ...form, schoolSiteId: site, schoolGradeId: keepGrade ? form.schoolGradeId : '' };
}

export function withBirthDate(form: ChildForm, value: DateParts): ChildForm {
  return {
    ...form,
    'birthDate.day': value.day,
    'birthDate.month': value.month,
    'birthDate.year': value.year,
  };
}

/** A change request must change something: the identity, or at least say why in a comment. */
export function changeIssues(
  parsed: { ok: true; value: ChildIdentity } | { ok: false; issues: FieldIssue[] },
  known: ChildIdentity,
  comment: string,
): FieldIssue[] {
  if (!parsed.ok) return parsed.issues;
  if (fingerprint(parsed.value) === fingerprint(known) && !comment.trim())
    return [{ field: 'comment', code: 'change.none' }];
  return [];
}

/** The service checks `identity.lastName`; the form knows `lastName`. */
export function changeFieldIssues(issues: readonly FieldIssue[]): FieldIssue[] {
  return sortIssues(issues.map((issue) => ({ ...issue, field: issue.field.replace(/^identity\./, '') })));
}
