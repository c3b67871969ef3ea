import { Task, initialState } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as z from 'zod/mini';
import type { FamilyPortalAdapter } from '../../adapter/index.js';
import {
  diffParentIdentity,
  emptyParentForm,
  identityToForm,
  parentFields,
  parseParentForm,
  type ChildSummary,
  type CommuneSettings,
  type FamilySnapshot,
  type FieldIssue,
  type ParentField,
  type ParentForm,
  type ParentIdentity,
  type RequestReceipt,
} from '../../domain/index.js';
import { FpFormElement } from '../../shared/form-element.js';
import { DraftStore } from '../../shared/draft.js';
import { FpSubmittedEvent } from '../../shared/events.js';
import { localMessage, localText, textSlot } from '../../shared/i18n/local-text.js';
import { baseStyles } from '../../shared/styles.js';
import {
  button,
  confirmationPanel,
  detailsList,
  recap,
  requestList,
  statusTimeline,
  stepper,
  textField,
  type RecapRow,
} from '../../shared/ui/index.js';
import { parentRegisterStyles } from './parent-register.styles.js';
import { parentMessages, type ParentKey } from './messages/index.js';

type Step = 'form' | 'recap';
/** `register`: a parent not yet known; `change`: a known parent asks to change their details. */
type Flow = 'register' | 'change';

const draftSchema = z.object({
  flow: z.enum(['register', 'change']),
  step: z.enum(['form', 'recap']),
  form: z.record(z.string(), z.string()),
  comment: z.string(),
  pending: z.optional(z.object({ key: z.string(), fingerprint: z.string() })),
});
type Draft = z.infer<typeof draftSchema>;

interface Loaded {
  commune: CommuneSettings;
  family: FamilySnapshot;
}

/** The ids of the form's inputs: also the targets of the error summary's links. */
const inputId = (field: ParentField) => `parent-${field.replace('.', '-')}`;
const commentId = 'parent-comment';

/**
 * Register as a parent with the commune's service ("M'enregistrer en tant que
 * parent"), or, once known, see one's details and linked children and ask the
 * service to change those details.
 *
 * A new parent fills in their details, checks them on a recap ("Vérifiez vos
 * réponses") and validates; the confirmation shows the request number and its
 * status history. What the parent typed is kept as a draft in sessionStorage
 * until success or abandon, and a failed submission can be retried without
 * retyping and without being recorded twice.
 *
 * @summary Parent registration and parent details, with change requests.
 *
 * @fires {FpSubmittedEvent} fp-submitted - A registration or change request was recorded. `detail`: `{ kind, requestId, requestNumber, trackingCode }`.
 * @fires {FpErrorEvent} fp-error - The backend failed while loading or submitting. `detail`: `{ type, code, message, retryable, requestId, operation }`.
 * @fires {Event} fp-abandoned - The parent abandoned the form; the draft was discarded.
 *
 * @csspart heading - The element's main heading.
 * @csspart notice - The commune's notice above the form.
 * @csspart stepper - "Étape n sur m" with the step title.
 * @csspart form - The details form.
 * @csspart field - Each field group (label, hint, error, input).
 * @csspart label - Each field label.
 * @csspart hint - Each field hint.
 * @csspart error - Each inline error message.
 * @csspart input - Each text input.
 * @csspart error-summary - The list of problems shown after "Continuer".
 * @csspart recap - The "Vérifiez vos réponses" summary list.
 * @csspart actions - The row of buttons.
 * @csspart button - Every button; also `button-primary`, `button-secondary` or `button-link` by its role.
 * @csspart change - Each "Modifier" button of the recap.
 * @csspart error-panel - A backend error, with "Réessayer" when it may help.
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart confirmation - The confirmation panel with the request number.
 * @csspart timeline - A request's status history.
 * @csspart details - The known parent's details.
 * @csspart children - The list of linked children.
 * @csspart requests - The list of the parent's requests.
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
 * @cssprop --fp-color-warning - Badges of things to do (a health form to update, a pending request).
 * @cssprop --fp-color-input - Background of inputs and secondary buttons.
 * @cssprop --fp-color-input-border - Border of inputs.
 * @cssprop --fp-color-on-primary - Text on primary buttons.
 * @cssprop --fp-color-on-success - Text on the confirmation panel.
 */
export class ParentRegister extends FpFormElement<ParentKey> {
  static override styles = [baseStyles, parentRegisterStyles];

  /** @internal */
  static override messages = parentMessages;

  private readonly loadTask = new Task<readonly [FamilyPortalAdapter | undefined], Loaded>(this, {
    task: async ([adapter], { signal }) => {
      if (!adapter) return initialState;
      try {
        const [commune, family] = await Promise.all([
          this.readCommune(adapter, signal),
          adapter.getFamily({ signal }),
          this.i18n.ready,
        ]);
        return { commune, family };
      } catch (error) {
        return this.loadFailed(error);
      }
    },
    args: () => [this.activeAdapter] as const,
  });

  /** Where the "Enregistrer un enfant" link of the confirmation leads. Without it the link is not shown. */
  @property({ attribute: 'register-child-href' }) registerChildHref: string | undefined;

  /** Key under which the draft is kept in sessionStorage; set it when two of these elements share a page. */
  @property({ attribute: 'draft-key' }) draftKey = 'parent-register';

  @state() private flow: Flow = 'register';
  @state() private step: Step = 'form';
  @state() private form: ParentForm = emptyParentForm();
  @state() private comment = '';
  @state() private receipt: RequestReceipt | undefined;
  /** Whether the form is open: a new parent always edits, a known one only on request. */
  @state() private editing = false;

  private restoredFor: Loaded | undefined;

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

  /** Picks the flow for what the service knows, and restores a draft that still fits it. */
  private startFrom({ family, commune }: Loaded): void {
    const draft = this.drafts.load();
    const flow: Flow = family.parent ? 'change' : 'register';
    if (draft && draft.flow === flow && !this.hasPendingRegistration(family)) {
      this.flow = flow;
      this.step = draft.step;
      this.form = { ...this.baseForm(family, commune), ...pickForm(draft.form) };
      if (family.account.email) this.form = { ...this.form, email: family.account.email };
      this.comment = draft.comment;
      this.submission.pending = draft.pending;
      this.editing = true;
      return;
    }
    if (draft) this.drafts.clear();
    this.flow = flow;
    this.step = 'form';
    this.form = this.baseForm(family, commune);
    this.comment = '';
    this.submission.pending = undefined;
    this.editing = flow === 'register' && !this.hasPendingRegistration(family);
  }

  private baseForm(family: FamilySnapshot, commune: CommuneSettings): ParentForm {
    return family.parent
      ? identityToForm(family.parent, commune)
      : emptyParentForm(family.account.email ?? '');
  }

  private hasPendingRegistration(family: FamilySnapshot): boolean {
    return (
      !family.parent &&
      family.requests.some((r) => r.kind === 'parent-registration' && r.status === 'pending')
    );
  }

  protected override saveDraft(): void {
    this.drafts.save({
      flow: this.flow,
      step: this.step,
      form: this.form,
      comment: this.comment,
      pending: this.submission.pending,
    });
  }

  private setField(field: ParentField, value: string): void {
    this.form = { ...this.form, [field]: value };
    this.saveDraft();
  }

  private setComment(value: string): void {
    this.comment = value;
    this.saveDraft();
  }

  private continueToRecap(loaded: Loaded): void {
    const result = parseParentForm(this.form, loaded.commune);
    const issues = result.ok ? this.changeIssues(result.value, loaded) : result.issues;
    this.continueWith(issues, () => (this.step = 'recap'));
  }

  /** A change request must change something. */
  private changeIssues(identity: ParentIdentity, { family, commune }: Loaded): FieldIssue[] {
    if (this.flow !== 'change' || !family.parent) return [];
    return diffParentIdentity(family.parent, identity, commune).length === 0 && !this.comment.trim()
      ? [{ field: 'lastName', code: 'change.none' }]
      : [];
  }

  private backToForm(focus?: string): void {
    this.goBack(() => (this.step = 'form'), focus);
  }

  private abandon(loaded: Loaded): void {
    this.drafts.clear();
    this.issues = [];
    this.submission.clearError();
    this.restoredFor = loaded;
    this.startFrom(loaded);
    this.status = this.i18n.t('parent.abandoned');
    this.nextFocus.request('heading');
    this.dispatchEvent(new Event('fp-abandoned', { bubbles: true, composed: true }));
  }

  private async submit(loaded: Loaded): Promise<void> {
    const adapter = this.activeAdapter;
    if (this.submission.busy() || !adapter) return;
    const result = parseParentForm(this.form, loaded.commune);
    if (!result.ok) {
      this.issues = result.issues;
      this.backToForm();
      this.nextFocus.request('error-summary');
      return;
    }
    const comment = this.comment.trim();
    const payload =
      this.flow === 'register' ? result.value : { identity: result.value, ...(comment ? { comment } : {}) };
    const sent = await this.submission.send(
      (idempotencyKey) =>
        this.flow === 'register'
          ? adapter.registerParent(result.value, { idempotencyKey })
          : adapter.requestParentChange(
              { identity: result.value, ...(comment ? { comment } : {}) },
              { idempotencyKey },
            ),
      {
        payload,
        fieldIssues: (issues) => {
          this.issues = issues;
          this.step = 'form';
        },
      },
    );
    if (sent) this.succeed(sent.value);
  }

  private succeed(receipt: RequestReceipt): void {
    this.drafts.clear();
    this.receipt = receipt;
    this.issues = [];
    this.nextFocus.request('confirmation');
    this.dispatchEvent(FpSubmittedEvent.of(receipt));
  }

  /** After a confirmation: read again what the service now knows. */
  private finish(): void {
    this.receipt = undefined;
    this.restoredFor = undefined;
    this.status = '';
    this.nextFocus.request('heading');
    void this.loadTask.run();
  }

  private openChangeForm(loaded: Loaded): void {
    this.flow = 'change';
    this.step = 'form';
    this.editing = true;
    this.issues = [];
    this.form = this.baseForm(loaded.family, loaded.commune);
    this.nextFocus.request('step-heading');
    this.saveDraft();
  }

  // ——— messages ———

  private fieldLabel(field: ParentField): string {
    return this.t(`parent.field.${field}` as ParentKey);
  }

  // ——— rendering ———

  private renderNotice(commune: CommuneSettings) {
    return commune.notice
      ? html`<p class="notice" part="notice" role="note">${localText(this.i18n, commune.notice)}</p>`
      : nothing;
  }

  private renderField(
    field: ParentField,
    commune: CommuneSettings,
    options: {
      width?: '2' | '4' | '5' | '10' | '20' | 'full';
      hint?: string;
      autocomplete?: string;
      inputmode?: string;
      type?: string;
    } = {},
  ) {
    const issue = this.issues.find((candidate) => candidate.field === field);
    const optional =
      field === 'address.box' || (field === 'nationalNumber' && commune.nationalNumber === 'optional');
    return textField({
      i18n: this.i18n,
      id: inputId(field),
      name: field,
      label: this.fieldLabel(field),
      value: this.form[field],
      required: !optional,
      optional,
      error: issue ? this.issueMessage(issue, 'parent', commune.country) : undefined,
      onInput: (value: string) => this.setField(field, value),
      ...options,
    });
  }

  private renderEmail(loaded: Loaded) {
    const accountEmail = loaded.family.account.email;
    if (!accountEmail) {
      return this.renderField('email', loaded.commune, { type: 'email', autocomplete: 'email', width: '20' });
    }
    return html`<div class="read-only" part="field">
      <span class="label" part="label" id="parent-email-label">${this.fieldLabel('email')}</span>
      <span class="read-only-value" aria-labelledby="parent-email-label">${accountEmail}</span>
      <span class="hint" part="hint">${this.t('parent.emailFromAccount')}</span>
    </div>`;
  }

  private renderForm(loaded: Loaded) {
    const { commune } = loaded;
    const summary = this.issues.map((issue) => ({
      fieldId: issue.code === 'change.none' ? commentId : inputId(issue.field as ParentField),
      message: this.issueMessage(issue, 'parent', commune.country),
    }));
    const changeNone = this.issues.some((issue) => issue.code === 'change.none');
    return html`
      ${stepper({
        i18n: this.i18n,
        current: 1,
        total: 2,
        title: this.t(this.flow === 'register' ? 'parent.step.details' : 'parent.step.changeDetails'),
        nextTitle: this.t('parent.step.check'),
        headingLevel: this.headingLevel + 1,
        focusName: 'step-heading',
      })}
      ${this.flow === 'change' ? html`<p>${this.t('parent.change.intro')}</p>` : nothing}
      ${this.stepForm(
        summary,
        () => this.continueToRecap(loaded),
        html`
          <div class="row">
            ${this.renderField('lastName', commune, { autocomplete: 'family-name', width: '20' })}
            ${this.renderField('firstName', commune, { autocomplete: 'given-name', width: '20' })}
          </div>
          ${
            commune.nationalNumber === 'hidden'
              ? nothing
              : this.renderField('nationalNumber', commune, {
                  hint: this.t('parent.hint.nationalNumber'),
                  inputmode: 'numeric',
                  autocomplete: 'off',
                  width: '10',
                })
          }
          <fieldset class="group">
            <legend>${this.t('parent.address')}</legend>
            <div class="row">
              ${this.renderField('address.street', commune, { autocomplete: 'address-line1', width: 'full' })}
              ${this.renderField('address.number', commune, { width: '4' })}
              ${this.renderField('address.box', commune, { width: '4' })}
            </div>
            <div class="row">
              ${this.renderField('address.postcode', commune, {
                autocomplete: 'postal-code',
                inputmode: 'numeric',
                width: '5',
              })}
              ${this.renderField('address.city', commune, { autocomplete: 'address-level2', width: '20' })}
            </div>
          </fieldset>
          ${this.renderField('phone', commune, {
            type: 'tel',
            autocomplete: 'tel',
            hint: this.t(commune.country === 'BE' ? 'ui.phoneHint.BE' : 'ui.phoneHint.FR'),
            width: '20',
          })}
          ${this.renderEmail(loaded)}
          ${
            this.flow === 'change'
              ? html`<div class="field ${changeNone ? 'field--error' : ''}" part="field">
                  <label class="label" part="label" for=${commentId}>
                    ${this.t('parent.change.comment')} <span class="optional">${this.t('ui.optional')}</span>
                  </label>
                  <span class="hint" part="hint" id="${commentId}-hint"
                    >${this.t('parent.change.commentHint')}</span
                  >
                  <textarea
                    id=${commentId}
                    name="comment"
                    rows="3"
                    maxlength="1000"
                    aria-describedby="${commentId}-hint"
                    .value=${this.comment}
                    @input=${(event: Event) => this.setComment((event.target as HTMLTextAreaElement).value)}
                  ></textarea>
                </div>`
              : nothing
          }
          <div class="actions" part="actions">
            ${button({
              label: this.t(this.editingFromRecap ? 'parent.action.backToRecap' : 'parent.action.continue'),
              variant: 'primary',
              type: 'submit',
            })}
            ${
              this.flow === 'change'
                ? button({
                    label: this.t('parent.action.cancelChange'),
                    variant: 'link',
                    onClick: () => this.abandon(loaded),
                  })
                : button({
                    label: this.t('parent.action.abandon'),
                    variant: 'link',
                    onClick: () => this.abandon(loaded),
                  })
            }
          </div>
        `,
      )}
    `;
  }

  private recapValue(field: ParentField, value: string): string {
    return field === 'address.box' && !value ? '' : value;
  }

  private renderRecap(loaded: Loaded) {
    const { commune, family } = loaded;
    const result = parseParentForm(this.form, commune);
    const fields = parentFields.filter(
      (field) => field !== 'nationalNumber' || commune.nationalNumber !== 'hidden',
    );
    const changes =
      this.flow === 'change' && family.parent && result.ok
        ? diffParentIdentity(family.parent, result.value, commune)
        : undefined;
    const shown = result.ok ? identityToForm(result.value, commune) : this.form;
    const rows: RecapRow[] = changes
      ? changes.map((change) => ({
          key: change.field,
          label: this.fieldLabel(change.field as ParentField),
          value: html`${change.to || this.t('ui.notProvided')}
            <span class="was"
              >${this.t('parent.change.was', { value: change.from || this.t('ui.notProvided') })}</span
            >`,
          changeTarget: inputId(change.field as ParentField),
        }))
      : fields.map((field) => ({
          key: field,
          label: this.fieldLabel(field),
          value: this.recapValue(field, shown[field]),
          changeTarget: field === 'email' && family.account.email ? undefined : inputId(field),
        }));
    if (this.flow === 'change' && this.comment.trim()) {
      rows.push({
        key: 'comment',
        label: this.t('parent.change.comment'),
        value: this.comment.trim(),
        changeTarget: commentId,
      });
    }
    return html`
      ${stepper({
        i18n: this.i18n,
        current: 2,
        total: 2,
        title: this.t('parent.step.check'),
        headingLevel: this.headingLevel + 1,
        focusName: 'step-heading',
      })}
      <p>${this.t(this.flow === 'register' ? 'parent.recap.intro' : 'parent.change.recapIntro')}</p>
      ${recap({ i18n: this.i18n, rows, onChange: (target: string) => this.backToForm(target) })}
      ${this.submission.renderError(this.i18n, () => void this.submit(loaded))}
      <div class="actions" part="actions">
        ${button({
          label: this.t(this.flow === 'register' ? 'parent.action.submit' : 'parent.action.sendChange'),
          variant: 'primary',
          busy: this.submission.busy(),
          busyLabel: this.t('ui.sending'),
          onClick: () => void this.submit(loaded),
        })}
        ${button({ label: this.t('parent.action.back'), variant: 'secondary', onClick: () => this.backToForm() })}
        ${button({ label: this.t('parent.action.abandon'), variant: 'link', onClick: () => this.abandon(loaded) })}
      </div>
    `;
  }

  private renderConfirmation(receipt: RequestReceipt, loaded: Loaded) {
    const registered = receipt.kind === 'parent-registration';
    const accepted = receipt.status === 'accepted';
    const title = registered
      ? this.t(accepted ? 'parent.done.title' : 'parent.done.pendingTitle')
      : this.t('parent.change.done.title');
    const email = loaded.family.account.email ?? this.form.email;
    return html`
      <div tabindex="-1" data-focus="confirmation">
        ${confirmationPanel({
          i18n: this.i18n,
          title,
          requestNumber: receipt.number,
          trackingCode: receipt.trackingCode,
          savedAt: receipt.submittedAt,
        })}
      </div>
      ${this.subheading(this.t('ui.whatNext'))}
      ${
        registered
          ? html`<p>
                ${localMessage(this.i18n, this.t(accepted ? 'parent.done.next' : 'parent.done.pendingNext', { service: textSlot }), loaded.commune.serviceName)}
              </p>
              ${
                accepted && this.registerChildHref
                  ? html`<p><a href=${this.registerChildHref}>${this.t('parent.done.registerChild')}</a></p>`
                  : nothing
              }`
          : html`<p>
              ${localMessage(this.i18n, this.t('parent.change.done.next', { service: textSlot }), loaded.commune.serviceName)}
            </p>`
      }
      ${email ? html`<p>${this.t('parent.done.email', { email })}</p>` : nothing}
      ${statusTimeline({ i18n: this.i18n, entries: receipt.history, labelFor: this.statusLabel })}
      <div class="actions" part="actions">
        ${button({
          label: this.t(registered ? 'parent.action.seeDetails' : 'parent.action.backToDetails'),
          variant: 'secondary',
          onClick: () => this.finish(),
        })}
      </div>
    `;
  }

  private renderChild(child: ChildSummary) {
    const health = this.t(`ui.health.${child.healthForm}`);
    return html`<li>
      <span class="child-name">${child.firstName} ${child.lastName}</span>
      <span class="muted">${this.t('ui.born', { date: this.i18n.date(child.birthDate) })}</span>
      <span class="badge badge--${child.healthForm}">${health}</span>
    </li>`;
  }

  private renderKnown(loaded: Loaded) {
    const { family, commune } = loaded;
    const parent = family.parent;
    if (!parent) return nothing;
    const shown = identityToForm(parent, commune);
    const pendingChange = family.requests.some((r) => r.kind === 'parent-change' && r.status === 'pending');
    const requests = family.requests;
    const detailFields = parentFields.filter(
      (field) =>
        (field !== 'nationalNumber' || commune.nationalNumber !== 'hidden') &&
        (field !== 'address.box' || shown[field]),
    );
    return html`
      <p>
        ${localMessage(this.i18n, this.t('parent.known.intro', { service: textSlot }), commune.serviceName)}
      </p>
      ${pendingChange ? html`<p class="callout" role="note">${this.t('parent.change.pendingNotice')}</p>` : nothing}
      ${detailsList(detailFields.map((field) => [this.fieldLabel(field), shown[field]] as const))}
      ${
        pendingChange
          ? nothing
          : html`<div class="actions" part="actions">
              ${button({
                label: this.t('parent.action.requestChange'),
                variant: 'secondary',
                onClick: () => this.openChangeForm(loaded),
              })}
            </div>`
      }
      ${this.subheading(this.t('parent.known.children'))}
      ${
        family.children.length
          ? html`<ul class="children" part="children">
              ${family.children.map((child) => this.renderChild(child))}
            </ul>`
          : html`<p>${this.t('parent.known.noChildren')}</p>`
      }
      ${
        family.coParents.length
          ? html`${this.subheading(this.t('parent.known.coParents'))}
              <ul class="plain">
                ${family.coParents.map(
                  (coParent) =>
                    html`<li>
                      ${coParent.firstName} ${coParent.lastName}
                      <span class="muted"
                        >${this.t(coParent.sameAddress ? 'parent.coParent.same' : 'parent.coParent.elsewhere')}</span
                      >
                    </li>`,
                )}
              </ul>`
          : nothing
      }
      ${
        requests.length
          ? html`${this.subheading(this.t('parent.requests.title'))}
            ${requestList({ i18n: this.i18n, requests, labelFor: this.statusLabel })}`
          : nothing
      }
    `;
  }

  private renderPendingRegistration(loaded: Loaded) {
    const request = loaded.family.requests.find(
      (r) => r.kind === 'parent-registration' && r.status === 'pending',
    );
    if (!request) return nothing;
    return html`
      <p class="callout" role="note">
        ${localMessage(this.i18n, this.t('parent.pending.intro', { service: textSlot }), loaded.commune.serviceName)}
      </p>
      <p>${this.t('ui.requestNumber')} : <strong>${request.number}</strong></p>
      ${statusTimeline({ i18n: this.i18n, entries: request.history, labelFor: this.statusLabel })}
    `;
  }

  private renderLoaded(loaded: Loaded) {
    const title = this.receipt
      ? this.t(this.receipt.kind === 'parent-registration' ? 'parent.title.register' : 'parent.title.change')
      : this.flow === 'register'
        ? this.t('parent.title.register')
        : this.t(this.editing ? 'parent.title.change' : 'parent.title.known');
    let body: unknown;
    if (this.receipt) body = this.renderConfirmation(this.receipt, loaded);
    else if (this.hasPendingRegistration(loaded.family)) body = this.renderPendingRegistration(loaded);
    else if (this.editing) body = this.step === 'recap' ? this.renderRecap(loaded) : this.renderForm(loaded);
    else body = this.renderKnown(loaded);
    // The commune's notice concerns what the parent is about to send, not their details.
    const notice = this.editing && !this.receipt ? this.renderNotice(loaded.commune) : nothing;
    return html`${this.heading(title)} ${notice} ${body}`;
  }

  override render() {
    const content = this.loadView(this.loadTask, (loaded) => this.renderLoaded(loaded), { lines: 6 });
    return this.withStatus(content);
  }
}

/** Keeps only known form fields from a stored draft (a draft from an older version may carry others). */
function pickForm(stored: Record<string, string>): Partial<ParentForm> {
  return Object.fromEntries(
    parentFields.filter((field) => typeof stored[field] === 'string').map((field) => [field, stored[field]]),
  );
}

declare global {
  interface HTMLElementTagNameMap {
    'parent-register': ParentRegister;
  }
}
