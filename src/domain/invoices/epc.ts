import type { InvoiceReference } from '../invoice.js';

/** What an EPC QR code (EPC069-12, "SEPA credit transfer") carries. */
export interface EpcTransfer {
  beneficiary: string;
  iban: string;
  bic?: string | undefined;
  amountCents: number;
  reference: InvoiceReference;
}

/**
 * The EPC069-12 payload banking apps read from a QR code: version 002, UTF-8,
 * the beneficiary (70 characters at most), the amount in euros, and the
 * structured communication in the "creditor reference" field, or a free text
 * (140 characters at most) otherwise. Lines end with LF; the payload is at
 * most 331 bytes.
 */
export function epcPayload(transfer: EpcTransfer): string {
  if (transfer.amountCents < 1 || transfer.amountCents > 99_999_999_999)
    throw new RangeError('An EPC transfer is between 0.01 and 999,999,999.99 euros');
  const euros = `EUR${Math.floor(transfer.amountCents / 100)}.${String(transfer.amountCents % 100).padStart(2, '0')}`;
  const structured = transfer.reference.kind === 'structured';
  const lines = [
    'BCD',
    '002',
    '1',
    'SCT',
    transfer.bic ?? '',
    oneLine(transfer.beneficiary, 70),
    transfer.iban.replace(/\s/g, ''),
    euros,
    '',
    // The creditor reference holds the communication's twelve digits; a free text goes in the remittance.
    structured ? transfer.reference.value.replace(/\D/g, '') : '',
    structured ? '' : oneLine(transfer.reference.value, 140),
  ];
  return lines.join('\n').replace(/\n+$/, '');
}

function oneLine(text: string, max: number): string {
  return [...text.replace(/[\r\n]+/g, ' ').trim()].slice(0, max).join('');
}
