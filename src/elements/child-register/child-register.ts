import { Task, initialState } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import * as z from 'zod/mini';
import { AdapterError, type FamilyPortalAdapter } from '../../adapter/index.js';
import {
  formatKidEidNumber,
  formatNationalNumber,
  formatPhone,
  type ChildIdentity,
  type ChildRegistration,
  type CommuneSettings,
  type FamilySnapshot,
  type FieldIssue,
  type ParentRecord,
  type SchoolSite,
} from '../../domain/index.js';
import { FpFormElement } from '../../shared/form-element.js';
import { DraftStore } from '../../shared/draft.js';
import { FpSubmittedEvent } from '../../shared/events.js';
import type { MessageKey } from '../../shared/i18n/localize.js';
import { baseStyles } from '../../shared/styles.js';
import {
  button,
  confirmationPanel,
  dateInput,
  errorPanel,
  errorSummary,
  focusField,
  recap,
  skeleton,
  statusTimeline,
  stepper,
  textField,
  type DateParts,
  type RecapRow,
} from '../../shared/ui/index.js';
import {
  emptyChildForm,
  localToday,
  parseChildForm,
  pickChildForm,
  sortIssues,
  type ChildForm,
  type ChildFormField,
} from './child-form.js';
import { childRegisterStyles } from './child-register.styles.js';

/** `parent`: "Mes informations"; `child`: "Nouvel enfant à enregistrer"; `recap`: "Vérifiez vos réponses". */
type Step = 'parent' | 'child' | 'recap';

const draftSchema = z.object({
  step: z.enum(['parent', 'child', 'recap']),
  form: z.record(z.string(), z.string()),
  pending: z.optional(z.object({ key: z.string(), fingerprint: z.string() })),
});
type Draft = z.infer<typeof draftSchema>;

interface Loaded {
  commune: CommuneSettings;
  family: FamilySnapshot;
  schools: SchoolSite[];
}

const sexes = ['female', 'male', 'other'] as const;
const invoiceRecipients = ['me', 'other-guardian', 'both'] as const;

/** The id of an input: also the target of the error summary's links and of "Modifier". */
const inputId = (field: string) => `child-${field.replace('.', '-')}`;

/** Where an issue about `field` leads: its input, the first box or the first choice of a group. */
function issueTarget(field: string): string {
  if (field === 'birthDate') return inputId('birthDate-day');
  if (field === 'sex') return inputId('sex-female');
  if (field === 'invoicesTo') return inputId('invoicesTo-me');
  if (field === 'otherGuardian') return inputId('hasOtherGuardian');
  return inputId(field);
}

/**
 * Register a child with the commune's service ("Enregistrer un enfant").
 *
 * Three steps, as on the portals parents know: "Mes informations" (the
 * parent's details, read-only, with a link to change them), "Nouvel enfant à
 * enregistrer" (identity, optional national and kids-ID numbers checked
 * against the birth date, school, the other parent or guardian when they live
 * elsewhere and who receives the invoices), then "Vérifiez vos réponses" and
 * Valider. A child the service already knows is linked to the family instead
 * of being created twice, and the confirmation says so. The confirmation gives
 * the request number, its status history and the link to the child's health
 * form.
 *
 * What the parent typed is kept as a draft in sessionStorage until success or
 * abandon; a failed submission can be retried without retyping and without
 * being recorded twice. A parent the service does not know yet is asked to
 * register first.
 *
 * @summary Register a child: identity, school, other guardian, with duplicate detection.
 *
 * @fires {FpSubmittedEvent} fp-submitted - The child was registered or linked. `detail`: `{ kind, requestId, requestNumber, trackingCode, childId, linked }`.
 * @fires {FpErrorEvent} fp-error - The backend failed while loading or submitting. `detail`: `{ type, code, message, retryable, requestId, operation }`.
 * @fires {Event} fp-abandoned - The parent abandoned the form; the draft was discarded.
 *
 * @csspart heading - The element's main heading.
 * @csspart notice - The commune's notice above the form.
 * @csspart stepper - "Étape n sur m" with the step title.
 * @csspart details - The parent's details ("Mes informations").
 * @csspart form - The child's form.
 * @csspart field - Each field group (label, hint, error, input).
 * @csspart label - Each field label.
 * @csspart hint - Each field hint.
 * @csspart error - Each inline error message.
 * @csspart input - Each text input and list.
 * @csspart choice - Each radio button or checkbox with its label.
 * @csspart error-summary - The list of problems shown after "Continuer".
 * @csspart recap - The "Vérifiez vos réponses" summary list.
 * @csspart actions - The row of buttons.
 * @csspart button - Every button; also `button-primary`, `button-secondary` or `button-link` by its role.
 * @csspart change - Each "Modifier" button of the recap.
 * @csspart error-panel - A backend error, with "Réessayer" when it may help.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart confirmation - The confirmation panel with the request number.
 * @csspart timeline - The request's status history.
 *
 * @cssprop --fp-color-primary - Main colour (buttons, links, focus accents).
 * @cssprop --fp-color-text - Text colour.
 * @cssprop --fp-color-muted - Secondary text colour (hints, dates).
 * @cssprop --fp-color-border - Borders of inputs and panels.
 * @cssprop --fp-color-error - Error messages and error borders.
 * @cssprop --fp-color-success - Confirmation panel accent.
 * @cssprop --fp-color-surface - Background of panels.
 * @cssprop --fp-color-focus - Focus ring.
 * @cssprop --fp-radius - Corner radius.
 * @cssprop --fp-space - Spacing unit.
 * @cssprop --fp-font-size - Base font size.
 * @cssprop --fp-max-width - Maximum width of the content.
 * @cssprop --fp-font-family - Font; inherits the page's by default.
 * @cssprop --fp-color-input - Background of inputs and secondary buttons.
 * @cssprop --fp-color-input-border - Border of inputs.
 * @cssprop --fp-color-on-primary - Text on primary buttons.
 * @cssprop --fp-color-on-success - Text on the confirmation panel.
 */
export class ChildRegister extends FpFormElement {
  static override styles = [baseStyles, childRegisterStyles];

  private readonly loadTask = new Task<readonly [FamilyPortalAdapter | undefined], Loaded>(this, {
    task: async ([adapter], { signal }) => {
      if (!adapter) return initialState;
      try {
        const [commune, family, schools] = await Promise.all([
          this.readCommune(adapter, signal),
          adapter.getFamily({ signal }),
          adapter.getSchools({ signal }),
          this.i18n.ready,
        ]);
        return { commune, family, schools };
      } catch (error) {
        return this.loadFailed(error);
      }
    },
    args: () => [this.activeAdapter] as const,
  });

  /** Where "Modifier mes coordonnées" (and, for a parent not yet registered, "M'enregistrer") leads. Without it the link is not shown. */
  @property({ attribute: 'parent-href' }) parentHref: string | undefined;

  /** Where the confirmation's link to the child's health form leads; `{childId}` is replaced by the child's id. Without it the link is not shown. */
  @property({ attribute: 'health-form-href' }) healthFormHref: string | undefined;

  /** Key under which the draft is kept in sessionStorage; set it when two of these elements share a page. */
  @property({ attribute: 'draft-key' }) draftKey = 'child-register';

  @state() private step: Step = 'parent';
  @state() private form: ChildForm = emptyChildForm();
  @state() private issues: readonly FieldIssue[] = [];
  @state() private registration: ChildRegistration | undefined;
  /** After "Modifier" on the recap, "Continuer" returns to the recap. */
  @state() private editingFromRecap = false;
  /** Announced politely (abandon). */
  @state() private status = '';

  private restoredFor: Loaded | undefined;
  /** What was registered, for the confirmation's wording. */
  private registeredName = '';

  private get drafts(): DraftStore<Draft> {
    return new DraftStore(`fp-draft:${this.draftKey}`, draftSchema);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const loaded = this.loadTask.value;
    if (loaded && loaded !== this.restoredFor) {
      this.restoredFor = loaded;
      this.startFrom(loaded);
    }
  }

  /** Restores a draft when there is one, else starts on "Mes informations". */
  private startFrom({ family }: Loaded): void {
    const base = emptyChildForm(family.parent?.lastName ?? '');
    const draft = family.parent ? this.drafts.load() : undefined;
    if (draft) {
      this.step = draft.step;
      this.form = { ...base, ...pickChildForm(draft.form) };
      this.pending = draft.pending;
      return;
    }
    this.step = 'parent';
    this.form = base;
    this.pending = undefined;
  }

  protected override saveDraft(): void {
    this.drafts.save({ step: this.step, form: this.form, pending: this.pending });
  }

  private setField(field: ChildFormField, value: string): void {
    this.form = { ...this.form, [field]: value };
    this.saveDraft();
  }

  private setSite(site: string, schools: readonly SchoolSite[]): void {
    const grades = schools.find((candidate) => candidate.id === site)?.grades ?? [];
    const keepGrade = grades.some((grade) => grade.id === this.form.schoolGradeId);
    this.form = { ...this.form, schoolSiteId: site, schoolGradeId: keepGrade ? this.form.schoolGradeId : '' };
    this.saveDraft();
  }

  private parse(loaded: Loaded) {
    return parseChildForm(this.form, {
      today: localToday(),
      country: loaded.commune.country,
      schools: loaded.schools,
    });
  }

  private toChildStep(): void {
    this.step = 'child';
    this.focusTarget = 'step-heading';
    this.saveDraft();
  }

  private continueToRecap(loaded: Loaded): void {
    const result = this.parse(loaded);
    this.issues = result.ok ? [] : result.issues;
    if (!result.ok) {
      this.focusTarget = 'error-summary';
      return;
    }
    this.step = 'recap';
    this.editingFromRecap = false;
    this.submitError = undefined;
    this.focusTarget = 'step-heading';
    this.saveDraft();
  }

  private backTo(step: Step, focus?: string): void {
    this.step = step;
    this.submitError = undefined;
    this.editingFromRecap = focus !== undefined;
    this.focusTarget = focus ? `#${focus}` : 'step-heading';
    this.saveDraft();
  }

  private abandon(loaded: Loaded): void {
    this.drafts.clear();
    this.issues = [];
    this.submitError = undefined;
    this.editingFromRecap = false;
    this.restoredFor = loaded;
    this.startFrom(loaded);
    this.status = this.t('child.abandoned');
    this.focusTarget = 'heading';
    this.dispatchEvent(new Event('fp-abandoned', { bubbles: true, composed: true }));
  }

  private async submit(loaded: Loaded): Promise<void> {
    const adapter = this.activeAdapter;
    if (this.submitting || !adapter) return;
    const result = this.parse(loaded);
    if (!result.ok) {
      this.issues = result.issues;
      this.backTo('child');
      this.focusTarget = 'error-summary';
      return;
    }
    const identity = result.value;
    await this.send(identity, (idempotencyKey) => adapter.registerChild(identity, { idempotencyKey }), {
      done: (registration) => this.succeed(registration, identity),
      fieldIssues: (issues) => {
        this.issues = sortIssues(issues);
        this.step = 'child';
      },
    });
  }

  private succeed(registration: ChildRegistration, identity: ChildIdentity): void {
    this.drafts.clear();
    this.registration = registration;
    this.registeredName = identity.firstName;
    this.issues = [];
    this.focusTarget = 'confirmation';
    this.dispatchEvent(
      FpSubmittedEvent.of(registration.receipt, {
        childId: registration.childId,
        linked: registration.linked,
      }),
    );
  }

  /** After a confirmation: another child, with what the service now knows. */
  private finish(): void {
    this.registration = undefined;
    this.restoredFor = undefined;
    this.status = '';
    this.focusTarget = 'heading';
    void this.loadTask.run();
  }

  // ——— messages ———

  private label(field: string): string {
    return this.t(`child.field.${field}` as MessageKey);
  }

  private errorFor(field: string, commune: CommuneSettings): string | undefined {
    const issue = this.issues.find((candidate) => candidate.field === field);
    return issue ? this.issueMessage(issue, 'child', commune.country) : undefined;
  }

  // ——— rendering ———

  private stepHeading(current: 1 | 2 | 3) {
    const titles = [this.t('child.step.parent'), this.t('child.step.child'), this.t('child.step.check')];
    return stepper({
      i18n: this.i18n,
      current,
      total: 3,
      title: titles[current - 1] ?? '',
      ...(current < 3 ? { nextTitle: titles[current] ?? '' } : {}),
      headingLevel: this.headingLevel + 1,
      focusName: 'step-heading',
    });
  }

  private renderNotice(commune: CommuneSettings) {
    return commune.notice ? html`<p class="notice" part="notice" role="note">${commune.notice}</p>` : nothing;
  }

  private renderNotRegistered(loaded: Loaded) {
    return html`<div class="callout" role="note">
      <p>${this.t('child.notRegistered', { service: loaded.commune.serviceName })}</p>
      ${
        this.parentHref
          ? html`<p><a href=${this.parentHref}>${this.t('child.notRegistered.link')}</a></p>`
          : nothing
      }
    </div>`;
  }

  private parentRows(parent: ParentRecord, commune: CommuneSettings): [string, string][] {
    const { address } = parent;
    const street = address.box
      ? this.t('child.parent.streetWithBox', {
          street: address.street,
          number: address.number,
          box: address.box,
        })
      : `${address.street} ${address.number}`;
    const rows: [string, string][] = [
      [this.t('child.parent.name'), `${parent.firstName} ${parent.lastName}`],
      [this.t('child.parent.address'), `${street}, ${address.postcode} ${address.city}`],
      [this.t('child.parent.phone'), formatPhone(parent.phone, commune.country)],
    ];
    if (parent.email) rows.push([this.t('child.parent.email'), parent.email]);
    return rows;
  }

  private renderParentStep(loaded: Loaded, parent: ParentRecord) {
    return html`
      ${this.stepHeading(1)}
      <p>${this.t('child.parent.intro')}</p>
      <dl class="details" part="details">
        ${this.parentRows(parent, loaded.commune).map(
          ([label, value]) =>
            html`<div>
              <dt>${label}</dt>
              <dd>${value}</dd>
            </div>`,
        )}
      </dl>
      ${
        this.parentHref
          ? html`<p><a href=${this.parentHref}>${this.t('child.parent.change')}</a></p>`
          : nothing
      }
      <div class="actions" part="actions">
        ${button({ label: this.t('child.action.next'), variant: 'primary', onClick: () => this.toChildStep() })}
        ${button({ label: this.t('child.action.abandon'), variant: 'link', onClick: () => this.abandon(loaded) })}
      </div>
    `;
  }

  private renderText(
    field: ChildFormField,
    commune: CommuneSettings,
    options: {
      width?: '2' | '4' | '5' | '10' | '20' | 'full';
      hint?: string;
      autocomplete?: string;
      inputmode?: string;
      type?: string;
      optional?: boolean;
    } = {},
  ) {
    const { optional = false, ...rest } = options;
    return textField({
      i18n: this.i18n,
      id: inputId(field),
      name: field,
      label: this.label(field),
      value: this.form[field],
      required: !optional,
      optional,
      error: this.errorFor(field, commune),
      onInput: (value: string) => this.setField(field, value),
      ...rest,
    });
  }

  /** A group of radio buttons in a fieldset, its legend the question. */
  private renderRadios(field: 'sex' | 'invoicesTo', choices: readonly string[], commune: CommuneSettings) {
    const error = this.errorFor(field, commune);
    const errorId = `${inputId(field)}-error`;
    return html`<fieldset
      class="field ${error ? 'field--error' : ''}"
      part="field"
      aria-describedby=${error ? errorId : nothing}
    >
      <legend class="label" part="label">
        ${this.label(field)}<span class="required-mark" aria-hidden="true">*</span>
      </legend>
      ${
        error
          ? html`<span class="error-message" part="error" id=${errorId}
              ><span class="visually-hidden">${this.t('ui.errorPrefix')}</span> ${error}</span
            >`
          : nothing
      }
      <div class="choices">
        ${choices.map((choice) => {
          const id = inputId(`${field}-${choice}`);
          return html`<div class="choice" part="choice">
            <input
              type="radio"
              id=${id}
              name=${field}
              value=${choice}
              required
              aria-invalid=${error ? 'true' : 'false'}
              .checked=${live(this.form[field] === choice)}
              @change=${() => this.setField(field, choice)}
            />
            <label for=${id}>${this.t(`child.${field}.${choice}` as MessageKey)}</label>
          </div>`;
        })}
      </div>
    </fieldset>`;
  }

  private renderSelect(
    field: 'schoolSiteId' | 'schoolGradeId',
    options: readonly { id: string; label: string }[],
    commune: CommuneSettings,
    onChange: (value: string) => void,
    disabled = false,
  ) {
    const id = inputId(field);
    const error = this.errorFor(field, commune);
    const hint = disabled ? this.t('child.hint.schoolGradeId') : undefined;
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field ${error ? 'field--error' : ''}" part="field">
      <label class="label" part="label" for=${id}>
        ${this.label(field)}<span class="required-mark" aria-hidden="true">*</span>
      </label>
      ${hint ? html`<span class="hint" part="hint" id="${id}-hint">${hint}</span>` : nothing}
      ${
        error
          ? html`<span class="error-message" part="error" id="${id}-error"
              ><span class="visually-hidden">${this.t('ui.errorPrefix')}</span> ${error}</span
            >`
          : nothing
      }
      <select
        class="input select"
        part="input"
        id=${id}
        name=${field}
        required
        ?disabled=${disabled}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${!this.form[field]}>${this.t('child.choose')}</option>
        ${options.map(
          (option) =>
            html`<option value=${option.id} ?selected=${this.form[field] === option.id}>
              ${option.label}
            </option>`,
        )}
      </select>
    </div>`;
  }

  private renderGuardian(commune: CommuneSettings) {
    const checked = this.form.hasOtherGuardian === 'yes';
    const error = this.errorFor('otherGuardian', commune);
    return html`
      <div class="field ${error ? 'field--error' : ''}" part="field">
        ${
          error
            ? html`<span class="error-message" part="error" id="child-hasOtherGuardian-error"
                ><span class="visually-hidden">${this.t('ui.errorPrefix')}</span> ${error}</span
              >`
            : nothing
        }
        <div class="choice" part="choice">
          <input
            type="checkbox"
            id="child-hasOtherGuardian"
            name="hasOtherGuardian"
            aria-describedby=${error ? 'child-hasOtherGuardian-error' : nothing}
            .checked=${live(checked)}
            @change=${(event: Event) =>
              this.setField('hasOtherGuardian', (event.target as HTMLInputElement).checked ? 'yes' : '')}
          />
          <label for="child-hasOtherGuardian">${this.t('child.field.hasOtherGuardian')}</label>
        </div>
      </div>
      ${
        checked
          ? html`<fieldset class="group conditional">
              <legend>${this.t('child.otherGuardian.legend')}</legend>
              <div class="row">
                ${this.renderText('otherGuardian.firstName', commune, { width: '20', autocomplete: 'off' })}
                ${this.renderText('otherGuardian.lastName', commune, { width: '20', autocomplete: 'off' })}
              </div>
              ${this.renderText('otherGuardian.relation', commune, {
                width: '20',
                autocomplete: 'off',
                hint: this.t('child.hint.relation'),
              })}
              ${this.renderText('otherGuardian.phone', commune, {
                type: 'tel',
                width: '20',
                autocomplete: 'off',
                optional: true,
                hint: this.t(commune.country === 'BE' ? 'parent.hint.phone.BE' : 'parent.hint.phone.FR'),
              })}
              ${this.renderText('otherGuardian.email', commune, {
                type: 'email',
                width: '20',
                autocomplete: 'off',
                optional: true,
                hint: this.t('child.hint.guardianEmail'),
              })}
              ${this.renderRadios('invoicesTo', invoiceRecipients, commune)}
            </fieldset>`
          : nothing
      }
    `;
  }

  private renderChildStep(loaded: Loaded) {
    const { commune, schools } = loaded;
    const summary = this.issues.map((issue) => ({
      fieldId: issueTarget(issue.field),
      message: this.issueMessage(issue, 'child', commune.country),
    }));
    const site = schools.find((candidate) => candidate.id === this.form.schoolSiteId);
    const date: DateParts = {
      day: this.form['birthDate.day'],
      month: this.form['birthDate.month'],
      year: this.form['birthDate.year'],
    };
    return html`
      ${this.stepHeading(2)}
      ${errorSummary({
        i18n: this.i18n,
        issues: summary,
        onFollow: (id: string) => this.shadowRoot && focusField(this.shadowRoot, id),
      })}
      <p class="hint">${this.t('ui.requiredLegend')}</p>
      <form
        part="form"
        novalidate
        @submit=${(event: Event) => {
          event.preventDefault();
          this.continueToRecap(loaded);
        }}
      >
        <div class="row">
          ${this.renderText('lastName', commune, { width: '20', autocomplete: 'off' })}
          ${this.renderText('firstName', commune, { width: '20', autocomplete: 'off' })}
        </div>
        ${dateInput({
          i18n: this.i18n,
          id: inputId('birthDate'),
          legend: this.label('birthDate'),
          value: date,
          required: true,
          error: this.errorFor('birthDate', commune),
          onInput: (value: DateParts) => {
            this.form = {
              ...this.form,
              'birthDate.day': value.day,
              'birthDate.month': value.month,
              'birthDate.year': value.year,
            };
            this.saveDraft();
          },
        })}
        ${this.renderRadios('sex', sexes, commune)}
        ${
          commune.country === 'BE'
            ? html`${this.renderText('nationalNumber', commune, {
                optional: true,
                hint: this.t('child.hint.nationalNumber'),
                inputmode: 'numeric',
                autocomplete: 'off',
                width: '10',
              })}
              ${this.renderText('kidEidNumber', commune, {
                optional: true,
                hint: this.t('child.hint.kidEidNumber'),
                inputmode: 'numeric',
                autocomplete: 'off',
                width: '10',
              })}`
            : nothing
        }
        ${
          schools.length > 0
            ? html`${this.renderSelect(
                'schoolSiteId',
                schools.map((candidate) => ({ id: candidate.id, label: candidate.name })),
                commune,
                (value) => this.setSite(value, schools),
              )}
              ${this.renderSelect(
                'schoolGradeId',
                site?.grades ?? [],
                commune,
                (value) => this.setField('schoolGradeId', value),
                !site,
              )}`
            : nothing
        }
        ${this.renderGuardian(commune)}
        <div class="actions" part="actions">
          ${button({
            label: this.t(this.editingFromRecap ? 'child.action.backToRecap' : 'child.action.continue'),
            variant: 'primary',
            type: 'submit',
          })}
          ${button({ label: this.t('child.action.back'), variant: 'secondary', onClick: () => this.backTo('parent') })}
          ${button({ label: this.t('child.action.abandon'), variant: 'link', onClick: () => this.abandon(loaded) })}
        </div>
      </form>
    `;
  }

  private recapRows(identity: ChildIdentity, loaded: Loaded): RecapRow[] {
    const site = loaded.schools.find((candidate) => candidate.id === identity.schoolSiteId);
    const grade = site?.grades.find((candidate) => candidate.id === identity.schoolGradeId);
    const guardian = identity.otherGuardian;
    const country = loaded.commune.country;
    const rows: RecapRow[] = [
      {
        key: 'lastName',
        label: this.label('lastName'),
        value: identity.lastName,
        changeTarget: inputId('lastName'),
      },
      {
        key: 'firstName',
        label: this.label('firstName'),
        value: identity.firstName,
        changeTarget: inputId('firstName'),
      },
      {
        key: 'birthDate',
        label: this.label('birthDate'),
        value: this.i18n.date(identity.birthDate),
        changeTarget: issueTarget('birthDate'),
      },
      {
        key: 'sex',
        label: this.label('sex'),
        value: this.t(`child.sex.${identity.sex}`),
        changeTarget: issueTarget('sex'),
      },
    ];
    if (country === 'BE') {
      rows.push(
        {
          key: 'nationalNumber',
          label: this.label('nationalNumber'),
          value: identity.nationalNumber ? formatNationalNumber(identity.nationalNumber) : '',
          changeTarget: inputId('nationalNumber'),
        },
        {
          key: 'kidEidNumber',
          label: this.label('kidEidNumber'),
          value: identity.kidEidNumber ? formatKidEidNumber(identity.kidEidNumber) : '',
          changeTarget: inputId('kidEidNumber'),
        },
      );
    }
    if (loaded.schools.length > 0) {
      rows.push(
        {
          key: 'schoolSiteId',
          label: this.label('schoolSiteId'),
          value: site?.name ?? '',
          changeTarget: inputId('schoolSiteId'),
        },
        {
          key: 'schoolGradeId',
          label: this.label('schoolGradeId'),
          value: grade?.label ?? '',
          changeTarget: inputId('schoolGradeId'),
        },
      );
    }
    rows.push({
      key: 'otherGuardian',
      label: this.t('child.recap.otherGuardian'),
      value: guardian
        ? html`${guardian.firstName} ${guardian.lastName} (${guardian.relation})
          ${guardian.phone ? html`<br />${formatPhone(guardian.phone, country)}` : nothing}
          ${guardian.email ? html`<br />${guardian.email}` : nothing}`
        : this.t('child.recap.noOtherGuardian'),
      changeTarget: guardian ? inputId('otherGuardian.firstName') : inputId('hasOtherGuardian'),
    });
    if (guardian) {
      rows.push({
        key: 'invoicesTo',
        label: this.label('invoicesTo'),
        value: this.t(`child.invoicesTo.${identity.invoicesTo}`),
        changeTarget: issueTarget('invoicesTo'),
      });
    }
    return rows;
  }

  private renderRecap(loaded: Loaded) {
    const result = this.parse(loaded);
    // A draft restored into an invalid state: back to the form with its problems.
    if (!result.ok) return this.renderChildStep(loaded);
    return html`
      ${this.stepHeading(3)}
      <p>${this.t('child.recap.intro')}</p>
      ${recap({
        i18n: this.i18n,
        rows: this.recapRows(result.value, loaded),
        onChange: (target: string) => this.backTo('child', target),
      })}
      ${
        this.submitError
          ? html`<div tabindex="-1" data-focus="submit-error">
              ${errorPanel({
                i18n: this.i18n,
                error: this.submitError,
                busy: this.submitting,
                onRetry: () => void this.submit(loaded),
              })}
            </div>`
          : nothing
      }
      <div class="actions" part="actions">
        ${button({
          label: this.t('child.action.submit'),
          variant: 'primary',
          busy: this.submitting,
          busyLabel: this.t('ui.sending'),
          onClick: () => void this.submit(loaded),
        })}
        ${button({ label: this.t('child.action.back'), variant: 'secondary', onClick: () => this.backTo('child') })}
        ${button({ label: this.t('child.action.abandon'), variant: 'link', onClick: () => this.abandon(loaded) })}
      </div>
    `;
  }

  private renderConfirmation(registration: ChildRegistration, loaded: Loaded) {
    const { receipt, linked, childId } = registration;
    const name = this.registeredName;
    const healthHref = this.healthFormHref?.replaceAll('{childId}', encodeURIComponent(childId));
    return html`
      <div tabindex="-1" data-focus="confirmation">
        ${confirmationPanel({
          i18n: this.i18n,
          title: this.t(linked ? 'child.done.linkedTitle' : 'child.done.title'),
          requestNumber: receipt.number,
          trackingCode: receipt.trackingCode,
          savedAt: receipt.submittedAt,
        })}
      </div>
      ${
        linked
          ? html`<p class="callout" role="note">
              ${this.t('child.done.linked', { name, service: loaded.commune.serviceName })}
            </p>`
          : nothing
      }
      <h3>${this.t('ui.whatNext')}</h3>
      <p>${this.t('child.done.next', { name })}</p>
      ${healthHref ? html`<p><a href=${healthHref}>${this.t('child.done.healthForm', { name })}</a></p>` : nothing}
      ${statusTimeline({ i18n: this.i18n, entries: receipt.history, labelFor: this.statusLabel })}
      <div class="actions" part="actions">
        ${button({ label: this.t('child.action.another'), variant: 'secondary', onClick: () => this.finish() })}
      </div>
    `;
  }

  private renderLoaded(loaded: Loaded) {
    const parent = loaded.family.parent;
    let body: unknown;
    if (this.registration) body = this.renderConfirmation(this.registration, loaded);
    else if (!parent) body = this.renderNotRegistered(loaded);
    else if (this.step === 'parent') body = this.renderParentStep(loaded, parent);
    else if (this.step === 'child') body = this.renderChildStep(loaded);
    else body = this.renderRecap(loaded);
    const notice = parent && !this.registration ? this.renderNotice(loaded.commune) : nothing;
    return html`${this.heading(this.t('child.title'))} ${notice} ${body}`;
  }

  override render() {
    const content = this.activeAdapter
      ? this.loadTask.render({
          initial: () => skeleton({ lines: 8, label: this.t('ui.loading') }),
          pending: () => skeleton({ lines: 8, label: this.t('ui.loading') }),
          complete: (loaded) => this.renderLoaded(loaded),
          error: (error) =>
            errorPanel({
              i18n: this.i18n,
              error: AdapterError.from(error),
              onRetry: () => void this.loadTask.run(),
            }),
        })
      : html`<p class="callout" role="alert">${this.t('ui.noAdapter')}</p>`;
    return html`<div class="root">
      ${content}
      <p class="visually-hidden" role="status" aria-live="polite">${this.status}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'child-register': ChildRegister;
  }
}
