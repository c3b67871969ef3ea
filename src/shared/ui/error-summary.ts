import { html, nothing } from 'lit';
import type { Localizer } from '../i18n/localize.js';

export interface SummaryIssue {
  /** The id of the input the link leads to. */
  fieldId: string;
  message: string;
}

export interface ErrorSummaryOptions {
  i18n: Localizer;
  issues: readonly SummaryIssue[];
  /** Moves focus to the field (links inside a shadow root cannot do it by `href` alone). */
  onFollow: (fieldId: string) => void;
  headingLevel?: number;
}

/**
 * "Il y a un problème": every problem of the step, each a link to its field.
 * Shown after "Continuer" and focused, so that it is read first.
 */
export function errorSummary({ i18n, issues, onFollow, headingLevel = 3 }: ErrorSummaryOptions) {
  if (issues.length === 0) return nothing;
  return html`<div
    class="error-summary"
    part="error-summary"
    tabindex="-1"
    aria-labelledby="error-summary-title"
  >
    <div class="error-summary__title" id="error-summary-title" role="heading" aria-level=${headingLevel}>
      ${i18n.t('ui.errorSummaryTitle')}
    </div>
    <ul>
      ${issues.map(
        (issue) =>
          html`<li>
            <a
              href="#${issue.fieldId}"
              @click=${(event: Event) => {
                event.preventDefault();
                onFollow(issue.fieldId);
              }}
              >${issue.message}</a
            >
          </li>`,
      )}
    </ul>
  </div>`;
}

/** Focuses the error summary of `root`, if shown. */
export function focusErrorSummary(root: ParentNode): void {
  root.querySelector<HTMLElement>('[part~="error-summary"]')?.focus();
}

/**
 * Focuses a field and brings its label into view with it: `focus()` alone
 * would scroll the label and the error message out of sight.
 */
export function focusField(
  root: ParentNode & { getElementById?(id: string): HTMLElement | null },
  fieldId: string,
): void {
  const field = root.getElementById?.(fieldId) ?? root.querySelector<HTMLElement>(`#${CSS.escape(fieldId)}`);
  if (!field) return;
  field.focus({ preventScroll: true });
  const group = field.closest('.field') ?? field;
  group.scrollIntoView?.({ block: 'nearest' });
}
