import { html, nothing } from 'lit';
import type { CommuneSettings, ParentField } from '../../domain/index.js';
import { localText } from '../../shared/i18n/local-text.js';
import { button, stepper, textField, type FieldLayout } from '../../shared/ui/index.js';
import { commentId, inputId, type Loaded, type ParentView } from './parent-view.js';

// The form: what a new parent sees first, loaded with the element. The recap and the rules that check
// the form come with recap-view.ts, the later screens with account-view.ts.

export function renderNotice(view: ParentView, commune: CommuneSettings) {
  return commune.notice
    ? html`<p class="notice" part="notice" role="note">${localText(view.i18n, commune.notice)}</p>`
    : nothing;
}

function renderField(
  view: ParentView,
  field: ParentField,
  commune: CommuneSettings,
  options: FieldLayout = {},
) {
  const issue = view.issues.find((candidate) => candidate.field === field);
  const optional =
    field === 'address.box' || (field === 'nationalNumber' && commune.nationalNumber === 'optional');
  return textField({
    i18n: view.i18n,
    id: inputId(field),
    name: field,
    label: view.fieldLabel(field),
    value: view.form[field] ?? '',
    required: !optional,
    optional,
    error: issue ? view.issueMessage(issue, 'parent', commune.country) : undefined,
    onInput: (value: string) => view.setField(field, value),
    ...options,
  });
}

function renderEmail(view: ParentView, loaded: Loaded) {
  const accountEmail = loaded.family.account.email;
  if (!accountEmail) {
    return renderField(view, 'email', loaded.commune, { type: 'email', autocomplete: 'email', width: '20' });
  }
  return html`<div class="read-only" part="field">
    <span class="label" part="label" id="parent-email-label">${view.fieldLabel('email')}</span>
    <span class="read-only-value" aria-labelledby="parent-email-label">${accountEmail}</span>
    <span class="hint" part="hint">${view.t('parent.emailFromAccount')}</span>
  </div>`;
}

export function renderForm(view: ParentView, loaded: Loaded) {
  const { commune } = loaded;
  const summary = view.issues.map((issue) => ({
    fieldId: issue.code === 'change.none' ? commentId : inputId(issue.field as ParentField),
    message: view.issueMessage(issue, 'parent', commune.country),
  }));
  return html`
    ${stepper({
      i18n: view.i18n,
      current: 1,
      total: 2,
      title: view.t(view.flow === 'register' ? 'parent.step.details' : 'parent.step.changeDetails'),
      nextTitle: view.t('parent.step.check'),
      headingLevel: view.headingLevel + 1,
      focusName: 'step-heading',
    })}
    ${view.flow === 'change' ? view.account((account) => account.renderChangeIntro(view)) : nothing}
    ${view.stepForm(
      summary,
      () => view.continueToRecap(loaded),
      html`
        <div class="row">
          ${renderField(view, 'lastName', commune, { autocomplete: 'family-name', width: '20' })}
          ${renderField(view, 'firstName', commune, { autocomplete: 'given-name', width: '20' })}
        </div>
        ${
          commune.nationalNumber === 'hidden'
            ? nothing
            : renderField(view, 'nationalNumber', commune, {
                hint: view.t('parent.hint.nationalNumber'),
                inputmode: 'numeric',
                autocomplete: 'off',
                width: '10',
              })
        }
        <fieldset class="group">
          <legend>${view.t('parent.address')}</legend>
          <div class="row">
            ${renderField(view, 'address.street', commune, { autocomplete: 'address-line1', width: 'full' })}
            ${renderField(view, 'address.number', commune, { width: '4' })}
            ${renderField(view, 'address.box', commune, { width: '4' })}
          </div>
          <div class="row">
            ${renderField(view, 'address.postcode', commune, {
              autocomplete: 'postal-code',
              inputmode: 'numeric',
              width: '5',
            })}
            ${renderField(view, 'address.city', commune, { autocomplete: 'address-level2', width: '20' })}
          </div>
        </fieldset>
        ${renderField(view, 'phone', commune, {
          type: 'tel',
          autocomplete: 'tel',
          hint: view.t(commune.country === 'BE' ? 'ui.phoneHint.BE' : 'ui.phoneHint.FR'),
          width: '20',
        })}
        ${renderEmail(view, loaded)}
        ${view.flow === 'change' ? view.account((account) => account.renderComment(view)) : nothing}
        <div class="actions" part="actions">
          ${button({
            label: view.t(view.editingFromRecap ? 'parent.action.backToRecap' : 'parent.action.continue'),
            variant: 'primary',
            type: 'submit',
          })}
          ${button({
            label: view.t(view.flow === 'change' ? 'parent.action.cancelChange' : 'parent.action.abandon'),
            variant: 'link',
            onClick: () => view.abandon(loaded),
          })}
        </div>
      `,
    )}
  `;
}
