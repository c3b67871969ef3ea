import { Task, initialState } from '@lit/task';
import { html } from 'lit';
import { state } from 'lit/decorators.js';
import { isAbort, type FamilyPortalAdapter } from '../../adapter/index.js';
import type { ChildSummary, DocumentList, DownloadedFile, FamilyDocument } from '../../domain/index.js';
import { LazyController, type LazyPart } from '../../shared/controllers/lazy.js';
import { FpFormElement } from '../../shared/form-element.js';
import { coreStyles, formStyles } from '../../shared/styles.js';
import { focusField } from '../../shared/ui/index.js';
import { sections, type PublishedCategory } from './documents-model.js';
import { renderPublished, renderSentSection } from './documents-view.js';
import { FpProofSentEvent } from './events.js';
import { familyDocumentsStyles } from './family-documents.styles.js';
import { documentsMessages, type DocumentsKey } from './messages/index.js';
import type * as ProofPart from './proof-part.js';
import { blankProof, downloadSlot, proofSlot, type DocumentsView, type ProofState } from './view.js';

interface Loaded {
  list: DocumentList;
  children: ChildSummary[];
}

/**
 * The family's documents (seed 003's "Téléchargements" and "Mes envois"):
 * what the service publishes for the family — its rules, menus, statements,
 * certificates and information, newest first, filtered by category — and the
 * proofs the parent sent. Each document shows its title (the commune's, in the
 * parent's language), its category in words, its day, the child it is about,
 * and "Télécharger (PDF, 48 Ko)".
 *
 * "Envoyer un justificatif" opens a form (loaded on first use): its kind, a
 * title, the child it is about (optional), one PDF, JPEG or PNG file, checked
 * by its first bytes and its size before anything is sent. On "Envoyer", the
 * problems are summed up first (the summary takes focus and links to the
 * fields); then the file is uploaded once (a progress bar meanwhile), then
 * the proof sent once, each with an idempotency key kept until it succeeds. A
 * failure keeps everything with "Réessayer"; a success is confirmed, fires
 * `fp-proof-sent`, and the proof appears in "Mes envois".
 *
 * @summary The family's documents: what the service publishes, the proofs the parent sends.
 *
 * @fires {FpProofSentEvent} fp-proof-sent - A proof was recorded. `detail`: `{ documentId, category }`.
 * @fires {FpErrorEvent} fp-error - The backend failed. `detail`: `{ type, code, message, retryable, requestId, operation }`, `operation` being `load`, `download`, `upload-attachment` or `send-proof`.
 *
 * @csspart heading - The element's main heading ("Mes documents").
 * @csspart published - The section "Documents du service".
 * @csspart sent - The section "Mes envois".
 * @csspart filter - The category filter of the published documents.
 * @csspart documents - Each list of documents; also `published-list` or `sent-list`.
 * @csspart document - Each document.
 * @csspart document-title - A document's title.
 * @csspart category - A document's category in words (its kind by `category--<category>`).
 * @csspart child - "Concerne Nahel": the child a document is about.
 * @csspart download - A document's "Télécharger (PDF, 48 Ko)".
 * @csspart download-error - "Le document n’a pas pu être téléchargé."
 * @csspart empty - An empty section's words.
 * @csspart send-proof - The button "Envoyer un justificatif".
 * @csspart proof-form - The form "Envoyer un justificatif".
 * @csspart error-summary - The form's problems, each a link to its field.
 * @csspart field - Each field of the form; `label`, `hint`, `input` and `error` inside it.
 * @csspart label - A field's label.
 * @csspart hint - A field's hint.
 * @csspart input - A field's control.
 * @csspart error - A field's problem.
 * @csspart file-input - The file chooser.
 * @csspart file-error - Why a picked file was refused.
 * @csspart chosen-file - The file chosen, with "Retirer".
 * @csspart upload - The file's upload in progress.
 * @csspart progress - Its progress bar.
 * @csspart proof-sent - The confirmation of the proof sent.
 * @csspart button - Every button; also `button-primary`, `button-secondary` or `button-link` by its role.
 * @csspart error-panel - A backend error, with "Réessayer" when it may help.
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssprop --fp-color-primary - Main colour (buttons, links, the progress bar).
 * @cssprop --fp-color-text - Text colour.
 * @cssprop --fp-color-muted - Secondary text colour (dates, hints, empty sections).
 * @cssprop --fp-color-border - Borders of the documents.
 * @cssprop --fp-color-error - Errors.
 * @cssprop --fp-color-success - The confirmation of a proof sent.
 * @cssprop --fp-color-surface - Background of the form and the categories.
 * @cssprop --fp-color-focus - Focus ring.
 * @cssprop --fp-color-input - Background of secondary buttons.
 * @cssprop --fp-color-on-primary - Text on primary buttons.
 * @cssprop --fp-radius - Corner radius.
 * @cssprop --fp-space - Spacing unit.
 * @cssprop --fp-font-size - Base font size.
 * @cssprop --fp-font-family - Font; inherits the page's by default.
 * @cssprop --fp-max-width - Maximum width of the content.
 */
export class FamilyDocumentsElement extends FpFormElement<DocumentsKey> {
  static override styles = [coreStyles, formStyles, familyDocumentsStyles];

  /** @internal */
  static override messages = documentsMessages;

  /** The published documents' category shown: all of them until the parent picks one. */
  @state() private category: PublishedCategory | undefined;
  @state() private proof: ProofState | undefined;
  @state() private uploading = false;
  /** The proofs sent since the documents were read (listed at once). */
  @state() private added: FamilyDocument[] = [];
  /** The proof just sent: its confirmation. */
  @state() private sent: FamilyDocument | undefined;

  private readonly documentsTask = new Task<readonly [FamilyPortalAdapter | undefined], Loaded>(this, {
    task: async ([adapter], { signal }) => {
      if (!adapter) return initialState;
      const [list, children] = await Promise.all([
        adapter.getDocuments({ signal }).catch((error: unknown) => this.loadFailed(error)),
        // The children only name the one a document is about: without them, the documents still show.
        adapter.getFamily({ signal }).then(
          (family) => family.children,
          (error: unknown) => {
            if (isAbort(error)) throw error;
            return [];
          },
        ),
        this.i18n.ready,
      ]);
      return { list, children };
    },
    args: () => [this.activeAdapter] as const,
  });

  /** "Envoyer un justificatif", with its words and the attachment checks: downloaded when first opened. */
  private readonly proofPart = new LazyController<LazyPart & typeof ProofPart>(
    this,
    this.i18n,
    () => this.importProofPart(),
    { focus: this.nextFocus },
  );

  /** @internal Downloads the proof form (tests make it fail by overriding it). */
  protected importProofPart(): Promise<typeof ProofPart> {
    return import('./proof-part.js');
  }

  /** @internal Saves a downloaded file through a link to its bytes, revoked once clicked (tests read it by overriding it). */
  protected saveFile(file: DownloadedFile): void {
    const url = URL.createObjectURL(file.blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    link.rel = 'noopener';
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** Reads the documents again: when the page changed them otherwise (another tab, another element). */
  async refresh(): Promise<void> {
    await this.documentsTask.run();
  }

  /** A download: read once at a time, saved, its failure said beside its button. */
  private async download(document: FamilyDocument): Promise<void> {
    const adapter = this.activeAdapter;
    if (!adapter) return;
    const sent = await this.submission.send(() => adapter.getDocumentFile(document.id), {
      slot: downloadSlot(document),
      operation: 'download',
    });
    if (sent) this.saveFile(sent.value);
  }

  private pickFiles(picked: readonly File[]): void {
    const proof = this.proof;
    const part = this.proofPart.loaded;
    if (proof && part)
      void part.withPickedFile(this.i18n, proof, picked).then((next) => {
        // Only the file and its notes: the parent may have typed (or closed the form) meanwhile.
        if (this.proof) this.proof = { ...this.proof, files: next.files, fileNotes: next.fileNotes };
      });
  }

  /** "Envoyer le justificatif": the problems first; then the file once, then the proof once. */
  private async sendProof(): Promise<void> {
    const adapter = this.activeAdapter;
    const proof = this.proof;
    const part = this.proofPart.loaded;
    if (!adapter || !proof || !part || this.submission.busy(proofSlot)) return;
    const issues = part.proofIssues(this.i18n, proof);
    this.proof = { ...proof, issues };
    if (issues.length > 0) {
      this.nextFocus.request('error-summary');
      return;
    }
    const document = await part.submitProof(adapter, this.submission, this.proof, (busy) => {
      this.uploading = busy;
    });
    if (!document) return;
    this.proof = undefined;
    this.added = [...this.added, document];
    this.sent = document;
    this.dispatchEvent(new FpProofSentEvent({ documentId: document.id, category: document.category }));
    this.nextFocus.request('proof-sent');
  }

  private get view(): DocumentsView {
    return {
      i18n: this.i18n,
      t: (key, params) => this.t(key, params),
      heading: (text, depth = 1) =>
        html`<div class="h3" role="heading" aria-level=${Math.min(Math.max(this.headingLevel, 1) + depth, 6)}>
          ${text}
        </div>`,
      submission: this.submission,
      children: this.documentsTask.value?.children ?? [],
      category: this.category,
      setCategory: (category) => (this.category = category),
      download: (document) => void this.download(document),
      follow: (id) => this.shadowRoot && focusField(this.shadowRoot, id),
      proof: this.proof,
      uploading: this.uploading,
      startProof: () => {
        this.proof = blankProof();
        this.sent = undefined;
        this.submission.clearError(proofSlot);
        this.nextFocus.request('#proof-category');
      },
      cancelProof: () => {
        this.proof = undefined;
        this.submission.clearError(proofSlot);
        this.nextFocus.request('button:send-proof');
      },
      changeProof: (patch) => {
        if (this.proof) this.proof = { ...this.proof, ...patch };
      },
      pickFiles: (files) => this.pickFiles(files),
      sendProof: () => void this.sendProof(),
      sent: this.sent,
    };
  }

  override render() {
    const view = this.view;
    if (this.documentsTask.value) this.proofPart.prefetchWhenIdle();
    return this.withStatus(
      html`${this.heading(this.t('documents.title'))}
      ${this.loadView(
        this.documentsTask,
        ({ list }) => {
          const { published, sent } = sections(list.documents, this.added);
          const form = this.proof
            ? this.proofPart.render(8, (part) => part.renderProofForm(view))
            : undefined;
          return html`${renderPublished(view, published)} ${renderSentSection(view, sent, form)}`;
        },
        { lines: 10 },
      )}`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'family-documents': FamilyDocumentsElement;
  }
}
