import { Task, initialState } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FamilyPortalAdapter } from '../../adapter/index.js';
import type { FamilySnapshot, ParentField, RequestReceipt } from '../../domain/index.js';
import { DraftController, LazyController } from '../../shared/controllers/index.js';
import { FpFormElement } from '../../shared/form-element.js';
import { FpSubmittedEvent } from '../../shared/events.js';
import * as shape from '../../shared/shape.js';
import { coreStyles, formStyles } from '../../shared/styles.js';
import { parentRegisterStyles } from './parent-register.styles.js';
import { parentMessages, type ParentKey } from './messages/index.js';
import { renderForm, renderNotice } from './form-view.js';
import type { Flow, Loaded, ParentView, Step, TypedForm } from './parent-view.js';
import type * as AccountViewModule from './account-view.js';
import type * as RecapViewModule from './recap-view.js';

type AccountView = typeof AccountViewModule;
type RecapView = typeof RecapViewModule;

const draftShape = shape.object({
  flow: shape.literals(['register', 'change']),
  step: shape.literals(['form', 'recap']),
  form: shape.record(shape.string()),
  comment: shape.string(),
  pending: shape.optional(shape.object({ key: shape.string(), fingerprint: shape.string() })),
});

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
  static override styles = [coreStyles, formStyles, parentRegisterStyles];

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
        // A known parent (or one whose registration is pending) first sees their details or requests;
        // their form, or a draft, is written by the parent rules.
        await Promise.all([
          (family.parent || family.requests.length > 0) && this.account.load(),
          (family.parent || this.drafts.load()) && this.recap.load(),
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
  @state() private form: TypedForm = {};
  @state() private comment = '';
  @state() private receipt: RequestReceipt | undefined;
  /** Whether the form is open: a new parent always edits, a known one only on request. */
  @state() private editing = false;

  private restoredFor: Loaded | undefined;

  /** "Continuer" was pressed before the parent rules were there: they are checked once they are (see willUpdate). */
  @state() private checking = false;

  /**
   * The screens after the form (details, requests, confirmation) and the
   * recap with the rules that check the form: each downloaded with its
   * messages when first needed, or ahead of it when the page is idle.
   */
  private readonly account = new LazyController<AccountView>(this, this.i18n, () => this.importAccountView());
  private readonly recap = new LazyController<RecapView>(this, this.i18n, () => this.importRecapView());

  /** @internal Downloads the later screens (tests make it fail by overriding it). */
  protected importAccountView(): Promise<AccountView> {
    return import('./account-view.js');
  }

  /** @internal Downloads the recap and the parent rules (tests make it fail by overriding it). */
  protected importRecapView(): Promise<RecapView> {
    return import('./recap-view.js');
  }

  private readonly drafts = new DraftController(this, () => `fp-draft:${this.draftKey}`, draftShape);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const loaded = this.loadTask.value;
    if (loaded && loaded !== this.restoredFor) {
      this.restoredFor = loaded;
      this.startFrom(loaded);
    }
    if (this.checking && loaded && this.recap.loaded) {
      this.checking = false;
      this.check(this.recap.loaded, loaded);
    }
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // A parent filling in the form presses "Continuer" next: the rules download while the page is idle.
    this.recap.prefetchWhenIdle();
  }

  /**
   * Picks the flow for what the service knows, and restores a draft that
   * still fits it (the loading task brought the parent rules along for it).
   */
  private startFrom(loaded: Loaded): void {
    const { family } = loaded;
    const draft = this.drafts.load();
    const flow: Flow = family.parent ? 'change' : 'register';
    const rules = this.recap.loaded;
    if (draft && rules && draft.flow === flow && !this.hasPendingRegistration(family)) {
      this.flow = flow;
      this.step = draft.step;
      this.form = { ...this.baseForm(loaded), ...rules.knownFields(draft.form) };
      if (family.account.email) this.form = { ...this.form, email: family.account.email };
      this.comment = draft.comment;
      this.submission.pending = draft.pending;
      this.editing = true;
      return;
    }
    if (draft) this.drafts.clear();
    this.flow = flow;
    this.step = 'form';
    this.form = this.baseForm(loaded);
    this.comment = '';
    this.submission.pending = undefined;
    this.editing = flow === 'register' && !this.hasPendingRegistration(family);
  }

  /** The form before the parent types: a known parent's details (written by the rules), else the account's e-mail. */
  private baseForm({ family, commune }: Loaded): TypedForm {
    return family.parent && this.recap.loaded
      ? this.recap.loaded.identityToForm(family.parent, commune)
      : { email: family.account.email ?? '' };
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
    this.recap.prefetch();
  }

  private setComment(value: string): void {
    this.comment = value;
    this.saveDraft();
  }

  /** "Continuer": the rules check the form; until they are downloaded, the recap's placeholder shows. */
  private continueToRecap(loaded: Loaded): void {
    if (this.recap.loaded) this.check(this.recap.loaded, loaded);
    else this.checking = true;
  }

  private check(rules: RecapView, loaded: Loaded): void {
    const issues = rules.formIssues(this.form, this.comment, this.flow, loaded);
    this.continueWith(issues, () => (this.step = 'recap'));
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
    // The recap, the only way here, came with the rules.
    const rules = this.recap.loaded;
    if (this.submission.busy() || !adapter || !rules) return;
    const result = rules.parseForm(this.form, loaded.commune);
    if (!result.ok) {
      this.issues = result.issues;
      this.backToForm();
      this.nextFocus.request('error-summary');
      return;
    }
    // The confirmation's template downloads while the request is sent.
    const confirmation = this.account.load().catch(() => undefined);
    const comment = this.comment.trim();
    const payload =
      this.flow === 'register' ? result.value : { identity: result.value, ...(comment ? { comment } : {}) };
    const sent = await this.submission.send(
      (idempotencyKey) =>
        this.flow === 'register'
          ? adapter.registerParent({ ...result.value, language: this.i18n.locale }, { idempotencyKey })
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
    if (!sent) return;
    await confirmation;
    this.succeed(sent.value);
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
    this.form = this.baseForm(loaded);
    this.nextFocus.request('step-heading');
    this.saveDraft();
  }

  // ——— messages ———

  private fieldLabel(field: ParentField): string {
    return this.t(`parent.field.${field}` as ParentKey);
  }

  // ——— rendering ———

  /** What the templates render and call back (see `ParentView`). */
  private get view(): ParentView {
    return {
      i18n: this.i18n,
      t: (key, params) => this.t(key, params),
      headingLevel: this.headingLevel,
      flow: this.flow,
      form: this.form,
      comment: this.comment,
      issues: this.issues,
      editingFromRecap: this.editingFromRecap,
      registerChildHref: this.registerChildHref,
      submission: this.submission,
      subheading: (text) => this.subheading(text),
      stepForm: (summary, onContinue, content) => this.stepForm(summary, onContinue, content),
      issueMessage: (issue, prefix, country) => this.issueMessage(issue, prefix, country),
      statusLabel: this.statusLabel,
      fieldLabel: (field) => this.fieldLabel(field),
      setField: (field, value) => this.setField(field, value),
      setComment: (value) => this.setComment(value),
      continueToRecap: (loaded) => this.continueToRecap(loaded),
      backToForm: (focus) => this.backToForm(focus),
      abandon: (loaded) => this.abandon(loaded),
      submit: (loaded) => this.submit(loaded),
      finish: () => this.finish(),
      openChangeForm: (loaded) => this.openChangeForm(loaded),
      account: (render) => this.renderAccount(render),
    };
  }

  /**
   * A screen after the form: its template once loaded (usually with the
   * family, the submission, or ahead of "Continuer"), else a placeholder while
   * it loads, or the failure with "Réessayer".
   */
  private renderAccount(render: (view: AccountView) => unknown) {
    const screen = (view: AccountView) => html`${render(view)}`;
    return this.account.loaded ? screen(this.account.loaded) : this.account.render(6, screen);
  }

  private renderRecap(render: (view: RecapView) => unknown) {
    const screen = (view: RecapView) => html`${render(view)}`;
    return this.recap.loaded ? screen(this.recap.loaded) : this.recap.render(6, screen);
  }

  private renderLoaded(loaded: Loaded) {
    const title = this.receipt
      ? this.t(this.receipt.kind === 'parent-registration' ? 'parent.title.register' : 'parent.title.change')
      : this.flow === 'register'
        ? this.t('parent.title.register')
        : this.t(this.editing ? 'parent.title.change' : 'parent.title.known');
    const view = this.view;
    const receipt = this.receipt;
    let body: unknown;
    if (receipt) body = this.renderAccount((account) => account.renderConfirmation(view, receipt, loaded));
    else if (this.hasPendingRegistration(loaded.family))
      body = this.renderAccount((account) => account.renderPendingRegistration(view, loaded));
    else if (this.checking) body = this.recap.render(6, () => html``);
    else if (this.editing)
      body =
        this.step === 'recap'
          ? this.renderRecap((recap) => recap.renderRecap(view, loaded))
          : renderForm(view, loaded);
    else body = this.renderAccount((account) => account.renderKnown(view, loaded));
    // The commune's notice concerns what the parent is about to send, not their details.
    const notice = this.editing && !receipt ? renderNotice(view, loaded.commune) : nothing;
    return html`${this.heading(title)} ${notice} ${body}`;
  }

  override render() {
    const content = this.loadView(this.loadTask, (loaded) => this.renderLoaded(loaded), { lines: 6 });
    return this.withStatus(content);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'parent-register': ParentRegister;
  }
}
