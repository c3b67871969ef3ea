import { Task, initialState } from '@lit/task';
import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FamilyPortalAdapter } from '../../adapter/index.js';
import type { ClosingPreview, EnrolmentDraft } from '../../domain/index.js';
import { isResident } from '../../domain/camp-rules.js';
import { ActionController } from '../../shared/controllers/index.js';
import { FpCartChangedEvent, FpSubmittedEvent } from '../../shared/events.js';
import { FpFormElement } from '../../shared/form-element.js';
import type { LocalizeController } from '../../shared/i18n/localize.js';
import { hasPaymentAnswer } from '../../shared/payment-return.js';
import { baseStyles } from '../../shared/styles.js';
import { childEnrolStyles } from './child-enrol.styles.js';
import { EnrolPartsController } from './enrol-parts.js';
import { reasonMax, type EnrolView, type Loaded, type Screen, type UnsubscribeScreen } from './enrol-view.js';
import { renderHome } from './home-view.js';
import { OutcomesController, sendSecondary } from './outcomes.js';
import { WizardController } from './wizard-controller.js';
import { reasonIssue } from './wizard.js';
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
  static override styles = [baseStyles, childEnrolStyles];

  /** @internal The home screen's messages; the parts loaded later bring theirs. */
  static override messages = enrolMessages;

  /** @internal Public for the parts loaded on first use, which speak the element's language. */
  declare readonly i18n: LocalizeController<EnrolKey>;

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
  @state() private reason = '';

  private reloads = 0;
  /** The cart was shown on the camps' page: it stays there. */
  private cartShown = false;
  /** Secondary actions side by side (waiting lists, sibling, drafts), each with its key, busy state and error. */
  private readonly actions = new ActionController(this, { focus: this.nextFocus });
  /** The answers to "Valider", their waiting lists and siblings. */
  private readonly answers = new OutcomesController(this, {
    adapter: () => this.activeAdapter,
    i18n: this.i18n,
    actions: this.actions,
    focus: this.nextFocus,
    say: (message) => (this.status = message),
    reload: () => this.reload(),
  });
  /** The steps and the answers, downloaded when first shown. */
  private readonly parts = new EnrolPartsController(this, {
    i18n: this.i18n,
    focus: this.nextFocus,
    screen: () => this.screen,
    loaded: () => this.loadTask.value,
  });
  /** The enrolment in progress: its steps, kept in this tab and with the service. */
  private readonly steps = new WizardController(this, {
    adapter: () => this.activeAdapter,
    draftKey: () => this.draftKey,
    now: () => this.now(),
    submission: this.submission,
    focus: this.nextFocus,
    setIssues: (issues) => (this.issues = issues),
    continueWith: (issues, next) => this.continueWith(issues, next),
    goBack: (back, fieldId) => this.goBack(back, fieldId),
    begun: () => {
      this.answers.clear();
      this.show({ name: 'steps' }, 'step-heading');
    },
  });

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

  override connectedCallback(): void {
    super.connectedCallback();
    // Back from the payment provider: the cart completes the payment.
    if (hasPaymentAnswer()) {
      this.screen = { name: 'cart' };
      return;
    }
    if (this.steps.restore()) this.screen = { name: 'steps' };
  }

  protected override saveDraft(): void {
    this.steps.save();
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
    this.steps.clear();
    this.submission.pending = undefined;
    this.answers.clear();
    this.status = announce;
    this.show({ name: 'home' });
    this.reload();
  }

  // ——— the steps' outcome ———

  private async abandon(): Promise<void> {
    const adapter = this.activeAdapter;
    const code = this.steps.wizard?.trackingCode;
    if (adapter && code) {
      const done = await sendSecondary(this.actions, `delete:${code}`, (key) =>
        adapter.deleteEnrolmentDraft(code, { idempotencyKey: key }),
      );
      if (!done) return;
    }
    this.dispatchEvent(new Event('fp-abandoned', { bubbles: true, composed: true }));
    this.home(this.t('enrol.abandoned'));
  }

  /** "Valider": the places are reserved at once; full weeks the parent asked to wait for join their list. */
  private async validate(loaded: Loaded): Promise<void> {
    await this.steps.serviceDraft.settled();
    const adapter = this.activeAdapter;
    const wizard = this.steps.wizard;
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
          this.steps.toStep(issues.some((issue) => issue.field === 'childId') ? 'child' : 'weeks');
        },
      },
    );
    if (!sent) return;
    const enrolment = sent.value;
    this.steps.clear();
    this.dispatchEvent(FpSubmittedEvent.of(enrolment.receipt, { childId: child.id }));
    this.show({ name: 'outcome' }, 'outcome');
    this.answers.validated(enrolment, child.firstName, wizard);
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
    this.answers.clear();
    this.status = this.t('enrol.closing.done');
    this.show({ name: 'cart' }, 'closed');
    this.reload();
  }

  private async unsubscribe(screen: UnsubscribeScreen): Promise<void> {
    const adapter = this.activeAdapter;
    if (!adapter) return;
    const reason = this.reason.trim();
    const issue = reasonIssue(reason, reasonMax);
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
    if (changed.has('childId')) this.steps.preferChild(this.childId);
  }

  /** "Supprimer" on a draft kept by the service. */
  private async deleteDraft(draft: EnrolmentDraft): Promise<void> {
    const adapter = this.activeAdapter;
    if (!adapter) return;
    const done = await sendSecondary(this.actions, `delete:${draft.trackingCode}`, (key) =>
      adapter.deleteEnrolmentDraft(draft.trackingCode, { idempotencyKey: key }),
    );
    if (!done) return;
    this.status = this.t('enrol.drafts.deleted', { code: draft.trackingCode });
    this.nextFocus.request('drafts-heading');
    this.reload();
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
      wizard: this.steps.wizard,
      outcomes: this.answers.outcomes,
      keepLast: this.answers.keepLast,
      issues: this.issues,
      reason: this.reason,
      status: this.status,
      draftSaving: this.steps.serviceDraft.saving,
      draftFailed: this.steps.serviceDraft.failed,
      submission: this.submission,
      actions: this.actions,
      heading: (text) => this.heading(text),
      subheading: (text) => this.subheading(text),
      stepForm: (summary, onContinue, content) => this.stepForm(summary, onContinue, content),
      issueMessage: (issue, prefix, country) => this.issueMessage(issue, prefix, country),
      statusLabel: this.statusLabel,
      // The cart comes with the answers (closing puts an article in it).
      withCart: (template) => this.parts.outcome.render(4, () => template()),
      withHistory: (template) => this.parts.history.render(3, template),
      closingPreview: (view) => this.loadView(this.previewTask, view, { lines: 6 }),
      campOf: (loaded) => this.steps.campOf(loaded),
      eligible: (loaded) => this.steps.eligible(loaded),
      childLink: (childId) => this.childLink(childId),
      resident: (loaded) => this.resident(loaded),
      cartShownFor: (loaded) =>
        // Once shown, the cart stays: its last word (removed, past its deadline, paid) is not lost with it.
        (this.cartShown ||= loaded.enrolments.some((enrolment) => enrolment.state === 'closed')),
      show: (screen) => this.show(screen),
      home: () => this.home(),
      reload: () => this.reload(),
      start: (camp, childId) => this.steps.start(camp, childId),
      resume: (draft, loaded) => this.steps.resume(draft, loaded),
      deleteDraft: (draft) => this.deleteDraft(draft),
      openUnsubscribe: (requestId, weekId) => {
        this.reason = '';
        this.show({ name: 'unsubscribe', requestId, weekId });
      },
      setReason: (reason) => {
        this.reason = reason;
      },
      chooseChild: (childId) => this.steps.chooseChild(childId),
      chooseDays: (days, waitingWeekIds) => this.steps.chooseDays(days, waitingWeekIds),
      next: (loaded) => this.steps.next(loaded),
      previous: () => this.steps.previous(),
      toStep: (step) => this.steps.toStep(step),
      goBack: (back, fieldId) => this.goBack(back, fieldId),
      abandon: () => this.abandon(),
      validate: (loaded) => this.validate(loaded),
      joinWaiting: (enrolment, weekId) => this.answers.joinWaiting(enrolment, weekId),
      enrolSibling: (child) => this.answers.enrolSibling(child),
      close: () => this.close(),
      unsubscribe: (screen) => this.unsubscribe(screen),
    };
  }

  private renderLoaded(loaded: Loaded) {
    const screen = this.screen;
    const view = this.view;
    const body =
      screen.name === 'home'
        ? renderHome(view, loaded)
        : screen.name === 'steps'
          ? this.parts.steps.render(8, (steps) => steps.renderSteps(view, loaded))
          : this.parts.outcome.render(6, (outcome) =>
              screen.name === 'outcome'
                ? outcome.renderOutcome(view, loaded)
                : screen.name === 'closing'
                  ? outcome.renderClosing(view, loaded)
                  : screen.name === 'unsubscribe'
                    ? outcome.renderUnsubscribe(view, loaded, screen)
                    : outcome.renderCartScreen(view),
            );
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
