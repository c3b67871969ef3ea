import type { ReactiveController, ReactiveControllerHost } from 'lit';
import * as shape from '../../shared/shape.js';
import type { ChildRecord, FieldIssue } from '../../domain/index.js';
import { DraftsController } from '../../shared/controllers/index.js';
import { pendingActionShape } from './pending.js';
import { localToday } from './child-form.js';
import {
  emptyHealthDraft,
  healthFormToDraft,
  healthStepIssues,
  HealthDraftShape,
  parseHealthDraft,
  sortHealthIssues,
  stepOf,
  type HealthDraft,
} from './health-form.js';
import type { Loaded } from './register-view.js';
import type { ChildFormHost } from './screens.js';

/** The health form's steps, then "Vérifiez vos réponses". */
export type HealthStepName = 'care' | 'contacts' | 'recap';

const healthDraftShape = shape.object({
  step: shape.literals(['care', 'contacts', 'recap']),
  form: HealthDraftShape,
  pending: pendingActionShape,
});
type HealthDraftState = shape.Infer<typeof healthDraftShape>;

/**
 * A child's health form ("fiche santé"): its steps, what the parent typed
 * (kept per child in sessionStorage), and its sending. Its templates are in
 * health-screen-view.ts; the rules of the form are in health-form.ts.
 */
export class HealthController implements ReactiveController {
  /** The step shown. */
  step: HealthStepName = 'care';
  /** What the parent typed. */
  draft: HealthDraft = emptyHealthDraft();

  private readonly drafts: DraftsController<HealthDraftState>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly form: ChildFormHost,
  ) {
    host.addController(this);
    this.drafts = new DraftsController(
      host,
      (childId) => `fp-draft:${form.draftKey()}:health:${childId}`,
      healthDraftShape,
    );
  }

  hostConnected(): void {}

  /** A form is in progress for the child (typed before a reload). */
  hasDraft(childId: string): boolean {
    return this.drafts.has(childId);
  }

  /** Rules of the form as of today, in the commune's country. */
  options(loaded: Loaded) {
    return { today: localToday(), country: loaded.commune.country };
  }

  /** Opens the form for `record`: its draft, else the form the service knows, else a new one (the parent as first contact). */
  start(record: ChildRecord, loaded: Loaded): void {
    const draft = this.drafts.load(record.id);
    const country = loaded.commune.country;
    const parent = loaded.family.parent;
    this.step = draft?.step ?? 'care';
    this.form.submission.pending = draft?.pending;
    this.draft =
      draft?.form ??
      (record.health
        ? healthFormToDraft(record.health.form, country)
        : emptyHealthDraft(
            parent
              ? { ...parent, relation: this.form.i18n.t('child.health.contact.parentRelation'), country }
              : undefined,
          ));
    this.host.requestUpdate();
    if (this.step === 'recap') {
      // A draft restored on the recap but no longer valid: back to its first problem.
      const result = parseHealthDraft(this.draft, this.options(loaded));
      if (!result.ok) this.showIssues(result.issues);
    }
  }

  /** Keeps the form of `childId` as it is, with the key of its sending. */
  save(childId: string): void {
    this.drafts.save(childId, { step: this.step, form: this.draft, pending: this.form.submission.pending });
  }

  update(change: Partial<HealthDraft>): void {
    this.draft = { ...this.draft, ...change };
    this.host.requestUpdate();
    this.form.saveDraft();
  }

  /** "Continuer": the step's problems, or the next step (the recap after a "Modifier"). */
  continue(loaded: Loaded): void {
    if (this.step === 'recap') return;
    const issues = healthStepIssues(this.draft, this.step, this.options(loaded));
    this.form.continueWith(issues, () => {
      this.step = this.step === 'care' && !this.form.editingFromRecap() ? 'contacts' : 'recap';
    });
  }

  backTo(step: HealthStepName, focus?: string): void {
    this.form.goBack(() => (this.step = step), focus);
  }

  abandon(childId: string): void {
    this.drafts.clear(childId);
    this.form.abandoned(childId, 'child.health.abandoned');
  }

  async submit(loaded: Loaded, childId: string): Promise<void> {
    const adapter = this.form.adapter();
    const { submission } = this.form;
    if (submission.busy() || !adapter) return;
    const result = parseHealthDraft(this.draft, this.options(loaded));
    if (!result.ok) {
      this.showIssues(result.issues);
      return;
    }
    const form = result.value;
    const sent = await submission.send(
      (idempotencyKey) => adapter.submitHealthForm(childId, form, { idempotencyKey }),
      { payload: form, fieldIssues: (issues) => this.showIssues(issues) },
    );
    if (!sent) return;
    this.drafts.clear(childId);
    this.form.sent(childId, sent.value);
  }

  /** Problems found at the end (or by the service): back to the first step that has one. */
  showIssues(issues: readonly FieldIssue[]): void {
    const sorted = sortHealthIssues(issues);
    const first = sorted[0];
    const step = first ? stepOf(first.field) : 'care';
    this.form.setIssues(sorted.filter((issue) => stepOf(issue.field) === step));
    this.step = step;
    this.form.focus.request('error-summary');
    this.form.saveDraft();
  }
}
