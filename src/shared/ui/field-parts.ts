import { html, nothing } from 'lit';
import type { Localizer } from '../i18n/localize.js';

/*
 * The parts every field shares (GOV.UK pattern): the label's marks, the hint
 * and the error message, with the ids the control's aria-describedby names.
 */

/** A label's or legend's text with "*" when required and "(facultatif)" when optional. */
export function labelText(
  i18n: Localizer,
  text: string,
  marks: { required?: boolean; optional?: boolean } = {},
) {
  return html`${text}${marks.required ? html`<span class="required-mark" aria-hidden="true">*</span>` : nothing}
  ${marks.optional ? html`<span class="optional">${i18n.t('ui.optional')}</span>` : nothing}`;
}

/** The error message shown above a field's control, read with "Erreur :" first. */
export function errorMessage(i18n: Localizer, errorId: string, error: string | undefined) {
  return error
    ? html`<span class="error-message" part="error" id=${errorId}
        ><span class="visually-hidden">${i18n.t('ui.errorPrefix')}</span> ${error}</span
      >`
    : nothing;
}

/** The hint, then the error message, of the field `id` (`${id}-hint`, `${id}-error`). */
export function fieldNotes(i18n: Localizer, id: string, hint: string | undefined, error: string | undefined) {
  return html`${hint ? html`<span class="hint" part="hint" id="${id}-hint">${hint}</span>` : nothing}
  ${errorMessage(i18n, `${id}-error`, error)}`;
}

/** What the control of the field `id` is described by: its hint and error, when shown. */
export function describedBy(id: string, hint: string | undefined, error: string | undefined): string {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
}
