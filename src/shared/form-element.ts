import type { Task } from '@lit/task';
import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AdapterError } from '../adapter/index.js';
import type { Country, FieldIssue, StatusHistoryEntry } from '../domain/index.js';
import { FpElement } from './base-element.js';
import { ActionController, FocusController } from './controllers/index.js';
import type { CoreKey } from './i18n/localize.js';
import { errorPanel, errorSummary, focusField, skeleton, type SummaryIssue } from './ui/index.js';

/**
 * The base of the elements that take a parent through a form in steps
 * (`<parent-register>`, `<child-register>`): their heading, where focus goes
 * after each step, the wording of field problems and of status history.
 */
export class FpFormElement<K extends string = never> extends FpElement<K> {
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

  /** @internal The problems of the step shown, in the order of its fields. */
  @state() protected issues: readonly FieldIssue[] = [];

  /** @internal After "Modifier" on the recap, "Continuer" returns to the recap. */
  @state() protected editingFromRecap = false;

  /** @internal Keeps what the parent typed (and `submission.pending`): each element knows its draft. */
  protected saveDraft(): void {}

  /**
   * @internal "Continuer": the step's problems, with focus on their summary;
   * without any, `next()` moves on and focus goes to the new step's heading.
   */
  protected continueWith(issues: readonly FieldIssue[], next: () => void): void {
    this.issues = issues;
    if (issues.length > 0) {
      this.nextFocus.request('error-summary');
      return;
    }
    next();
    this.editingFromRecap = false;
    this.submission.clearError();
    this.nextFocus.request('step-heading');
    this.saveDraft();
  }

  /**
   * @internal Back to an earlier step (`back()` shows it): to its heading, or,
   * from the recap's "Modifier", to the answer `fieldId`, and then straight back.
   */
  protected goBack(back: () => void, fieldId?: string): void {
    back();
    this.submission.clearError();
    this.editingFromRecap = fieldId !== undefined;
    this.nextFocus.request(fieldId ? `#${fieldId}` : 'step-heading');
    this.saveDraft();
  }

  /**
   * @internal A step's form: its problems first (the error summary, whose
   * links move focus to the fields), the required-fields legend, then the
   * fields; Enter or "Continuer" (a submit button in `content`) calls `onContinue`.
   */
  protected stepForm(summary: readonly SummaryIssue[], onContinue: () => void, content: unknown) {
    return html`${errorSummary({
        i18n: this.i18n,
        issues: summary,
        onFollow: (id: string) => this.shadowRoot && focusField(this.shadowRoot, id),
      })}
      <p class="hint">${this.t('ui.requiredLegend')}</p>
      <form
        part="form"
        novalidate
        @submit=${(event: Event) => {
          event.preventDefault();
          onContinue();
        }}
      >
        ${content}
      </form>`;
  }

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

  /**
   * @internal The message for a field problem: the element's own wording for
   * that field first (`<prefix>.<code>.<field>`), then the country's, then the rule's.
   */
  protected issueMessage(issue: FieldIssue, prefix: string, country: Country): string {
    const candidates = [
      `${prefix}.${issue.code}.${issue.field}`,
      `field.${issue.code}.${country}`,
      `field.${issue.code}`,
    ];
    const key = candidates.find((candidate): candidate is CoreKey | K => this.i18n.has(candidate));
    return this.t(key ?? 'field.invalid');
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
