import type { ReactiveControllerHost } from 'lit';
import type { ChildRecord } from '../../domain/index.js';
import { LazyController, type LazyPart } from '../../shared/controllers/index.js';
import type { HealthController } from './health-screen.js';
import { parts } from './lazy-parts.js';
import type { RegisterController } from './register-controller.js';
import type { Loaded, Screen } from './register-view.js';
import { pendingChange, type ChildFormHost } from './screens.js';

/**
 * The element's screens loaded on first use: the registration's steps after
 * the first (`steps`) and its confirmation (`done`), "Mes enfants" and a
 * child's page (`pages`), and the health form (`health`), whose controller
 * (steps, drafts, sending) is built once its part is there.
 */
export class ChildParts {
  readonly steps: LazyController<Awaited<ReturnType<typeof parts.steps>>>;
  readonly done: LazyController<Awaited<ReturnType<typeof parts.done>>>;
  readonly pages: LazyController<Awaited<ReturnType<typeof parts.pages>>>;
  readonly health: LazyController<Awaited<ReturnType<typeof parts.health>>>;
  private controller: HealthController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly form: ChildFormHost,
  ) {
    // `parts` is read at each download, so that a test can make one fail.
    const lazy = <M extends LazyPart>(load: () => Promise<M>) =>
      new LazyController(host, form.i18n, load, { focus: form.focus });
    this.steps = lazy(() => parts.steps());
    this.done = lazy(() => parts.done());
    this.pages = lazy(() => parts.pages());
    this.health = lazy(() => parts.health());
  }

  /** The health form's controller, once its part is there (asking for it). */
  get healthForm(): HealthController | undefined {
    const part = this.health.module;
    if (part) this.controller ??= new part.HealthController(this.host, this.form);
    return this.controller;
  }

  /** The health form's controller if it was built, without asking for its part. */
  get builtHealthForm(): HealthController | undefined {
    return this.controller;
  }

  /** Once, when the browser is idle: the parts of the screens a parent is likely to open next. */
  prefetchWhenIdle(): void {
    this.prefetchRegistration();
    this.pages.prefetchWhenIdle();
    this.health.prefetchWhenIdle();
  }

  /** Once, when the browser is idle: the registration's next steps and confirmation, so "Suivant" does not wait. */
  prefetchRegistration(): void {
    this.steps.prefetchWhenIdle();
    this.done.prefetchWhenIdle();
  }

  /**
   * Once the child's record is there: the health form or change request starts
   * from it (or from its draft). Gives the screen shown (`child-id` opens the
   * health form when it is due), or undefined while the form's part is still
   * loading (`child-id` waits for the health form's too, to know whether a health draft is kept).
   */
  start(screen: Screen, record: ChildRecord, loaded: Loaded, flow: RegisterController): Screen | undefined {
    if (screen.name === 'change') {
      // A change request starts from its draft with the form's model, which the steps part brings.
      if (!this.steps.module) return undefined;
      flow.startChange(record, loaded);
      return screen;
    }
    if (screen.name === 'child' && !screen.auto) return screen;
    const health = this.healthForm;
    if (!health) return undefined;
    if (screen.name === 'health') {
      health.start(record, loaded);
      return screen;
    }
    const due = record.healthForm !== 'complete' || health.hasDraft(record.id);
    if (!due || pendingChange(loaded.family, record.id)) return screen;
    return this.start({ name: 'health', childId: record.id }, record, loaded, flow);
  }
}
