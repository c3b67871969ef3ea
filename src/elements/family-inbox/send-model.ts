import type { FamilyPortalAdapter } from '../../adapter/index.js';
import type { MessageService, NewThreadInput, ReplyInput, Thread } from '../../domain/index.js';
import { messageRules } from '../../domain/message.js';
import type { ActionController } from '../../shared/controllers/index.js';
import type { LocalizeController } from '../../shared/i18n/localize.js';
import { contentCheck, pickFiles, uploadFiles, type AttachmentPicks } from '../../shared/ui/file-picker.js';
import type { SummaryIssue } from '../../shared/ui/index.js';
import type { InboxKey } from './messages/index.js';
import { filesSlot, type ComposeState, type ReplyState, type UploadProgress } from './view.js';

/*
 * "Répondre" and "Nouveau message": their problems before anything is sent
 * (as the backend checks them: text trimmed, messageRules), then each file
 * once with the progress of the bytes acknowledged, then the message once
 * (its key kept until it succeeds, the same while the same is sent).
 */

type I18n = LocalizeController<InboxKey>;

function textIssues(
  i18n: I18n,
  id: string,
  field: 'subject' | 'body',
  value: string,
  max: number,
): SummaryIssue[] {
  const trimmed = value.trim();
  if (!trimmed) return [{ fieldId: id, message: i18n.t(`inbox.required.${field}`) }];
  if (trimmed.length > max) return [{ fieldId: id, message: i18n.t(`inbox.tooLong.${field}`, { max }) }];
  return [];
}

/** What keeps a reply from being sent: its text. */
export function replyIssues(i18n: I18n, reply: ReplyState): SummaryIssue[] {
  return textIssues(i18n, 'reply-body', 'body', reply.body, messageRules.bodyMax);
}

/** What keeps a new message from being sent, in the order of its fields. */
export function composeIssues(
  i18n: I18n,
  state: ComposeState,
  services: readonly MessageService[],
): SummaryIssue[] {
  const service = services.find((candidate) => candidate.id === state.serviceId);
  const issues: SummaryIssue[] = [];
  if (!service) issues.push({ fieldId: 'compose-service', message: i18n.t('inbox.required.service') });
  else if (service.themes.length > 0 && !service.themes.some((theme) => theme.id === state.themeId))
    issues.push({ fieldId: 'compose-theme', message: i18n.t('inbox.required.theme') });
  issues.push(...textIssues(i18n, 'compose-subject', 'subject', state.subject, messageRules.subjectMax));
  issues.push(...textIssues(i18n, 'compose-body', 'body', state.body, messageRules.bodyMax));
  return issues;
}

/** The files `picked` added to the form's (checked by their first bytes), each refusal said. */
export async function withPickedFiles<S extends AttachmentPicks>(
  i18n: I18n,
  state: S,
  picked: readonly File[],
): Promise<Pick<S, 'files' | 'fileNotes'>> {
  return pickFiles(i18n, state.files, picked, contentCheck, (name) => i18n.t('inbox.file.type', { name }));
}

/**
 * Uploads the files not sent yet, one after the other, telling `onProgress`
 * the files and bytes acknowledged so far. Their ids, or undefined when one
 * failed (the files' slot shows it with "Réessayer"; those sent stay sent).
 */
export async function uploadWithProgress(
  adapter: FamilyPortalAdapter,
  submission: ActionController,
  picks: AttachmentPicks,
  onProgress: (progress: UploadProgress | undefined) => void,
): Promise<string[] | undefined> {
  const totalBytes = picks.files.reduce((sum, file) => sum + file.size, 0);
  const progress: UploadProgress = { sentFiles: 0, totalFiles: picks.files.length, sentBytes: 0, totalBytes };
  const ids: string[] = [];
  for (const file of picks.files) {
    if (!picks.uploaded.has(file)) onProgress({ ...progress });
    const sent = await uploadFiles(adapter, submission, filesSlot, { ...picks, files: [file] });
    if (!sent) {
      onProgress(undefined);
      return undefined;
    }
    ids.push(...sent);
    progress.sentFiles += 1;
    progress.sentBytes += file.size;
  }
  if (picks.files.length > 0) onProgress({ ...progress });
  return ids;
}

/** The reply sent once: the thread as it now is, or undefined when a sending failed. */
export async function sendReply(
  adapter: FamilyPortalAdapter,
  submission: ActionController,
  threadId: string,
  reply: ReplyState,
  onProgress: (progress: UploadProgress | undefined) => void,
): Promise<Thread | undefined> {
  const attachmentIds = await uploadWithProgress(adapter, submission, reply, onProgress);
  if (!attachmentIds) return undefined;
  const input: ReplyInput = { body: reply.body.trim(), attachmentIds };
  const sent = await submission.send(
    (idempotencyKey) => adapter.replyToThread(threadId, input, { idempotencyKey }),
    { payload: { threadId, input }, operation: 'reply' },
  );
  return sent?.value;
}

/** The new thread started once: the thread, or undefined when a sending failed. */
export async function sendNewThread(
  adapter: FamilyPortalAdapter,
  submission: ActionController,
  state: ComposeState,
  services: readonly MessageService[],
  onProgress: (progress: UploadProgress | undefined) => void,
): Promise<Thread | undefined> {
  const attachmentIds = await uploadWithProgress(adapter, submission, state, onProgress);
  if (!attachmentIds) return undefined;
  const service = services.find((candidate) => candidate.id === state.serviceId);
  const input: NewThreadInput = {
    serviceId: state.serviceId,
    ...(service?.themes.length && state.themeId ? { themeId: state.themeId } : {}),
    subject: state.subject.trim(),
    body: state.body.trim(),
    attachmentIds,
  };
  const sent = await submission.send((idempotencyKey) => adapter.startThread(input, { idempotencyKey }), {
    payload: { input },
    operation: 'send-message',
  });
  return sent?.value;
}
