import { html, nothing } from 'lit';
import { errorSummary, focusField } from '../../shared/ui/index.js';
import type { DialogContext } from './dialogs.js';

// What the dialogs' forms share: their fields' error marks, their date fields, and their error summary.

interface Issue {
  fieldId: string;
  message: string;
}

/** How a dialog's field shows its error (the first issue about it): its class, `aria-invalid`, its message and its id. */
export interface FieldMarks {
  has(field: string): boolean;
  fieldClass(field: string): string;
  invalid(field: string): 'true' | 'false';
  message(field: string): unknown;
  describedBy(field: string): string | typeof nothing;
}

/**
 * The marks of the fields `<prefix>-<field>` in error; `fieldOf` names the
 * field an issue is about (several inputs may share one, as a fieldset's).
 */
export function fieldMarks(
  prefix: string,
  issues: readonly Issue[],
  fieldOf: (fieldId: string) => string = (fieldId) => fieldId.slice(prefix.length + 1),
): FieldMarks {
  const messages = new Map<string, string>();
  for (const issue of issues) {
    const field = fieldOf(issue.fieldId);
    if (!messages.has(field)) messages.set(field, issue.message);
  }
  return {
    has: (field) => messages.has(field),
    fieldClass: (field) => (messages.has(field) ? 'field field--error' : 'field'),
    invalid: (field) => (messages.has(field) ? 'true' : 'false'),
    message: (field) =>
      messages.has(field)
        ? html`<p class="error-message" id="${prefix}-${field}-error">${messages.get(field)}</p>`
        : nothing,
    describedBy: (field) => (messages.has(field) ? `${prefix}-${field}-error` : nothing),
  };
}

/** The value of the input an event came from. */
export const inputValue = (event: Event) => (event.target as HTMLInputElement).value;

/** A date field `<prefix>-<field>`, with its label and its error. */
export function dateField(
  marks: FieldMarks,
  prefix: string,
  field: string,
  label: string,
  value: string | undefined,
  onInput: (date: string) => void,
) {
  return html`<div class=${marks.fieldClass(field)}>
    <label class="label" for="${prefix}-${field}">${label}</label>
    ${marks.message(field)}
    <input
      id="${prefix}-${field}"
      class="input input--w10"
      type="date"
      aria-invalid=${marks.invalid(field)}
      aria-describedby=${marks.describedBy(field)}
      .value=${value ?? ''}
      @input=${(event: Event) => onInput(inputValue(event))}
    />
  </div>`;
}

/** The dialog's error summary, each link moving focus to its field. */
export function dialogErrors(context: DialogContext, issues: readonly Issue[]) {
  return errorSummary({
    i18n: context.i18n,
    issues,
    headingLevel: Math.min(context.headingLevel + 2, 6),
    onFollow: (id) => {
      const root = context.root();
      if (root) focusField(root, id);
    },
  });
}
