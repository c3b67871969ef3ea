import { Task, initialState } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FamilyPortalAdapter } from '../../adapter/index.js';
import {
  formatPhone,
  isResident,
  communeDay,
  registrationState,
  unsubscribeBlock,
  type Camp,
  type CampEnrolment,
  type CampEnrolmentSummary,
  type CampWeekOutcome,
  type ChildSummary,
  type ClosingPreview,
  type CommuneSettings,
  type EnrolmentDraft,
  type EnrolmentDraftInput,
  type FamilySnapshot,
  type FieldIssue,
  type ParentRecord,
  type RequestReceipt,
} from '../../domain/index.js';
import { DraftStore, fingerprint, type PendingAction } from '../../shared/draft.js';
import { ActionController } from '../../shared/controllers/index.js';
import { FpCartChangedEvent, FpSubmittedEvent } from '../../shared/events.js';
import { FpFormElement } from '../../shared/form-element.js';
import { hasPaymentAnswer } from '../../shared/payment-return.js';
import type { MessageKey } from '../../shared/i18n/localize.js';
import { baseStyles } from '../../shared/styles.js';
import {
  button,
  confirmationPanel,
  detailsList,
  radioGroup,
  recap,
  statusTimeline,
  stepper,
  textField,
  type SummaryIssue,
} from '../../shared/ui/index.js';
import '../camp-week-picker/define.js';
import type { CampWeekPicker } from '../camp-week-picker/camp-week-picker.js';
import '../family-cart/define.js';
import { closingBreakdown } from '../family-cart/breakdown.js';
import { breakdownStyles } from '../family-cart/family-cart.styles.js';
import { childEnrolStyles } from './child-enrol.styles.js';
import {
  blockFor,
  blockedChildren,
  campSpan,
  campsShown,
  recapWeeks,
  sessionSchema,
  steps,
  type Outcome,
  type Step,
  type Wizard,
} from './enrol-model.js';

/**
 * What the element shows: the camps with the family's drafts and enrolments
 * (`home`), the enrolment steps, the answer to "Valider", "Clôturer mes
 * demandes", the cart, or a request to unsubscribe from a paid week.
 */
type Screen =
  | { name: 'home' | 'steps' | 'outcome' | 'closing' | 'cart' }
  | { name: 'unsubscribe'; requestId: string; weekId: string; receipt?: RequestReceipt };

interface Loaded {
  commune: CommuneSettings;
  family: FamilySnapshot;
  camps: Camp[];
  drafts: EnrolmentDraft[];
  enrolments: CampEnrolmentSummary[];
}

const reasonMax = 1000;

/** The shared badge colours of an enrolment's state. */
const badges = { open: 'pending', closed: 'pending', paid: 'accepted', cancelled: 'cancelled' } as const;

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
export class ChildEnrol extends FpFormElement {
  static override styles = [baseStyles, breakdownStyles, childEnrolStyles];

  /** @internal The week picker's and the cart's messages come with the element's. */
  static override messageSets = ['enrol', 'picker', 'cart'] as const;

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

  private async unsubscribe(screen: Extract<Screen, { name: 'unsubscribe' }>): Promise<void> {
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

  private renderNotice(commune: CommuneSettings) {
    return commune.notice ? html`<p class="notice" part="notice" role="note">${commune.notice}</p>` : nothing;
  }

  private actionErrorFor(action: string, retry: () => void) {
    return this.actions.renderError(this.i18n, retry, action);
  }

  private renderHome(loaded: Loaded) {
    const now = this.now();
    const { family } = loaded;
    const parent = family.parent;
    if (!parent) {
      return html`<div class="callout" role="note">
        <p>${this.t('enrol.notRegistered')}</p>
        ${this.parentHref ? html`<p><a href=${this.parentHref}>${this.t('enrol.notRegistered.link')}</a></p>` : nothing}
      </div>`;
    }
    const camps = campsShown(loaded.camps, now, this.campId);
    const open = loaded.enrolments.filter((enrolment) => enrolment.state === 'open');
    // Once shown, the cart stays: its last word (removed, past its deadline, paid) is not lost with it.
    this.cartShown ||= loaded.enrolments.some((enrolment) => enrolment.state === 'closed');
    const inCart = this.cartShown;
    return html`
      ${this.renderNotice(loaded.commune)}
      ${
        open.length > 0
          ? html`<div class="callout" role="note">
              <p>${this.t('enrol.list.closeHint')}</p>
              <div class="actions" part="actions">
                ${button({
                  label: this.t('enrol.next.close'),
                  variant: 'primary',
                  onClick: () => this.show({ name: 'closing' }),
                })}
              </div>
            </div>`
          : nothing
      }
      ${inCart ? this.renderCart() : nothing}
      <section aria-labelledby="camps-title">
        <div id="camps-title">${this.subheading(this.t('enrol.camps.title'))}</div>
        ${
          camps.length === 0
            ? html`<p>${this.t('enrol.camps.none')}</p>`
            : html`<ul class="cards" part="camps">
                ${camps.map((camp) => this.renderCamp(camp, loaded, now))}
              </ul>`
        }
      </section>
      ${this.renderDrafts(loaded)} ${this.renderEnrolments(loaded, now)}
    `;
  }

  private renderCamp(camp: Camp, loaded: Loaded, now: Date) {
    const span = campSpan(camp);
    const registration = registrationState(camp, now);
    const when = {
      open: this.t('enrol.camp.open', { date: this.i18n.when(camp.registration.closesAt) }),
      'not-yet-open': this.t('enrol.camp.notYetOpen', { date: this.i18n.when(camp.registration.opensAt) }),
      closed: this.t('enrol.camp.closed', { date: this.i18n.when(camp.registration.closesAt) }),
    }[registration];
    const children = loaded.family.children;
    const blocked = blockedChildren(camp, children);
    const canStart = registration === 'open' && blocked.length < children.length;
    return html`<li class="card" part="camp">
      <div class="card__title" role="heading" aria-level=${Math.min(this.headingLevel + 2, 6)}>
        ${camp.name}
      </div>
      ${
        span
          ? html`<p>
              ${this.t('enrol.camp.dates', { first: this.i18n.longDate(span.first), last: this.i18n.longDate(span.last) })}
            </p>`
          : nothing
      }
      <p><strong>${when}</strong></p>
      ${registration === 'open' ? html`<p class="hint">${this.t('enrol.camp.payWithin', { days: camp.paymentDelayDays })}</p>` : nothing}
      ${
        children.length === 0
          ? html`<p>
              ${this.t('enrol.noChild')}
              ${this.childHref ? html`<a href=${this.childHref.replaceAll('{childId}', '')}>${this.t('enrol.noChild.link')}</a>` : nothing}
            </p>`
          : nothing
      }
      ${registration === 'open' ? this.renderBlocked(blocked) : nothing}
      ${
        canStart
          ? html`<div class="actions" part="actions">
              ${button({
                label: this.t('enrol.camp.enrol', { camp: camp.name }),
                variant: 'primary',
                onClick: () => this.start(camp, this.childId),
              })}
            </div>`
          : nothing
      }
    </li>`;
  }

  private renderBlocked(blocked: ReturnType<typeof blockedChildren>) {
    if (blocked.length === 0) return nothing;
    return html`<div class="blocked" part="blocked">
      <p>${this.t('enrol.blocked.title')}</p>
      <ul>
        ${blocked.map(({ child, block }) => {
          const link = block === 'noGroup' ? undefined : this.childLink(child.id);
          return html`<li>
            ${this.t(`enrol.blocked.${block}` as MessageKey, { name: child.firstName })}
            ${link ? html`<a href=${link}>${this.t('enrol.blocked.link', { name: child.firstName })}</a>` : nothing}
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private renderDrafts(loaded: Loaded) {
    const adapter = this.activeAdapter;
    if (loaded.drafts.length === 0 || !adapter) return nothing;
    return html`<section aria-labelledby="drafts-title" part="drafts">
      <div id="drafts-title">${this.subheading(this.t('enrol.drafts.title'))}</div>
      <ul class="cards">
        ${loaded.drafts.map((draft) => {
          const camp = loaded.camps.find((candidate) => candidate.id === draft.campId);
          const child = loaded.family.children.find((candidate) => candidate.id === draft.childId);
          const action = `delete:${draft.trackingCode}`;
          const remove = async () => {
            const done = await this.act(action, (key) =>
              adapter.deleteEnrolmentDraft(draft.trackingCode, { idempotencyKey: key }),
            );
            if (!done) return;
            this.status = this.t('enrol.drafts.deleted', { code: draft.trackingCode });
            this.nextFocus.request('drafts-heading');
            this.reload();
          };
          return html`<li class="card">
            <p>
              ${this.t('enrol.drafts.item', {
                code: draft.trackingCode,
                camp: camp?.name ?? '',
                date: this.i18n.when(draft.updatedAt),
              })}
              ${child ? this.t('enrol.drafts.child', { name: child.firstName }) : nothing}
            </p>
            <div class="actions" part="actions">
              ${button({
                label: this.t('enrol.drafts.resume', { code: draft.trackingCode }),
                variant: 'secondary',
                onClick: () => this.resume(draft, loaded),
              })}
              ${button({
                label: this.t('enrol.drafts.delete', { code: draft.trackingCode }),
                variant: 'link',
                busy: this.actions.busy(action),
                busyLabel: this.t('ui.sending'),
                onClick: () => void remove(),
              })}
            </div>
            ${this.actionErrorFor(action, () => void remove())}
          </li>`;
        })}
      </ul>
    </section>`;
  }

  private renderEnrolments(loaded: Loaded, now: Date) {
    if (loaded.enrolments.length === 0) return nothing;
    const today = communeDay(now);
    return html`<section aria-labelledby="enrolments-title">
      <div id="enrolments-title">${this.subheading(this.t('enrol.list.title'))}</div>
      <ul class="cards" part="enrolments">
        ${loaded.enrolments.map(
          (enrolment) =>
            html`<li class="card" part="enrolment">
              <div class="card__title" role="heading" aria-level=${Math.min(this.headingLevel + 2, 6)}>
                ${this.t('enrol.list.item', {
                  name: enrolment.firstName,
                  camp: enrolment.campName,
                  number: enrolment.receipt.number,
                })}
              </div>
              <p>
                <span class="badge badge--${badges[enrolment.state]}"
                  >${this.t(`enrol.list.state.${enrolment.state}`)}</span
                >
              </p>
              <ul class="weeks">
                ${enrolment.weeks.map((week) => {
                  const canLeave = !unsubscribeBlock(enrolment, week.weekId, today);
                  return html`<li>
                    ${this.t('enrol.week.line', {
                      label: this.i18n.week(week.label),
                      dates: this.dateRange(week.days),
                      status:
                        week.status === 'waiting'
                          ? week.position
                            ? this.t('enrol.week.waiting', { position: week.position })
                            : this.t('enrol.week.waitingNoPosition')
                          : this.t(`enrol.week.${week.status}`),
                    })}
                    ${
                      canLeave
                        ? button({
                            label: this.t('enrol.unsubscribe.action', { label: this.i18n.week(week.label) }),
                            variant: 'link',
                            onClick: () => {
                              this.reason = '';
                              this.show({
                                name: 'unsubscribe',
                                requestId: enrolment.receipt.id,
                                weekId: week.weekId,
                              });
                            },
                          })
                        : nothing
                    }
                  </li>`;
                })}
              </ul>
              <details>
                <summary>${this.t('enrol.list.history', { number: enrolment.receipt.number })}</summary>
                ${statusTimeline({
                  i18n: this.i18n,
                  entries: enrolment.receipt.history,
                  labelFor: this.statusLabel,
                  headingLevel: Math.min(this.headingLevel + 3, 6),
                })}
              </details>
            </li>`,
        )}
      </ul>
    </section>`;
  }

  private dateRange(days: readonly string[]): string {
    const first = days[0] ?? '';
    const last = days.at(-1) ?? first;
    return first === last ? this.i18n.date(first) : `${this.i18n.date(first)} – ${this.i18n.date(last)}`;
  }

  private stepHeading(step: Step) {
    const titles = steps.map((name) => this.t(`enrol.step.${name === 'recap' ? 'check' : name}`));
    const current = steps.indexOf(step) + 1;
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

  private renderTrackingCode() {
    const code = this.wizard?.trackingCode;
    return html`<div class="tracking" part="tracking-code" aria-live="polite">
      ${
        code
          ? html`<p>${this.t('enrol.trackingCode.label')} <strong>${code}</strong></p>
              <p class="hint">${this.t('enrol.trackingCode.hint')}</p>`
          : this.draftSaving
            ? html`<p class="hint">${this.t('enrol.trackingCode.saving')}</p>`
            : nothing
      }
      ${this.draftFailed ? html`<p class="hint">${this.t('enrol.draft.notSaved')}</p>` : nothing}
    </div>`;
  }

  private stepActions(loaded: Loaded, primary: 'next' | 'validate') {
    const first = this.wizard?.step === 'parent';
    return html`<div class="actions" part="actions">
      ${
        first
          ? nothing
          : button({
              label: this.t('enrol.action.previous'),
              variant: 'secondary',
              onClick: () => this.previous(),
            })
      }
      ${
        primary === 'next'
          ? button({ label: this.t('enrol.action.next'), variant: 'primary', type: 'submit' })
          : button({
              label: this.t('enrol.action.validate'),
              variant: 'primary',
              busy: this.submission.busy(),
              busyLabel: this.t('ui.sending'),
              onClick: () => void this.validate(loaded),
            })
      }
      ${button({
        label: this.t('enrol.action.abandon'),
        variant: 'link',
        busy: this.actions.busySlots().some((action) => action.startsWith('delete:')),
        onClick: () => void this.abandon(),
      })}
    </div>`;
  }

  private renderSteps(loaded: Loaded) {
    const wizard = this.wizard;
    const camp = this.campOf(loaded);
    const parent = loaded.family.parent;
    if (!wizard || !camp || !parent) return this.renderHome(loaded);
    const abandonError = wizard.trackingCode
      ? this.actionErrorFor(`delete:${wizard.trackingCode}`, () => void this.abandon())
      : nothing;
    const firstChild = this.eligible(loaded)[0]?.id ?? '';
    const summary = this.issues.map((issue) => ({
      fieldId: issue.field === 'childId' ? `enrol-child-${firstChild}` : 'enrol-days',
      message: this.issueText(issue, loaded),
    }));
    const body = {
      parent: () =>
        html`<p>${this.t('enrol.parent.intro')}</p>
          ${detailsList(this.parentRows(parent, loaded.commune))}
          ${this.parentHref ? html`<p><a href=${this.parentHref}>${this.t('enrol.parent.change')}</a></p>` : nothing}
          ${this.stepForm([], () => this.next(loaded), this.stepActions(loaded, 'next'))}`,
      child: () => this.renderChildStep(loaded, camp, summary),
      weeks: () => this.renderWeeksStep(loaded, camp, summary),
      recap: () => this.renderRecap(loaded, camp),
    }[wizard.step]();
    return html`${this.stepHeading(wizard.step)} ${this.renderTrackingCode()} ${body} ${abandonError}`;
  }

  private issueText(issue: FieldIssue, loaded: Loaded): string {
    if (issue.field === 'childId' && issue.code === 'required') return this.t('field.required');
    return this.issueMessage(issue, 'enrol', loaded.commune.country);
  }

  private parentRows(parent: ParentRecord, commune: CommuneSettings): [string, string][] {
    const { address } = parent;
    const street = `${address.street} ${address.number}${address.box ? ` / ${address.box}` : ''}`;
    const rows: [string, string][] = [
      [this.t('enrol.parent.name'), `${parent.firstName} ${parent.lastName}`],
      [this.t('enrol.parent.address'), `${street}, ${address.postcode} ${address.city}`],
      [this.t('enrol.parent.phone'), formatPhone(parent.phone, commune.country)],
    ];
    if (parent.email) rows.push([this.t('enrol.parent.email'), parent.email]);
    return rows;
  }

  private renderChildStep(loaded: Loaded, camp: Camp, summary: SummaryIssue[]) {
    const wizard = this.wizard!;
    const eligible = this.eligible(loaded);
    const blocked = blockedChildren(camp, loaded.family.children);
    const error = this.issues.find((issue) => issue.field === 'childId');
    return this.stepForm(
      summary,
      () => this.next(loaded),
      html`${radioGroup({
        i18n: this.i18n,
        id: 'enrol-child',
        name: 'childId',
        legend: this.t('enrol.field.child'),
        choices: eligible.map((child) => ({
          value: child.id,
          label: `${child.firstName} ${child.lastName}`,
        })),
        value: wizard.childId ?? '',
        required: true,
        error: error ? this.issueText(error, loaded) : undefined,
        onChange: (childId) => {
          // Another child: another group, other places; the days chosen go.
          this.wizard = {
            ...wizard,
            childId,
            days: childId === wizard.childId ? wizard.days : [],
            waitingWeekIds: [],
          };
          this.saveDraft();
        },
      })}
      ${this.renderBlocked(blocked)} ${this.stepActions(loaded, 'next')}`,
    );
  }

  private renderWeeksStep(loaded: Loaded, camp: Camp, summary: SummaryIssue[]) {
    const wizard = this.wizard!;
    const child = loaded.family.children.find((candidate) => candidate.id === wizard.childId);
    // A draft resumed without its child: they are chosen first.
    if (!child) return this.renderChildStep(loaded, camp, summary);
    // The days, or the weeks (whole weeks only): the picker's problems.
    const error = this.issues.find((issue) => issue.field !== 'childId');
    return this.stepForm(
      summary,
      () => this.next(loaded),
      html`<p>${this.t('enrol.weeks.intro')}</p>
        ${error ? html`<p class="error-message" part="error" id="enrol-days-error">${this.issueText(error, loaded)}</p>` : nothing}
        <camp-week-picker
          id="enrol-days"
          part="picker"
          name="days"
          required
          label=${this.t('enrol.weeks.for', { name: child.firstName })}
          .adapter=${this.activeAdapter}
          .locale=${this.locale}
          .translations=${this.translations}
          .camp=${camp}
          camp-id=${camp.id}
          child-id=${child.id}
          .resident=${this.resident(loaded)}
          .now=${this.now}
          .value=${wizard.days}
          .waitingWeekIds=${wizard.waitingWeekIds}
          heading-level=${this.headingLevel + 2}
          @change=${(event: Event) => {
            const picker = event.currentTarget as CampWeekPicker;
            this.wizard = { ...wizard, days: picker.value, waitingWeekIds: picker.waitingWeekIds };
            this.issues = [];
            this.saveDraft();
            this.saveServiceDraftSoon();
          }}
        ></camp-week-picker>
        ${this.stepActions(loaded, 'next')}`,
    );
  }

  private renderRecap(loaded: Loaded, camp: Camp) {
    const wizard = this.wizard!;
    const child = loaded.family.children.find((candidate) => candidate.id === wizard.childId);
    const weeks = recapWeeks(camp, wizard.days);
    const weekList = html`<ul class="recap-weeks">
      ${weeks.map(
        (week) =>
          html`<li>
            <strong>${this.i18n.week(week.label)}</strong> ·
            ${week.dates.map((date) => this.i18n.date(date)).join(', ')}
            ${
              week.activities.length > 0
                ? html`<br /><span class="hint"
                      >${this.t('enrol.recap.activities', { names: week.activities.join(', ') })}</span
                    >`
                : nothing
            }
            ${
              wizard.waitingWeekIds.includes(week.week.id)
                ? html`<br /><span class="hint">${this.t('enrol.recap.waiting')}</span>`
                : nothing
            }
          </li>`,
      )}
    </ul>`;
    return html`<p>${this.t('enrol.recap.intro', { name: child?.firstName ?? '' })}</p>
      ${recap({
        i18n: this.i18n,
        rows: [
          { key: 'camp', label: this.t('enrol.recap.camp'), value: camp.name },
          {
            key: 'child',
            label: this.t('enrol.recap.child'),
            value: child ? `${child.firstName} ${child.lastName}` : '',
            changeTarget: `enrol-child-${wizard.childId ?? ''}`,
          },
          { key: 'weeks', label: this.t('enrol.recap.weeks'), value: weekList, changeTarget: 'enrol-days' },
        ],
        onChange: (target) =>
          this.goBack(() => this.toStep(target === 'enrol-days' ? 'weeks' : 'child'), target),
      })}
      ${this.submission.renderError(this.i18n, () => void this.validate(loaded))}
      ${this.stepActions(loaded, 'validate')}`;
  }

  private renderOutcome(loaded: Loaded) {
    const last = this.keepLast;
    const camp = loaded.camps.find((candidate) => candidate.id === this.outcomes[0]?.enrolment.campId);
    const enrolled = new Set(this.outcomes.map((outcome) => outcome.enrolment.childId));
    const siblings = camp
      ? loaded.family.children.filter((child) => !enrolled.has(child.id) && !blockFor(camp, child))
      : [];
    const weeks =
      camp && last
        ? recapWeeks(camp, last.days)
            .map((week) => this.i18n.week(week.label))
            .join(', ')
        : '';
    return html`${this.outcomes.map((outcome) => this.renderOneOutcome(outcome, camp))}
      <section aria-labelledby="next-title">
        <div id="next-title">${this.subheading(this.t('enrol.next.title'))}</div>
        <p>${this.t('enrol.next.intro')}</p>
        ${siblings.map((child) => {
          const action = `sibling:${child.id}`;
          return html`<div class="actions" part="actions">
              ${button({
                label: this.t('enrol.next.sibling', { name: child.firstName }),
                variant: 'secondary',
                busy: this.actions.busy(action),
                busyLabel: this.t('ui.sending'),
                onClick: () => void this.enrolSibling(child),
              })}
              <span class="hint">${this.t('enrol.next.siblingHint', { weeks })}</span>
            </div>
            ${this.actionErrorFor(action, () => void this.enrolSibling(child))}`;
        })}
        <div class="actions" part="actions">
          ${button({
            label: this.t('enrol.next.close'),
            variant: 'primary',
            onClick: () => this.show({ name: 'closing' }),
          })}
          ${
            camp
              ? button({
                  label: this.t('enrol.next.another'),
                  variant: 'secondary',
                  onClick: () => this.start(camp),
                })
              : nothing
          }
          ${button({ label: this.t('enrol.action.home'), variant: 'link', onClick: () => this.home() })}
        </div>
      </section>`;
  }

  private renderOneOutcome({ enrolment, firstName, waiting }: Outcome, camp: Camp | undefined) {
    const { receipt } = enrolment;
    return html`<section class="outcome" data-focus=${`outcome-${enrolment.childId}`} tabindex="-1">
      <div data-focus=${this.outcomes[0]?.enrolment === enrolment ? 'outcome' : nothing} tabindex="-1">
        ${confirmationPanel({
          i18n: this.i18n,
          title: this.t('enrol.outcome.title', { name: firstName }),
          requestNumber: receipt.number,
          trackingCode: receipt.trackingCode,
          savedAt: receipt.submittedAt,
          headingLevel: this.headingLevel + 1,
        })}
      </div>
      ${
        enrolment.weeks.every((week) => week.status === 'full')
          ? html`<p class="callout callout--error" role="alert">${this.t('enrol.outcome.allFull')}</p>`
          : nothing
      }
      <ul class="week-outcomes">
        ${enrolment.weeks.map((week) => this.renderWeekOutcome(enrolment, week, firstName, camp, waiting[week.weekId]))}
      </ul>
      ${statusTimeline({
        i18n: this.i18n,
        entries: receipt.history,
        labelFor: this.statusLabel,
        headingLevel: this.headingLevel + 2,
      })}
    </section>`;
  }

  private renderWeekOutcome(
    enrolment: CampEnrolment,
    week: CampWeekOutcome,
    firstName: string,
    camp: Camp | undefined,
    waiting: Outcome['waiting'][string] | undefined,
  ) {
    if (week.status === 'accepted')
      return html`<li class="week-outcome week-outcome--accepted" part="week-outcome">
        ${this.t('enrol.outcome.accepted', {
          label: this.i18n.week(week.label),
          first: this.i18n.longDate(week.days[0] ?? ''),
          last: this.i18n.longDate(week.days.at(-1) ?? ''),
        })}
      </li>`;
    const action = `waiting:${enrolment.receipt.id}:${week.weekId}`;
    return html`<li class="week-outcome week-outcome--full" part="week-outcome">
      <p class="full" part="full" role="alert">
        ${this.t('enrol.outcome.full', {
          camp: camp?.name ?? '',
          label: this.i18n.week(week.label),
          days: week.fullDays.map((date) => this.i18n.date(date)).join(', '),
        })}
      </p>
      ${
        waiting
          ? html`<p role="status">
              ${this.t('enrol.outcome.waiting', { label: this.i18n.week(waiting.label), name: firstName, position: waiting.position })}
            </p>`
          : html`<div class="actions" part="actions">
                ${button({
                  label: this.t('enrol.outcome.joinWaiting', { label: this.i18n.week(week.label) }),
                  variant: 'secondary',
                  busy: this.actions.busy(action),
                  busyLabel: this.t('ui.sending'),
                  onClick: () => void this.joinWaiting(enrolment, week.weekId),
                })}
              </div>
              ${this.actionErrorFor(action, () => void this.joinWaiting(enrolment, week.weekId))}`
      }
    </li>`;
  }

  private renderClosing(loaded: Loaded) {
    return html`<div data-focus="step-heading" tabindex="-1">
        ${this.subheading(this.t('enrol.closing.title'))}
      </div>
      ${this.loadView(this.previewTask, (preview) => this.renderPreview(loaded, preview), { lines: 6 })}`;
  }

  /** What closing would bill, before confirming. */
  private renderPreview(loaded: Loaded, preview: ClosingPreview) {
    if (preview.requestIds.length === 0)
      return html`<p>${this.t('enrol.closing.nothing')}</p>
        <div class="actions" part="actions">
          ${button({ label: this.t('enrol.closing.back'), variant: 'secondary', onClick: () => this.home() })}
        </div>`;
    // The cart's deadline is the shortest delay of the camps closed, as the service counts it.
    const closing = new Set(preview.camps.map((camp) => camp.campId));
    const delays = loaded.camps.filter((camp) => closing.has(camp.id)).map((camp) => camp.paymentDelayDays);
    return html`${
        delays.length > 0
          ? html`<p>${this.t('enrol.closing.intro', { days: Math.min(...delays) })}</p>`
          : nothing
      }
      <div part="breakdown">${closingBreakdown(this.i18n, preview, this.headingLevel + 2)}</div>
      ${this.submission.renderError(this.i18n, () => void this.close())}
      <div class="actions" part="actions">
        ${button({
          label: this.t('enrol.closing.confirm', {
            total: this.i18n.money(preview.totalCents, preview.currency),
          }),
          variant: 'primary',
          busy: this.submission.busy(),
          busyLabel: this.t('ui.sending'),
          onClick: () => void this.close(),
        })}
        ${button({ label: this.t('enrol.closing.back'), variant: 'link', onClick: () => this.home() })}
      </div>`;
  }

  private renderCart() {
    return html`<family-cart
      part="cart"
      .adapter=${this.activeAdapter}
      .locale=${this.locale}
      .translations=${this.translations}
      heading-level=${this.headingLevel + 1}
      @fp-cart-changed=${() => this.reload()}
    ></family-cart>`;
  }

  private renderCartScreen() {
    return html`${
        this.status ? html`<p class="callout" data-focus="closed" tabindex="-1">${this.status}</p>` : nothing
      }
      ${this.renderCart()}
      <div class="actions" part="actions">
        ${button({ label: this.t('enrol.action.home'), variant: 'link', onClick: () => this.home() })}
      </div>`;
  }

  private renderUnsubscribe(loaded: Loaded, screen: Extract<Screen, { name: 'unsubscribe' }>) {
    const enrolment = loaded.enrolments.find((candidate) => candidate.receipt.id === screen.requestId);
    const week = enrolment?.weeks.find((candidate) => candidate.weekId === screen.weekId);
    if (!enrolment || !week) return this.renderHome(loaded);
    const title = this.t('enrol.unsubscribe.title', {
      name: enrolment.firstName,
      label: this.i18n.week(week.label),
    });
    if (screen.receipt)
      return html`<div data-focus="heading" tabindex="-1">
          ${confirmationPanel({
            i18n: this.i18n,
            title: this.t('enrol.unsubscribe.sent'),
            requestNumber: screen.receipt.number,
            savedAt: screen.receipt.submittedAt,
            headingLevel: this.headingLevel + 1,
          })}
        </div>
        ${statusTimeline({ i18n: this.i18n, entries: screen.receipt.history, labelFor: this.statusLabel, headingLevel: this.headingLevel + 2 })}
        <div class="actions" part="actions">
          ${button({ label: this.t('enrol.action.home'), variant: 'secondary', onClick: () => this.home() })}
        </div>`;
    const issue = this.issues.find((candidate) => candidate.field === 'reason');
    const error = issue
      ? this.i18n.has(`enrol.reason.${issue.code}`)
        ? this.t(`enrol.reason.${issue.code}` as MessageKey)
        : this.issueMessage(issue, 'enrol', loaded.commune.country)
      : undefined;
    return html`<div data-focus="step-heading" tabindex="-1">${this.subheading(title)}</div>
      <p>${this.t('enrol.unsubscribe.intro')}</p>
      ${this.stepForm(
        error ? [{ fieldId: 'enrol-reason', message: error }] : [],
        () => void this.unsubscribe(screen),
        html`${textField({
            i18n: this.i18n,
            id: 'enrol-reason',
            name: 'reason',
            label: this.t('enrol.field.reason'),
            hint: this.t('enrol.hint.reason'),
            value: this.reason,
            required: true,
            rows: 4,
            maxLength: reasonMax,
            error,
            onInput: (value) => {
              this.reason = value;
            },
          })}
          ${this.submission.renderError(this.i18n, () => void this.unsubscribe(screen))}
          <div class="actions" part="actions">
            ${button({
              label: this.t('enrol.unsubscribe.send'),
              variant: 'primary',
              type: 'submit',
              busy: this.submission.busy(),
              busyLabel: this.t('ui.sending'),
            })}
            ${button({ label: this.t('enrol.closing.back'), variant: 'link', onClick: () => this.home() })}
          </div>`,
      )}`;
  }

  private renderLoaded(loaded: Loaded) {
    const screen = this.screen;
    const body =
      screen.name === 'steps'
        ? this.renderSteps(loaded)
        : screen.name === 'outcome'
          ? this.renderOutcome(loaded)
          : screen.name === 'closing'
            ? this.renderClosing(loaded)
            : screen.name === 'cart'
              ? this.renderCartScreen()
              : screen.name === 'unsubscribe'
                ? this.renderUnsubscribe(loaded, screen)
                : this.renderHome(loaded);
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
