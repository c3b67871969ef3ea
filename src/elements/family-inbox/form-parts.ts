import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { messageRules } from '../../domain/message-rules.js';
import { errorMessage, filePicker, labelText, type SummaryIssue } from '../../shared/ui/index.js';
import { filesSlot, type InboxForm, type InboxView, type ReplyState } from './view.js';

/*
 * What "Répondre" and "Nouveau message" share: the message's text with the
 * characters left, the attachments, the progress of their upload, and the
 * sending's failures with "Réessayer".
 */

/** The problem shown beside the field `id`, if any. */
export const issueOf = (issues: readonly SummaryIssue[], id: string) =>
  issues.find((issue) => issue.fieldId === id)?.message;

/** The message's text: label, problem, the text area, and the characters left (bodyMax). */
export function bodyField(
  view: InboxView,
  {
    id,
    label,
    value,
    issues,
    onInput,
  }: {
    id: string;
    label: string;
    value: string;
    issues: readonly SummaryIssue[];
    onInput: (value: string) => void;
  },
) {
  const error = issueOf(issues, id);
  const left = Math.max(0, messageRules.bodyMax - value.length);
  return html`<div class="field ${error ? 'field--error' : ''}" part="field">
    <label class="label" part="label" for=${id}>${labelText(view.i18n, label, { required: true })}</label>
    ${errorMessage(view.i18n, `${id}-error`, error)}
    <textarea
      class="input textarea"
      part="input body-input"
      id=${id}
      name="body"
      rows="6"
      maxlength=${messageRules.bodyMax}
      required
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby="${error ? `${id}-error ` : ''}${id}-count"
      .value=${live(value)}
      @input=${(event: Event) => onInput((event.target as HTMLTextAreaElement).value)}
    ></textarea>
    <p class="hint chars" part="chars-left" id="${id}-count">
      ${view.t(left === 1 ? 'inbox.chars.one' : 'inbox.chars.other', { count: new Intl.NumberFormat(view.i18n.locale).format(left) })}
    </p>
  </div>`;
}

/** The attachments of `form`: the shared picker (PDF, JPEG, PNG; size and count checked before anything is sent). */
export function filesField(view: InboxView, form: InboxForm, picks: Pick<ReplyState, 'files' | 'fileNotes'>) {
  return filePicker({
    i18n: view.i18n,
    id: `${form}-files`,
    label: view.t('inbox.files'),
    files: picks.files,
    notes: picks.fileNotes,
    listClass: 'picked',
    onPick: (files) => view.addFiles(form, files),
    onRemove: (file) =>
      form === 'reply'
        ? view.change('reply', { files: picks.files.filter((kept) => kept !== file) })
        : view.change('compose', { files: picks.files.filter((kept) => kept !== file) }),
  });
}

/** While the files go: a determinate bar of the bytes acknowledged so far, and the files in words. */
export function uploadProgress(view: InboxView) {
  const progress = view.progress;
  if (!progress) return nothing;
  const words = view.t('inbox.progress', { sent: progress.sentFiles, total: progress.totalFiles });
  return html`<div class="progress" part="progress">
    <label for="upload-progress">${words}</label>
    <progress id="upload-progress" max=${progress.totalBytes} .value=${progress.sentBytes}></progress>
  </div>`;
}

/** The failures of the files' uploads and of the message, each with "Réessayer". */
export function sendingErrors(view: InboxView, retry: () => void) {
  return html`${view.submission.renderError(view.i18n, retry, filesSlot)}
  ${view.submission.renderError(view.i18n, retry)}`;
}

/** Whether the form's sending is under way (its files or its message). */
export const sending = (view: InboxView) => view.submission.busy() || view.submission.busy(filesSlot);
