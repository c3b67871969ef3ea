import { html } from 'lit';
import type { FileInfo } from '../../domain/index.js';
import { button } from '../../shared/ui/index.js';
import { fileSize } from './invoice-model.js';
import type { InvoiceView } from './view.js';

/** "Télécharger facture-F-2026-000042.pdf, PDF, 14 ko": fetched, saved, its failure said beside it. */
export function pdfLink(view: InvoiceView, slot: string, pdf: FileInfo, read: () => Promise<unknown>) {
  const { key, size } = fileSize(pdf.sizeBytes, view.i18n.locale);
  return html`<div class="pdf" part="pdf">
    ${button({
      label: view.t('invoices.pdf', { name: pdf.name, size: view.t(`invoices.size.${key}`, { size }) }),
      busy: view.submission.busy(slot),
      busyLabel: view.t('ui.sending'),
      onClick: () => view.download(slot, read),
    })}
    ${view.submission.renderError(view.i18n, () => view.download(slot, read), slot)}
  </div>`;
}
