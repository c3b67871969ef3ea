import { html } from 'lit';
import {
  diffParentIdentity,
  emptyParentForm,
  identityToForm,
  parentFields,
  parseParentForm,
  type CommuneSettings,
  type FieldIssue,
  type ParentField,
  type ParentForm,
  type ParseResult,
} from '../../domain/index.js';
import { button, recap, stepper, type RecapRow } from '../../shared/ui/index.js';
import {
  commentId,
  inputId,
  type Flow,
  type Loaded,
  type ParentView,
  type TypedForm,
} from './parent-view.js';

export { recapMessages as messages } from './messages/recap/index.js';
export { screenStyles as styles } from './screens.styles.js';
export { identityToForm };

// The recap ("Vérifiez vos réponses") and the parent rules that check the form (national number, phone,
// postcode): loaded with "Continuer" (or when the page is idle, or with a draft or a known parent to show),
// so that the page of a parent registering downloads the form only.

/** The form as the rules read it: every field, empty when not typed. */
export function parseForm(form: TypedForm, commune: CommuneSettings): ParseResult {
  return parseParentForm({ ...emptyParentForm(), ...form }, commune);
}

/** The problems "Continuer" finds: the rules', and for a change request, one that changes nothing. */
export function formIssues(
  form: TypedForm,
  comment: string,
  flow: Flow,
  { family, commune }: Loaded,
): FieldIssue[] {
  const result = parseForm(form, commune);
  if (!result.ok) return result.issues;
  if (flow !== 'change' || !family.parent) return [];
  return diffParentIdentity(family.parent, result.value, commune).length === 0 && !comment.trim()
    ? [{ field: 'lastName', code: 'change.none' }]
    : [];
}

/** Keeps only known form fields from a stored draft (a draft from an older version may carry others). */
export function knownFields(stored: Readonly<Record<string, string>>): Partial<ParentForm> {
  return Object.fromEntries(
    parentFields.filter((field) => typeof stored[field] === 'string').map((field) => [field, stored[field]]),
  );
}

function recapValue(field: ParentField, value: string): string {
  return field === 'address.box' && !value ? '' : value;
}

export function renderRecap(view: ParentView, loaded: Loaded) {
  const { commune, family } = loaded;
  const result = parseForm(view.form, commune);
  const fields = parentFields.filter(
    (field) => field !== 'nationalNumber' || commune.nationalNumber !== 'hidden',
  );
  const changes =
    view.flow === 'change' && family.parent && result.ok
      ? diffParentIdentity(family.parent, result.value, commune)
      : undefined;
  const shown = result.ok ? identityToForm(result.value, commune) : { ...emptyParentForm(), ...view.form };
  const rows: RecapRow[] = changes
    ? changes.map((change) => ({
        key: change.field,
        label: view.fieldLabel(change.field as ParentField),
        value: html`${change.to || view.t('ui.notProvided')}
          <span class="was"
            >${view.t('parent.change.was', { value: change.from || view.t('ui.notProvided') })}</span
          >`,
        changeTarget: inputId(change.field as ParentField),
      }))
    : fields.map((field) => ({
        key: field,
        label: view.fieldLabel(field),
        value: recapValue(field, shown[field]),
        changeTarget: field === 'email' && family.account.email ? undefined : inputId(field),
      }));
  if (view.flow === 'change' && view.comment.trim()) {
    rows.push({
      key: 'comment',
      label: view.t('parent.change.comment'),
      value: view.comment.trim(),
      changeTarget: commentId,
    });
  }
  return html`
    ${stepper({
      i18n: view.i18n,
      current: 2,
      total: 2,
      title: view.t('parent.step.check'),
      headingLevel: view.headingLevel + 1,
      focusName: 'step-heading',
    })}
    <p>${view.t(view.flow === 'register' ? 'parent.recap.intro' : 'parent.change.recapIntro')}</p>
    ${recap({ i18n: view.i18n, rows, onChange: (target: string) => view.backToForm(target) })}
    ${view.submission.renderError(view.i18n, () => void view.submit(loaded))}
    <div class="actions" part="actions">
      ${button({
        label: view.t(view.flow === 'register' ? 'parent.action.submit' : 'parent.action.sendChange'),
        variant: 'primary',
        busy: view.submission.busy(),
        busyLabel: view.t('ui.sending'),
        onClick: () => void view.submit(loaded),
      })}
      ${button({ label: view.t('parent.action.back'), variant: 'secondary', onClick: () => view.backToForm() })}
      ${button({ label: view.t('parent.action.abandon'), variant: 'link', onClick: () => view.abandon(loaded) })}
    </div>
  `;
}
