import { html, nothing } from 'lit';
import type { HistoryParams, StatusHistoryEntry } from '../../domain/index.js';
import type { HistoryKey } from '../i18n/history/index.js';
import { localString } from '../i18n/local-text.js';
import type { Localizer, MessageParams } from '../i18n/localize.js';

export interface TimelineOptions {
  /** An element that registers `historyMessages` (src/shared/i18n/history). */
  i18n: Localizer<HistoryKey>;
  /** Oldest first, as on the wire. */
  entries: readonly StatusHistoryEntry[];
  /** The label to show for an entry: the element's translation of its code, else the service's label. */
  labelFor?: (entry: StatusHistoryEntry) => string;
  headingLevel?: number;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const listFormats = new Map<string, Intl.ListFormat>();

/** A parameter as the parent reads it: ISO dates formatted, a week in the language's form, lists joined. */
function shown(i18n: Localizer<HistoryKey>, name: string, value: HistoryParams[string]): string | number {
  if (Array.isArray(value)) {
    const format = listFormats.get(i18n.locale) ?? new Intl.ListFormat(i18n.locale, { type: 'conjunction' });
    listFormats.set(i18n.locale, format);
    return format.format(value.map((item) => String(shown(i18n, name, item))));
  }
  if (typeof value === 'number') return value;
  // A commune's text (a camp's name): in the parent's language when the commune gave it.
  if (typeof value === 'object') return localString(i18n, value);
  if (isoDate.test(value)) return i18n.date(value);
  return name === 'week' ? i18n.week(value) : value;
}

/**
 * What the service says on an entry: its sentence from the code and
 * parameters in the parent's language, then the words a person wrote; from a
 * backend that sends no parameters (or a code we do not know), its message as sent.
 */
export function entryMessage(i18n: Localizer<HistoryKey>, entry: StatusHistoryEntry): string | undefined {
  const key = `history.${entry.messageCode ?? entry.status}`;
  if (!entry.params || !i18n.has(key)) return entry.message;
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(entry.params)) params[name] = shown(i18n, name, value);
  const sentence = i18n.t(key as HistoryKey, params);
  return entry.message ? `${sentence} ${i18n.t('history.reason', { reason: entry.message })}` : sentence;
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
            ${newestFirst.map((entry) => {
              const message = entryMessage(i18n, entry);
              return html`<li>
                <span class="timeline__label">${labelFor(entry)}</span>
                <span class="timeline__meta"
                  ><time datetime=${entry.at}>${i18n.when(entry.at)}</time>${
                    entry.author ? html` · ${i18n.t('ui.by', { author: entry.author })}` : nothing
                  }</span
                >
                ${message ? html`<p class="timeline__message">${message}</p>` : nothing}
              </li>`;
            })}
          </ol>`
    }
  </div>`;
}
