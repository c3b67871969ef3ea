import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChildIdentity, ChildRecord, ChildRegistration, RequestReceipt } from '../../domain/index.js';
import { DraftController, DraftsController, type LazyController } from '../../shared/controllers/index.js';
import type { ChildForm } from './child-form.js';
import {
  changeDraftShape,
  registrationDraftShape,
  type ChangeDraft,
  type RegistrationDraft,
} from './register-drafts.js';
import type { FlowState } from './register-model.js';
import type { Loaded, Step } from './register-view.js';
import type { RegisterSteps } from './register-steps.js';
import type { ChildFormHost } from './screens.js';
import type * as StepsPart from './steps-part.js';

/** What the registration needs of the element besides what every child's form does. */
export interface RegisterHost extends ChildFormHost {
  /** The registration was abandoned: its draft is gone. */
  abandonedRegistration(): void;
  /** The service registered (or linked) the child. */
  registered(registration: ChildRegistration): void;
}

/**
 * "Enregistrer un enfant" ("Mes informations", the child, "Vérifiez vos
 * réponses") and a change request for a known child's identity: their steps,
 * what the parent typed (kept in sessionStorage) and their sending. The
 * templates are in register-view.ts (the first step), child-step-view.ts,
 * register-recap-view.ts and confirmation-view.ts (loaded on first use); the
 * form's model (its checks, the child rules) in child-form.ts and
 * register-model.ts, which come with the steps part: a page does not download
 * them before the parent leaves "Mes informations". A kept draft waits for
 * them to be restored, and is not written over meanwhile.
 */
export class RegisterController implements ReactiveController, RegisterSteps {
  step: Step = 'parent';
  /** Empty until the registration or change request is restored: only the steps part's templates read it, once it is. */
  form = {} as ChildForm;
  /** The comment of a change request. */
  comment = '';
  /** What was registered, for the confirmation's wording. */
  registeredName = '';

  /** The read the registration was last started from (a draft is restored once per read). */
  private restoredFor: Loaded | undefined;
  private readonly drafts: DraftController<RegistrationDraft>;
  private readonly changeDrafts: DraftsController<ChangeDraft>;
  /** The registration's draft (or none) read at its start, until the steps part is there to restore it. */
  private unrestored: { draft: RegistrationDraft | undefined; lastName: string } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    readonly flow: RegisterHost,
    private readonly steps: LazyController<typeof StepsPart>,
  ) {
    host.addController(this);
    this.drafts = new DraftController(host, () => `fp-draft:${flow.draftKey()}`, registrationDraftShape);
    this.changeDrafts = new DraftsController(
      host,
      (childId) => `fp-draft:${flow.draftKey()}:change:${childId}`,
      changeDraftShape,
    );
  }

  hostConnected(): void {}

  private set(state: FlowState): void {
    this.step = state.step;
    this.form = state.form;
    this.flow.submission.pending = state.pending;
    this.host.requestUpdate();
  }

  /** The form's model: its templates call for it, and they are in the steps part too. */
  private get model(): typeof StepsPart {
    const part = this.steps.loaded;
    if (!part) throw new Error('The registration steps part is not loaded.');
    return part;
  }

  /**
   * Once per read of the family: the registration restored from its draft,
   * else on "Mes informations". The step is known at once (a later step shows
   * the steps part's skeleton, or its error with "Réessayer"); what was typed
   * comes back once the steps part is there, and the parent may go on from
   * "Mes informations" meanwhile.
   */
  restoreOnce(loaded: Loaded): void {
    if (loaded !== this.restoredFor) {
      this.restoredFor = loaded;
      const parent = loaded.family.parent;
      const draft = parent ? this.drafts.load() : undefined;
      this.unrestored = { draft, lastName: parent?.lastName ?? '' };
      this.step = draft?.step ?? 'parent';
      this.flow.submission.pending = undefined;
      this.host.requestUpdate();
    }
    const part = this.steps.loaded;
    if (!this.unrestored || !part) return;
    const { draft, lastName } = this.unrestored;
    this.unrestored = undefined;
    const moved = this.step !== (draft?.step ?? 'parent');
    this.set({ ...part.startRegistration(draft, lastName), step: this.step });
    if (moved) this.save();
  }

  /** The next read starts the registration again (another screen was opened, or another child is registered). */
  forget(): void {
    this.restoredFor = undefined;
  }

  /** A change request for `record`: from its draft, else from the child as the service knows them. */
  startChange(record: ChildRecord, loaded: Loaded): void {
    const state = this.model.startChange(
      this.changeDrafts.load(record.id),
      record.identity,
      loaded.commune.country,
    );
    this.set(state);
    this.comment = state.comment;
  }

  /** Keeps the registration in progress. */
  save(): void {
    // A draft not restored yet stays as it was kept.
    if (this.unrestored) return;
    this.drafts.save({ step: this.step, form: this.form, pending: this.flow.submission.pending });
  }

  /** Keeps the change request in progress for `childId`. */
  saveChange(childId: string): void {
    this.changeDrafts.save(childId, {
      step: this.step === 'recap' ? 'recap' : 'child',
      form: this.form,
      comment: this.comment,
      pending: this.flow.submission.pending,
    });
  }

  /** The form as the parent changed it (its model is the steps part's), kept as a draft. */
  edit(form: ChildForm): void {
    this.form = form;
    this.host.requestUpdate();
    this.flow.saveDraft();
  }

  setComment(value: string): void {
    this.comment = value;
    this.host.requestUpdate();
    this.flow.saveDraft();
  }

  toChildStep(): void {
    this.step = 'child';
    this.flow.focus.request('step-heading');
    this.flow.saveDraft();
  }

  backTo(step: Step, focus?: string): void {
    this.flow.goBack(() => (this.step = step), focus);
  }

  /** "Abandonner" the registration: its draft gone, on "Mes informations" again. */
  abandon(loaded: Loaded): void {
    this.drafts.clear();
    this.flow.setIssues([]);
    this.flow.submission.clearError();
    this.flow.resetEditing();
    this.restoredFor = undefined;
    this.restoreOnce(loaded);
    this.flow.say('child.abandoned');
    this.flow.focus.request('heading');
    this.flow.abandonedRegistration();
  }

  abandonChange(childId: string): void {
    this.changeDrafts.clear(childId);
    this.flow.abandoned(childId, 'child.change.abandoned');
  }

  registered(registration: ChildRegistration, identity: ChildIdentity): void {
    this.drafts.clear();
    this.registeredName = identity.firstName;
    this.flow.registered(registration);
  }

  changeSent(childId: string, receipt: RequestReceipt): void {
    this.changeDrafts.clear(childId);
    this.flow.sent(childId, receipt);
  }
}
