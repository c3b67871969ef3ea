import type { DownloadedFile, PdfDocument } from '../../domain/index.js';

/*
 * The memory backend's PDF writer: a `PdfDocument` (title, issuer, facts, a
 * table, totals, notes) laid out on A4 pages in the standard Helvetica fonts
 * (WinAnsi encoding, so French, Dutch and German letters print), with plain
 * content streams (no compression: tests read the text) and a cross-reference
 * table whose offsets point at each object. The whole file is ASCII: every
 * byte outside printable ASCII is written as an octal escape. Loaded on demand
 * by the invoices desk: pages that never show a PDF do not download it.
 */

const pageWidth = 595.28;
const pageHeight = 841.89;
const margin = 50;
const bottom = 60;
const usable = pageWidth - 2 * margin;

/** WinAnsi codes of the characters outside Latin-1 that it holds (0x80–0x9F). */
const winAnsiExtras: Readonly<Record<string, number>> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

/** A character's WinAnsi code: spaces of every width print as spaces, the unknown as `?`. */
function winAnsi(char: string): number {
  const code = char.codePointAt(0) ?? 0x3f;
  if (code === 0x09 || code === 0x2007 || code === 0x2009 || code === 0x202f) return 0x20;
  if (code === 0x2011 || code === 0x2010) return 0x2d;
  if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)) return code;
  return winAnsiExtras[char] ?? 0x3f;
}

/** Helvetica's advance widths (thousandths of the size) of printable ASCII, 0x20–0x7E. */
const asciiWidths = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
  500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
  556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
  278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/** Helvetica's widths of the other WinAnsi characters the documents use; 556 otherwise. */
function upperWidth(code: number): number {
  if (code === 0xa0) return 278;
  if (code === 0x85 || code === 0x97 || code === 0xc6 || code === 0x8c || code === 0x99) return 1000;
  if (code === 0x91 || code === 0x92 || code === 0x82) return 222;
  if (code === 0x93 || code === 0x94 || code === 0x84) return 333;
  if (code === 0x95) return 350;
  if (code === 0xb0) return 400;
  if (code >= 0xc0 && code <= 0xc5) return 667;
  if (code === 0xc7 || (code >= 0xd9 && code <= 0xdc) || code === 0xd1) return 722;
  if (code >= 0xc8 && code <= 0xcb) return 667;
  if (code >= 0xcc && code <= 0xcf) return 278;
  if ((code >= 0xd2 && code <= 0xd6) || code === 0xd8) return 778;
  if (code === 0xdd) return 667;
  if (code === 0xdf || code === 0xf8) return 611;
  if (code === 0xe6) return 889;
  if (code === 0xe7 || code === 0xfd || code === 0xff) return 500;
  if (code >= 0xec && code <= 0xef) return 278;
  if (code === 0x9c) return 944;
  return 556;
}

type Font = 'F1' | 'F2';

/** A text's width in points (bold: Helvetica-Bold runs about 5 % wider; close enough to align). */
function widthOf(text: string, size: number, font: Font = 'F1'): number {
  let units = 0;
  for (const char of text) {
    const code = winAnsi(char);
    units += code >= 0x20 && code <= 0x7e ? asciiWidths[code - 0x20]! : upperWidth(code);
  }
  return (units * size * (font === 'F2' ? 1.05 : 1)) / 1000;
}

/** A PDF literal string: `(` `)` `\` escaped, and every byte outside printable ASCII as octal. */
export function pdfString(text: string): string {
  let out = '(';
  for (const char of text) {
    const code = winAnsi(char);
    if (code === 0x28 || code === 0x29 || code === 0x5c) out += `\\${String.fromCharCode(code)}`;
    else if (code >= 0x20 && code <= 0x7e) out += String.fromCharCode(code);
    else out += `\\${code.toString(8).padStart(3, '0')}`;
  }
  return `${out})`;
}

/** The lines of `text` fitting `width`, broken between words (a word too long is cut). */
function wrap(text: string, width: number, size: number, font: Font = 'F1'): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (widthOf(candidate, size, font) <= width) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = word;
      while (widthOf(line, size, font) > width && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && widthOf(line.slice(0, cut), size, font) > width) cut -= 1;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    }
    lines.push(line);
  }
  return lines;
}

const num = (value: number) => String(Math.round(value * 100) / 100);

/** The pages' content streams, written top to bottom, a new page when one is full. */
class Layout {
  readonly pages: string[][] = [[]];
  y = pageHeight - margin;

  private get ops(): string[] {
    return this.pages.at(-1)!;
  }

  /** Room for `height` points more, or a new page. */
  need(height: number): boolean {
    if (this.y - height >= bottom) return false;
    this.pages.push([]);
    this.y = pageHeight - margin;
    return true;
  }

  text(x: number, text: string, size: number, font: Font = 'F1'): void {
    this.ops.push(`BT /${font} ${size} Tf ${num(x)} ${num(this.y)} Td ${pdfString(text)} Tj ET`);
  }

  /** `text` ending at `right`. */
  right(right: number, text: string, size: number, font: Font = 'F1'): void {
    this.text(right - widthOf(text, size, font), text, size, font);
  }

  rule(from = margin, to = pageWidth - margin): void {
    this.ops.push(`0.5 w ${num(from)} ${num(this.y)} m ${num(to)} ${num(this.y)} l S`);
  }
}

/** The columns' widths: each right-aligned one as wide as its widest cell, the left ones share the rest. */
function columnWidths(table: NonNullable<PdfDocument['table']>, size: number): number[] {
  const gap = 8;
  const natural = table.columns.map(
    (column, index) =>
      Math.max(widthOf(column, size, 'F2'), ...table.rows.map((row) => widthOf(row[index] ?? '', size))) +
      gap,
  );
  const fixed = natural.reduce((sum, width, index) => sum + (table.align[index] === 'right' ? width : 0), 0);
  const lefts = natural.filter((_, index) => table.align[index] !== 'right');
  const leftTotal = lefts.reduce((sum, width) => sum + width, 0);
  const room = Math.max(usable - fixed, usable * 0.3);
  return natural.map((width, index) =>
    table.align[index] === 'right'
      ? Math.min(width, usable * 0.3)
      : leftTotal <= room
        ? width + (room - leftTotal) / lefts.length
        : (width / leftTotal) * room,
  );
}

function writeTable(layout: Layout, table: NonNullable<PdfDocument['table']>): void {
  const size = 9;
  const lineHeight = 12;
  const widths = columnWidths(table, size);
  const starts = widths.map((_, index) => margin + widths.slice(0, index).reduce((a, b) => a + b, 0));
  const cell = (texts: readonly string[], font: Font) => {
    const wrapped = texts.map((text, index) =>
      table.align[index] === 'right' ? [text] : wrap(text, widths[index]! - 8, size, font),
    );
    const height = Math.max(1, ...wrapped.map((lines) => lines.length)) * lineHeight;
    return { wrapped, height };
  };
  const header = () => {
    const { wrapped, height } = cell(table.columns, 'F2');
    draw(wrapped, 'F2');
    layout.y -= height - lineHeight + 4;
    layout.rule();
    layout.y -= lineHeight;
  };
  const draw = (wrapped: string[][], font: Font) => {
    const top = layout.y;
    wrapped.forEach((lines, index) => {
      layout.y = top;
      for (const line of lines) {
        if (table.align[index] === 'right')
          layout.right(starts[index]! + widths[index]! - 2, line, size, font);
        else layout.text(starts[index]!, line, size, font);
        layout.y -= lineHeight;
      }
    });
    layout.y = top;
  };
  layout.need(lineHeight * 3);
  header();
  for (const row of table.rows) {
    const { wrapped, height } = cell(row, 'F1');
    if (layout.need(height)) header();
    draw(wrapped, 'F1');
    layout.y -= height;
  }
  layout.y += lineHeight - 4;
  layout.rule();
  layout.y -= lineHeight + 6;
}

/** The pages' content streams of a document. */
function layOut(document: PdfDocument): string[] {
  const layout = new Layout();
  for (const line of document.issuer) {
    layout.text(margin, line, 10);
    layout.y -= 13;
  }
  layout.y -= 20;
  for (const line of wrap(document.title, usable, 18, 'F2')) {
    layout.need(22);
    layout.text(margin, line, 18, 'F2');
    layout.y -= 24;
  }
  layout.y -= 4;
  const labelWidth = Math.min(
    usable / 2,
    Math.max(0, ...document.facts.map((fact) => widthOf(fact.label, 10, 'F2'))) + 12,
  );
  for (const fact of document.facts) {
    const lines = wrap(fact.value, usable - labelWidth, 10);
    layout.need(lines.length * 13);
    layout.text(margin, fact.label, 10, 'F2');
    for (const line of lines) {
      layout.text(margin + labelWidth, line, 10);
      layout.y -= 13;
    }
  }
  layout.y -= 14;
  if (document.table && document.table.columns.length > 0) writeTable(layout, document.table);
  document.totals.forEach((total, index) => {
    const last = index === document.totals.length - 1;
    const font: Font = last ? 'F2' : 'F1';
    const size = last ? 11 : 10;
    layout.need(16);
    layout.right(pageWidth - margin - 110, total.label, size, font);
    layout.right(pageWidth - margin, total.value, size, font);
    layout.y -= 16;
  });
  layout.y -= 10;
  for (const note of document.notes) {
    const lines = wrap(note, usable, 9);
    for (const line of lines) {
      layout.need(12);
      layout.text(margin, line, 9);
      layout.y -= 12;
    }
    layout.y -= 6;
  }
  const count = layout.pages.length;
  return layout.pages.map((ops, index) => {
    if (count === 1) return ops.join('\n');
    layout.y = bottom - 25;
    const footer = `${index + 1} / ${count}`;
    const x = pageWidth - margin - widthOf(footer, 8);
    return [...ops, `BT /F1 8 Tf ${num(x)} ${num(layout.y)} Td ${pdfString(footer)} Tj ET`].join('\n');
  });
}

/** The document as the bytes of a PDF 1.4 file. */
export function writePdf(document: PdfDocument): Uint8Array<ArrayBuffer> {
  const streams = layOut(document);
  // 1 catalogue, 2 pages, 3 and 4 fonts, 5 information, then each page and its content.
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${streams.map((_, index) => `${6 + 2 * index} 0 R`).join(' ')}] /Count ${streams.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    `<< /Title ${pdfString(document.title)} /Producer (family-portal-widgets memory backend) >>`,
  ];
  streams.forEach((content, index) => {
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pageWidth} ${pageHeight}] ` +
        `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${7 + 2 * index} 0 R >>`,
      // ASCII only: its length in characters is its length in bytes.
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    );
  });
  let file = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(file.length);
    file += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = file.length;
  file += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) file += `${String(offset).padStart(10, '0')} 00000 n \n`;
  file += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(file);
}

/** The document as a downloaded file: its bytes, its name, `application/pdf`. */
export function pdfFile(document: PdfDocument): DownloadedFile & { bytes: Uint8Array<ArrayBuffer> } {
  const bytes = writePdf(document);
  return {
    name: document.fileName,
    mediaType: 'application/pdf',
    blob: new Blob([bytes], { type: 'application/pdf' }),
    bytes,
  };
}
