import { html, nothing } from 'lit';
import type { StatusHistoryEntry } from '../../domain/index.js';
import type { Localizer } from '../i18n/localize.js';

export interface TimelineOptions {
  i18n: Localizer;
  /** Oldest first, as on the wire. */
  entries: readonly StatusHistoryEntry[];
  /** The label to show for an entry: the element's translation of its code, else the service's label. */
  labelFor?: (entry: StatusHistoryEntry) => string;
  headingLevel?: number;
}

/** A request's status history, newest first: label, date and time, who, and the service's message. */
export function statusTimeline({
  i18n,
  entries,
  labelFor = (entry) => entry.label,
  headingLevel = 3,
}: TimelineOptions) {
  const newestFirst = [...entries].reverse();
  return html`<div class="timeline" part="timeline">
    <div class="h3" role="heading" aria-level=${headingLevel}>${i18n.t('ui.history')}</div>
    ${
      newestFirst.length === 0
        ? html`<p class="muted">${i18n.t('ui.historyEmpty')}</p>`
        : html`<ol>
            ${newestFirst.map(
              (entry) =>
                html`<li>
                  <span class="timeline__label">${labelFor(entry)}</span>
                  <span class="timeline__meta"
                    ><time datetime=${entry.at}>${i18n.when(entry.at)}</time>${
                      entry.author ? html` · ${i18n.t('ui.by', { author: entry.author })}` : nothing
                    }</span
                  >
                  ${entry.message ? html`<p class="timeline__message">${entry.message}</p>` : nothing}
                </li>`,
            )}
          </ol>`
    }
  </div>`;
}
