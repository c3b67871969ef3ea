import { html, nothing, type TemplateResult } from 'lit';
import type { Localizer } from '../i18n/localize.js';

export interface RecapRow {
  key: string;
  label: string;
  value: string | TemplateResult;
  /** The id of the input "Modifier" leads to; without it the row cannot be changed here. */
  changeTarget?: string | undefined;
}

export interface RecapOptions {
  i18n: Localizer;
  rows: readonly RecapRow[];
  onChange: (changeTarget: string) => void;
}

/** "Vérifiez vos réponses": one row per answer, each with its "Modifier" link. */
export function recap({ i18n, rows, onChange }: RecapOptions) {
  return html`<dl class="recap" part="recap">
    ${rows.map(
      (row) =>
        html`<div class="recap__row">
          <dt>${row.label}</dt>
          <dd>
            ${row.value === '' ? html`<span class="muted">${i18n.t('ui.notProvided')}</span>` : row.value}
          </dd>
          <dd class="recap__action">
            ${
              row.changeTarget
                ? html`<button
                    type="button"
                    class="link-button"
                    part="change"
                    @click=${() => onChange(row.changeTarget!)}
                  >
                    <span aria-hidden="true">${i18n.t('ui.change')}</span>
                    <span class="visually-hidden">${i18n.t('ui.changeField', { field: row.label })}</span>
                  </button>`
                : nothing
            }
          </dd>
        </div>`,
    )}
  </dl>`;
}
