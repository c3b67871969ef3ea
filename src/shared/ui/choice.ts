import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Localizer } from '../i18n/localize.js';
import { describedBy, fieldNotes, labelText } from './field-parts.js';

export interface RadioGroupOptions {
  i18n: Localizer;
  /** Base id: each button is `${id}-${value}`; links to the group target the first one. */
  id: string;
  name: string;
  legend: string;
  hint?: string | undefined;
  choices: readonly { value: string; label: string }[];
  value: string;
  required?: boolean;
  error?: string | undefined;
  /** Side by side (Oui / Non) instead of one under the other. */
  inline?: boolean;
  onChange: (value: string) => void;
}

/** A question with radio buttons in a fieldset, its legend the question (GOV.UK pattern). */
export function radioGroup(options: RadioGroupOptions) {
  const { i18n, id, error, hint } = options;
  const described = describedBy(id, hint, error);
  return html`<fieldset
    class="field ${error ? 'field--error' : ''}"
    part="field"
    aria-describedby=${described || nothing}
  >
    <legend class="label" part="label">${labelText(i18n, options.legend, options)}</legend>
    ${fieldNotes(i18n, id, hint, error)}
    <div class="choices ${options.inline ? 'choices--inline' : ''}">
      ${options.choices.map(({ value, label }) => {
        const choiceId = `${id}-${value}`;
        return html`<div class="choice" part="choice">
          <input
            type="radio"
            id=${choiceId}
            name=${options.name}
            value=${value}
            ?required=${options.required ?? false}
            aria-invalid=${error ? 'true' : 'false'}
            .checked=${live(options.value === value)}
            @change=${() => options.onChange(value)}
          />
          <label for=${choiceId}>${label}</label>
        </div>`;
      })}
    </div>
  </fieldset>`;
}

export interface CheckboxOptions {
  id: string;
  name: string;
  label: string;
  checked: boolean;
  hint?: string | undefined;
  /** The id of an error message about this box or its group. */
  describedBy?: string | undefined;
  onChange: (checked: boolean) => void;
}

/** One box to tick, its label beside it. */
export function checkbox(options: CheckboxOptions) {
  const { id, hint } = options;
  const describedBy = [hint ? `${id}-hint` : '', options.describedBy ?? ''].filter(Boolean).join(' ');
  return html`<div class="choice" part="choice">
    <input
      type="checkbox"
      id=${id}
      name=${options.name}
      aria-describedby=${describedBy || nothing}
      .checked=${live(options.checked)}
      @change=${(event: Event) => options.onChange((event.target as HTMLInputElement).checked)}
    />
    <label for=${id}
      >${options.label}${hint ? html`<span class="hint choice__hint" id="${id}-hint">${hint}</span>` : nothing}</label
    >
  </div>`;
}
