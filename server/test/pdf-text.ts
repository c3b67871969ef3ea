/**
 * The text of an uncompressed PDF written by pdfkit with its standard fonts
 * (see server/src/pdf.ts): each `[<hex> kerning <hex>] TJ` array's strings,
 * decoded from WinAnsi, one line per array. Enough to find amounts and names
 * in the file, not a PDF reader.
 */
export function pdfText(bytes: Uint8Array): string {
  const source = Buffer.from(bytes).toString('latin1');
  const lines: string[] = [];
  for (const [, array] of source.matchAll(/\[((?:<[0-9a-fA-F]*>|[\s\d.-])*)\]\s*TJ/g)) {
    const text = [...array!.matchAll(/<([0-9a-fA-F]*)>/g)]
      .map(([, hex]) => winAnsi(Buffer.from(hex!, 'hex')))
      .join('');
    lines.push(text);
  }
  return lines.join('\n');
}

/** The few WinAnsi bytes that differ from Latin-1 that documents use (€, dashes, quotes). */
const above127: Readonly<Record<number, string>> = {
  0x80: '€',
  0x85: '…',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x96: '–',
  0x97: '—',
};

function winAnsi(bytes: Buffer): string {
  return [...bytes].map((byte) => above127[byte] ?? String.fromCharCode(byte)).join('');
}
