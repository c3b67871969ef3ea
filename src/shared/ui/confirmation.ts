import { html, nothing } from 'lit';
import type { Localizer } from '../i18n/localize.js';

export interface ConfirmationOptions {
  i18n: Localizer;
  title: string;
  /** The number parents quote to the service. */
  requestNumber: string;
  trackingCode?: string;
  /** When the service recorded it (ISO). */
  savedAt?: string;
  headingLevel?: number;
}

/** The panel after a successful submission: what happened and the reference to quote. */
export function confirmationPanel({
  i18n,
  title,
  requestNumber,
  trackingCode,
  savedAt,
  headingLevel = 3,
}: ConfirmationOptions) {
  return html`<div class="confirmation" part="confirmation">
    <div class="confirmation__title" role="heading" aria-level=${headingLevel}>${title}</div>
    <p class="confirmation__reference">
      ${i18n.t('ui.requestNumber')}<br /><strong>${requestNumber}</strong>
    </p>
    ${trackingCode ? html`<p>${i18n.t('ui.trackingCode')} : <strong>${trackingCode}</strong></p>` : nothing}
    ${savedAt ? html`<p>${i18n.t('ui.savedOn', { date: i18n.when(savedAt) })}</p>` : nothing}
  </div>`;
}
