import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { Localizer } from '../i18n/localize.js';
import { describedBy, fieldNotes, labelText } from './field-parts.js';

export interface TextFieldOptions {
  i18n: Localizer;
  /** The input's id: the target of the label, of the error summary's link and of "Modifier". */
  id: string;
  name: string;
  label: string;
  value: string;
  /** Marks the label with `*` and sets `required` (the form uses `novalidate`: messages are ours). */
  required?: boolean;
  /** Adds "(facultatif)" to the label. */
  optional?: boolean;
  hint?: string | undefined;
  /** The message shown above the input; the field is then marked invalid. */
  error?: string | undefined;
  type?: string;
  autocomplete?: string;
  inputmode?: string;
  /** Width in characters, as a hint of what is expected (`4` for a postcode). */
  width?: '2' | '4' | '5' | '10' | '20' | 'full';
  /** A `<textarea>` of this many rows instead of a one-line input (free text: treatments, needs). */
  rows?: number;
  /** Longest text accepted; the browser stops typing there. */
  maxLength?: number;
  onInput: (value: string) => void;
}

/** How a form lays out one of its text fields: the options it sets beside the field's own. */
export type FieldLayout = Partial<
  Pick<TextFieldOptions, 'width' | 'hint' | 'autocomplete' | 'inputmode' | 'type'>
>;

/** Label, hint, error and input, linked for assistive technologies (GOV.UK pattern). */
export function textField(options: TextFieldOptions) {
  const { i18n, id, error, hint } = options;
  const described = describedBy(id, hint, error);
  const width = options.width && options.width !== 'full' ? ` input--w${options.width}` : '';
  const classes = `field${error ? ' field--error' : ''}${options.width === 'full' ? ' field--grow' : ''}`;
  return html`<div class=${classes} part="field">
    <label class="label" part="label" for=${id}> ${labelText(i18n, options.label, options)} </label>
    ${fieldNotes(i18n, id, hint, error)}
    ${
      options.rows
        ? html`<textarea
            class="input textarea"
            part="input"
            id=${id}
            name=${options.name}
            rows=${options.rows}
            maxlength=${ifDefined(options.maxLength)}
            ?required=${options.required ?? false}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${described || nothing}
            .value=${live(options.value)}
            @input=${(event: Event) => options.onInput((event.target as HTMLTextAreaElement).value)}
          ></textarea>`
        : html`<input
            class="input${width}"
            part="input"
            id=${id}
            name=${options.name}
            type=${options.type ?? 'text'}
            autocomplete=${ifDefined(options.autocomplete)}
            inputmode=${ifDefined(options.inputmode)}
            maxlength=${ifDefined(options.maxLength)}
            spellcheck=${options.type === 'email' || options.inputmode === 'numeric' ? 'false' : nothing}
            ?required=${options.required ?? false}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${described || nothing}
            .value=${live(options.value)}
            @input=${(event: Event) => options.onInput((event.target as HTMLInputElement).value)}
          />`
    }
  </div>`;
}
