import type { AccountStatement, Regie } from '../invoice.js';
import type { InvoiceRecord, PaymentRecord } from './records.js';

/**
 * "Relevé de compte" of a school year (seed 004): the family's invoices,
 * credit notes, payments, cancellations and transfers to the treasury, oldest
 * first, each with the balance after it, between the opening balance (all
 * before the year) and the closing one.
 */
export function accountStatement(
  schoolYear: string,
  invoices: readonly InvoiceRecord[],
  payments: readonly PaymentRecord[],
  regies: ReadonlyMap<string, Regie>,
): AccountStatement {
  (void schoolYear, invoices, payments, regies);
  throw new Error('accountStatement: to be implemented');
}
