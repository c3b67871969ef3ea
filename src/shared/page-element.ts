import type { Task } from '@lit/task';
import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AdapterError } from '../adapter/index.js';
import type { StatusHistoryEntry } from '../domain/index.js';
import { FpElement } from './base-element.js';
import { ActionController, FocusController } from './controllers/index.js';
import type { CoreKey } from './i18n/localize.js';
import { errorPanel, skeleton } from './ui/index.js';

/**
 * The base of the elements that show what they read and send one main
 * action (`<family-calendar>`, and through `FpFormElement` the forms): their
 * heading, where focus goes after each render, their polite announcements,
 * what a reading task shows, the action sent once.
 */
export class FpPageElement<K extends string = never> extends FpElement<K> {
  /** Level of the element's main heading (1–6), to fit the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** @internal Where focus goes after the next render (a new step's heading, a problem summary, an outcome). */
  protected readonly nextFocus = new FocusController(this);

  /**
   * @internal The element's main action, sent once: its key kept with the
   * draft (`saveDraft`) until the service acknowledges it, its button busy
   * meanwhile, its failure shown with "Réessayer" (`submission.renderError`).
   */
  protected readonly submission = new ActionController(this, {
    focus: this.nextFocus,
    persist: () => this.saveDraft(),
  });

  /** @internal Said politely to assistive technologies (a draft abandoned or restored, a deadline passed…). */
  @state() protected status = '';

  /** @internal Keeps what the parent typed (and `submission.pending`): each element knows its draft. */
  protected saveDraft(): void {}

  /** @internal */
  protected t(key: CoreKey | K, params?: Record<string, string | number>): string {
    return this.i18n.t(key, params);
  }

  /** @internal The element's main heading, focusable so that a new step can be announced from it. */
  protected heading(text: string) {
    return html`<div
      role="heading"
      aria-level=${Math.min(Math.max(this.headingLevel, 1), 6)}
      class="title"
      part="heading"
      tabindex="-1"
      data-focus="heading"
    >
      ${text}
    </div>`;
  }

  /** @internal A section's heading, one level below the element's ("Et ensuite ?", "Mes demandes"). */
  protected subheading(text: string) {
    return html`<div class="h3" role="heading" aria-level=${Math.min(Math.max(this.headingLevel, 1) + 1, 6)}>
      ${text}
    </div>`;
  }

  /** @internal A status history entry's label: ours for the codes we know, else the service's words. */
  protected statusLabel = (entry: StatusHistoryEntry): string => {
    const key = `status.${entry.status}`;
    return this.i18n.has(key) ? this.t(key) : entry.label;
  };

  /** @internal The element's content, with its polite announcements (`status`) after it. */
  protected withStatus(content: unknown) {
    return html`<div class="root">
      ${content}
      <p class="visually-hidden" role="status" aria-live="polite">${this.status}</p>
    </div>`;
  }

  /**
   * @internal What a reading task shows: a placeholder while it loads (or, on
   * a reload, what `keep` still shows), the error with "Réessayer", then
   * `view` of what was read; without an adapter, says so.
   */
  protected loadView<T>(
    task: Task<readonly unknown[], T>,
    view: (value: T) => unknown,
    {
      lines = 8,
      label = this.t('ui.loading'),
      keep,
    }: { lines?: number; label?: string; keep?: () => unknown } = {},
  ): unknown {
    if (!this.activeAdapter) return html`<p class="callout" role="alert">${this.t('ui.noAdapter')}</p>`;
    const loading = () => skeleton({ lines, label });
    return task.render({
      initial: loading,
      pending: () => keep?.() ?? loading(),
      complete: view,
      error: (error) =>
        errorPanel({ i18n: this.i18n, error: AdapterError.from(error), onRetry: () => void task.run() }),
    });
  }
}
