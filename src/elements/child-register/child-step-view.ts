import { html, nothing } from 'lit';
import type { CommuneSettings, LocalizedText } from '../../domain/index.js';
import { pickLocalText } from '../../shared/i18n/local-text.js';
import {
  button,
  checkbox,
  dateInput,
  errorMessage,
  radioGroup,
  selectField,
  textField,
  type DateParts,
  type FieldLayout,
} from '../../shared/ui/index.js';
import type { ChildFormField } from './child-form.js';
import { withBirthDate, withField, withSite } from './register-model.js';
import { continueChange, continueToRecap } from './register-steps.js';
import type { ChildKey } from './messages/index.js';
import {
  errorFor,
  inputId,
  issueTarget,
  label,
  stepHeading,
  type Loaded,
  type RegisterView,
} from './register-view.js';

const sexes = ['female', 'male', 'other'] as const;
const invoiceRecipients = ['me', 'other-guardian', 'both'] as const;

export function renderText(
  view: RegisterView,
  field: ChildFormField,
  commune: CommuneSettings,
  options: FieldLayout & { optional?: boolean } = {},
) {
  const { optional = false, ...rest } = options;
  return textField({
    i18n: view.i18n,
    id: inputId(field),
    name: field,
    label: label(view, field),
    value: view.flow.form[field],
    required: !optional,
    optional,
    error: errorFor(view, field, commune),
    onInput: (value: string) => view.flow.edit(withField(view.flow.form, field, value)),
    ...rest,
  });
}

/** A group of radio buttons in a fieldset, its legend the question. */
export function renderRadios(
  view: RegisterView,
  field: 'sex' | 'invoicesTo',
  choices: readonly string[],
  commune: CommuneSettings,
) {
  return radioGroup({
    i18n: view.i18n,
    id: inputId(field),
    name: field,
    legend: label(view, field),
    choices: choices.map((value) => ({ value, label: view.t(`child.${field}.${value}` as ChildKey) })),
    value: view.flow.form[field],
    required: true,
    error: errorFor(view, field, commune),
    onChange: (value) => view.flow.edit(withField(view.flow.form, field, value)),
  });
}

export function renderSelect(
  view: RegisterView,
  field: 'schoolSiteId' | 'schoolGradeId',
  options: readonly { id: string; label: LocalizedText }[],
  commune: CommuneSettings,
  onChange: (value: string) => void,
  disabled = false,
) {
  return selectField({
    i18n: view.i18n,
    id: inputId(field),
    name: field,
    label: label(view, field),
    placeholder: view.t('child.choose'),
    options: options.map((option) => {
      const { text, lang } = pickLocalText(view.i18n, option.label);
      return { value: option.id, label: text, lang };
    }),
    value: view.flow.form[field],
    hint: disabled ? view.t('child.hint.schoolGradeId') : undefined,
    error: errorFor(view, field, commune),
    disabled,
    onChange,
  });
}

export function renderGuardian(view: RegisterView, commune: CommuneSettings) {
  const checked = view.flow.form.hasOtherGuardian === 'yes';
  const error = errorFor(view, 'otherGuardian', commune);
  return html`
    <div class="field ${error ? 'field--error' : ''}" part="field">
      ${errorMessage(view.i18n, 'child-hasOtherGuardian-error', error)}
      ${checkbox({
        id: 'child-hasOtherGuardian',
        name: 'hasOtherGuardian',
        label: view.t('child.field.hasOtherGuardian'),
        checked,
        describedBy: error ? 'child-hasOtherGuardian-error' : undefined,
        onChange: (ticked) =>
          view.flow.edit(withField(view.flow.form, 'hasOtherGuardian', ticked ? 'yes' : '')),
      })}
    </div>
    ${
      checked
        ? html`<fieldset class="group conditional">
            <legend>${view.t('child.otherGuardian.legend')}</legend>
            <div class="row">
              ${renderText(view, 'otherGuardian.firstName', commune, { width: '20', autocomplete: 'off' })}
              ${renderText(view, 'otherGuardian.lastName', commune, { width: '20', autocomplete: 'off' })}
            </div>
            ${renderText(view, 'otherGuardian.relation', commune, {
              width: '20',
              autocomplete: 'off',
              hint: view.t('child.hint.relation'),
            })}
            ${renderText(view, 'otherGuardian.phone', commune, {
              type: 'tel',
              width: '20',
              autocomplete: 'off',
              optional: true,
              hint: view.t(commune.country === 'BE' ? 'ui.phoneHint.BE' : 'ui.phoneHint.FR'),
            })}
            ${renderText(view, 'otherGuardian.email', commune, {
              type: 'email',
              width: '20',
              autocomplete: 'off',
              optional: true,
              hint: view.t('child.hint.guardianEmail'),
            })}
            ${renderRadios(view, 'invoicesTo', invoiceRecipients, commune)}
          </fieldset>`
        : nothing
    }
  `;
}

export function renderChildStep(view: RegisterView, loaded: Loaded) {
  const { commune, schools } = loaded;
  const summary = view.issues.map((issue) => ({
    fieldId: issueTarget(issue.field),
    message: view.issueMessage(issue, 'child', commune.country),
  }));
  const site = schools.find((candidate) => candidate.id === view.flow.form.schoolSiteId);
  const date: DateParts = {
    day: view.flow.form['birthDate.day'],
    month: view.flow.form['birthDate.month'],
    year: view.flow.form['birthDate.year'],
  };
  const changing = view.screen.name === 'change' ? view.screen.childId : undefined;
  return html`
    ${stepHeading(view, changing ? 1 : 2)}
    ${changing ? html`<p>${view.t('child.change.intro')}</p>` : nothing}
    ${view.stepForm(
      summary,
      () =>
        changing && view.startedFor
          ? continueChange(view.flow, loaded, view.startedFor)
          : continueToRecap(view.flow, loaded),
      html`
        <div class="row">
          ${renderText(view, 'lastName', commune, { width: '20', autocomplete: 'off' })}
          ${renderText(view, 'firstName', commune, { width: '20', autocomplete: 'off' })}
        </div>
        ${dateInput({
          i18n: view.i18n,
          id: inputId('birthDate'),
          legend: label(view, 'birthDate'),
          value: date,
          required: true,
          error: errorFor(view, 'birthDate', commune),
          onInput: (value: DateParts) => view.flow.edit(withBirthDate(view.flow.form, value)),
        })}
        ${renderRadios(view, 'sex', sexes, commune)}
        ${
          commune.country === 'BE'
            ? html`${renderText(view, 'nationalNumber', commune, {
                optional: true,
                hint: view.t('child.hint.nationalNumber'),
                inputmode: 'numeric',
                autocomplete: 'off',
                width: '10',
              })}
              ${renderText(view, 'kidEidNumber', commune, {
                optional: true,
                hint: view.t('child.hint.kidEidNumber'),
                inputmode: 'numeric',
                autocomplete: 'off',
                width: '10',
              })}`
            : nothing
        }
        ${
          schools.length > 0
            ? html`${renderSelect(
                view,
                'schoolSiteId',
                schools.map((candidate) => ({ id: candidate.id, label: candidate.name })),
                commune,
                (value) => view.flow.edit(withSite(view.flow.form, value, schools)),
              )}
              ${renderSelect(
                view,
                'schoolGradeId',
                site?.grades ?? [],
                commune,
                (value) => view.flow.edit(withField(view.flow.form, 'schoolGradeId', value)),
                !site,
              )}`
            : nothing
        }
        ${renderGuardian(view, commune)}
        ${
          changing
            ? textField({
                i18n: view.i18n,
                id: inputId('comment'),
                name: 'comment',
                label: label(view, 'comment'),
                hint: view.t('child.hint.comment'),
                optional: true,
                rows: 3,
                maxLength: 1000,
                value: view.flow.comment,
                error: errorFor(view, 'comment', commune),
                onInput: (value: string) => view.flow.setComment(value),
              })
            : nothing
        }
        <div class="actions" part="actions">
          ${button({
            label: view.t(view.editingFromRecap ? 'child.action.backToRecap' : 'child.action.continue'),
            variant: 'primary',
            type: 'submit',
          })}
          ${
            changing
              ? nothing
              : button({
                  label: view.t('child.action.back'),
                  variant: 'secondary',
                  onClick: () => view.flow.backTo('parent'),
                })
          }
          ${button({
            label: view.t('child.action.abandon'),
            variant: 'link',
            onClick: () => (changing ? view.flow.abandonChange(changing) : view.flow.abandon(loaded)),
          })}
        </div>
      `,
    )}
  `;
}
