import { html, nothing } from 'lit';
import type { AdapterError } from '../../adapter/index.js';
import type { Localizer, CoreKey } from '../i18n/localize.js';
import { button } from './button.js';

export interface SkeletonOptions {
  /** How many lines of content to reserve, so the page does not jump when it arrives. */
  lines: number;
  label: string;
}

/** A placeholder the size of the content being loaded, announced as busy. */
export function skeleton({ lines, label }: SkeletonOptions) {
  return html`<div class="skeleton" part="skeleton" aria-busy="true">
    <span class="visually-hidden" role="status">${label}</span>
    <div class="skeleton__line skeleton__line--title"></div>
    ${Array.from({ length: lines }, () => html`<div class="skeleton__line"></div>`)}
  </div>`;
}

export interface ErrorPanelOptions {
  i18n: Localizer;
  error: AdapterError;
  /** Shown as "Réessayer" when the error is worth retrying. */
  onRetry?: () => void;
  /** While the retry runs. */
  busy?: boolean;
}

/** What went wrong, in the parent's words, the reference to quote, and "Réessayer" when it may work. */
export function errorPanel({ i18n, error, onRetry, busy = false }: ErrorPanelOptions) {
  // The service's code when we have words for it (`change.pending`), else its type's.
  const key = [`ui.error.${error.code}`, `ui.error.${error.type}`].find((candidate) => i18n.has(candidate));
  return html`<div class="callout callout--error" part="error-panel" role="alert">
    <p>${i18n.t((key ?? 'ui.error.server') as CoreKey)}</p>
    ${error.requestId ? html`<p class="hint">${i18n.t('ui.error.reference', { id: error.requestId })}</p>` : nothing}
    ${
      error.retryable && onRetry
        ? button({
            label: i18n.t('ui.retry'),
            variant: 'secondary',
            busy,
            busyLabel: i18n.t('ui.sending'),
            onClick: onRetry,
          })
        : nothing
    }
  </div>`;
}
