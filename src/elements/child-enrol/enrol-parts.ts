import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LazyController, type FocusController, type LazyLocalizer } from '../../shared/controllers/index.js';
import type { Loaded, Screen } from './enrol-view.js';
import type * as HistoryPart from './history-part.js';
import type * as OutcomeView from './outcome-view.js';
import { parts } from './parts.js';
import type * as StepsView from './steps-view.js';

export interface EnrolPartsOptions {
  i18n: LazyLocalizer;
  focus: FocusController;
  screen(): Screen;
  /** What the element has read, once read. */
  loaded(): Loaded | undefined;
}

/**
 * The parts of `<child-enrol>` downloaded when first shown (parts.ts), each
 * with its messages and styles, focus asked for in a part landing there once
 * it is shown; and the one the parent is likely to open next, asked for
 * while the browser is idle.
 */
export class EnrolPartsController implements ReactiveController {
  /** The enrolment steps and `<camp-week-picker>`. */
  readonly steps: LazyController<typeof StepsView>;
  /** The answers to "Valider", closing, unsubscribing and `<family-cart>`. */
  readonly outcome: LazyController<typeof OutcomeView>;
  /** The status history of each enrolment the home screen lists, in its closed details. */
  readonly history: LazyController<typeof HistoryPart>;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly options: EnrolPartsOptions,
  ) {
    host.addController(this);
    const { i18n, focus } = options;
    // `parts` is read at each download, so that a test can make one fail.
    this.steps = new LazyController(host, i18n, () => parts.steps(), { focus });
    this.outcome = new LazyController(host, i18n, () => parts.outcome(), { focus });
    this.history = new LazyController(host, i18n, () => parts.history(), { focus });
  }

  /**
   * What the parent is likely to open next comes while they read, so that they do not wait for it:
   * the steps from the home screen (closing, unsubscribing and the enrolments' histories too when
   * the family has enrolments),
   * the answers from the steps.
   */
  hostUpdated(): void {
    const loaded = this.options.loaded();
    if (!loaded) return;
    const screen = this.options.screen().name;
    if (screen === 'home') {
      this.steps.prefetchWhenIdle();
      if (loaded.enrolments.length > 0) {
        this.history.prefetchWhenIdle();
        this.outcome.prefetchWhenIdle();
      }
    } else if (screen === 'steps') this.outcome.prefetchWhenIdle();
  }
}
