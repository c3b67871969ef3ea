import { Task, initialState } from '@lit/task';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FamilyPortalAdapter } from '../../adapter/index.js';
import type {
  Attachment,
  DownloadedFile,
  MessageService,
  Thread,
  ThreadList,
  ThreadSummary,
} from '../../domain/index.js';
import { LazyController, type LazyPart } from '../../shared/controllers/lazy.js';
import { DraftController } from '../../shared/draft.js';
import { FpFormElement } from '../../shared/form-element.js';
import { coreStyles, formStyles } from '../../shared/styles.js';
import { focusField } from '../../shared/ui/index.js';
import { FpMessageSentEvent, FpThreadReadEvent } from './events.js';
import { familyInboxStyles } from './family-inbox.styles.js';
import {
  blankCompose,
  inboxDraftShape,
  summaryOf,
  withChanges,
  type ComposeText,
  type InboxDraft,
} from './inbox-model.js';
import { headingText, renderList } from './list-view.js';
import { inboxMessages, type InboxKey } from './messages/index.js';
import type * as ThreadPart from './thread-part.js';
import {
  downloadSlot,
  type ComposeState,
  type InboxForm,
  type InboxView,
  type ReplyState,
  type UploadProgress,
} from './view.js';

const blankPicks = () => ({ files: [], fileNotes: [], uploaded: new Map<File, Attachment>() });
const composeState = (text: ComposeText = blankCompose()): ComposeState => ({
  ...text,
  ...blankPicks(),
  issues: [],
});
const replyState = (threadId: string, body = ''): ReplyState & { threadId: string } => ({
  threadId,
  body,
  ...blankPicks(),
  issues: [],
});

/**
 * The family's messages with the commune's services ("Messagerie", seeds 002
 * and 004): its threads, most recent first, each with its service, theme,
 * subject, the date of its last message, whether the service answered and
 * how many of the service's messages are unread; their total in the heading
 * ("Messagerie (1 nouveau message)").
 *
 * - Opening a thread shows its messages oldest first (author, date and time,
 *   the text as typed, never as HTML, and the files to download), then marks
 *   it read once: the counts drop and `fp-thread-read` tells the page.
 *   "Retour aux messages" returns to the thread opened.
 * - "Répondre" and "Nouveau message" (service, theme, subject, message): the
 *   problems on "Envoyer" in a summary that takes focus, files (PDF, JPEG,
 *   PNG; size and count checked before anything is sent) uploaded one after
 *   the other with a progress bar, then the message sent once (one
 *   idempotency key until it succeeds, kept across a reload); a failure is
 *   shown with "Réessayer" and nothing typed is lost. What is typed survives
 *   a reload (sessionStorage), and goes on success or "Annuler".
 * - A sent message fires `fp-message-sent`. Both events bubble out of the
 *   element's shadow root, so that what counts messages on the page (the
 *   portal's home and tab) reads them again; another `<family-inbox>` on the
 *   page refreshes its list on them.
 *
 * @summary The family's messages with the commune's services: threads, unread counts, replies, new messages with attachments.
 *
 * @fires {FpMessageSentEvent} fp-message-sent - A message was sent. `detail`: `{ threadId, newThread }`.
 * @fires {FpThreadReadEvent} fp-thread-read - A thread with unread messages was opened and marked read. `detail`: `{ threadId, unreadLeft }` (`unreadLeft`: the family's unread messages left, in every thread).
 * @fires {FpErrorEvent} fp-error - The backend failed. `detail`: `{ type, code, message, retryable, requestId, operation }`, `operation` being `load`, `mark-read`, `download`, `upload-attachment`, `reply` or `send-message`.
 *
 * @csspart heading - The element's main heading ("Messagerie").
 * @csspart unread-total - The unread count in the heading ("(1 nouveau message)").
 * @csspart threads - The list of threads.
 * @csspart thread - Each thread of the list; also `thread-unread` when it has unread messages.
 * @csspart thread-open - The button that opens a thread (its subject).
 * @csspart thread-state - "Réponse du service" or "En attente de réponse".
 * @csspart unread - A thread's unread badge.
 * @csspart empty - "Vous n’avez encore échangé aucun message …".
 * @csspart thread-view - An open thread.
 * @csspart thread-heading - Its subject, the heading focused on opening.
 * @csspart thread-service - Its service and theme.
 * @csspart messages - Its messages, oldest first.
 * @csspart message - Each message; also `message-family` or `message-service` by who wrote it.
 * @csspart new - "Nouveau" on a service's message not read before.
 * @csspart author - Who wrote a message.
 * @csspart body - A message's text.
 * @csspart attachments - A message's files.
 * @csspart attachment - Each file, with its download button.
 * @csspart reply - The "Répondre" form.
 * @csspart compose - The "Nouveau message" form.
 * @csspart compose-heading - Its heading.
 * @csspart form - Each form.
 * @csspart field - Each field; `label`, `input` (`body-input` for a message's text), `hint`, `error` inside it.
 * @csspart chars-left - "Il vous reste 4 990 caractères."
 * @csspart file-error - Why a picked file was refused.
 * @csspart progress - The progress of the files' upload.
 * @csspart error-summary - "Il y a un problème" and the links to the fields.
 * @csspart button - Every button; also `button-primary`, `button-secondary` or `button-link` by its role.
 * @csspart error-panel - A backend error, with "Réessayer" when it may help.
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssprop --fp-color-primary - Main colour (buttons, links, unread badges, the family's messages).
 * @cssprop --fp-color-on-primary - Text on primary buttons and unread badges.
 * @cssprop --fp-color-text - Text colour.
 * @cssprop --fp-color-muted - Secondary text colour (services, hints).
 * @cssprop --fp-color-border - Borders of threads and messages.
 * @cssprop --fp-color-error - Errors.
 * @cssprop --fp-color-surface - Background of the service's messages.
 * @cssprop --fp-color-focus - Focus ring.
 * @cssprop --fp-color-input - Background of secondary buttons.
 * @cssprop --fp-radius - Corner radius.
 * @cssprop --fp-space - Spacing unit.
 * @cssprop --fp-font-size - Base font size.
 * @cssprop --fp-font-family - Font; inherits the page's by default.
 * @cssprop --fp-max-width - Maximum width of the content.
 */
export class FamilyInboxElement extends FpFormElement<InboxKey> {
  static override styles = [coreStyles, formStyles, familyInboxStyles];

  /** @internal */
  static override messages = inboxMessages;

  /** The thread shown (its id); the list when unset. Set by opening a thread; a host may set it to open one. */
  @property({ attribute: 'thread-id', reflect: true }) threadId: string | undefined;

  /** Where what the parent types is kept (sessionStorage, `fp-draft:<draft-key>`): one per inbox on a page. */
  @property({ attribute: 'draft-key' }) draftKey = 'family-inbox';

  /** "Nouveau message" shown. */
  @state() private composing = false;
  @state() private compose: ComposeState = composeState();
  /** "Répondre" in the thread `threadId`. */
  @state() private reply: (ReplyState & { threadId: string }) | undefined;
  @state() private progress: UploadProgress | undefined;
  /** The threads changed since the list was read (read, answered, started), by id. */
  @state() private changed: ReadonlyMap<string, ThreadSummary> = new Map();
  /** The thread as the service answered a sending: shown rather than read again. */
  @state() private sentThread: Thread | undefined;

  /** Threads being marked read: each once at a time. */
  private readonly marking = new Set<string>();
  private restored = false;

  private readonly drafts = new DraftController<InboxDraft>(
    this,
    () => `fp-draft:${this.draftKey}`,
    inboxDraftShape,
  );

  private readonly listTask = new Task<readonly [FamilyPortalAdapter | undefined], ThreadList>(this, {
    task: async ([adapter], { signal }) => {
      if (!adapter) return initialState;
      const [list] = await Promise.all([
        adapter.getThreads({ signal }).catch((error: unknown) => this.loadFailed(error)),
        this.i18n.ready,
      ]);
      this.changed = new Map();
      return list;
    },
    args: () => [this.activeAdapter] as const,
  });

  private readonly threadTask = new Task<
    readonly [FamilyPortalAdapter | undefined, string | undefined],
    Thread
  >(this, {
    task: async ([adapter, id], { signal }) => {
      if (!adapter || !id) return initialState;
      const thread = await adapter
        .getThread(id, { signal })
        .catch((error: unknown) => this.loadFailed(error));
      if (thread.unreadCount > 0) void this.markRead(adapter, thread);
      return thread;
    },
    args: () => [this.activeAdapter, this.composing ? undefined : this.threadId] as const,
  });

  private readonly servicesTask = new Task<
    readonly [FamilyPortalAdapter | undefined, boolean],
    MessageService[]
  >(this, {
    task: async ([adapter, composing], { signal }) => {
      if (!adapter || !composing) return initialState;
      const [answer] = await Promise.all([
        adapter.getMessageServices({ signal }).catch((error: unknown) => this.loadFailed(error)),
        this.i18n.ready,
      ]);
      return answer.services;
    },
    args: () => [this.activeAdapter, this.composing] as const,
  });

  /** A thread, "Répondre" and "Nouveau message": downloaded with their words when first shown, or when the page is idle. */
  private readonly threadPart = new LazyController<LazyPart & typeof ThreadPart>(
    this,
    this.i18n,
    () => this.importThreadPart(),
    { focus: this.nextFocus },
  );

  /** @internal Downloads a thread's view and the forms (tests make it fail by overriding it). */
  protected importThreadPart(): Promise<typeof ThreadPart> {
    return import('./thread-part.js');
  }

  /** @internal Saves a downloaded file through a link to its bytes, revoked once clicked (tests read it by overriding it). */
  protected saveFile(file: DownloadedFile): void {
    const url = URL.createObjectURL(file.blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    link.rel = 'noopener';
    link.style.display = 'none';
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** Reads the threads again: when the page changed them otherwise (another tab, an answer arrived). */
  async refresh(): Promise<void> {
    await this.listTask.run();
  }

  /** Another inbox of the page sent a message or read a thread: the list is read again. */
  private readonly onNews = (event: Event): void => {
    if (event.composedPath()[0] !== this) void this.listTask.run();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener(FpMessageSentEvent.eventName, this.onNews);
    document.addEventListener(FpThreadReadEvent.eventName, this.onNews);
    if (!this.restored) this.restore();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener(FpMessageSentEvent.eventName, this.onNews);
    document.removeEventListener(FpThreadReadEvent.eventName, this.onNews);
  }

  /** What the parent was doing before a reload: the screen (unless the host chose a thread), what was typed, the key. */
  private restore(): void {
    this.restored = true;
    const draft = this.drafts.load();
    if (!draft) return;
    if (draft.compose) this.compose = composeState(draft.compose);
    if (draft.reply) this.reply = replyState(draft.reply.threadId, draft.reply.body);
    this.submission.pending = draft.pending;
    if (this.threadId === undefined) {
      if (draft.screen === 'compose') this.composing = true;
      else if (draft.screen === 'thread' && draft.threadId) this.threadId = draft.threadId;
    }
  }

  /** @internal What was typed, the screen and the sending's key, kept with the tab; nothing left: nothing kept. */
  protected override saveDraft(): void {
    const { serviceId, themeId, subject, body } = this.compose;
    const compose =
      serviceId || themeId || subject || body ? { serviceId, themeId, subject, body } : undefined;
    const reply = this.reply?.body ? { threadId: this.reply.threadId, body: this.reply.body } : undefined;
    const screen = this.composing ? 'compose' : this.threadId ? 'thread' : 'list';
    const pending = this.submission.pending;
    if (screen === 'list' && !compose && !reply && !pending) {
      this.drafts.clear();
      return;
    }
    this.drafts.save({ screen, threadId: this.threadId, compose, reply, pending });
  }

  /** The list as read, with what changed since. */
  private get shownList(): ThreadList | undefined {
    const list = this.listTask.value;
    return list && withChanges(list, this.changed);
  }

  private noteChange(thread: ThreadSummary): void {
    this.changed = new Map(this.changed).set(thread.id, thread);
  }

  /** Marks the service's messages of a thread read, once; a failure is left for the next opening. */
  private async markRead(adapter: FamilyPortalAdapter, thread: Thread): Promise<void> {
    if (this.marking.has(thread.id)) return;
    this.marking.add(thread.id);
    try {
      const sent = await this.submission.send(
        (idempotencyKey) => adapter.markThreadRead(thread.id, { idempotencyKey }),
        { slot: `read-${thread.id}`, operation: 'mark-read', quiet: true },
      );
      if (!sent) return;
      await this.listTask.taskComplete.catch(() => undefined);
      this.noteChange(sent.value);
      const unreadLeft =
        this.shownList?.unreadCount ??
        (await adapter.getThreads().then(
          (list) => list.unreadCount,
          () => 0,
        ));
      this.dispatchEvent(new FpThreadReadEvent({ threadId: thread.id, unreadLeft }));
    } finally {
      this.marking.delete(thread.id);
    }
  }

  private open(thread: ThreadSummary): void {
    this.threadId = thread.id;
    this.composing = false;
    this.sentThread = undefined;
    this.submission.clearError();
    this.nextFocus.request('thread-heading');
    this.saveDraft();
  }

  private back(): void {
    const from = this.composing ? undefined : this.threadId;
    this.threadId = undefined;
    this.composing = false;
    this.sentThread = undefined;
    this.progress = undefined;
    this.submission.clearError();
    this.nextFocus.request(from ? `button:open-${from}` : 'button:compose');
    this.saveDraft();
  }

  private startCompose(): void {
    this.composing = true;
    this.threadId = undefined;
    this.submission.clearError();
    this.nextFocus.request('compose-heading');
    this.saveDraft();
  }

  private async download(attachment: Attachment): Promise<void> {
    const adapter = this.activeAdapter;
    if (!adapter) return;
    const sent = await this.submission.send(() => adapter.getAttachmentFile(attachment.id), {
      slot: downloadSlot(attachment),
      operation: 'download',
    });
    if (sent) this.saveFile(sent.value);
  }

  private change(form: InboxForm, patch: Partial<ReplyState> | Partial<ComposeState>): void {
    if (form === 'reply') {
      if (this.reply) this.reply = { ...this.reply, ...(patch as Partial<ReplyState>) };
    } else this.compose = { ...this.compose, ...(patch as Partial<ComposeState>) };
    this.saveDraft();
  }

  private addFiles(form: InboxForm, files: readonly File[]): void {
    const part = this.threadPart.loaded;
    const picks = form === 'reply' ? this.reply : this.compose;
    if (!part || !picks) return;
    void part.withPickedFiles(this.i18n, picks, files).then((chosen) => this.change(form, chosen));
  }

  private readonly showProgress = (progress: UploadProgress | undefined): void => {
    this.progress = progress;
  };

  private busy(): boolean {
    return this.submission.busy() || this.submission.busy('files');
  }

  /** "Envoyer la réponse": the problems first; then each file once, then the reply once. */
  private async sendReply(threadId: string): Promise<void> {
    const adapter = this.activeAdapter;
    const part = this.threadPart.loaded;
    const reply = this.reply;
    if (!adapter || !part || !reply || this.busy()) return;
    const issues = part.replyIssues(this.i18n, reply);
    this.reply = { ...reply, issues };
    if (issues.length > 0) {
      this.nextFocus.request('error-summary');
      return;
    }
    const thread = await part.sendReply(adapter, this.submission, threadId, reply, this.showProgress);
    this.progress = undefined;
    if (!thread) return;
    this.reply = undefined;
    this.sentThread = thread;
    this.noteChange(summaryOf(thread));
    this.status = this.t('inbox.reply.sent');
    this.nextFocus.request('last-message');
    this.saveDraft();
    this.dispatchEvent(new FpMessageSentEvent({ threadId: thread.id, newThread: false }));
  }

  /** "Envoyer le message": the problems first; then each file once, then the new thread once, which opens. */
  private async sendCompose(services: readonly MessageService[]): Promise<void> {
    const adapter = this.activeAdapter;
    const part = this.threadPart.loaded;
    if (!adapter || !part || this.busy()) return;
    const issues = part.composeIssues(this.i18n, this.compose, services);
    this.compose = { ...this.compose, issues };
    if (issues.length > 0) {
      this.nextFocus.request('error-summary');
      return;
    }
    const thread = await part.sendNewThread(
      adapter,
      this.submission,
      this.compose,
      services,
      this.showProgress,
    );
    this.progress = undefined;
    if (!thread) return;
    this.compose = composeState();
    this.composing = false;
    this.threadId = thread.id;
    this.sentThread = thread;
    this.noteChange(summaryOf(thread));
    this.status = this.t('inbox.compose.sent');
    this.nextFocus.request('thread-heading');
    this.saveDraft();
    this.dispatchEvent(new FpMessageSentEvent({ threadId: thread.id, newThread: true }));
  }

  private get view(): InboxView {
    const reply = this.reply?.threadId === this.threadId ? this.reply : undefined;
    return {
      i18n: this.i18n,
      t: (key, params) => this.t(key, params),
      heading: (text, depth = 1, focus) =>
        html`<div
          class="h3"
          role="heading"
          aria-level=${Math.min(Math.max(this.headingLevel, 1) + depth, 6)}
          tabindex=${focus ? '-1' : nothing}
          data-focus=${focus ?? nothing}
          part=${focus ?? nothing}
        >
          ${text}
        </div>`,
      submission: this.submission,
      open: (thread) => this.open(thread),
      back: () => this.back(),
      compose: () => this.startCompose(),
      download: (attachment) => void this.download(attachment),
      follow: (id) => this.shadowRoot && focusField(this.shadowRoot, id),
      reply,
      startReply: () => {
        if (!this.threadId) return;
        this.reply = replyState(this.threadId);
        this.submission.clearError();
        this.nextFocus.request('#reply-body');
      },
      cancelReply: () => {
        this.reply = undefined;
        this.submission.clearError();
        this.nextFocus.request('button:reply');
        this.saveDraft();
      },
      sendReply: (threadId) => void this.sendReply(threadId),
      composing: this.compose,
      cancelCompose: () => {
        this.compose = composeState();
        this.composing = false;
        this.submission.clearError();
        this.nextFocus.request('button:compose');
        this.saveDraft();
      },
      sendCompose: (services) => void this.sendCompose(services),
      change: (form: InboxForm, patch: Partial<ReplyState> | Partial<ComposeState>) =>
        this.change(form, patch),
      addFiles: (form, files) => this.addFiles(form, files),
      progress: this.progress,
    };
  }

  private renderScreen(view: InboxView) {
    if (this.composing) {
      this.threadPart.prefetch();
      return this.loadView(
        this.servicesTask,
        (services) => this.threadPart.render(10, (part) => part.renderCompose(view, services)),
        { lines: 10 },
      );
    }
    if (this.threadId) {
      this.threadPart.prefetch();
      return this.loadView(this.threadTask, (read) =>
        this.threadPart.render(8, (part) =>
          part.renderThread(view, this.sentThread?.id === read.id ? this.sentThread : read),
        ),
      );
    }
    if (this.listTask.value) this.threadPart.prefetchWhenIdle();
    const shown = () => {
      const list = this.shownList;
      return list ? renderList(view, list) : undefined;
    };
    return this.loadView(this.listTask, () => shown(), { lines: 6, keep: shown });
  }

  override render() {
    const view = this.view;
    return this.withStatus(
      html`<div
          role="heading"
          aria-level=${Math.min(Math.max(this.headingLevel, 1), 6)}
          class="title"
          part="heading"
          tabindex="-1"
          data-focus="heading"
        >
          ${headingText(view, this.shownList)}
        </div>
        ${this.renderScreen(view)}`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'family-inbox': FamilyInboxElement;
  }
}
