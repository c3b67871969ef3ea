import type { CSSResult, ReactiveController, TemplateResult } from 'lit';
import { LazyController, type FocusController, type LazyHost } from '../../shared/controllers/index.js';
import type { MessageBundle } from '../../shared/i18n/localize.js';
import type { Loaded, Screen } from './enrol-view.js';
import type * as OutcomeView from './outcome-view.js';
import { parts } from './parts.js';
import type * as StepsView from './steps-view.js';

/** What a part brings beside its templates: its messages, and styles for the element's shadow root. */
interface Part {
  readonly messages: readonly MessageBundle[];
  readonly styles?: readonly CSSResult[];
}

export interface EnrolPartsOptions {
  focus: FocusController;
  screen(): Screen;
  /** What the element has read, once read. */
  loaded(): Loaded | undefined;
}

/** Waits for the browser to be idle (a moment later where it cannot tell). */
function whenIdle(run: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}

/**
 * The parts of `<child-enrol>` downloaded when first shown (parts.ts): each
 * with its messages in the language shown and its styles; the one the parent
 * is likely to open next asked for while the browser is idle; and focus asked
 * for in a part landing there once it is shown, after "Réessayer" too.
 */
export class EnrolPartsController implements ReactiveController {
  /** The enrolment steps and `<camp-week-picker>`. */
  readonly steps: LazyController<typeof StepsView>;
  /** The answers to "Valider", closing, unsubscribing and `<family-cart>`. */
  readonly outcome: LazyController<typeof OutcomeView>;
  /** Focus asked for on a screen whose part is downloading: the focus controller waits while it is busy. */
  private focusInPart: { part: LazyController<unknown>; target: string; screen: Screen } | undefined;
  /** Focus that could not land because the part's download failed: it lands once "Réessayer" brings the part. */
  private focusAfterRetry: typeof this.focusInPart;
  /** The parts already asked for while the browser was idle. */
  private readonly prefetched = new Set<LazyController<unknown>>();

  constructor(
    private readonly host: LazyHost & HTMLElement,
    private readonly options: EnrolPartsOptions,
  ) {
    host.addController(this);
    // `parts` is read at each download, so that a test can make one fail.
    this.steps = this.part(() => parts.steps());
    this.outcome = this.part(() => parts.outcome());
  }

  /** A part's template once it is downloaded; a skeleton before, or the error with "Réessayer". */
  render<M>(part: LazyController<M>, lines: number, view: (module: M) => TemplateResult): TemplateResult {
    const target = this.options.focus.requested;
    if (part.module === undefined && target)
      this.focusInPart = { part, target, screen: this.options.screen() };
    return part.render(lines, view);
  }

  hostUpdate(): void {
    const retried = this.focusAfterRetry;
    if (!retried) return;
    if (this.options.focus.requested || this.options.screen() !== retried.screen) {
      // The parent went elsewhere meanwhile.
      this.focusAfterRetry = undefined;
    } else if (retried.part.module !== undefined) {
      this.focusAfterRetry = undefined;
      this.options.focus.request(retried.target);
    }
  }

  hostUpdated(): void {
    // The focus controller (updated before this one) lets go of a target when the download failed.
    const waiting = this.focusInPart;
    if (waiting && !this.options.focus.requested) {
      this.focusInPart = undefined;
      if (waiting.part.module === undefined) this.focusAfterRetry = waiting;
    }
    this.prefetchNext();
  }

  /**
   * What the parent is likely to open next comes while they read, so that they do not wait for it:
   * the steps from the home screen (closing and unsubscribing too when the family has enrolments),
   * the answers from the steps.
   */
  private prefetchNext(): void {
    const loaded = this.options.loaded();
    if (!loaded) return;
    const screen = this.options.screen().name;
    const next =
      screen === 'home'
        ? [this.steps, ...(loaded.enrolments.length > 0 ? [this.outcome] : [])]
        : screen === 'steps'
          ? [this.outcome]
          : [];
    for (const part of next) {
      if (this.prefetched.has(part)) continue;
      // Once: a failed download waits for the parent's "Réessayer".
      this.prefetched.add(part);
      whenIdle(() => part.prefetch());
    }
  }

  /** A part downloaded on first use, then its messages in the language shown and its styles. */
  private part<M extends Part>(load: () => Promise<M>): LazyController<M> {
    return new LazyController(this.host, async () => {
      const module = await load();
      await this.host.i18n.use(module.messages);
      this.adoptStyles(module.styles ?? []);
      return module;
    });
  }

  /** Adds a part's styles to the element's shadow root (constructed style sheets: no inline style for the CSP). */
  private adoptStyles(styles: readonly CSSResult[]): void {
    const root = this.host.shadowRoot;
    if (!root) return;
    const sheets = styles.flatMap((style) => style.styleSheet ?? []);
    root.adoptedStyleSheets = [
      ...root.adoptedStyleSheets,
      ...sheets.filter((sheet) => !root.adoptedStyleSheets.includes(sheet)),
    ];
  }
}
