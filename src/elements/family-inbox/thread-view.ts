import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Attachment, Thread, ThreadMessage } from '../../domain/index.js';
import { localText } from '../../shared/i18n/local-text.js';
import { button, errorSummary } from '../../shared/ui/index.js';
import { bodyField, filesField, sending, sendingErrors, uploadProgress } from './form-parts.js';
import { downloadSlot, type InboxView } from './view.js';

/** "14 ko", "1,2 Mo": a file's size in the parent's language. */
export function fileSize(view: InboxView, bytes: number): string {
  if (bytes < 1_000_000) return view.t('inbox.size.kb', { size: Math.max(1, Math.round(bytes / 1000)) });
  const size = new Intl.NumberFormat(view.i18n.locale, { maximumFractionDigits: 1 }).format(
    bytes / 1_000_000,
  );
  return view.t('inbox.size.mb', { size });
}

const typeNames: Record<Attachment['mediaType'], string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

/** "Télécharger certificat.pdf, PDF, 14 ko": read, saved with its own name, its failure said beside it. */
function attachmentButton(view: InboxView, attachment: Attachment) {
  const slot = downloadSlot(attachment);
  return html`<li class="attachment" part="attachment">
    ${button({
      label: view.t('inbox.attachment', {
        name: attachment.name,
        type: typeNames[attachment.mediaType],
        size: fileSize(view, attachment.sizeBytes),
      }),
      busy: view.submission.busy(slot),
      busyLabel: view.t('ui.sending'),
      onClick: () => view.download(attachment),
    })}
    ${view.submission.renderError(view.i18n, () => view.download(attachment), slot)}
  </li>`;
}

/** One message: who wrote it, when, its text as typed (never HTML, line breaks kept), its files. */
function renderMessage(view: InboxView, message: ThreadMessage, last: boolean) {
  const { t, i18n } = view;
  const unread = message.from === 'service' && !message.readAt;
  return html`<li
    class="message message--${message.from}"
    part="message message-${message.from}"
    tabindex=${last ? '-1' : nothing}
    data-focus=${last ? 'last-message' : nothing}
  >
    <p class="message__meta">
      <span class="message__from"
        >${t(message.from === 'service' ? 'inbox.message.service' : 'inbox.message.family')}</span
      >
      ${unread ? html`<span class="badge badge--unread" part="new">${t('inbox.message.new')}</span>` : nothing}
      <br />
      <strong class="message__author" part="author">${message.authorName}</strong>
      <time datetime=${message.sentAt}
        >${t('inbox.message.sent', { date: i18n.date(message.sentAt), time: i18n.time(message.sentAt) })}</time
      >
    </p>
    <p class="message__body" part="body">${message.body}</p>
    ${
      message.attachments.length > 0
        ? html`<p class="visually-hidden">${t('inbox.message.attachments')}</p>
            <ul class="attachments" part="attachments">
              ${message.attachments.map((attachment) => attachmentButton(view, attachment))}
            </ul>`
        : nothing
    }
  </li>`;
}

/** "Répondre" open: the problem summary, the text, the files, their progress, the failures and "Envoyer la réponse". */
function renderReplyForm(view: InboxView, thread: Thread) {
  const reply = view.reply!;
  const { t, i18n } = view;
  return html`<section class="reply" part="reply">
    ${view.heading(t('inbox.reply.title'), 2)}
    ${errorSummary({ i18n, issues: reply.issues, onFollow: (id) => view.follow(id) })}
    <form
      part="form"
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        view.sendReply(thread.id);
      }}
    >
      ${bodyField(view, {
        id: 'reply-body',
        label: t('inbox.reply.body'),
        value: reply.body,
        issues: reply.issues,
        onInput: (body) => view.change('reply', { body }),
      })}
      ${filesField(view, 'reply', reply)} ${uploadProgress(view)}
      ${sendingErrors(view, () => view.sendReply(thread.id))}
      <div class="actions">
        ${button({
          label: t('inbox.reply.send'),
          type: 'submit',
          variant: 'primary',
          busy: sending(view),
          busyLabel: t('ui.sending'),
        })}
        ${button({ label: t('inbox.reply.cancel'), onClick: () => view.cancelReply() })}
      </div>
    </form>
  </section>`;
}

/** A thread: "Retour aux messages", its subject (focused), service and theme, its messages oldest first, "Répondre". */
export function renderThread(view: InboxView, thread: Thread) {
  const { t, i18n } = view;
  const lastId = thread.messages.at(-1)?.id;
  return html`<div class="thread-view" part="thread-view">
    <span data-button="back"
      >${button({ label: t('inbox.back'), variant: 'link', onClick: () => view.back() })}</span
    >
    ${view.heading(thread.subject, 1, 'thread-heading')}
    <p class="thread__service" part="thread-service">
      ${localText(i18n, thread.serviceName)}${
        thread.themeName ? html` · ${localText(i18n, thread.themeName)}` : nothing
      }
    </p>
    <ol class="messages" part="messages">
      ${repeat(
        thread.messages,
        (message) => message.id,
        (message) => renderMessage(view, message, message.id === lastId),
      )}
    </ol>
    ${
      view.reply
        ? renderReplyForm(view, thread)
        : html`<span data-button="reply"
            >${button({ label: t('inbox.reply'), variant: 'primary', onClick: () => view.startReply() })}</span
          >`
    }
  </div>`;
}
