import { html, nothing } from 'lit';
import type {
  ChildRecord,
  CommuneSettings,
  Country,
  FamilySnapshot,
  FieldIssue,
  LocalizedText,
  ParentRecord,
  SchoolSite,
  StatusHistoryEntry,
} from '../../domain/index.js';
import { formatPhone } from '../../domain/phone.js';
import { localMessage, localText, pickLocalText, textSlot } from '../../shared/i18n/local-text.js';
import type { ActionController } from '../../shared/controllers/index.js';
import type { ChildKey } from './messages/index.js';
import type { CoreKey, LocalizeController, MessageParams } from '../../shared/i18n/localize.js';
import {
  button,
  checkbox,
  dateInput,
  detailsList,
  errorMessage,
  flowStepper,
  radioGroup,
  selectField,
  textField,
  type DateParts,
  type FieldLayout,
  type SummaryIssue,
} from '../../shared/ui/index.js';
import type { ChildFormField } from './child-form.js';
import type { RegisterController } from './register-controller.js';

/** `parent`: "Mes informations"; `child`: "Nouvel enfant à enregistrer"; `recap`: "Vérifiez vos réponses". */
export type Step = 'parent' | 'child' | 'recap';

/**
 * What the element shows: the registration steps, "Mes enfants", a child's
 * page, a child's health form, or a change request for a child's identity.
 * `auto`: opened by `child-id`; the health form opens at once when it is due.
 */
export type Screen =
  | { name: 'register' }
  | { name: 'children' }
  | { name: 'child' | 'health' | 'change'; childId: string; auto?: boolean };

/** What the element has read: the commune, the family and the schools. */
export interface Loaded {
  commune: CommuneSettings;
  family: FamilySnapshot;
  schools: SchoolSite[];
}

const sexes = ['female', 'male', 'other'] as const;
const invoiceRecipients = ['me', 'other-guardian', 'both'] as const;

/** The id of an input: also the target of the error summary's links and of "Modifier". */
export const inputId = (field: string) => `child-${field.replace('.', '-')}`;

/** Where an issue about `field` leads: its input, the first box or the first choice of a group. */
export function issueTarget(field: string): string {
  if (field === 'birthDate') return inputId('birthDate-day');
  if (field === 'sex') return inputId('sex-female');
  if (field === 'invoicesTo') return inputId('invoicesTo-me');
  if (field === 'otherGuardian') return inputId('hasOtherGuardian');
  return inputId(field);
}

/**
 * What the registration's and the change request's templates render, and
 * what they call back: the element's state and handlers. The templates hold
 * no state and cause no effect of their own.
 */
export interface RegisterView {
  i18n: LocalizeController<ChildKey>;
  t(key: CoreKey | ChildKey, params?: MessageParams): string;
  headingLevel: number;
  parentHref: string | undefined;
  healthFormHref: string | undefined;
  screen: Screen;
  /** The registration's or the change request's state and transitions. */
  flow: RegisterFlow;
  issues: readonly FieldIssue[];
  editingFromRecap: boolean;
  /** The child record a change request started from. */
  startedFor: ChildRecord | undefined;
  submission: ActionController;
  subheading(text: string): unknown;
  stepForm(summary: readonly SummaryIssue[], onContinue: () => void, content: unknown): unknown;
  issueMessage(issue: FieldIssue, prefix: string, country: Country): string;
  statusLabel(entry: StatusHistoryEntry): string;
  finish(): void;
}

/** What the templates read of the registration's controller and call on it. */
export type RegisterFlow = Pick<
  RegisterController,
  | 'form'
  | 'comment'
  | 'registeredName'
  | 'step'
  | 'parse'
  | 'setField'
  | 'setBirthDate'
  | 'setSite'
  | 'setComment'
  | 'toChildStep'
  | 'continueToRecap'
  | 'continueChange'
  | 'backTo'
  | 'abandon'
  | 'abandonChange'
  | 'submit'
  | 'submitChange'
>;

export function label(view: RegisterView, field: string): string {
  return view.t(`child.field.${field}` as ChildKey);
}

/** The message for the first problem with `field`; a list entry's field reads as its list's (`contacts.phone`). */
export function errorFor(
  view: RegisterView,
  field: string,
  commune: CommuneSettings,
  prefix = 'child',
): string | undefined {
  const issue = view.issues.find((candidate) => candidate.field === field);
  if (!issue) return undefined;
  return view.issueMessage({ ...issue, field: field.replace(/\.\d+(?=\.|$)/g, '') }, prefix, commune.country);
}

/** "Étape n sur m" with the step's title and the next one's; `titles` are the flow's steps. */
export function stepHeading(
  view: RegisterView,
  current: number,
  titles: readonly string[] = registrationTitles(view),
) {
  return flowStepper(view.i18n, titles, current, view.headingLevel + 1);
}

export function registrationTitles(view: RegisterView): string[] {
  if (view.screen.name === 'change') {
    const name = view.startedFor?.identity.firstName ?? '';
    return [view.t('child.change.step', { name }), view.t('child.step.check')];
  }
  return [view.t('child.step.parent'), view.t('child.step.child'), view.t('child.step.check')];
}

export function renderNotice(view: RegisterView, commune: CommuneSettings) {
  return commune.notice
    ? html`<p class="notice" part="notice" role="note">${localText(view.i18n, commune.notice)}</p>`
    : nothing;
}

export function renderNotRegistered(view: RegisterView, loaded: Loaded) {
  return html`<div class="callout" role="note">
    <p>
      ${localMessage(view.i18n, view.t('child.notRegistered', { service: textSlot }), loaded.commune.serviceName)}
    </p>
    ${
      view.parentHref
        ? html`<p><a href=${view.parentHref}>${view.t('child.notRegistered.link')}</a></p>`
        : nothing
    }
  </div>`;
}

export function parentRows(
  view: RegisterView,
  parent: ParentRecord,
  commune: CommuneSettings,
): [string, string][] {
  const { address } = parent;
  const street = address.box
    ? view.t('child.parent.streetWithBox', {
        street: address.street,
        number: address.number,
        box: address.box,
      })
    : `${address.street} ${address.number}`;
  const rows: [string, string][] = [
    [view.t('child.parent.name'), `${parent.firstName} ${parent.lastName}`],
    [view.t('child.parent.address'), `${street}, ${address.postcode} ${address.city}`],
    [view.t('child.parent.phone'), formatPhone(parent.phone, commune.country)],
  ];
  if (parent.email) rows.push([view.t('child.parent.email'), parent.email]);
  return rows;
}

export function renderParentStep(view: RegisterView, loaded: Loaded, parent: ParentRecord) {
  return html`
    ${stepHeading(view, 1)}
    <p>${view.t('child.parent.intro')}</p>
    ${detailsList(parentRows(view, parent, loaded.commune))}
    ${
      view.parentHref ? html`<p><a href=${view.parentHref}>${view.t('child.parent.change')}</a></p>` : nothing
    }
    <div class="actions" part="actions">
      ${button({ label: view.t('child.action.next'), variant: 'primary', onClick: () => view.flow.toChildStep() })}
      ${button({ label: view.t('child.action.abandon'), variant: 'link', onClick: () => view.flow.abandon(loaded) })}
    </div>
  `;
}

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
    onInput: (value: string) => view.flow.setField(field, value),
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
    onChange: (value) => view.flow.setField(field, value),
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
        onChange: (ticked) => view.flow.setField('hasOtherGuardian', ticked ? 'yes' : ''),
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
          ? view.flow.continueChange(loaded, view.startedFor)
          : view.flow.continueToRecap(loaded),
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
          onInput: (value: DateParts) => view.flow.setBirthDate(value),
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
                (value) => view.flow.setSite(value, schools),
              )}
              ${renderSelect(
                view,
                'schoolGradeId',
                site?.grades ?? [],
                commune,
                (value) => view.flow.setField('schoolGradeId', value),
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

/** The way back from a screen (see `wayBack`): to "Mes enfants", or, on a registration page, to another registration. */
export function renderWayBack(
  i18n: LocalizeController<ChildKey>,
  back: 'list' | 'another' | undefined,
  ways: { openList(): void; registerAnother(): void },
) {
  if (!back) return nothing;
  const [label, go]: [ChildKey, () => void] =
    back === 'list'
      ? ['child.list.back', () => ways.openList()]
      : ['child.action.another', () => ways.registerAnother()];
  return html`<p>${button({ label: i18n.t(label), variant: 'link', onClick: go })}</p>`;
}
