import { Task, TaskStatus, initialState } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { AdapterError, type FamilyPortalAdapter } from '../../adapter/index.js';
import {
  healthFormValidUntil,
  type ChildIdentity,
  type ChildRegistration,
  type CommuneSettings,
  type FieldIssue,
  type ChildRecord,
  type RequestReceipt,
  type SchoolSite,
} from '../../domain/index.js';
import { FpFormElement } from '../../shared/form-element.js';
import { DraftStore, fingerprint } from '../../shared/draft.js';
import { FpSubmittedEvent } from '../../shared/events.js';
import { localMessage, textSlot } from '../../shared/i18n/local-text.js';
import type { CoreKey } from '../../shared/i18n/localize.js';
import { baseStyles } from '../../shared/styles.js';
import {
  button,
  confirmationPanel,
  errorPanel,
  recap,
  skeleton,
  statusTimeline,
  type DateParts,
} from '../../shared/ui/index.js';
import {
  emptyChildForm,
  identityToChildForm,
  localToday,
  parseChildForm,
  pickChildForm,
  sortIssues,
  type ChildForm,
  type ChildFormField,
} from './child-form.js';
import { pendingChange, renderChildList, renderChildPage, type PagesView } from './child-pages.js';
import { childRegisterStyles } from './child-register.styles.js';
import {
  errorFor,
  renderChildStep,
  renderNotRegistered,
  renderNotice,
  renderParentStep,
  stepHeading,
  type Loaded,
  type RegisterView,
  type Screen,
  type Step,
} from './register-view.js';
import { renderConfirmation, renderRecap } from './register-recap-view.js';
import {
  emptyHealthDraft,
  healthFormToDraft,
  healthStepIssues,
  HealthDraftSchema,
  parseHealthDraft,
  sortHealthIssues,
  stepOf,
  type HealthDraft,
} from './health-form.js';
import {
  healthIssueTarget,
  healthRecapRows,
  renderCareStep,
  renderContactsStep,
  type HealthView,
} from './health-view.js';
import { childMessages, type ChildKey } from './messages/index.js';

/** The health form's steps, then "Vérifiez vos réponses". */
type HealthStepName = 'care' | 'contacts' | 'recap';

const pendingSchema = z.optional(z.object({ key: z.string(), fingerprint: z.string() }));
const draftSchema = z.object({
  step: z.enum(['parent', 'child', 'recap']),
  form: z.record(z.string(), z.string()),
  pending: pendingSchema,
});
type Draft = z.infer<typeof draftSchema>;
const healthDraftSchema = z.object({
  step: z.enum(['care', 'contacts', 'recap']),
  form: HealthDraftSchema,
  pending: pendingSchema,
});
type HealthDraftState = z.infer<typeof healthDraftSchema>;
const changeDraftSchema = z.object({
  step: z.enum(['child', 'recap']),
  form: z.record(z.string(), z.string()),
  comment: z.string(),
  pending: pendingSchema,
});
type ChangeDraft = z.infer<typeof changeDraftSchema>;
const screenSchema = z.object({
  name: z.enum(['register', 'children', 'child', 'health', 'change']),
  childId: z.optional(z.string()),
});

/**
 * A family's children with the commune's service: register a child, fill in
 * or update their health form ("fiche santé"), and ask for changes.
 *
 * - Registration ("Enregistrer un enfant", the default `view`): "Mes
 *   informations" (the parent's details, read-only, with a link to change
 *   them), "Nouvel enfant à enregistrer" (identity, optional national and
 *   kids-ID numbers checked against the birth date, school, the other parent
 *   or guardian when they live elsewhere and who receives the invoices), then
 *   "Vérifiez vos réponses" and Valider. A child the service already knows is
 *   linked instead of created twice, and the confirmation says so. Under the
 *   confirmation (request number, status history) the child's health form
 *   opens, as on the portals parents know.
 * - "Mes enfants" (`view="children"`): each child with their health form's
 *   status (complete, to update, missing) and what to do next; each child's
 *   page shows the health form, identity and school, and every request about
 *   the child with its history.
 * - `child-id`: that child's health form at once when it is missing or out of
 *   date, else the child's page.
 * - The health form: the doctor, allergies (kind, severity, what to do), diet
 *   (choices that reveal no religion), treatments, needs for care (not
 *   diagnoses), tetanus, glasses and hearing aid, swimming; then the
 *   authorisations and the people to call in an emergency or allowed to pick
 *   the child up. The first form is recorded at once; an unchanged one is
 *   confirmed for a new period; a changed one goes to the service as a change
 *   request, as does any change to a known child's identity or school. One
 *   change request at a time per child.
 *
 * What the parent typed is kept as a draft in sessionStorage (never
 * localStorage: health data) until success or abandon; a failed submission
 * can be retried without retyping and without being recorded twice. A parent
 * the service does not know yet is asked to register first; when they do with
 * `<parent-register>` on the same page, this element reads the news.
 *
 * @summary A family's children: registration, health form, change requests, "Mes enfants".
 *
 * @fires {FpSubmittedEvent} fp-submitted - A child was registered or linked, a health form recorded or confirmed, or a change request sent. `detail`: `{ kind, requestId, requestNumber, trackingCode, childId, linked }`.
 * @fires {FpErrorEvent} fp-error - The backend failed while loading or submitting. `detail`: `{ type, code, message, retryable, requestId, operation }`.
 * @fires {Event} fp-abandoned - The parent abandoned a form; its draft was discarded.
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
 * @csspart entry - Each allergy or contact person of the health form's lists.
 * @csspart children - The list of "Mes enfants".
 * @csspart child - Each child of "Mes enfants".
 * @csspart pending - The notice of a child's change request being handled.
 * @csspart requests - The requests about a child, each with its history.
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
export class ChildRegister extends FpFormElement<ChildKey> {
  static override styles = [baseStyles, childRegisterStyles];

  /** @internal */
  static override messages = childMessages;

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

  /**
   * The page's own health form page, for the confirmation's link: `{childId}`
   * is replaced by the child's id. Without it, the health form opens in the
   * element, under the confirmation.
   */
  @property({ attribute: 'health-form-href' }) healthFormHref: string | undefined;

  /** Key under which the draft is kept in sessionStorage; set it when two of these elements share a page. */
  @property({ attribute: 'draft-key' }) draftKey = 'child-register';

  /**
   * Opens that child's page instead of the registration: their health form at
   * once when it is missing or out of date, else their page (status, health
   * form, identity, requests).
   */
  @property({ attribute: 'child-id' }) childId: string | undefined;

  /** What the element shows first: `register` (the registration steps) or `children` ("Mes enfants"). */
  @property({ reflect: true }) view: 'register' | 'children' = 'register';

  @state() private step: Step = 'parent';
  @state() private form: ChildForm = emptyChildForm();
  @state() private registration: ChildRegistration | undefined;

  @state() private screen: Screen = { name: 'register' };
  @state() private healthStep: HealthStepName = 'care';
  @state() private health: HealthDraft = emptyHealthDraft();
  /** The comment of a change request for the child's identity. */
  @state() private comment = '';
  /** The answer to the health form or the change request just sent. */
  @state() private sent: RequestReceipt | undefined;
  /** The registration just done, shown above the health form it opened (seed 001). */
  @state() private welcome: ChildRegistration | undefined;

  /** The child record the open health form or change request started from. */
  private startedFor: ChildRecord | undefined;
  /** `child-id` and `view` the current screen was chosen for. */
  private screenFor: string | undefined;

  private readonly childTask = new Task<
    readonly [FamilyPortalAdapter | undefined, string | undefined],
    ChildRecord
  >(this, {
    task: async ([adapter, childId], { signal }) => {
      if (!adapter || !childId) return initialState;
      try {
        const [record] = await Promise.all([adapter.getChild(childId, { signal }), this.i18n.ready]);
        return record;
      } catch (error) {
        return this.loadFailed(error);
      }
    },
    args: () => [this.activeAdapter, 'childId' in this.screen ? this.screen.childId : undefined] as const,
  });

  private restoredFor: Loaded | undefined;
  /** What was registered, for the confirmation's wording. */
  private registeredName = '';

  private get drafts(): DraftStore<Draft> {
    return new DraftStore(`fp-draft:${this.draftKey}`, draftSchema);
  }

  private get screens(): DraftStore<z.infer<typeof screenSchema>> {
    return new DraftStore(`fp-draft:${this.draftKey}:screen:${this.childId ?? this.view}`, screenSchema);
  }

  private healthDrafts(childId: string): DraftStore<HealthDraftState> {
    return new DraftStore(`fp-draft:${this.draftKey}:health:${childId}`, healthDraftSchema);
  }

  private changeDrafts(childId: string): DraftStore<ChangeDraft> {
    return new DraftStore(`fp-draft:${this.draftKey}:change:${childId}`, changeDraftSchema);
  }

  /** Where the element opens: the screen left before a reload, else what `child-id` and `view` ask for. */
  private initialScreen(): Screen {
    const saved = this.screens.load();
    if (saved && (!this.childId || saved.childId === this.childId)) {
      if (saved.name === 'register' || saved.name === 'children') return { name: saved.name };
      if (saved.childId) return { name: saved.name, childId: saved.childId };
    }
    if (this.childId) return { name: 'child', childId: this.childId, auto: true };
    return { name: this.view };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const wanted = `${this.childId ?? ''}|${this.view}`;
    if (wanted !== this.screenFor) {
      this.screenFor = wanted;
      this.screen = this.initialScreen();
      this.restoredFor = undefined;
      this.startedFor = undefined;
    }
    const loaded = this.loadTask.value;
    if (loaded && loaded !== this.restoredFor && this.screen.name === 'register') {
      this.restoredFor = loaded;
      this.startFrom(loaded);
    }
    if (
      !this.childId &&
      this.childTask.status === TaskStatus.ERROR &&
      AdapterError.from(this.childTask.error).type === 'not-found'
    ) {
      // A screen saved in this tab for a child this account does not have (another account signed in).
      this.screens.clear();
      this.screen = { name: this.view };
    }
    const record = this.childTask.value;
    if (
      loaded &&
      record &&
      record !== this.startedFor &&
      'childId' in this.screen &&
      record.id === this.screen.childId
    ) {
      this.startedFor = record;
      this.startScreen(this.screen, record, loaded);
    }
  }

  /** Opens a screen: what was shown of the previous one goes. */
  private enter(screen: Screen, focus = 'heading'): void {
    this.screen = screen;
    this.issues = [];
    this.sent = undefined;
    this.registration = undefined;
    this.welcome = undefined;
    this.submission.clearError();
    this.submission.pending = undefined;
    this.editingFromRecap = false;
    this.restoredFor = undefined;
    this.startedFor = undefined;
    this.nextFocus.request(focus);
    this.screens.save(screen);
  }

  /** Once the child's record is there: the health form or change request starts from it (or from its draft). */
  private startScreen(screen: Screen, record: ChildRecord, loaded: Loaded): void {
    if (screen.name === 'child' && screen.auto) {
      const due = record.healthForm !== 'complete' || this.healthDrafts(record.id).load() !== undefined;
      if (due && !pendingChange(loaded.family, record.id)) {
        this.screen = { name: 'health', childId: record.id };
        this.startScreen(this.screen, record, loaded);
      }
      return;
    }
    if (screen.name === 'health') {
      const draft = this.healthDrafts(record.id).load();
      const country = loaded.commune.country;
      const parent = loaded.family.parent;
      this.healthStep = draft?.step ?? 'care';
      this.submission.pending = draft?.pending;
      this.health =
        draft?.form ??
        (record.health
          ? healthFormToDraft(record.health.form, country)
          : emptyHealthDraft(
              parent
                ? { ...parent, relation: this.t('child.health.contact.parentRelation'), country }
                : undefined,
            ));
      if (this.healthStep === 'recap') {
        // A draft restored on the recap but no longer valid: back to its first problem.
        const result = parseHealthDraft(this.health, this.healthOptions(loaded));
        if (!result.ok) this.showHealthIssues(result.issues);
      }
    } else if (screen.name === 'change') {
      const draft = this.changeDrafts(record.id).load();
      this.step = draft?.step ?? 'child';
      this.submission.pending = draft?.pending;
      this.comment = draft?.comment ?? '';
      this.form = draft
        ? { ...identityToChildForm(record.identity, loaded.commune.country), ...pickChildForm(draft.form) }
        : identityToChildForm(record.identity, loaded.commune.country);
    }
  }

  /**
   * A parent who just registered (or changed their details) with
   * `<parent-register>` on the same page: "Mes enfants" and the registration's
   * "Mes informations" now read what the service knows. A form in progress
   * keeps what was typed (its draft).
   */
  private readonly onParentSubmitted = (event: Event): void => {
    const { kind } = (event as FpSubmittedEvent).detail;
    if (kind !== 'parent-registration' && kind !== 'parent-change') return;
    if (this.screen.name === 'children' || (this.screen.name === 'register' && !this.registration)) {
      void this.loadTask.run();
    }
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener(FpSubmittedEvent.eventName, this.onParentSubmitted);
  }

  override disconnectedCallback(): void {
    document.removeEventListener(FpSubmittedEvent.eventName, this.onParentSubmitted);
    super.disconnectedCallback();
  }

  /** Says `message` in the polite live region, even when it is the same as the last one. */
  private async announce(message: string): Promise<void> {
    this.status = '';
    await this.updateComplete;
    this.status = message;
  }

  /** "Mes enfants", with what the service now knows. */
  private openList(): void {
    this.enter({ name: 'children' });
    void this.loadTask.run();
  }

  /** Back on a page after sending: what the service now knows. */
  private refresh(): void {
    void this.loadTask.run();
    void this.childTask.run();
  }

  /** Restores a draft when there is one, else starts on "Mes informations". */
  private startFrom({ family }: Loaded): void {
    const base = emptyChildForm(family.parent?.lastName ?? '');
    const draft = family.parent ? this.drafts.load() : undefined;
    if (draft) {
      this.step = draft.step;
      this.form = { ...base, ...pickChildForm(draft.form) };
      this.submission.pending = draft.pending;
      return;
    }
    this.step = 'parent';
    this.form = base;
    this.submission.pending = undefined;
  }

  protected override saveDraft(): void {
    const { screen } = this;
    if (screen.name === 'health') {
      this.healthDrafts(screen.childId).save({
        step: this.healthStep,
        form: this.health,
        pending: this.submission.pending,
      });
    } else if (screen.name === 'change') {
      const step = this.step === 'recap' ? 'recap' : 'child';
      this.changeDrafts(screen.childId).save({
        step,
        form: this.form,
        comment: this.comment,
        pending: this.submission.pending,
      });
    } else if (screen.name === 'register') {
      this.drafts.save({ step: this.step, form: this.form, pending: this.submission.pending });
    }
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
    this.nextFocus.request('step-heading');
    this.saveDraft();
  }

  private continueToRecap(loaded: Loaded): void {
    const result = this.parse(loaded);
    this.continueWith(result.ok ? [] : result.issues, () => (this.step = 'recap'));
  }

  private backTo(step: Step, focus?: string): void {
    this.goBack(() => (this.step = step), focus);
  }

  private abandon(loaded: Loaded): void {
    this.drafts.clear();
    this.issues = [];
    this.submission.clearError();
    this.editingFromRecap = false;
    this.restoredFor = loaded;
    this.startFrom(loaded);
    this.status = this.t('child.abandoned');
    this.nextFocus.request('heading');
    this.dispatchEvent(new Event('fp-abandoned', { bubbles: true, composed: true }));
  }

  private async submit(loaded: Loaded): Promise<void> {
    const adapter = this.activeAdapter;
    if (this.submission.busy() || !adapter) return;
    const result = this.parse(loaded);
    if (!result.ok) {
      this.issues = result.issues;
      this.backTo('child');
      this.nextFocus.request('error-summary');
      return;
    }
    const identity = result.value;
    const sent = await this.submission.send(
      (idempotencyKey) => adapter.registerChild(identity, { idempotencyKey }),
      {
        payload: identity,
        fieldIssues: (issues) => {
          this.issues = sortIssues(issues);
          this.step = 'child';
        },
      },
    );
    if (sent) this.succeed(sent.value, identity);
  }

  /**
   * Registered: the child's health form opens, under the confirmation (seed
   * 001), unless the page has its own health form page (`health-form-href`).
   */
  private succeed(registration: ChildRegistration, identity: ChildIdentity): void {
    this.drafts.clear();
    this.registeredName = identity.firstName;
    if (this.healthFormHref) {
      this.registration = registration;
      this.issues = [];
      this.nextFocus.request('confirmation');
    } else {
      this.enter({ name: 'health', childId: registration.childId }, 'confirmation');
      this.welcome = registration;
    }
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
    this.nextFocus.request('heading');
    void this.loadTask.run();
  }

  private setBirthDate(value: DateParts): void {
    this.form = {
      ...this.form,
      'birthDate.day': value.day,
      'birthDate.month': value.month,
      'birthDate.year': value.year,
    };
    this.saveDraft();
  }

  private setComment(value: string): void {
    this.comment = value;
    this.saveDraft();
  }

  /** What the registration's templates render and call back (see `RegisterView`). */
  private get registerView(): RegisterView {
    return {
      i18n: this.i18n,
      t: (key, params) => this.t(key, params),
      headingLevel: this.headingLevel,
      parentHref: this.parentHref,
      healthFormHref: this.healthFormHref,
      screen: this.screen,
      form: this.form,
      comment: this.comment,
      issues: this.issues,
      editingFromRecap: this.editingFromRecap,
      startedFor: this.startedFor,
      registeredName: this.registeredName,
      submission: this.submission,
      subheading: (text) => this.subheading(text),
      stepForm: (summary, onContinue, content) => this.stepForm(summary, onContinue, content),
      issueMessage: (issue, prefix, country) => this.issueMessage(issue, prefix, country),
      statusLabel: this.statusLabel,
      parse: (loaded) => this.parse(loaded),
      setField: (field, value) => this.setField(field, value),
      setBirthDate: (value) => this.setBirthDate(value),
      setSite: (site, schools) => this.setSite(site, schools),
      setComment: (value) => this.setComment(value),
      toChildStep: () => this.toChildStep(),
      continueToRecap: (loaded) => this.continueToRecap(loaded),
      continueChange: (loaded, record) => this.continueChange(loaded, record),
      backTo: (step, focus) => this.backTo(step, focus),
      abandon: (loaded) => this.abandon(loaded),
      abandonChange: (childId) => this.abandonChange(childId),
      submit: (loaded) => this.submit(loaded),
      submitChange: (loaded, childId) => this.submitChange(loaded, childId),
      finish: () => this.finish(),
    };
  }

  // ——— the health form ———

  private healthOptions(loaded: Loaded) {
    return { today: localToday(), country: loaded.commune.country };
  }

  private updateHealth(change: Partial<HealthDraft>): void {
    this.health = { ...this.health, ...change };
    this.saveDraft();
  }

  private continueHealth(loaded: Loaded): void {
    if (this.healthStep === 'recap') return;
    const issues = healthStepIssues(this.health, this.healthStep, this.healthOptions(loaded));
    this.continueWith(issues, () => {
      this.healthStep = this.healthStep === 'care' && !this.editingFromRecap ? 'contacts' : 'recap';
    });
  }

  private healthBackTo(step: HealthStepName, focus?: string): void {
    this.goBack(() => (this.healthStep = step), focus);
  }

  private abandonHealth(childId: string): void {
    this.abandonFor(childId, this.healthDrafts(childId), 'child.health.abandoned');
  }

  /** "Abandonner" on a child's form: its draft gone, back on the child's page, and said so. */
  private abandonFor(childId: string, drafts: DraftStore<unknown>, message: CoreKey | ChildKey): void {
    drafts.clear();
    this.enter({ name: 'child', childId });
    this.status = this.t(message);
    this.dispatchEvent(new Event('fp-abandoned', { bubbles: true, composed: true }));
  }

  /** A child's health form or change request recorded: its draft gone, the answer shown and told to the page. */
  private sentFor(childId: string, drafts: DraftStore<unknown>, receipt: RequestReceipt): void {
    drafts.clear();
    this.sent = receipt;
    this.issues = [];
    this.nextFocus.request('confirmation');
    this.dispatchEvent(FpSubmittedEvent.of(receipt, { childId }));
  }

  private async submitHealth(loaded: Loaded, childId: string): Promise<void> {
    const adapter = this.activeAdapter;
    if (this.submission.busy() || !adapter) return;
    const result = parseHealthDraft(this.health, this.healthOptions(loaded));
    if (!result.ok) {
      this.showHealthIssues(result.issues);
      return;
    }
    const form = result.value;
    const sent = await this.submission.send(
      (idempotencyKey) => adapter.submitHealthForm(childId, form, { idempotencyKey }),
      { payload: form, fieldIssues: (issues) => this.showHealthIssues(issues) },
    );
    if (sent) this.sentFor(childId, this.healthDrafts(childId), sent.value);
  }

  /** Problems found at the end (or by the service): back to the first step that has one. */
  private showHealthIssues(issues: readonly FieldIssue[]): void {
    const sorted = sortHealthIssues(issues);
    const first = sorted[0];
    const step = first ? stepOf(first.field) : 'care';
    this.issues = sorted.filter((issue) => stepOf(issue.field) === step);
    this.healthStep = step;
    this.nextFocus.request('error-summary');
    this.saveDraft();
  }

  // ——— a change request for the child's identity ———

  private continueChange(loaded: Loaded, record: ChildRecord): void {
    const result = this.parse(loaded);
    let issues = result.ok ? [] : result.issues;
    if (result.ok && fingerprint(result.value) === fingerprint(record.identity) && !this.comment.trim())
      issues = [{ field: 'comment', code: 'change.none' }];
    this.continueWith(issues, () => (this.step = 'recap'));
  }

  private abandonChange(childId: string): void {
    this.abandonFor(childId, this.changeDrafts(childId), 'child.change.abandoned');
  }

  private async submitChange(loaded: Loaded, childId: string): Promise<void> {
    const adapter = this.activeAdapter;
    if (this.submission.busy() || !adapter) return;
    const result = this.parse(loaded);
    if (!result.ok) {
      this.issues = result.issues;
      this.backTo('child');
      this.nextFocus.request('error-summary');
      return;
    }
    const comment = this.comment.trim();
    const input = { identity: result.value, ...(comment ? { comment } : {}) };
    const sent = await this.submission.send(
      (idempotencyKey) => adapter.requestChildChange(childId, input, { idempotencyKey }),
      {
        payload: input,
        fieldIssues: (issues) => {
          // The service checks `identity.lastName`; the form knows `lastName`.
          this.issues = sortIssues(
            issues.map((issue) => ({ ...issue, field: issue.field.replace(/^identity\./, '') })),
          );
          this.step = 'child';
        },
      },
    );
    if (sent) this.sentFor(childId, this.changeDrafts(childId), sent.value);
  }

  // ——— messages ———

  // ——— rendering ———

  private pagesView(loaded: Loaded): PagesView {
    return {
      i18n: this.i18n,
      commune: loaded.commune,
      schools: loaded.schools,
      headingLevel: this.headingLevel,
      statusLabel: this.statusLabel,
    };
  }

  private healthView(loaded: Loaded): HealthView {
    return {
      i18n: this.i18n,
      draft: this.health,
      country: loaded.commune.country,
      sectionLevel: Math.min(this.headingLevel + 2, 6),
      errorFor: (field) => errorFor(this.registerView, field, loaded.commune, 'child.health'),
      update: (change) => this.updateHealth(change),
      listChanged: (announcement, focusId) => {
        this.nextFocus.request(`#${focusId}`);
        void this.announce(announcement);
      },
    };
  }

  /** "Retour à mes enfants", when the page was opened from the list. */
  /** The way back from a child's page: to "Mes enfants", or, on a registration page, to another registration. */
  private backToList() {
    if (this.childId) return nothing;
    if (this.view === 'children')
      return html`<p>
        ${button({ label: this.t('child.list.back'), variant: 'link', onClick: () => this.openList() })}
      </p>`;
    if (this.screen.name === 'register') return nothing;
    return html`<p>
      ${button({ label: this.t('child.action.another'), variant: 'link', onClick: () => this.registerAnother() })}
    </p>`;
  }

  /** "Enregistrer un autre enfant": the registration again, with what the service now knows. */
  private registerAnother(): void {
    this.enter({ name: 'register' });
    this.finish();
  }

  private renderHealth(loaded: Loaded, record: ChildRecord) {
    const name = record.identity.firstName;
    const titles = [
      this.t('child.health.step.care', { name }),
      this.t('child.health.step.contacts'),
      this.t('child.step.check'),
    ];
    const view = this.healthView(loaded);
    const step = this.healthStep;
    const abandon = button({
      label: this.t('child.action.abandon'),
      variant: 'link',
      onClick: () => this.abandonHealth(record.id),
    });
    if (step === 'recap') {
      const result = parseHealthDraft(this.health, this.healthOptions(loaded));
      if (result.ok) {
        const submit = () => void this.submitHealth(loaded, record.id);
        return html`
          ${stepHeading(this.registerView, 3, titles)}
          <p>${this.t(record.health ? 'child.health.recapIntroKnown' : 'child.recap.intro')}</p>
          ${recap({
            i18n: this.i18n,
            rows: healthRecapRows(view, result.value),
            onChange: (target: string) => this.healthBackTo(stepOf(target.replace(/^health-/, '')), target),
          })}
          ${this.submission.renderError(this.i18n, submit)}
          <div class="actions" part="actions">
            ${button({
              label: this.t('child.action.submit'),
              variant: 'primary',
              busy: this.submission.busy(),
              busyLabel: this.t('ui.sending'),
              onClick: submit,
            })}
            ${button({
              label: this.t('child.action.back'),
              variant: 'secondary',
              onClick: () => this.healthBackTo('contacts'),
            })}
            ${abandon}
          </div>
        `;
      }
    }
    // Only a recap no longer valid gets here on 'recap' (see startScreen): the form, at its first step.
    const shownStep = step === 'recap' ? 'care' : step;
    const summary = this.issues.map((issue) => ({
      fieldId: healthIssueTarget(issue.field, issue.code),
      message: this.healthSummaryMessage(issue, loaded.commune),
    }));
    const intro = record.health
      ? this.t(
          record.healthForm === 'to-update' ? 'child.health.intro.to-update' : 'child.health.intro.complete',
          {
            name,
            date: this.i18n.date(record.health.confirmedAt),
          },
        )
      : this.t('child.health.intro.missing', { name });
    return html`
      ${stepHeading(this.registerView, shownStep === 'care' ? 1 : 2, titles)}
      ${shownStep === 'care' ? html`<p class=${record.healthForm === 'to-update' ? 'callout' : ''}>${intro}</p>` : nothing}
      ${this.stepForm(
        summary,
        () => this.continueHealth(loaded),
        html`
          ${shownStep === 'care' ? renderCareStep(view) : renderContactsStep(view)}
          <div class="actions" part="actions">
            ${button({
              label: this.t(this.editingFromRecap ? 'child.action.backToRecap' : 'child.action.continue'),
              variant: 'primary',
              type: 'submit',
            })}
            ${
              shownStep === 'contacts'
                ? button({
                    label: this.t('child.action.back'),
                    variant: 'secondary',
                    onClick: () => this.healthBackTo('care'),
                  })
                : nothing
            }
            ${abandon}
          </div>
        `,
      )}
    `;
  }

  /** In the error summary, a list entry's problem says which entry ("Personne 2 : …"). */
  private healthSummaryMessage(issue: FieldIssue, commune: CommuneSettings): string {
    const message = errorFor(this.registerView, issue.field, commune, 'child.health') ?? '';
    const entry = /^(allergies|contacts)\.(\d+)\./.exec(issue.field);
    if (!entry) return message;
    const key = entry[1] === 'allergies' ? 'child.health.allergy.legend' : 'child.health.contact.legend';
    return this.t('child.health.summaryEntry', { entry: this.t(key, { n: Number(entry[2]) + 1 }), message });
  }

  /** After the health form or a change request was sent: what the service did, and what next. */
  private renderSent(receipt: RequestReceipt, loaded: Loaded, record: ChildRecord) {
    const name = record.identity.firstName;
    const change = receipt.kind === 'child-change';
    const confirmed = receipt.history.some((entry) => entry.status === 'health-form-confirmed');
    const title = change
      ? this.screen.name === 'health'
        ? 'child.health.done.changeTitle'
        : 'child.change.done.title'
      : confirmed
        ? 'child.health.done.confirmed'
        : 'child.health.done.recorded';
    const until = healthFormValidUntil(
      receipt.submittedAt,
      loaded.commune.healthFormValidityMonths,
    ).toISOString();
    return html`
      <div tabindex="-1" data-focus="confirmation">
        ${confirmationPanel({
          i18n: this.i18n,
          title: this.t(title, { name }),
          requestNumber: receipt.number,
          trackingCode: receipt.trackingCode,
          savedAt: receipt.submittedAt,
        })}
      </div>
      ${this.subheading(this.t('ui.whatNext'))}
      <p>
        ${
          change
            ? localMessage(
                this.i18n,
                this.t('child.change.done.next', { name, service: textSlot }),
                loaded.commune.serviceName,
              )
            : this.t('child.health.done.valid', { name, date: this.i18n.date(until) })
        }
      </p>
      ${statusTimeline({ i18n: this.i18n, entries: receipt.history, labelFor: this.statusLabel })}
      <div class="actions" part="actions">
        ${button({
          label: this.t('child.list.open', { name }),
          variant: 'primary',
          onClick: () => {
            this.enter({ name: 'child', childId: record.id });
            this.refresh();
          },
        })}
        ${
          this.view === 'children' && !this.childId
            ? button({
                label: this.t('child.list.back'),
                variant: 'secondary',
                onClick: () => this.openList(),
              })
            : nothing
        }
        ${
          this.view === 'register' && !this.childId
            ? button({
                label: this.t('child.action.another'),
                variant: 'secondary',
                onClick: () => this.registerAnother(),
              })
            : nothing
        }
      </div>
    `;
  }

  private renderChildScreen(loaded: Loaded, record: ChildRecord) {
    const { screen } = this;
    const name = record.identity.firstName;
    if (screen.name === 'health' || screen.name === 'change') {
      const title =
        screen.name === 'health'
          ? this.t('child.health.title', { name })
          : this.t('child.change.title', { name });
      const pending = pendingChange(loaded.family, record.id);
      let body: unknown;
      if (this.sent) body = this.renderSent(this.sent, loaded, record);
      else if (pending) {
        // One change request at a time (opened from a saved screen or a link while one is handled).
        body = html`<p class="callout" role="note" part="pending">
            ${this.t('child.page.pending', { name, number: pending.number })}
          </p>
          <div class="actions" part="actions">
            ${button({
              label: this.t('child.list.open', { name }),
              variant: 'primary',
              onClick: () => this.enter({ name: 'child', childId: record.id }),
            })}
          </div>`;
      } else if (screen.name === 'health') body = this.renderHealth(loaded, record);
      else
        body =
          this.step === 'recap'
            ? renderRecap(this.registerView, loaded)
            : renderChildStep(this.registerView, loaded);
      const welcome =
        this.welcome?.childId === record.id && !this.sent && this.healthStep === 'care'
          ? html`<div class="welcome">
              ${renderConfirmation(this.registerView, this.welcome, loaded, true)}
            </div>`
          : nothing;
      return html`${this.heading(title)} ${welcome} ${body}`;
    }
    return html`
      ${this.heading(`${record.identity.firstName} ${record.identity.lastName}`)} ${this.backToList()}
      ${renderChildPage(this.pagesView(loaded), record, loaded.family, {
        fillHealth: () => this.enter({ name: 'health', childId: record.id }, 'step-heading'),
        requestChange: () => this.enter({ name: 'change', childId: record.id }, 'step-heading'),
      })}
    `;
  }

  private renderChildTask(loaded: Loaded) {
    return this.childTask.render({
      initial: () => skeleton({ lines: 8, label: this.t('ui.loading') }),
      pending: () => skeleton({ lines: 8, label: this.t('ui.loading') }),
      complete: (record) => this.renderChildScreen(loaded, record),
      error: (error) => {
        const adapterError = AdapterError.from(error);
        return html`${this.heading(this.t('child.list.title'))} ${this.backToList()}
        ${
          adapterError.type === 'not-found'
            ? html`<p class="callout callout--error" role="alert">${this.t('child.error.notFound')}</p>`
            : errorPanel({ i18n: this.i18n, error: adapterError, onRetry: () => void this.childTask.run() })
        }`;
      },
    });
  }

  private renderLoaded(loaded: Loaded) {
    const parent = loaded.family.parent;
    if (this.screen.name === 'children') {
      return html`${this.heading(this.t('child.list.title'))}
      ${
        parent
          ? renderChildList(this.pagesView(loaded), loaded.family, {
              open: (childId) => this.enter({ name: 'child', childId }),
              fillHealth: (childId) => this.enter({ name: 'health', childId }, 'step-heading'),
              register: () => this.enter({ name: 'register' }, 'step-heading'),
            })
          : renderNotRegistered(this.registerView, loaded)
      }`;
    }
    if (this.screen.name !== 'register') return this.renderChildTask(loaded);
    let body: unknown;
    if (this.registration) body = renderConfirmation(this.registerView, this.registration, loaded);
    else if (!parent) body = renderNotRegistered(this.registerView, loaded);
    else if (this.step === 'parent') body = renderParentStep(this.registerView, loaded, parent);
    else if (this.step === 'child') body = renderChildStep(this.registerView, loaded);
    else body = renderRecap(this.registerView, loaded);
    const notice = parent && !this.registration ? renderNotice(this.registerView, loaded.commune) : nothing;
    return html`${this.heading(this.t('child.title'))} ${this.backToList()} ${notice} ${body}`;
  }

  override render() {
    const content = this.loadView(this.loadTask, (loaded) => this.renderLoaded(loaded));
    return this.withStatus(content);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'child-register': ChildRegister;
  }
}
