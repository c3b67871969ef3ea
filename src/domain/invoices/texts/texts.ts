/**
 * One language's words for the invoices' PDF documents. Templates take
 * `{name}` parameters, filled by `document.ts`.
 */
export interface InvoiceTexts {
  /** Per document kind, the file's name without `.pdf`, ASCII (`{number}`, `{year}`). */
  files: { invoice: string; certificate: string };
  invoice: {
    title: string;
    creditNoteTitle: string;
    number: string;
    issuedOn: string;
    dueOn: string;
    period: string;
    /** `{from}`, `{to}`. */
    periodValue: string;
    structured: string;
    treasury: string;
    children: string;
    columns: {
      date: string;
      child: string;
      label: string;
      quantity: string;
      unitPrice: string;
      reduction: string;
      amount: string;
    };
    total: string;
    paid: string;
    balance: string;
    /** `{amount}`, `{dueOn}`, `{beneficiary}`, `{iban}`, `{bic}`, `{reference}`. */
    payByTransfer: string;
    bic: string;
    payOnline: string;
    paymentInFlight: string;
    settled: string;
    cancelled: string;
    /** `{where}`: the treasury's or bailiff's address in the commune's words (may be empty). */
    transferredTreasury: string;
    transferredBailiff: string;
    creditLeft: string;
    creditUsed: string;
    disputed: string;
  };
  certificate: {
    /** `{year}`. */
    beTitle: string;
    frTitle: string;
    year: string;
    issuedOn: string;
    child: string;
    birthDate: string;
    period: string;
    days: string;
    dailyRate: string;
    amount: string;
    amountPaid: string;
    total: string;
    /** `{cap}`. */
    beNote: string;
    beAge: string;
    /** `{year}`, `{born}`. */
    frNote: string;
    mealsExcluded: string;
  };
}
