import { html, nothing } from 'lit';
import type { Localizer } from '../i18n/localize.js';
import { describedBy, fieldNotes, labelText } from './field-parts.js';

export interface SelectFieldOptions {
  i18n: Localizer;
  /** The list's id: the target of the label and of the error summary's link. */
  id: string;
  name: string;
  label: string;
  /** The first, empty choice ("Choisissez…"). */
  placeholder: string;
  /** `lang`: a label in another language than the element's (a commune's text shown in its fallback). */
  options: readonly { value: string; label: string; lang?: string | undefined }[];
  value: string;
  hint?: string | undefined;
  error?: string | undefined;
  disabled?: boolean;
  onChange: (value: string) => void;
}

/** Label, hint, error and a required list of choices, linked for assistive technologies. */
export function selectField(options: SelectFieldOptions) {
  const { i18n, id, error, hint, value } = options;
  const described = describedBy(id, hint, error);
  return html`<div class="field ${error ? 'field--error' : ''}" part="field">
    <label class="label" part="label" for=${id}>
      ${labelText(i18n, options.label, { required: true })}
    </label>
    ${fieldNotes(i18n, id, hint, error)}
    <select
      class="input select"
      part="input"
      id=${id}
      name=${options.name}
      required
      ?disabled=${options.disabled ?? false}
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${described || nothing}
      @change=${(event: Event) => options.onChange((event.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${!value}>${options.placeholder}</option>
      ${options.options.map(
        (option) =>
          html`<option
            value=${option.value}
            lang=${option.lang ?? nothing}
            ?selected=${value === option.value}
          >
            ${option.label}
          </option>`,
      )}
    </select>
  </div>`;
}
