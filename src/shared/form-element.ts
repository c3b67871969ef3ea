import { html } from 'lit';
import { state } from 'lit/decorators.js';
import type { Country, FieldIssue } from '../domain/index.js';
import type { CoreKey } from './i18n/localize.js';
import { FpPageElement } from './page-element.js';
import { errorSummary, focusField, type SummaryIssue } from './ui/index.js';

/**
 * The base of the elements that take a parent through a form in steps
 * (`<parent-register>`, `<child-register>`): on top of a page element's
 * heading, focus and action, the steps' problems and their wording, "Continuer"
 * and "Modifier".
 */
export class FpFormElement<K extends string = never> extends FpPageElement<K> {
  /** @internal The problems of the step shown, in the order of its fields. */
  @state() protected issues: readonly FieldIssue[] = [];

  /** @internal After "Modifier" on the recap, "Continuer" returns to the recap. */
  @state() protected editingFromRecap = false;

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
}
