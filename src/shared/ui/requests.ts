import { html, nothing } from 'lit';
import type { RequestReceipt, StatusHistoryEntry } from '../../domain/index.js';
import type { HistoryKey } from '../i18n/history/index.js';
import type { Localizer } from '../i18n/localize.js';
import type { RegistrationKey } from '../i18n/registration/index.js';
import { statusTimeline } from './timeline.js';

export interface RequestListOptions {
  /** With the registration messages (request kinds and statuses) and the history's. */
  i18n: Localizer<RegistrationKey | HistoryKey>;
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
            <span>${i18n.t(`ui.kind.${request.kind}`)}</span>
            <span class="muted"
              >${i18n.t('ui.requestNumber')} ${request.number} · ${i18n.when(request.submittedAt)}</span
            >
            <span class="badge badge--${request.status}"
              >${i18n.t(`ui.requestStatus.${request.status}`)}</span
            >
          </summary>
          ${changes ? html`<p>${changes}</p>` : nothing}
          ${statusTimeline({ i18n, entries: request.history, labelFor, headingLevel })}
        </details>
      </li>`;
    })}
  </ul>`;
}
