import PDFDocument from 'pdfkit';
import type { PdfDocument } from '../../src/domain/index.js';

/*
 * The domain's PdfDocument (src/domain/invoices/document.ts: what an invoice
 * or a certificate says, worded and formatted) laid out on A4 with pdfkit's
 * standard fonts: title, issuer, facts, table, totals, notes. Streams are left
 * uncompressed (a page of text is a few kilobytes) so that the amounts can be
 * found in the file's text; the creation date is the document's own day, so
 * the same document gives the same bytes.
 */

/** What the standard fonts' encoding (WinAnsi) lacks, as the nearest it has: narrow no-break spaces and the like. */
const printable = (text: string) =>
  text
    .replace(/[\u202f\u2007\u2009]/g, '\u00a0')
    .replace(/[\u2010\u2011\u2012]/g, '-')
    .replace(
      /[^\t\n\r\u0020-\u007e\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/g,
      '?',
    );

const margin = 50;

/** The document as PDF bytes; `day` (`YYYY-MM-DD`) dates the file. */
export function renderPdf(document: PdfDocument, day: string): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin,
    compress: false,
    info: {
      Title: printable(document.title),
      Producer: 'family-portal',
      Creator: 'family-portal',
      CreationDate: new Date(`${day}T12:00:00Z`),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const width = pdf.page.width - 2 * margin;

  pdf.font('Helvetica').fontSize(9).fillColor('#333333');
  for (const line of document.issuer) pdf.text(printable(line), { width });
  pdf.moveDown(1.5);
  pdf.font('Helvetica-Bold').fontSize(18).fillColor('#000000').text(printable(document.title), { width });
  pdf.moveDown(0.8);

  pdf.fontSize(10);
  for (const fact of document.facts) {
    pdf.font('Helvetica-Bold').text(`${printable(fact.label)} : `, { continued: true });
    pdf.font('Helvetica').text(printable(fact.value));
  }
  pdf.moveDown(1);

  if (document.table) table(pdf, document.table, width);

  pdf.moveDown(0.5);
  for (const total of document.totals) {
    pdf
      .font('Helvetica-Bold')
      .fontSize(11)
      .text(`${printable(total.label)} : ${printable(total.value)}`, margin, undefined, {
        width,
        align: 'right',
      });
  }
  pdf.moveDown(1.5);
  pdf.font('Helvetica').fontSize(9);
  for (const note of document.notes) {
    pdf.text(printable(note), margin, undefined, { width });
    pdf.moveDown(0.5);
  }
  pdf.end();
  return done;
}

/** The table: a bold header row, then the rows, each column as wide as its share of the longest texts. */
function table(pdf: PDFKit.PDFDocument, data: NonNullable<PdfDocument['table']>, width: number): void {
  const size = 9;
  pdf.fontSize(size);
  const longest = data.columns.map((column, index) =>
    Math.max(column.length, ...data.rows.map((row) => (row[index] ?? '').length), 4),
  );
  const sum = longest.reduce((total, length) => total + length, 0);
  const widths = longest.map((length) => (width * length) / sum);
  const row = (cells: readonly string[], bold: boolean) => {
    pdf.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    const heights = cells.map((cell, index) =>
      pdf.heightOfString(printable(cell), { width: widths[index]! - 4 }),
    );
    const height = Math.max(size, ...heights) + 4;
    if (pdf.y + height > pdf.page.height - margin) pdf.addPage();
    const top = pdf.y;
    let x = margin;
    cells.forEach((cell, index) => {
      pdf.text(printable(cell), x + 2, top + 2, {
        width: widths[index]! - 4,
        align: data.align[index] ?? 'left',
      });
      x += widths[index]!;
    });
    pdf
      .moveTo(margin, top + height)
      .lineTo(margin + width, top + height)
      .lineWidth(bold ? 0.8 : 0.3)
      .strokeColor('#999999')
      .stroke();
    pdf.x = margin;
    pdf.y = top + height;
  };
  row(data.columns, true);
  for (const cells of data.rows) row(cells, false);
}
