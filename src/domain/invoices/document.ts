import type { CommuneSettings, Locale } from '../commune.js';
import type { Invoice, TaxCertificate } from '../invoice.js';

/**
 * What a PDF says, before a writer lays it out (pdfkit on the server, the
 * memory backend's own small writer): worded in a language, amounts
 * formatted, so that both backends print the same document.
 */
export interface PdfDocument {
  /** The file's name (`facture-F-2026-000042.pdf`). */
  fileName: string;
  title: string;
  /** The issuer: the commune and its service. */
  issuer: string[];
  /** Label and value pairs under the title (number, dates, reference). */
  facts: { label: string; value: string }[];
  table?: { columns: string[]; rows: string[][]; align: ('left' | 'right')[] } | undefined;
  totals: { label: string; value: string }[];
  /** Paragraphs after the totals (how to pay, the legal mention). */
  notes: string[];
}

/** An invoice's document. */
export function invoiceDocument(invoice: Invoice, commune: CommuneSettings, locale: Locale): PdfDocument {
  (void invoice, commune, locale);
  throw new Error('invoiceDocument: to be implemented');
}

/** A tax certificate's document. */
export function certificateDocument(
  certificate: Omit<TaxCertificate, 'pdf'>,
  commune: CommuneSettings,
  locale: Locale,
): PdfDocument {
  (void certificate, commune, locale);
  throw new Error('certificateDocument: to be implemented');
}
