import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FamilyPortalAdapter } from '../../adapter/index.js';
import type { Camp, ChildSummary, EnrolmentDraft, FieldIssue } from '../../domain/index.js';
import { communeDay } from '../../domain/camp-rules.js';
import {
  DraftController,
  type ActionController,
  type FocusController,
} from '../../shared/controllers/index.js';
import { blockFor, campsShown, sessionShape, type Step, type Wizard } from './enrol-model.js';
import type { Infer } from '../../shared/shape.js';
import type { Loaded } from './enrol-view.js';
import { ServiceDraftController } from './service-draft.js';
import {
  daysToCome,
  resumeWizard,
  startWizard,
  stepBeside,
  stepIssues,
  waitingWeeksOf,
  withChild,
} from './wizard.js';

export interface WizardOptions {
  adapter(): FamilyPortalAdapter | undefined;
  /** Where the enrolment in progress is kept in this tab: the element's `draft-key`. */
  draftKey(): string;
  /** The clock (registration periods, days still to come). */
  now(): Date;
  /** "Valider", whose key is kept with the enrolment in progress. */
  submission: ActionController;
  focus: FocusController;
  /** Shows the problems of the step. */
  setIssues(issues: readonly FieldIssue[]): void;
  continueWith(issues: readonly FieldIssue[], next: () => void): void;
  goBack(back: () => void, fieldId?: string): void;
  /** A new enrolment began (or resumed): the steps are shown, the answers of the last one go. */
  begun(): void;
}

/**
 * The enrolment in progress ("Coordonnées" → "Qui faut-il inscrire ?" →
 * "Semaines de plaine" → "Valider"): what the parent chose, kept in this tab
 * across a reload (with the key of its "Valider") and with the service under
 * its tracking code. The transitions are the pure functions of wizard.ts.
 */
export class WizardController implements ReactiveController {
  /** The enrolment in progress, if any. */
  wizard: Wizard | undefined;
  /** The enrolment in progress as the service keeps it, saved in the background. */
  readonly serviceDraft: ServiceDraftController;
  private readonly session: DraftController<Infer<typeof sessionShape>>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: WizardOptions,
  ) {
    host.addController(this);
    this.session = new DraftController(host, () => `fp-draft:${options.draftKey()}`, sessionShape);
    this.serviceDraft = new ServiceDraftController(host, {
      adapter: () => options.adapter(),
      wizard: () => this.wizard,
      coded: (trackingCode) => {
        if (!this.wizard) return;
        this.set({ ...this.wizard, trackingCode });
        this.save();
      },
      focus: options.focus,
    });
  }

  hostConnected(): void {}

  private set(wizard: Wizard | undefined): void {
    this.wizard = wizard;
    this.host.requestUpdate();
  }

  /** Today in the commune, `yyyy-MM-dd`. */
  private today(): string {
    return communeDay(this.options.now());
  }

  /** The enrolment left in this tab before a reload (its days gone by dropped): whether there was one. */
  restore(): boolean {
    const saved = this.session.load();
    if (!saved) return false;
    this.set({ ...saved.wizard, days: daysToCome(saved.wizard.days, this.today()) });
    this.options.submission.pending = saved.pending;
    return true;
  }

  /** Keeps the enrolment in progress in this tab, with the key of its "Valider". */
  save(): void {
    if (this.wizard) this.session.save({ wizard: this.wizard, pending: this.options.submission.pending });
  }

  /** No enrolment in progress any more (validated, abandoned, or the home page): forgotten in this tab too. */
  clear(): void {
    this.set(undefined);
    this.session.clear();
  }

  /** "Commencer l'inscription" or "Inscrire un autre enfant": a new request, its tracking code at once. */
  start(camp: Camp, childId?: string): void {
    this.set(startWizard(camp.id, childId));
    this.options.submission.pending = undefined;
    this.serviceDraft.restart();
    this.options.begun();
    this.save();
    void this.serviceDraft.save();
  }

  /** "Reprendre": a draft kept by the service, from this device or another. */
  resume(draft: EnrolmentDraft, loaded: Loaded): void {
    const camp =
      loaded.camps.find((candidate) => candidate.id === draft.campId) ??
      campsShown(loaded.camps, this.options.now())[0];
    if (!camp) return;
    this.set(resumeWizard(draft, camp.id, this.today()));
    this.options.submission.pending = undefined;
    this.options.begun();
    this.save();
    void this.restoreWaitingLists(camp);
  }

  /**
   * A resumed draft keeps its days, not the waiting lists asked for: a full
   * day among them means its week's waiting list, as the week picker chose it.
   */
  private async restoreWaitingLists(camp: Camp): Promise<void> {
    const adapter = this.options.adapter();
    const wizard = this.wizard;
    if (!adapter || !wizard?.childId || wizard.days.length === 0) return;
    try {
      const availability = await adapter.getCampAvailability(camp.id, wizard.childId);
      const full = new Set(availability.days.filter((day) => day.left === 0).map((day) => day.date));
      const waitingWeekIds = waitingWeeksOf(camp, wizard, full);
      if (this.wizard !== wizard || waitingWeekIds.length === 0) return;
      this.set({ ...wizard, waitingWeekIds });
      this.save();
    } catch {
      // The week picker reads the places itself and shows the waiting-list choice.
    }
  }

  toStep(step: Step): void {
    this.serviceDraft.cancelSoon();
    if (!this.wizard) return;
    this.set({ ...this.wizard, step });
    void this.serviceDraft.save();
  }

  /** "Continuer": the step's problems, or the next step. */
  next(loaded: Loaded): void {
    const wizard = this.wizard;
    if (!wizard) return;
    const issues = stepIssues(
      wizard,
      this.eligible(loaded).map((child) => child.id),
    );
    const following = stepBeside(wizard.step, 1);
    this.options.continueWith(issues, () => following && this.toStep(following));
  }

  previous(): void {
    const wizard = this.wizard;
    const before = wizard && stepBeside(wizard.step, -1);
    if (before) this.options.goBack(() => this.toStep(before));
  }

  /** The days (and waiting lists) the week picker answers: kept here and, a moment later, with the service. */
  chooseDays(days: Wizard['days'], waitingWeekIds: string[]): void {
    if (!this.wizard) return;
    this.set({ ...this.wizard, days, waitingWeekIds });
    this.options.setIssues([]);
    this.save();
    this.serviceDraft.saveSoon();
  }

  /** Another child: another group, other places; the days chosen go. */
  chooseChild(childId: string): void {
    const wizard = this.wizard;
    if (!wizard) return;
    this.set(withChild(wizard, childId));
    this.save();
  }

  /** `child-id` chooses the child of a new enrolment. */
  preferChild(childId: string | undefined): void {
    if (this.wizard && !this.wizard.childId && childId) this.set({ ...this.wizard, childId });
  }

  campOf(loaded: Loaded): Camp | undefined {
    return loaded.camps.find((camp) => camp.id === this.wizard?.campId);
  }

  /** The children who can be enrolled in the wizard's camp now. */
  eligible(loaded: Loaded): ChildSummary[] {
    const camp = this.campOf(loaded);
    return camp ? loaded.family.children.filter((child) => !blockFor(camp, child)) : [];
  }
}
