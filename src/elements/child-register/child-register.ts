import { Task, TaskStatus, initialState } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AdapterError, type FamilyPortalAdapter } from '../../adapter/index.js';
import type { ChildRecord, ChildRegistration, RequestReceipt } from '../../domain/index.js';
import { DraftController } from '../../shared/controllers/index.js';
import { FpSubmittedEvent, publicEvent } from '../../shared/events.js';
import { FpFormElement } from '../../shared/form-element.js';
import { coreStyles } from '../../shared/styles/core.js';
import { detailsStyles } from '../../shared/styles/details.js';
import { formStyles } from '../../shared/styles/form.js';
import { ChildParts } from './child-parts.js';
import { ParentNewsController } from './parent-news.js';
import { childMessages, type ChildKey } from './messages/index.js';
import { RegisterController } from './register-controller.js';
import {
  renderNotice,
  renderRegistration,
  renderWayBack,
  type Loaded,
  type RegisterView,
  type Screen,
} from './register-view.js';
import { openingScreen, savedScreenShape, wayBack, type ChildFormHost } from './screens.js';
import type { ScreensHost } from './pages-part.js';

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
  /** "Mes informations" needs no more; the screens after it bring theirs (child-register.styles.ts). */
  static override styles = [coreStyles, formStyles, detailsStyles];

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

  @state() private screen: Screen = { name: 'register' };
  /** The registration just done, when its confirmation is shown (with `health-form-href`). */
  @state() private registration: ChildRegistration | undefined;
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

  /** What the element's forms need of it (see `ChildFormHost`). */
  private readonly formHost: ChildFormHost = {
    i18n: this.i18n,
    draftKey: () => this.draftKey,
    adapter: () => this.activeAdapter,
    submission: this.submission,
    focus: this.nextFocus,
    setIssues: (issues) => (this.issues = issues),
    editingFromRecap: () => this.editingFromRecap,
    resetEditing: () => (this.editingFromRecap = false),
    continueWith: (issues, next) => this.continueWith(issues, next),
    goBack: (back, fieldId) => this.goBack(back, fieldId),
    saveDraft: () => this.saveDraft(),
    say: (message) => (this.status = this.t(message)),
    abandoned: (childId, message) => this.abandonFor(childId, message),
    sent: (childId, receipt) => this.sentFor(childId, receipt),
  };

  /** The registration's next steps and confirmation, "Mes enfants", a child's page, the health form: loaded when first shown. */
  private readonly parts = new ChildParts(this, this.formHost);

  /** The registration and the change requests: their steps, drafts and sending (their form's model in the steps part). */
  private readonly flow = new RegisterController(
    this,
    {
      ...this.formHost,
      abandonedRegistration: () => this.abandoned(),
      registered: (registration) => this.registered(registration),
    },
    this.parts.steps,
  );

  /** The parent registered or changed details with `<parent-register>`: read anew (a form keeps its draft). */
  private readonly parentNews = new ParentNewsController(this, () => {
    if (this.screen.name === 'children' || (this.screen.name === 'register' && !this.registration)) {
      void this.loadTask.run();
    }
  });

  /** The screen shown, so that a reload opens it again. */
  private readonly screens = new DraftController(
    this,
    () => `fp-draft:${this.draftKey}:screen:${this.childId ?? this.view}`,
    savedScreenShape,
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const wanted = `${this.childId ?? ''}|${this.view}`;
    if (wanted !== this.screenFor) {
      this.screenFor = wanted;
      this.screen = openingScreen(this.screens.load(), this.childId, this.view);
      this.flow.forget();
      this.startedFor = undefined;
    }
    const loaded = this.loadTask.value;
    if (loaded && this.screen.name === 'register') this.flow.restoreOnce(loaded);
    if (
      !this.childId &&
      this.childTask.status === TaskStatus.ERROR &&
      AdapterError.from(this.childTask.error).type === 'not-found'
    ) {
      // A screen saved in this tab for a child this account does not have (another account signed in).
      this.screens.clear();
      this.screen = { name: this.view };
    }
    const { screen } = this;
    const record = this.childTask.value;
    const fresh = record !== this.startedFor && 'childId' in screen && record?.id === screen.childId;
    const started = loaded && record && fresh && this.parts.start(screen, record, loaded, this.flow);
    if (started) {
      this.screen = started;
      this.startedFor = record;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // When the browser is idle: the registration's next steps once "Mes informations" shows; once the parent is on
    // their way (past it, or on another screen), the screens likely next too (the health form opens under it).
    const parent = this.loadTask.value?.family.parent;
    const started = this.screen.name !== 'register' || this.flow.step !== 'parent';
    if (parent && this.screen.name === 'register') this.parts.prefetchRegistration();
    if (parent && started) this.parts.prefetchWhenIdle();
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
    this.flow.forget();
    this.startedFor = undefined;
    this.nextFocus.request(focus);
    this.screens.save(screen);
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

  protected override saveDraft(): void {
    const { screen } = this;
    if (screen.name === 'health') this.parts.builtHealthForm?.save(screen.childId);
    else if (screen.name === 'change') this.flow.saveChange(screen.childId);
    else if (screen.name === 'register') this.flow.save();
  }

  /**
   * Registered: the child's health form opens, under the confirmation (seed
   * 001), unless the page has its own health form page (`health-form-href`).
   */
  private registered(registration: ChildRegistration): void {
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
    this.flow.forget();
    this.status = '';
    this.nextFocus.request('heading');
    void this.loadTask.run();
  }

  /** A form was abandoned, its draft gone: told to the page. */
  private abandoned(): void {
    this.dispatchEvent(new Event('fp-abandoned', publicEvent));
  }

  /** "Abandonner" on a child's form (its draft gone): back on the child's page, and said so. */
  private abandonFor(childId: string, message: ChildKey): void {
    this.enter({ name: 'child', childId });
    this.status = this.t(message);
    this.abandoned();
  }

  /** A child's health form or change request recorded (its draft gone): the answer shown and told to the page. */
  private sentFor(childId: string, receipt: RequestReceipt): void {
    this.sent = receipt;
    this.issues = [];
    this.nextFocus.request('confirmation');
    this.dispatchEvent(FpSubmittedEvent.of(receipt, { childId }));
  }

  // ——— what the templates render and call back ———

  /** The registration's and the change request's (see `RegisterView`). */
  private get registerView(): RegisterView {
    return {
      i18n: this.i18n,
      t: (key, params) => this.t(key, params),
      headingLevel: this.headingLevel,
      parentHref: this.parentHref,
      healthFormHref: this.healthFormHref,
      screen: this.screen,
      flow: this.flow,
      issues: this.issues,
      editingFromRecap: this.editingFromRecap,
      startedFor: this.startedFor,
      submission: this.submission,
      subheading: (text) => this.subheading(text),
      stepForm: (summary, onContinue, content) => this.stepForm(summary, onContinue, content),
      issueMessage: (issue, prefix, country) => this.issueMessage(issue, prefix, country),
      statusLabel: this.statusLabel,
      finish: () => this.finish(),
    };
  }

  /** The ways between screens a template offers. */
  private readonly ways = { openList: () => this.openList(), registerAnother: () => this.registerAnother() };

  /** The screens' past the registration (see `ScreensHost`). */
  private screensView(loaded: Loaded): ScreensHost {
    return {
      screen: this.screen,
      sent: this.sent,
      welcome: this.welcome,
      startedFor: this.startedFor,
      parts: this.parts,
      childTask: this.childTask,
      registerView: this.registerView,
      listChanged: (announcement, focusId) => {
        this.nextFocus.request(`#${focusId}`);
        void this.announce(announcement);
      },
      i18n: this.i18n,
      pages: {
        i18n: this.i18n,
        commune: loaded.commune,
        schools: loaded.schools,
        headingLevel: this.headingLevel,
        statusLabel: this.statusLabel,
      },
      back: wayBack(this.screen, this.childId, this.view),
      heading: (text) => this.heading(text),
      subheading: (text) => this.subheading(text),
      enter: (screen, focus) => this.enter(screen, focus),
      openChild: (childId) => {
        this.enter({ name: 'child', childId });
        this.refresh();
      },
      ...this.ways,
    };
  }

  // ——— rendering ———

  /** "Enregistrer un autre enfant": the registration again, with what the service now knows. */
  private registerAnother(): void {
    this.enter({ name: 'register' });
    this.finish();
  }

  private renderLoaded(loaded: Loaded) {
    const parent = loaded.family.parent;
    if (this.screen.name !== 'register')
      return this.parts.pages.render(8, (pages) => pages.renderScreens(this.screensView(loaded), loaded));
    const body = renderRegistration(this.registerView, loaded, this.registration, this.parts);
    const notice = parent && !this.registration ? renderNotice(this.registerView, loaded.commune) : nothing;
    const back = wayBack(this.screen, this.childId, this.view);
    return html`${this.heading(this.t('child.title'))} ${renderWayBack(this.i18n, back, this.ways)} ${notice}
    ${body}`;
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
