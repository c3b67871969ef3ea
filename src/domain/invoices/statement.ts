import type { AccountStatement, Regie, StatementEntry } from '../invoice.js';
import type { InvoiceRecord, PaymentRecord } from './records.js';
import { schoolYearDates } from './school-year.js';

/** An entry before its balance is known, with what orders entries of the same day. */
type Movement = Omit<StatementEntry, 'balanceCents'> & { order: number };

/**
 * "Relevé de compte" of a school year (seed 004): the family's invoices,
 * credit notes, payments, cancellations and transfers to the treasury, oldest
 * first, each with the balance after it, between the opening balance (all
 * before the year) and the closing one.
 *
 * - an invoice is a debit of its total on its issue date; a credit note a
 *   credit of its amount;
 * - each allocation of a payment paid is a credit (a negative one, money given
 *   back, a debit) on the day the payment completed (its UTC date), under the
 *   invoice's number: `payment-online`, `-transfer` or `-cash`;
 * - a credit note used on an invoice moves no money: the credit note already
 *   credited the account when issued. It shows as a `credit-note` entry under
 *   the invoice it pays, with the amount both as debit (taken from the credit
 *   note) and as credit (given to the invoice), so the balance does not move;
 * - a cancelled invoice (or credit note) credits (debits) what was left of it
 *   on the day it was closed (`cancellation`); a transferred one, to the
 *   treasury or a bailiff, the same (`transfer-treasury`): the balance leaves
 *   the account, to be paid there;
 * - payments neither paid nor allocated to one of the family's invoices are
 *   not on it.
 * The same day: invoices and credit notes, then payments, then closures. The
 * closing balance is the opening one plus the debits less the credits, and
 * equals what `familyBalance` says of the open invoices.
 */
export function accountStatement(
  schoolYear: string,
  invoices: readonly InvoiceRecord[],
  payments: readonly PaymentRecord[],
  regies: ReadonlyMap<string, Regie>,
): AccountStatement {
  const { from, to } = schoolYearDates(schoolYear);
  const byId = new Map(invoices.map((invoice) => [invoice.id, invoice]));
  const regieOf = (invoice: InvoiceRecord): Regie => {
    const regie = regies.get(invoice.regieId);
    return { id: invoice.regieId, name: regie?.name ?? invoice.regieId };
  };
  const paid = payments.filter((payment) => payment.status === 'paid');
  const movements: Movement[] = [];
  const add = (
    invoice: InvoiceRecord,
    date: string,
    kind: StatementEntry['kind'],
    signedCents: number,
    order: number,
  ) =>
    movements.push({
      date,
      kind,
      invoiceNumber: invoice.number,
      regie: regieOf(invoice),
      debitCents: Math.max(0, signedCents),
      creditCents: Math.max(0, -signedCents),
      order,
    });

  for (const invoice of invoices) {
    if (invoice.totalCents < 0) add(invoice, invoice.issuedOn, 'credit-note', invoice.totalCents, 0);
    else add(invoice, invoice.issuedOn, 'invoice', invoice.totalCents, 0);
  }
  for (const payment of paid) {
    const date = (payment.completedAt ?? payment.startedAt).slice(0, 10);
    for (const allocation of payment.allocations) {
      const invoice = byId.get(allocation.invoiceId);
      if (!invoice) continue;
      if (payment.method === 'credit-note') {
        if (allocation.amountCents <= 0) continue;
        movements.push({
          date,
          kind: 'credit-note',
          invoiceNumber: invoice.number,
          regie: regieOf(invoice),
          debitCents: allocation.amountCents,
          creditCents: allocation.amountCents,
          order: 1,
        });
      } else add(invoice, date, `payment-${payment.method}`, -allocation.amountCents, 1);
    }
  }
  for (const invoice of invoices) {
    if (invoice.status === 'open') continue;
    const allocated = paid
      .flatMap((payment) => payment.allocations)
      .filter((allocation) => allocation.invoiceId === invoice.id)
      .reduce((sum, allocation) => sum + allocation.amountCents, 0);
    const left = invoice.totalCents - allocated;
    add(
      invoice,
      invoice.closedOn ?? invoice.issuedOn,
      invoice.status === 'cancelled' ? 'cancellation' : 'transfer-treasury',
      -left,
      2,
    );
  }

  movements.sort(
    (a, b) =>
      a.date.localeCompare(b.date) || a.order - b.order || a.invoiceNumber.localeCompare(b.invoiceNumber),
  );
  let openingCents = 0;
  let debitCents = 0;
  let creditCents = 0;
  const entries: StatementEntry[] = [];
  for (const { order, ...movement } of movements) {
    void order;
    if (movement.date < from) openingCents += movement.debitCents - movement.creditCents;
    else if (movement.date <= to) {
      debitCents += movement.debitCents;
      creditCents += movement.creditCents;
      entries.push({ ...movement, balanceCents: openingCents + debitCents - creditCents });
    }
  }
  return {
    schoolYear,
    from,
    to,
    openingCents,
    closingCents: openingCents + debitCents - creditCents,
    debitCents,
    creditCents,
    entries,
  };
}
