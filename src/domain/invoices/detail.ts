import type { Invoice } from '../invoice.js';
import { epcPayload } from './epc.js';
import type { InvoiceRecord, RegieSettings } from './records.js';
import { summarize, type SummaryContext } from './summary.js';

/**
 * An invoice's detail as the family sees it (every backend answers the same),
 * without its PDF: its summary, lines, the payments made on it, oldest
 * first, and how to pay it by transfer while something is owed to the
 * service and no online payment holds it (a credit note, a transferred or
 * cancelled invoice has none).
 */
export function invoiceDetail(
  record: InvoiceRecord,
  context: SummaryContext,
  regie: RegieSettings | undefined,
): Omit<Invoice, 'pdf'> {
  const summary = summarize(record, context);
  const payments = context.payments
    .filter((payment) => payment.status === 'paid')
    .flatMap((payment) =>
      payment.allocations
        .filter((allocation) => allocation.invoiceId === record.id)
        .map((allocation) => ({
          at: payment.completedAt ?? payment.startedAt,
          amountCents: allocation.amountCents,
          method: payment.method,
        })),
    )
    .sort((a, b) => a.at.localeCompare(b.at));
  const transferable =
    regie !== undefined &&
    !summary.creditNote &&
    summary.balanceCents > 0 &&
    (summary.state === 'unpaid' || summary.state === 'partly-paid') &&
    summary.notPayable !== 'payment-in-flight';
  const { reference } = record;
  return {
    ...summary,
    lines: record.lines,
    payments,
    ...(record.disputeRequestId ? { disputeRequestId: record.disputeRequestId } : {}),
    ...(transferable
      ? {
          transfer: {
            beneficiary: regie.beneficiary,
            iban: regie.iban,
            ...(regie.bic ? { bic: regie.bic } : {}),
            amountCents: summary.balanceCents,
            reference,
            ...(reference.kind === 'structured'
              ? {
                  epcQr: epcPayload({
                    beneficiary: regie.beneficiary,
                    iban: regie.iban,
                    bic: regie.bic,
                    amountCents: summary.balanceCents,
                    reference,
                  }),
                }
              : {}),
          },
        }
      : {}),
  };
}
