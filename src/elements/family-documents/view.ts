import type { ChildSummary, FamilyDocument } from '../../domain/index.js';
import type { ActionController } from '../../shared/controllers/index.js';
import type { CoreKey, LocalizeController, MessageParams } from '../../shared/i18n/localize.js';
import type { AttachmentPicks } from '../../shared/ui/file-picker.js';
import type { ProofCategory, PublishedCategory } from './documents-model.js';
import type { DocumentsKey } from './messages/index.js';

/** What "Envoyer un justificatif" holds: kept while it fails, so nothing typed or picked is lost. */
export interface ProofState extends AttachmentPicks {
  category: ProofCategory | '';
  title: string;
  /** The child it is about; empty: the whole family. */
  childId: string;
  /** The problems of the last "Envoyer". */
  issues: { fieldId: string; message: string }[];
}

/** The slot of the proof's sendings (its file, then the proof): its busy button and its failure. */
export const proofSlot = 'proof';

/** The slot of a document's download: its busy button and its failure, beside it. */
export const downloadSlot = (document: Pick<FamilyDocument, 'id'>) =>
  `download-${encodeURIComponent(document.id)}`;

/** The form as it opens. */
export const blankProof = (): ProofState => ({
  category: '',
  title: '',
  childId: '',
  files: [],
  fileNotes: [],
  uploaded: new Map(),
  issues: [],
});

/**
 * What the templates render and call back: the element's state and handlers.
 * The templates hold no state and cause no effect of their own.
 */
export interface DocumentsView {
  i18n: LocalizeController<DocumentsKey>;
  t(key: CoreKey | DocumentsKey, params?: MessageParams): string;
  /** A heading `depth` levels below the element's (1: its sections). */
  heading(text: string, depth?: number): unknown;
  submission: ActionController;
  /** The family's children, to name the one a document is about. */
  children: readonly ChildSummary[];
  /** The published documents' category shown; all without one. */
  category: PublishedCategory | undefined;
  setCategory(category: PublishedCategory | undefined): void;
  download(document: FamilyDocument): void;
  /** Moves focus to the field `id` (from the problem summary). */
  follow(id: string): void;
  proof: ProofState | undefined;
  /** The file is being uploaded (the progress bar shows). */
  uploading: boolean;
  startProof(): void;
  cancelProof(): void;
  changeProof(patch: Partial<ProofState>): void;
  pickFiles(files: readonly File[]): void;
  sendProof(): void;
  /** The proof just sent: its confirmation. */
  sent: FamilyDocument | undefined;
}
