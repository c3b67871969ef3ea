import { Task, initialState } from '@lit/task';
import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FamilyPortalAdapter } from '../../adapter/index.js';
import {
  isResident,
  communeDay,
  type Camp,
  type CampEnrolment,
  type ChildSummary,
  type ClosingPreview,
  type EnrolmentDraft,
  type EnrolmentDraftInput,
  type FieldIssue,
} from '../../domain/index.js';
import { DraftStore, fingerprint, type PendingAction } from '../../shared/draft.js';
import { ActionController } from '../../shared/controllers/index.js';
import { FpCartChangedEvent, FpSubmittedEvent } from '../../shared/events.js';
import { FpFormElement } from '../../shared/form-element.js';
import { hasPaymentAnswer } from '../../shared/payment-return.js';
import { baseStyles } from '../../shared/styles.js';
import '../camp-week-picker/define.js';
import '../family-cart/define.js';
import { breakdownStyles } from '../../shared/ui/breakdown.js';
import { childEnrolStyles } from './child-enrol.styles.js';
import {
  blockFor,
  campsShown,
  sessionSchema,
  steps,
  type Outcome,
  type Step,
  type Wizard,
} from './enrol-model.js';
import { reasonMax, type EnrolView, type Loaded, type Screen, type UnsubscribeScreen } from './enrol-view.js';
import { renderHome } from './home-view.js';
import { renderClosing, renderCartScreen, renderOutcome, renderUnsubscribe } from './outcome-view.js';
import { renderSteps } from './steps-view.js';
import { enrolMessages, type EnrolKey } from './messages/index.js';

/**
 * "Inscrire mon enfant à une plaine": a parent enrols their children in the
 * commune's camps ("plaines", "stages"), closes their requests and pays, as
 * on the portals they know (seeds 000 and 001).
 *
 * - The camps with their registration period: "Les inscriptions ouvriront le…"
 *   before it opens; the enrolment starts only while it is open, and only for
 *   a child whose identity and health form are complete (otherwise it says
 *   what is missing, with a link to complete it).
 * - A tracking code from the first step; the steps "Coordonnées", "Qui faut-il
 *   inscrire ?", "Semaines de plaine" (a `<camp-week-picker>`: a week at a
 *   time, its theme ticks every open day with its activities, places left and
 *   prices shown) and "Valider" (the recap by ISO week: "S27", "S28"). An
 *   unfinished enrolment is kept by the service under its tracking code and
 *   listed under "Brouillons en cours", resumable from another device.
 * - "Valider" reserves the places at once. The answer is per week: accepted,
 *   or full, with a red message naming the camp and the week and a one-click
 *   waiting list that gives the position. Then the status history, "Inscrire
 *   aussi … aux mêmes jours" for a sibling in one go, "Inscrire un autre
 *   enfant", or "Clôturer mes demandes".
 * - "Clôturer mes demandes" closes every open request of every child, shows
 *   the price with its degressive breakdown (2nd child, 3rd and more) before
 *   confirming, then puts one article in the cart (`<family-cart>`: pay,
 *   or remove it and free the places).
 * - "Mes inscriptions": each request, where each week stands (reserved,
 *   waiting list, paid…), its history, and for a paid week still to come a
 *   request to unsubscribe with its reason (seed 001).
 *
 * Back from the payment provider (the page's address carries its answer), the
 * element opens the cart, which completes the payment.
 *
 * @summary Camp enrolment: weeks, waiting list, closing, cart and payment.
 *
 * @fires {FpSubmittedEvent} fp-submitted - An enrolment was validated (`kind: 'camp-enrolment'`), or an unsubscribe request sent (`kind: 'camp-unsubscribe'`). `detail`: `{ kind, requestId, requestNumber, trackingCode, childId }`.
 * @fires {FpErrorEvent} fp-error - The backend failed while loading or sending. `detail`: `{ type, code, message, retryable, requestId, operation }`.
 * @fires {Event} fp-abandoned - The parent abandoned an enrolment; its draft was deleted.
 * @fires {FpCheckoutEvent} fp-checkout - From the cart: "Payer" (cancelable: see `<family-cart>`).
 * @fires {FpPaidEvent} fp-paid - From the cart: back from the provider, the payment is recorded.
 * @fires {FpCartChangedEvent} fp-cart-changed - From the cart: its articles changed (closing, payment, removal, deadline), for a "Panier (77 €)" badge.
 *
 * @csspart heading - The element's main heading.
 * @csspart notice - The commune's notice.
 * @csspart camps - The list of camps.
 * @csspart camp - Each camp, with its registration period.
 * @csspart blocked - The children who cannot be enrolled yet, and why.
 * @csspart drafts - "Brouillons en cours".
 * @csspart enrolments - "Mes inscriptions".
 * @csspart enrolment - Each enrolment request.
 * @csspart tracking-code - The tracking code shown during the steps.
 * @csspart stepper - "Étape n sur m" with the step title.
 * @csspart details - The parent's details.
 * @csspart form - Each step's form.
 * @csspart field - Each field group.
 * @csspart label - Each field label.
 * @csspart hint - Each field hint.
 * @csspart error - Each inline error message.
 * @csspart input - Each text input.
 * @csspart choice - Each radio button with its label.
 * @csspart error-summary - The list of problems shown after "Suivant".
 * @csspart picker - The week picker of the "Semaines de plaine" step.
 * @csspart recap - The summary before "Valider".
 * @csspart change - Each "Modifier" button of the recap.
 * @csspart confirmation - The panel with the request number.
 * @csspart week-outcome - The answer for each week (accepted, full, waiting list).
 * @csspart full - The red message of a full week.
 * @csspart timeline - A request's status history.
 * @csspart breakdown - The price of the closing, child by child.
 * @csspart cart - The `<family-cart>` shown after closing.
 * @csspart actions - Each row of buttons.
 * @csspart button - Every button; also `button-primary`, `button-secondary` or `button-link` by its role.
 * @csspart error-panel - A backend error, with "Réessayer" when it may help.
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssprop --fp-color-primary - Main colour (buttons, links, focus accents).
 * @cssprop --fp-color-text - Text colour.
 * @cssprop --fp-color-muted - Secondary text colour (hints, dates).
 * @cssprop --fp-color-border - Borders of inputs and panels.
 * @cssprop --fp-color-error - Error messages, full weeks.
 * @cssprop --fp-color-success - Confirmation panel accent, reserved weeks.
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
export class ChildEnrol extends FpFormElement<EnrolKey> {
  static override styles = [baseStyles, breakdownStyles, childEnrolStyles];

  /** @internal The week picker's and the cart's messages come with the element's. */
  static override messages = enrolMessages;

  /** Only this camp (its id); by default every camp whose registration is open or not yet open. */
  @property({ attribute: 'camp-id' }) campId: string | undefined;

  /** The child chosen first on "Qui faut-il inscrire ?" (their id). */
  @property({ attribute: 'child-id' }) childId: string | undefined;

  /** Where "Modifier mes coordonnées" (and, for a parent not yet registered, "M'enregistrer") leads. Without it the link is not shown. */
  @property({ attribute: 'parent-href' }) parentHref: string | undefined;

  /**
   * Where a child's missing identity or health form is completed: `{childId}`
   * is replaced by the child's id (`/mes-enfants?enfant={childId}`). Without
   * it, what is missing is said without a link.
   */
  @property({ attribute: 'child-href' }) childHref: string | undefined;

  /** Key under which the enrolment in progress is kept in sessionStorage; set it when two of these elements share a page. */
  @property({ attribute: 'draft-key' }) draftKey = 'child-enrol';

  /** @internal The clock (registration periods, weeks still open); tests and stories set it. */
  @property({ attribute: false }) now: () => Date = () => new Date();

  @state() private screen: Screen = { name: 'home' };
  @state() private wizard: Wizard | undefined;
  @state() private outcomes: Outcome[] = [];
  @state() private reason = '';

  private reloads = 0;
  /** The cart was shown on the camps' page: it stays there. */
  private cartShown = false;
  /** The days of the request just validated, for "Inscrire aussi … aux mêmes jours". */
  private keepLast: Wizard | undefined;
  /** Secondary actions side by side (waiting lists, sibling, drafts), each with its key, busy state and error. */
  private readonly actions = new ActionController(this, { focus: this.nextFocus });
  /** The draft's creation, replayed as it was (its key in `drafts`) until the service answers. */
  private draftCreation: EnrolmentDraftInput | undefined;
  /** The draft kept with the service: its creation (the tracking code) and its saves, in the background. */
  private readonly drafts = new ActionController(this, { focus: this.nextFocus, operation: 'save-draft' });
  /** The saves of the draft, one after the other. */
  private draftQueue: Promise<void> = Promise.resolve();

  private readonly loadTask = new Task<readonly [FamilyPortalAdapter | undefined, number], Loaded>(this, {
    task: async ([adapter], { signal }) => {
      if (!adapter) return initialState;
      try {
        const [commune, family, camps, drafts, enrolments] = await Promise.all([
          this.readCommune(adapter, signal),
          adapter.getFamily({ signal }),
          adapter.getCamps({ signal }),
          adapter.getEnrolmentDrafts({ signal }),
          adapter.getCampEnrolments({ signal }),
          this.i18n.ready,
        ]);
        return { commune, family, camps, drafts, enrolments };
      } catch (error) {
        return this.loadFailed(error);
      }
    },
    args: () => [this.activeAdapter, this.reloads] as const,
  });

  private readonly previewTask = new Task<
    readonly [FamilyPortalAdapter | undefined, boolean],
    ClosingPreview
  >(this, {
    task: async ([adapter, shown], { signal }) => {
      if (!adapter || !shown) return initialState;
      try {
        return await adapter.previewClosing({ signal });
      } catch (error) {
        return this.loadFailed(error);
      }
    },
    args: () => [this.activeAdapter, this.screen.name === 'closing'] as const,
  });

  private get session(): DraftStore<{ wizard: Wizard; pending?: PendingAction | undefined }> {
    return new DraftStore(`fp-draft:${this.draftKey}`, sessionSchema);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back from the payment provider: the cart completes the payment.
    if (hasPaymentAnswer()) {
      this.screen = { name: 'cart' };
      return;
    }
    const saved = this.session.load();
    if (saved) {
      this.wizard = { ...saved.wizard, days: this.daysToCome(saved.wizard.days) };
      this.submission.pending = saved.pending;
      this.screen = { name: 'steps' };
    }
  }

  protected override saveDraft(): void {
    if (this.wizard) this.session.save({ wizard: this.wizard, pending: this.submission.pending });
  }

  private reload(): void {
    this.reloads += 1;
    this.requestUpdate();
  }

  private show(screen: Screen, focus = 'heading'): void {
    this.screen = screen;
    this.issues = [];
    this.submission.clearError();
    this.actions.clearError();
    this.nextFocus.request(focus);
  }

  private home(announce = ''): void {
    this.wizard = undefined;
    this.submission.pending = undefined;
    this.outcomes = [];
    this.session.clear();
    this.status = announce;
    this.show({ name: 'home' });
    this.reload();
  }

  // ——— the steps ———

  /** "Commencer l'inscription" or "Inscrire un autre enfant": a new request, its tracking code at once. */
  private start(camp: Camp, childId?: string): void {
    this.wizard = {
      step: 'parent',
      campId: camp.id,
      ...(childId ? { childId } : {}),
      days: [],
      waitingWeekIds: [],
    };
    this.submission.pending = undefined;
    this.draftCreation = undefined;
    this.outcomes = [];
    this.show({ name: 'steps' }, 'step-heading');
    this.saveDraft();
    void this.saveServiceDraft();
  }

  /** "Reprendre": a draft kept by the service, from this device or another. */
  private resume(draft: EnrolmentDraft, loaded: Loaded): void {
    const camp =
      loaded.camps.find((candidate) => candidate.id === draft.campId) ??
      campsShown(loaded.camps, this.now())[0];
    if (!camp) return;
    this.wizard = {
      trackingCode: draft.trackingCode,
      // A draft saved before its child was chosen goes on from the choice of the child.
      step: draft.childId || draft.step === 'parent' ? draft.step : 'child',
      campId: camp.id,
      ...(draft.childId ? { childId: draft.childId } : {}),
      days: this.daysToCome(draft.days),
      waitingWeekIds: [],
    };
    this.submission.pending = undefined;
    this.outcomes = [];
    this.show({ name: 'steps' }, 'step-heading');
    this.saveDraft();
    void this.restoreWaitingLists(camp);
  }

  /** Days gone by can no longer be booked (a draft resumed late, a tab left open overnight). */
  private daysToCome(days: readonly Wizard['days'][number][]): Wizard['days'] {
    const today = communeDay(this.now());
    return days.filter((day) => day.date > today).map((day) => ({ ...day }));
  }

  /**
   * A resumed draft keeps its days, not the waiting lists asked for: a full
   * day among them means its week's waiting list, as the week picker chose it.
   */
  private async restoreWaitingLists(camp: Camp): Promise<void> {
    const adapter = this.activeAdapter;
    const wizard = this.wizard;
    if (!adapter || !wizard?.childId || wizard.days.length === 0) return;
    try {
      const availability = await adapter.getCampAvailability(camp.id, wizard.childId);
      const full = new Set(availability.days.filter((day) => day.left === 0).map((day) => day.date));
      const chosen = new Set(wizard.days.map((day) => day.date));
      const waitingWeekIds = camp.weeks
        .filter((week) => week.days.some((day) => full.has(day.date) && chosen.has(day.date)))
        .map((week) => week.id);
      if (this.wizard !== wizard || waitingWeekIds.length === 0) return;
      this.wizard = { ...wizard, waitingWeekIds };
      this.saveDraft();
    } catch {
      // The week picker reads the places itself and shows the waiting-list choice.
    }
  }

  /** What the service keeps of the enrolment in progress. */
  private draftInput(wizard: Wizard): EnrolmentDraftInput {
    return {
      ...(wizard.trackingCode ? { trackingCode: wizard.trackingCode } : {}),
      step: wizard.step,
      campId: wizard.campId,
      ...(wizard.childId ? { childId: wizard.childId } : {}),
      days: wizard.days,
    };
  }

  /**
   * Keeps the enrolment in progress with the service (a new tracking code the
   * first time), one save after the other. A failure loses nothing: the page
   * keeps it, the next step tries again.
   */
  private saveServiceDraft(): Promise<void> {
    this.draftQueue = this.draftQueue.then(() => this.saveServiceDraftNow());
    return this.draftQueue;
  }

  private async saveServiceDraftNow(): Promise<void> {
    const adapter = this.activeAdapter;
    if (!adapter || !this.wizard) return;
    if (!this.wizard.trackingCode) {
      // Created once: a retry replays the same creation, never a second tracking code.
      const input = (this.draftCreation ??= this.draftInput(this.wizard));
      const created = await this.drafts.send(
        (idempotencyKey: string) => adapter.saveEnrolmentDraft(input, { idempotencyKey }),
        { slot: 'create', payload: input, quiet: true },
      );
      if (!created) return;
      this.draftCreation = undefined;
      // Validated or abandoned meanwhile: nothing more to keep.
      if (!this.wizard) return;
      const trackingCode = created.value.trackingCode;
      this.wizard = { ...this.wizard, trackingCode };
      this.saveDraft();
      if (fingerprint({ ...input, trackingCode }) === fingerprint(this.draftInput(this.wizard))) return;
    }
    const input = this.draftInput(this.wizard);
    await this.drafts.send(
      (idempotencyKey: string) => adapter.saveEnrolmentDraft(input, { idempotencyKey }),
      {
        slot: 'save',
        payload: input,
        quiet: true,
      },
    );
  }

  /** The tracking code is being asked for. */
  private get draftSaving(): boolean {
    return this.drafts.busy('create');
  }

  /** The last save of the draft failed: the page keeps it, the next step tries again. */
  private get draftFailed(): boolean {
    return this.drafts.error('create') !== undefined || this.drafts.error('save') !== undefined;
  }

  private draftTimer: ReturnType<typeof setTimeout> | undefined;

  /** The days chosen reach the service's draft a moment after the last change, not at each tick. */
  private saveServiceDraftSoon(): void {
    clearTimeout(this.draftTimer);
    this.draftTimer = setTimeout(() => void this.saveServiceDraft(), 800);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.draftTimer);
  }

  private toStep(step: Step): void {
    clearTimeout(this.draftTimer);
    if (!this.wizard) return;
    this.wizard = { ...this.wizard, step };
    void this.saveServiceDraft();
  }

  private next(loaded: Loaded): void {
    const wizard = this.wizard;
    if (!wizard) return;
    const step = wizard.step;
    const issues: FieldIssue[] = [];
    if (step === 'child' && !this.eligible(loaded).some((child) => child.id === wizard.childId))
      issues.push({ field: 'childId', code: 'required' });
    if (step === 'weeks' && wizard.days.length === 0) issues.push({ field: 'days', code: 'camp.no-day' });
    const following = steps[steps.indexOf(step) + 1];
    this.continueWith(issues, () => following && this.toStep(following));
  }

  private previous(): void {
    const wizard = this.wizard;
    const before = wizard && steps[steps.indexOf(wizard.step) - 1];
    if (before) this.goBack(() => this.toStep(before));
  }

  private async abandon(): Promise<void> {
    const adapter = this.activeAdapter;
    const code = this.wizard?.trackingCode;
    if (adapter && code) {
      const done = await this.act(`delete:${code}`, (key) =>
        adapter.deleteEnrolmentDraft(code, { idempotencyKey: key }),
      );
      if (!done) return;
    }
    this.dispatchEvent(new Event('fp-abandoned', { bubbles: true, composed: true }));
    this.home(this.t('enrol.abandoned'));
  }

  /** "Valider": the places are reserved at once; full weeks the parent asked to wait for join their list. */
  private async validate(loaded: Loaded): Promise<void> {
    // A draft save still under way would bring the draft back after the service closed it.
    clearTimeout(this.draftTimer);
    await this.draftQueue;
    const adapter = this.activeAdapter;
    const wizard = this.wizard;
    const child = loaded.family.children.find((candidate) => candidate.id === wizard?.childId);
    if (!adapter || !wizard || !child) return;
    const input = {
      ...(wizard.trackingCode ? { trackingCode: wizard.trackingCode } : {}),
      campId: wizard.campId,
      childId: child.id,
      days: wizard.days,
    };
    const sent = await this.submission.send(
      (idempotencyKey) => adapter.enrolInCamp(input, { idempotencyKey }),
      {
        payload: input,
        fieldIssues: (issues) => {
          this.issues = issues;
          this.toStep(issues.some((issue) => issue.field === 'childId') ? 'child' : 'weeks');
        },
      },
    );
    if (!sent) return;
    const enrolment = sent.value;
    this.session.clear();
    const waitingFor = wizard.waitingWeekIds;
    this.wizard = undefined;
    this.outcomes = [{ enrolment, firstName: child.firstName, waiting: {} }];
    this.dispatchEvent(FpSubmittedEvent.of(enrolment.receipt, { childId: child.id }));
    this.show({ name: 'outcome' }, 'outcome');
    this.keepLast = wizard;
    void this.joinChosenWaitingLists(enrolment, waitingFor);
  }

  private async joinChosenWaitingLists(enrolment: CampEnrolment, weekIds: readonly string[]): Promise<void> {
    for (const week of enrolment.weeks)
      if (week.status === 'full' && weekIds.includes(week.weekId))
        await this.joinWaiting(enrolment, week.weekId);
    this.reload();
  }

  /** "M'inscrire sur la liste d'attente": one click, the position in answer. */
  private async joinWaiting(enrolment: CampEnrolment, weekId: string): Promise<void> {
    const adapter = this.activeAdapter;
    if (!adapter) return;
    const requestId = enrolment.receipt.id;
    const joined = await this.act(`waiting:${requestId}:${weekId}`, (key) =>
      adapter.joinWaitingList(requestId, weekId, { idempotencyKey: key }),
    );
    if (!joined) return;
    const waiting = joined.value;
    this.outcomes = this.outcomes.map((outcome) =>
      outcome.enrolment.receipt.id === requestId
        ? { ...outcome, waiting: { ...outcome.waiting, [weekId]: waiting } }
        : outcome,
    );
    this.status = this.t('enrol.outcome.waiting', {
      label: this.i18n.week(waiting.label),
      name: this.outcomes.find((o) => o.enrolment.receipt.id === requestId)?.firstName ?? '',
      position: waiting.position,
    });
  }

  /** "Inscrire aussi … aux mêmes jours": a sibling's request in one click. */
  private async enrolSibling(child: ChildSummary): Promise<void> {
    const adapter = this.activeAdapter;
    const last = this.keepLast;
    if (!adapter || !last) return;
    const input = { campId: last.campId, childId: child.id, days: last.days };
    const done = await this.act(`sibling:${child.id}`, (key) =>
      adapter.enrolInCamp(input, { idempotencyKey: key }),
    );
    if (!done) return;
    const enrolment = done.value;
    this.outcomes = [...this.outcomes, { enrolment, firstName: child.firstName, waiting: {} }];
    this.dispatchEvent(FpSubmittedEvent.of(enrolment.receipt, { childId: child.id }));
    this.nextFocus.request(`outcome-${child.id}`);
    void this.joinChosenWaitingLists(enrolment, last.waitingWeekIds);
  }

  /** A secondary action (its slot, `waiting:<request>:<week>`), sent once; its failure is shown beside it. */
  private act<T>(
    action: string,
    run: (idempotencyKey: string) => Promise<T>,
  ): Promise<{ value: T } | undefined> {
    return this.actions.send(run, { slot: action, operation: action.split(':')[0] ?? action });
  }

  // ——— closing and unsubscribing ———

  private async close(): Promise<void> {
    const adapter = this.activeAdapter;
    if (!adapter) return;
    const sent = await this.submission.send((idempotencyKey) => adapter.closeRequests({ idempotencyKey }), {
      payload: { close: true },
    });
    if (!sent) return;
    // A cart badge on the page ("Panier (77 €)") learns of the new article.
    this.dispatchEvent(FpCartChangedEvent.of(sent.value));
    this.outcomes = [];
    this.status = this.t('enrol.closing.done');
    this.show({ name: 'cart' }, 'closed');
    this.reload();
  }

  private async unsubscribe(screen: UnsubscribeScreen): Promise<void> {
    const adapter = this.activeAdapter;
    if (!adapter) return;
    const reason = this.reason.trim();
    const issue: FieldIssue | undefined = !reason
      ? { field: 'reason', code: 'required' }
      : reason.length > reasonMax
        ? { field: 'reason', code: 'too-long' }
        : undefined;
    if (issue) {
      this.continueWith([issue], () => undefined);
      return;
    }
    const input = { requestId: screen.requestId, weekId: screen.weekId, reason };
    const sent = await this.submission.send(
      (idempotencyKey) => adapter.requestCampUnsubscribe(input, { idempotencyKey }),
      {
        payload: input,
        fieldIssues: (issues) => {
          this.issues = issues;
        },
      },
    );
    if (!sent) return;
    this.reason = '';
    this.dispatchEvent(FpSubmittedEvent.of(sent.value));
    this.show({ ...screen, receipt: sent.value }, 'heading');
    this.reload();
  }

  // ——— what the parent may do ———

  private campOf(loaded: Loaded): Camp | undefined {
    return loaded.camps.find((camp) => camp.id === this.wizard?.campId);
  }

  /** The children who can be enrolled in the wizard's camp now. */
  private eligible(loaded: Loaded): ChildSummary[] {
    const camp = this.campOf(loaded);
    return camp ? loaded.family.children.filter((child) => !blockFor(camp, child)) : [];
  }

  private childLink(childId: string): string | undefined {
    return this.childHref?.replaceAll('{childId}', encodeURIComponent(childId));
  }

  private resident(loaded: Loaded): boolean {
    return isResident(loaded.commune.postcodes, loaded.family.parent?.address.postcode);
  }

  // ——— rendering ———

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // `child-id` chooses the child of a new enrolment.
    if (changed.has('childId') && this.wizard && !this.wizard.childId && this.childId)
      this.wizard = { ...this.wizard, childId: this.childId };
  }

  /** "Supprimer" on a draft kept by the service. */
  private async deleteDraft(draft: EnrolmentDraft): Promise<void> {
    const adapter = this.activeAdapter;
    if (!adapter) return;
    const done = await this.act(`delete:${draft.trackingCode}`, (key) =>
      adapter.deleteEnrolmentDraft(draft.trackingCode, { idempotencyKey: key }),
    );
    if (!done) return;
    this.status = this.t('enrol.drafts.deleted', { code: draft.trackingCode });
    this.nextFocus.request('drafts-heading');
    this.reload();
  }

  /** The days (and waiting lists) the week picker answers: kept here and, a moment later, with the service. */
  private chooseDays(days: Wizard['days'], waitingWeekIds: string[]): void {
    if (!this.wizard) return;
    this.wizard = { ...this.wizard, days, waitingWeekIds };
    this.issues = [];
    this.saveDraft();
    this.saveServiceDraftSoon();
  }

  /** Another child: another group, other places; the days chosen go. */
  private chooseChild(childId: string): void {
    const wizard = this.wizard;
    if (!wizard) return;
    this.wizard = {
      ...wizard,
      childId,
      days: childId === wizard.childId ? wizard.days : [],
      waitingWeekIds: [],
    };
    this.saveDraft();
  }

  /** What the templates render and call back (see `EnrolView`). */
  private get view(): EnrolView {
    return {
      i18n: this.i18n,
      t: (key, params) => this.t(key, params),
      headingLevel: this.headingLevel,
      now: this.now,
      campId: this.campId,
      childId: this.childId,
      parentHref: this.parentHref,
      childHref: this.childHref,
      activeAdapter: this.activeAdapter,
      locale: this.locale,
      translations: this.translations,
      wizard: this.wizard,
      outcomes: this.outcomes,
      keepLast: this.keepLast,
      issues: this.issues,
      reason: this.reason,
      status: this.status,
      draftSaving: this.draftSaving,
      draftFailed: this.draftFailed,
      submission: this.submission,
      actions: this.actions,
      heading: (text) => this.heading(text),
      subheading: (text) => this.subheading(text),
      stepForm: (summary, onContinue, content) => this.stepForm(summary, onContinue, content),
      issueMessage: (issue, prefix, country) => this.issueMessage(issue, prefix, country),
      statusLabel: this.statusLabel,
      closingPreview: (view) => this.loadView(this.previewTask, view, { lines: 6 }),
      campOf: (loaded) => this.campOf(loaded),
      eligible: (loaded) => this.eligible(loaded),
      childLink: (childId) => this.childLink(childId),
      resident: (loaded) => this.resident(loaded),
      cartShownFor: (loaded) =>
        // Once shown, the cart stays: its last word (removed, past its deadline, paid) is not lost with it.
        (this.cartShown ||= loaded.enrolments.some((enrolment) => enrolment.state === 'closed')),
      show: (screen) => this.show(screen),
      home: () => this.home(),
      reload: () => this.reload(),
      start: (camp, childId) => this.start(camp, childId),
      resume: (draft, loaded) => this.resume(draft, loaded),
      deleteDraft: (draft) => this.deleteDraft(draft),
      openUnsubscribe: (requestId, weekId) => {
        this.reason = '';
        this.show({ name: 'unsubscribe', requestId, weekId });
      },
      setReason: (reason) => {
        this.reason = reason;
      },
      chooseChild: (childId) => this.chooseChild(childId),
      chooseDays: (days, waitingWeekIds) => this.chooseDays(days, waitingWeekIds),
      next: (loaded) => this.next(loaded),
      previous: () => this.previous(),
      toStep: (step) => this.toStep(step),
      goBack: (back, fieldId) => this.goBack(back, fieldId),
      abandon: () => this.abandon(),
      validate: (loaded) => this.validate(loaded),
      joinWaiting: (enrolment, weekId) => this.joinWaiting(enrolment, weekId),
      enrolSibling: (child) => this.enrolSibling(child),
      close: () => this.close(),
      unsubscribe: (screen) => this.unsubscribe(screen),
    };
  }

  private renderLoaded(loaded: Loaded) {
    const screen = this.screen;
    const view = this.view;
    const body =
      screen.name === 'steps'
        ? renderSteps(view, loaded)
        : screen.name === 'outcome'
          ? renderOutcome(view, loaded)
          : screen.name === 'closing'
            ? renderClosing(view, loaded)
            : screen.name === 'cart'
              ? renderCartScreen(view)
              : screen.name === 'unsubscribe'
                ? renderUnsubscribe(view, loaded, screen)
                : renderHome(view, loaded);
    return html`${this.heading(this.t('enrol.title'))} ${body}`;
  }

  override render() {
    const loaded = this.loadTask.value;
    const content = this.loadView(this.loadTask, (value) => this.renderLoaded(value), {
      // A reload after an action keeps what is shown.
      keep: () => (loaded ? this.renderLoaded(loaded) : undefined),
    });
    return this.withStatus(content);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'child-enrol': ChildEnrol;
  }
}
