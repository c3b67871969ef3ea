import type { Attachment, MessageService, ThreadSummary } from '../../domain/index.js';
import type { ActionController } from '../../shared/controllers/index.js';
import type { CoreKey, LocalizeController, MessageParams } from '../../shared/i18n/localize.js';
import type { AttachmentPicks } from '../../shared/ui/file-picker.js';
import type { SummaryIssue } from '../../shared/ui/index.js';
import type { ComposeText } from './inbox-model.js';
import type { InboxKey } from './messages/index.js';

/** The slot of the files' uploads, beside the message's sending (the main slot). */
export const filesSlot = 'files';

/** The slot of an attachment's download: its busy button and its failure beside it. */
export const downloadSlot = (attachment: Pick<Attachment, 'id'>) => `download-${attachment.id}`;

/** Which form a picked file or a change belongs to. */
export type InboxForm = 'reply' | 'compose';

/** "Répondre" open: what is typed and picked, kept while a sending fails. */
export interface ReplyState extends AttachmentPicks {
  body: string;
  issues: SummaryIssue[];
}

/** "Nouveau message": what is typed and picked, kept while a sending fails. */
export interface ComposeState extends ComposeText, AttachmentPicks {
  issues: SummaryIssue[];
}

/** How far the files of a sending went: files and bytes acknowledged so far. */
export interface UploadProgress {
  sentFiles: number;
  totalFiles: number;
  sentBytes: number;
  totalBytes: number;
}

/**
 * What the templates render and call back: the element's state and handlers.
 * The templates hold no state and cause no effect of their own.
 */
export interface InboxView {
  i18n: LocalizeController<InboxKey>;
  t(key: CoreKey | InboxKey, params?: MessageParams): string;
  /** A heading `depth` levels below the element's; focusable and named `focus` when given. */
  heading(text: string, depth?: number, focus?: string): unknown;
  submission: ActionController;
  open(thread: ThreadSummary): void;
  back(): void;
  compose(): void;
  /** Reads an attachment's file and saves it; its failure is said beside its button. */
  download(attachment: Attachment): void;
  /** Moves focus to the field `id` (from the problem summary). */
  follow(id: string): void;
  reply: ReplyState | undefined;
  startReply(): void;
  cancelReply(): void;
  sendReply(threadId: string): void;
  composing: ComposeState;
  cancelCompose(): void;
  sendCompose(services: readonly MessageService[]): void;
  change(form: 'reply', patch: Partial<ReplyState>): void;
  change(form: 'compose', patch: Partial<ComposeState>): void;
  addFiles(form: InboxForm, files: readonly File[]): void;
  progress: UploadProgress | undefined;
}
