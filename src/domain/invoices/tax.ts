import type { Country } from '../commune.js';
import type { TaxCertificate } from '../invoice.js';
import type { InvoiceRecord, PaymentRecord } from './records.js';

/** A child as a certificate names them. */
export interface CertifiedChild {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
}

/**
 * The family's childcare tax certificates by calendar year, from what was
 * invoiced and paid: Belgium's 281.86 (children under 14, care days by
 * quarter at a capped daily rate, meals excluded) or France's statement
 * (children under 6 on 1 January, care paid in the year, meals excluded).
 * Years without care paid have none. `pdf` is filled in by the backend, which
 * makes the file.
 */
export function taxCertificates(input: {
  country: Country;
  familyId: string;
  children: readonly CertifiedChild[];
  invoices: readonly InvoiceRecord[];
  payments: readonly PaymentRecord[];
  today: string;
}): Omit<TaxCertificate, 'pdf'>[] {
  void input;
  throw new Error('taxCertificates: to be implemented');
}
