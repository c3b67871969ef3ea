import type { DisputeReason, InvoiceSummary } from '../../domain/index.js';
import type { ActionController } from '../../shared/controllers/index.js';
import type { AttachmentPicks } from '../../shared/ui/file-picker.js';
import type { CoreKey, LocalizeController, MessageParams } from '../../shared/i18n/localize.js';
import type { InvoiceFilterKind, Notice } from './invoice-model.js';
import type { InvoiceKey } from './messages/index.js';

/** What the contest form holds: kept while it fails, so nothing typed is lost. */
export interface DisputeState extends AttachmentPicks {
  reason: DisputeReason | undefined;
  comment: string;
  /** The problems of the last "Envoyer". */
  issues: { fieldId: string; message: string }[];
}

/** The slot of the dispute's sendings: its busy button and its failure, apart from the payment's. */
export const disputeSlot = 'dispute';

/** The contest form as it opens. */
export const blankDispute = (): DisputeState => ({
  reason: undefined,
  comment: '',
  files: [],
  fileNotes: [],
  issues: [],
  uploaded: new Map(),
});

/**
 * What the templates render and call back: the element's state and handlers.
 * The templates hold no state and cause no effect of their own.
 */
export interface InvoiceView {
  i18n: LocalizeController<InvoiceKey>;
  t(key: CoreKey | InvoiceKey, params?: MessageParams): string;
  /** A heading `depth` levels below the element's (1: its sections). */
  heading(text: string, depth?: number): unknown;
  money(cents: number): string;
  submission: ActionController;
  notice: Notice | undefined;
  filter: InvoiceFilterKind;
  schoolYear: string | undefined;
  selected: ReadonlySet<string>;
  reviewing: boolean;
  setFilter(filter: InvoiceFilterKind): void;
  setSchoolYear(year: string | undefined): void;
  /** How many invoices of the filter are drawn. */
  shownCount: number;
  /** Draws a page more; focus goes to `next`, the first one added. */
  showMore(next: InvoiceSummary | undefined): void;
  toggle(invoice: InvoiceSummary, checked: boolean): void;
  selectAll(invoices: readonly InvoiceSummary[], select: boolean): void;
  review(): void;
  stopReview(): void;
  pay(invoices: readonly InvoiceSummary[]): void;
  open(invoice: InvoiceSummary): void;
  back(): void;
  download(slot: string, read: () => Promise<unknown>): void;
  /** The transfer details were opened: their QR code is drawn once its module is there. */
  qr(payload: string, label: string): unknown;
  openTransfer(): void;
  /** Moves focus to the field `id` (from the problem summary). */
  follow(id: string): void;
  dispute: DisputeState | undefined;
  startDispute(): void;
  cancelDispute(): void;
  changeDispute(patch: Partial<DisputeState>): void;
  addFiles(files: readonly File[]): void;
  sendDispute(invoiceId: string): void;
  disputeReceipt: { invoiceId: string; number: string } | undefined;
  statementYear: string | undefined;
  setStatementYear(year: string): void;
  print(): void;
}
