/*
 * Belgium's structured communication ("communication structurée", OGM-VCS):
 * ten digits and a two-digit check, the ten digits' remainder modulo 97 (97
 * when it is 0), written `+++123/4567/89012+++`.
 */

/** The check digits of ten digits: their remainder modulo 97, or 97. */
export function mod97Check(tenDigits: string): string {
  if (!/^\d{10}$/.test(tenDigits)) throw new RangeError('A structured communication has ten digits');
  const rest = Number(BigInt(tenDigits) % 97n);
  return String(rest === 0 ? 97 : rest).padStart(2, '0');
}

/** The structured communication of ten digits (an invoice's number, padded by the service). */
export function structuredCommunication(tenDigits: string): string {
  const digits = tenDigits + mod97Check(tenDigits);
  return `+++${digits.slice(0, 3)}/${digits.slice(3, 7)}/${digits.slice(7)}+++`;
}

/** Whether a communication, as a parent types or a bank shows it, is well formed and its check right. */
export function isStructuredCommunication(value: string): boolean {
  const digits = value.replace(/[+*/\s]/g, '');
  if (!/^\d{12}$/.test(digits)) return false;
  return mod97Check(digits.slice(0, 10)) === digits.slice(10);
}
