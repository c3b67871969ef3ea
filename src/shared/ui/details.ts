import { html, type TemplateResult } from 'lit';

/** Read-only details ("Mes informations", a child's identity): label and value, row by row. */
export function detailsList(rows: readonly (readonly [label: string, value: string | TemplateResult])[]) {
  return html`<dl class="details" part="details">
    ${rows.map(
      ([label, value]) =>
        html`<div>
          <dt>${label}</dt>
          <dd>${value}</dd>
        </div>`,
    )}
  </dl>`;
}
