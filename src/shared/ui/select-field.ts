import { html, nothing } from 'lit';
import type { Localizer } from '../i18n/localize.js';

export interface SelectFieldOptions {
  i18n: Localizer;
  /** The list's id: the target of the label and of the error summary's link. */
  id: string;
  name: string;
  label: string;
  /** The first, empty choice ("Choisissez…"). */
  placeholder: string;
  options: readonly { value: string; label: string }[];
  value: string;
  hint?: string | undefined;
  error?: string | undefined;
  disabled?: boolean;
  onChange: (value: string) => void;
}

/** Label, hint, error and a required list of choices, linked for assistive technologies. */
export function selectField(options: SelectFieldOptions) {
  const { i18n, id, error, hint, value } = options;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field ${error ? 'field--error' : ''}" part="field">
    <label class="label" part="label" for=${id}>
      ${options.label}<span class="required-mark" aria-hidden="true">*</span>
    </label>
    ${hint ? html`<span class="hint" part="hint" id="${id}-hint">${hint}</span>` : nothing}
    ${
      error
        ? html`<span class="error-message" part="error" id="${id}-error"
            ><span class="visually-hidden">${i18n.t('ui.errorPrefix')}</span> ${error}</span
          >`
        : nothing
    }
    <select
      class="input select"
      part="input"
      id=${id}
      name=${options.name}
      required
      ?disabled=${options.disabled ?? false}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
      @change=${(event: Event) => options.onChange((event.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${!value}>${options.placeholder}</option>
      ${options.options.map(
        (option) =>
          html`<option value=${option.value} ?selected=${value === option.value}>${option.label}</option>`,
      )}
    </select>
  </div>`;
}
