import { Task, TaskStatus, initialState } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import * as z from 'zod/mini';
import { AdapterError, type FamilyPortalAdapter } from '../../adapter/index.js';
import {
  formatKidEidNumber,
  formatNationalNumber,
  formatPhone,
  healthFormValidUntil,
  type ChildIdentity,
  type ChildRegistration,
  type CommuneSettings,
  type FamilySnapshot,
  type FieldIssue,
  type ChildRecord,
  type ParentRecord,
  type RequestReceipt,
  type SchoolSite,
} from '../../domain/index.js';
import { FpFormElement } from '../../shared/form-element.js';
import { DraftStore, fingerprint } from '../../shared/draft.js';
import { FpSubmittedEvent } from '../../shared/events.js';
import type { MessageKey } from '../../shared/i18n/localize.js';
import { baseStyles } from '../../shared/styles.js';
import {
  button,
  checkbox,
  confirmationPanel,
  detailsList,
  errorMessage,
  dateInput,
  errorPanel,
  radioGroup,
  recap,
  selectField,
  skeleton,
  statusTimeline,
  stepper,
  textField,
  type DateParts,
  type RecapRow,
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

/** `parent`: "Mes informations"; `child`: "Nouvel enfant à enregistrer"; `recap`: "Vérifiez vos réponses". */
type Step = 'parent' | 'child' | 'recap';

/**
 * What the element shows: the registration steps, "Mes enfants", a child's
 * page, a child's health form, or a change request for a child's identity.
 * `auto`: opened by `child-id`; the health form opens at once when it is due.
 */
type Screen =
  | { name: 'register' }
  | { name: 'children' }
  | { name: 'child' | 'health' | 'change'; childId: string; auto?: boolean };

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
export class ChildRegister extends FpFormElement {
  static override styles = [baseStyles, childRegisterStyles];

  /** @internal */
  static override messageSets = ['child'] as const;

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
  private abandonFor(childId: string, drafts: DraftStore<unknown>, message: MessageKey): void {
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

  private label(field: string): string {
    return this.t(`child.field.${field}` as MessageKey);
  }

  /** The message for the first problem with `field`; a list entry's field reads as its list's (`contacts.phone`). */
  private errorFor(field: string, commune: CommuneSettings, prefix = 'child'): string | undefined {
    const issue = this.issues.find((candidate) => candidate.field === field);
    if (!issue) return undefined;
    return this.issueMessage(
      { ...issue, field: field.replace(/\.\d+(?=\.|$)/g, '') },
      prefix,
      commune.country,
    );
  }

  // ——— rendering ———

  /** "Étape n sur m" with the step's title and the next one's; `titles` are the flow's steps. */
  private stepHeading(current: number, titles: readonly string[] = this.registrationTitles()) {
    return stepper({
      i18n: this.i18n,
      current,
      total: titles.length,
      title: titles[current - 1] ?? '',
      ...(current < titles.length ? { nextTitle: titles[current] ?? '' } : {}),
      headingLevel: this.headingLevel + 1,
      focusName: 'step-heading',
    });
  }

  private registrationTitles(): string[] {
    if (this.screen.name === 'change') {
      const name = this.startedFor?.identity.firstName ?? '';
      return [this.t('child.change.step', { name }), this.t('child.step.check')];
    }
    return [this.t('child.step.parent'), this.t('child.step.child'), this.t('child.step.check')];
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
      ${detailsList(this.parentRows(parent, loaded.commune))}
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
    return radioGroup({
      i18n: this.i18n,
      id: inputId(field),
      name: field,
      legend: this.label(field),
      choices: choices.map((value) => ({ value, label: this.t(`child.${field}.${value}` as MessageKey) })),
      value: this.form[field],
      required: true,
      error: this.errorFor(field, commune),
      onChange: (value) => this.setField(field, value),
    });
  }

  private renderSelect(
    field: 'schoolSiteId' | 'schoolGradeId',
    options: readonly { id: string; label: string }[],
    commune: CommuneSettings,
    onChange: (value: string) => void,
    disabled = false,
  ) {
    return selectField({
      i18n: this.i18n,
      id: inputId(field),
      name: field,
      label: this.label(field),
      placeholder: this.t('child.choose'),
      options: options.map((option) => ({ value: option.id, label: option.label })),
      value: this.form[field],
      hint: disabled ? this.t('child.hint.schoolGradeId') : undefined,
      error: this.errorFor(field, commune),
      disabled,
      onChange,
    });
  }

  private renderGuardian(commune: CommuneSettings) {
    const checked = this.form.hasOtherGuardian === 'yes';
    const error = this.errorFor('otherGuardian', commune);
    return html`
      <div class="field ${error ? 'field--error' : ''}" part="field">
        ${errorMessage(this.i18n, 'child-hasOtherGuardian-error', error)}
        ${checkbox({
          id: 'child-hasOtherGuardian',
          name: 'hasOtherGuardian',
          label: this.t('child.field.hasOtherGuardian'),
          checked,
          describedBy: error ? 'child-hasOtherGuardian-error' : undefined,
          onChange: (ticked) => this.setField('hasOtherGuardian', ticked ? 'yes' : ''),
        })}
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
                hint: this.t(commune.country === 'BE' ? 'ui.phoneHint.BE' : 'ui.phoneHint.FR'),
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
    const changing = this.screen.name === 'change' ? this.screen.childId : undefined;
    return html`
      ${this.stepHeading(changing ? 1 : 2)}
      ${changing ? html`<p>${this.t('child.change.intro')}</p>` : nothing}
      ${this.stepForm(
        summary,
        () =>
          changing && this.startedFor
            ? this.continueChange(loaded, this.startedFor)
            : this.continueToRecap(loaded),
        html`
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
          ${
            changing
              ? textField({
                  i18n: this.i18n,
                  id: inputId('comment'),
                  name: 'comment',
                  label: this.label('comment'),
                  hint: this.t('child.hint.comment'),
                  optional: true,
                  rows: 3,
                  maxLength: 1000,
                  value: this.comment,
                  error: this.errorFor('comment', commune),
                  onInput: (value: string) => {
                    this.comment = value;
                    this.saveDraft();
                  },
                })
              : nothing
          }
          <div class="actions" part="actions">
            ${button({
              label: this.t(this.editingFromRecap ? 'child.action.backToRecap' : 'child.action.continue'),
              variant: 'primary',
              type: 'submit',
            })}
            ${
              changing
                ? nothing
                : button({
                    label: this.t('child.action.back'),
                    variant: 'secondary',
                    onClick: () => this.backTo('parent'),
                  })
            }
            ${button({
              label: this.t('child.action.abandon'),
              variant: 'link',
              onClick: () => (changing ? this.abandonChange(changing) : this.abandon(loaded)),
            })}
          </div>
        `,
      )}
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
    const changing = this.screen.name === 'change' ? this.screen.childId : undefined;
    const comment = this.comment.trim();
    const rows = this.recapRows(result.value, loaded);
    if (changing) {
      rows.push({
        key: 'comment',
        label: this.label('comment'),
        value: comment,
        changeTarget: inputId('comment'),
      });
    }
    const submit = () => void (changing ? this.submitChange(loaded, changing) : this.submit(loaded));
    return html`
      ${this.stepHeading(changing ? 2 : 3)}
      <p>${this.t(changing ? 'child.change.recapIntro' : 'child.recap.intro')}</p>
      ${recap({
        i18n: this.i18n,
        rows,
        onChange: (target: string) => this.backTo('child', target),
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
        ${button({ label: this.t('child.action.back'), variant: 'secondary', onClick: () => this.backTo('child') })}
        ${button({
          label: this.t('child.action.abandon'),
          variant: 'link',
          onClick: () => (changing ? this.abandonChange(changing) : this.abandon(loaded)),
        })}
      </div>
    `;
  }

  /** The registration's confirmation; `aboveForm`: shown above the health form it opened, without its own actions. */
  private renderConfirmation(registration: ChildRegistration, loaded: Loaded, aboveForm = false) {
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
      ${this.subheading(this.t('ui.whatNext'))}
      <p>${this.t('child.done.next', { name })}</p>
      ${healthHref ? html`<p><a href=${healthHref}>${this.t('child.done.healthForm', { name })}</a></p>` : nothing}
      ${statusTimeline({ i18n: this.i18n, entries: receipt.history, labelFor: this.statusLabel })}
      ${
        aboveForm
          ? nothing
          : html`<div class="actions" part="actions">
              ${button({ label: this.t('child.action.another'), variant: 'secondary', onClick: () => this.finish() })}
            </div>`
      }
    `;
  }

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
      errorFor: (field) => this.errorFor(field, loaded.commune, 'child.health'),
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
          ${this.stepHeading(3, titles)}
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
      ${this.stepHeading(shownStep === 'care' ? 1 : 2, titles)}
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
    const message = this.errorFor(issue.field, commune, 'child.health') ?? '';
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
            ? this.t('child.change.done.next', { name, service: loaded.commune.serviceName })
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
      else body = this.step === 'recap' ? this.renderRecap(loaded) : this.renderChildStep(loaded);
      const welcome =
        this.welcome?.childId === record.id && !this.sent && this.healthStep === 'care'
          ? html`<div class="welcome">${this.renderConfirmation(this.welcome, loaded, true)}</div>`
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
          : this.renderNotRegistered(loaded)
      }`;
    }
    if (this.screen.name !== 'register') return this.renderChildTask(loaded);
    let body: unknown;
    if (this.registration) body = this.renderConfirmation(this.registration, loaded);
    else if (!parent) body = this.renderNotRegistered(loaded);
    else if (this.step === 'parent') body = this.renderParentStep(loaded, parent);
    else if (this.step === 'child') body = this.renderChildStep(loaded);
    else body = this.renderRecap(loaded);
    const notice = parent && !this.registration ? this.renderNotice(loaded.commune) : nothing;
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
