import { html, nothing } from 'lit';
import type { RequestReceipt, StatusHistoryEntry } from '../../domain/index.js';
import type { Localizer, CoreKey } from '../i18n/localize.js';
import { statusTimeline } from './timeline.js';

export interface RequestListOptions {
  i18n: Localizer;
  /** In any order: shown newest first. */
  requests: readonly RequestReceipt[];
  labelFor: (entry: StatusHistoryEntry) => string;
  /** What a request changes, under its summary (field names in the parent's words). */
  changesOf?: (request: RequestReceipt) => string | undefined;
  /** The level of each request's history heading. */
  headingLevel?: number;
}

/** Requests, newest first: kind, number, date and status; each opens on its status history. */
export function requestList({ i18n, requests, labelFor, changesOf, headingLevel = 4 }: RequestListOptions) {
  const newestFirst = [...requests].sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
  return html`<ul class="requests" part="requests">
    ${newestFirst.map((request) => {
      const changes = changesOf?.(request);
      return html`<li>
        <details>
          <summary>
            <span>${i18n.t(`ui.kind.${request.kind}` as CoreKey)}</span>
            <span class="muted"
              >${i18n.t('ui.requestNumber')} ${request.number} · ${i18n.when(request.submittedAt)}</span
            >
            <span class="badge badge--${request.status}"
              >${i18n.t(`ui.requestStatus.${request.status}` as CoreKey)}</span
            >
          </summary>
          ${changes ? html`<p>${changes}</p>` : nothing}
          ${statusTimeline({ i18n, entries: request.history, labelFor, headingLevel })}
        </details>
      </li>`;
    })}
  </ul>`;
}
