import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ThreadList, ThreadSummary } from '../../domain/index.js';
import { localText } from '../../shared/i18n/local-text.js';
import type { CoreKey, LocalizeController } from '../../shared/i18n/localize.js';
import { button } from '../../shared/ui/index.js';
import type { InboxKey } from './messages/index.js';
import type { InboxView } from './view.js';

/** "1 nouveau message", "3 nouveaux messages": a count in words, by its plural. */
export function countWords(
  i18n: LocalizeController<InboxKey>,
  prefix: 'inbox.unread' | 'inbox.thread.unread' | 'inbox.thread.count',
  count: number,
): string {
  return i18n.t(`${prefix}.${count === 1 ? 'one' : 'other'}` as CoreKey | InboxKey, { count });
}

/** The unread badge: its number in sight, its words for screen readers. */
function unreadBadge(view: InboxView, count: number) {
  if (count === 0) return nothing;
  return html`<span class="badge badge--unread" part="unread"
    ><span aria-hidden="true">${count}</span
    ><span class="visually-hidden">${countWords(view.i18n, 'inbox.thread.unread', count)}</span></span
  >`;
}

function renderThread(view: InboxView, thread: ThreadSummary) {
  const { t, i18n } = view;
  const unread = thread.unreadCount > 0;
  return html`<li
    class="thread ${unread ? 'thread--unread' : ''}"
    part="thread${unread ? ' thread-unread' : ''}"
  >
    <span data-button="open-${thread.id}"
      ><button type="button" class="thread__open" part="thread-open" @click=${() => view.open(thread)}>
        <span class="thread__subject">${thread.subject}</span> ${unreadBadge(view, thread.unreadCount)}
      </button></span
    >
    <p class="thread__service">
      ${localText(i18n, thread.serviceName)}${
        thread.themeName
          ? html` · <span class="thread__theme">${localText(i18n, thread.themeName)}</span>`
          : nothing
      }
    </p>
    <p class="thread__facts">
      <span
        >${t('inbox.thread.last', { date: i18n.date(thread.lastMessageAt), time: i18n.time(thread.lastMessageAt) })}</span
      >
      <span>${countWords(i18n, 'inbox.thread.count', thread.messageCount)}</span>
      <span class="thread__state thread__state--${thread.lastFrom}" part="thread-state"
        >${t(thread.lastFrom === 'service' ? 'inbox.thread.answered' : 'inbox.thread.waiting')}</span
      >
    </p>
  </li>`;
}

/** "Nouveau message", then the threads, most recent first, or the empty state. */
export function renderList(view: InboxView, list: ThreadList) {
  return html`<div class="toolbar">
      <span data-button="compose"
        >${button({ label: view.t('inbox.compose'), variant: 'primary', onClick: () => view.compose() })}</span
      >
    </div>
    ${
      list.threads.length === 0
        ? html`<p class="empty" part="empty">${view.t('inbox.empty')}</p>`
        : html`<ul class="threads" part="threads" aria-label=${view.t('inbox.threads')}>
            ${repeat(
              list.threads,
              (thread) => thread.id,
              (thread) => renderThread(view, thread),
            )}
          </ul>`
    }`;
}

/** The element's heading: "Messagerie", and "(2 nouveaux messages)" when some are unread. */
export function headingText(view: Pick<InboxView, 'i18n' | 't'>, list: ThreadList | undefined) {
  const unread = list?.unreadCount ?? 0;
  return html`${view.t('inbox.title')}${
    unread > 0
      ? html` <span class="unread-total" part="unread-total"
          >(${countWords(view.i18n, 'inbox.unread', unread)})</span
        >`
      : nothing
  }`;
}
