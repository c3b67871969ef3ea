import { AdapterError, type FamilyPortalAdapter } from '../../src/adapter/index.js';
import {
  AccountStatementSchema,
  InvoiceListSchema,
  InvoicePaymentOutcomeSchema,
  InvoiceSchema,
  InvoiceSummarySchema,
  RequestReceiptSchema,
  TaxCertificateListSchema,
  type AccountStatement,
  type Invoice,
  type InvoiceDisputeInput,
  type InvoiceFilter,
  type InvoicePaymentInput,
  type InvoiceSummary,
  type PaymentReturn,
  type TaxCertificateList,
} from '../../src/domain/index.js';

/*
 * An adapter double for <invoice-list> until the memory adapter serves the
 * invoices: a Belgian family's invoices (checked against the wire schemas),
 * payments answered from what is payable, and a way to make any call fail.
 */

const regie = { id: 'regie-aes', name: 'Accueil extrascolaire' };
const reference = (digits: string) => ({
  kind: 'structured' as const,
  value: `+++${digits.slice(0, 3)}/${digits.slice(3, 7)}/${digits.slice(7)}+++`,
});

/** An invoice of the family, `changes` over an unpaid one of 42,00 €. */
export function summary(id: string, changes: Partial<InvoiceSummary> = {}): InvoiceSummary {
  return InvoiceSummarySchema.parse({
    id,
    number: `F-2026-0000${id.slice(-2)}`,
    regie,
    issuedOn: '2026-10-05',
    dueOn: '2026-11-05',
    periodFrom: '2026-09-01',
    periodTo: '2026-09-30',
    schoolYear: '2026-2027',
    children: [{ id: 'chi-1', firstName: 'Nahel' }],
    totalCents: 4200,
    paidCents: 0,
    balanceCents: 4200,
    state: 'unpaid',
    overdue: false,
    disputed: false,
    creditNote: false,
    payableOnline: true,
    reference: reference('0900000427' + id.slice(-2)),
    ...changes,
  });
}

/** Three unpaid invoices (one overdue), one paid, one sent to the treasury, one held by a payment in flight. */
export function invoices(): InvoiceSummary[] {
  return [
    summary('inv-01', { number: 'F-2026-000042', totalCents: 8400, balanceCents: 8400 }),
    summary('inv-02', { number: 'F-2026-000041', totalCents: 2000, balanceCents: 2000 }),
    summary('inv-03', {
      number: 'F-2026-000031',
      dueOn: '2026-10-05',
      totalCents: 2000,
      balanceCents: 2000,
      overdue: true,
    }),
    summary('inv-04', {
      number: 'F-2026-000021',
      totalCents: 3000,
      paidCents: 3000,
      balanceCents: 0,
      state: 'paid',
      payableOnline: false,
      notPayable: 'settled',
    }),
    summary('inv-05', {
      number: 'F-2025-000099',
      schoolYear: '2025-2026',
      totalCents: 1500,
      balanceCents: 1500,
      state: 'transferred',
      payableOnline: false,
      notPayable: 'transferred-treasury',
      payWhere: 'Receveur régional, rue Haute 1, 1000 Bruxelles',
    }),
    summary('inv-06', {
      number: 'F-2026-000043',
      totalCents: 1000,
      balanceCents: 1000,
      payableOnline: false,
      notPayable: 'payment-in-flight',
      lockedUntil: '2026-11-01T10:30:00+01:00',
    }),
  ];
}

/** A tiny valid PDF's bytes. */
export const pdfBytes = '%PDF-1.4\n%%EOF\n';

type Failing = keyof FamilyPortalAdapter;

export class InvoiceDouble {
  invoices = invoices();
  onlinePayment = true;
  calls: { method: string; args: unknown[]; key?: string }[] = [];
  /** Each call of these methods fails (once for each error queued). */
  failures = new Map<Failing, AdapterError[]>();
  /** Reads hang until released (loading state). */
  hold: Promise<void> | undefined;
  /** The first line's label in every invoice's detail (a backend's hostile text, in tests). */
  lineLabel = 'Accueil du matin';
  /** The service named in the statement's entries. */
  statementRegie: InvoiceSummary['regie'] = regie;

  failOnce(method: Failing, error = new AdapterError({ type: 'network' })): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), error]);
  }

  private async enter(method: Failing, args: unknown[], key?: string): Promise<void> {
    this.calls.push({ method, args, ...(key && { key }) });
    await this.hold;
    const queued = this.failures.get(method);
    const error = queued?.shift();
    if (error) throw error;
  }

  callsOf(method: string) {
    return this.calls.filter((call) => call.method === method);
  }

  private balance() {
    const open = this.invoices.filter((invoice) => invoice.state !== 'cancelled');
    return {
      balanceCents: open.reduce((sum, invoice) => sum + invoice.balanceCents, 0),
      overdueCents: open
        .filter((invoice) => invoice.overdue)
        .reduce((sum, invoice) => sum + invoice.balanceCents, 0),
    };
  }

  detail(id: string): Invoice {
    const invoice = this.invoices.find((found) => found.id === id);
    if (!invoice) throw new AdapterError({ type: 'not-found' });
    return InvoiceSchema.parse({
      ...invoice,
      lines: [
        {
          id: `${id}-l1`,
          date: '2026-09-01',
          to: '2026-09-30',
          childId: 'chi-1',
          childName: 'Nahel',
          label: this.lineLabel,
          kind: 'care',
          quantity: 20,
          unitCents: 150,
          reductionCents: 0,
          amountCents: 3000,
        },
        {
          id: `${id}-l2`,
          date: '2026-09-14',
          childId: 'chi-1',
          childName: 'Nahel',
          label: 'Repas chaud',
          kind: 'meal',
          quantity: 4,
          unitCents: 350,
          reductionCents: 200,
          amountCents: 1200,
        },
      ],
      payments:
        invoice.paidCents > 0
          ? [{ at: '2026-10-10T09:00:00Z', amountCents: invoice.paidCents, method: 'transfer' }]
          : [],
      pdf: { name: `facture-${invoice.number}.pdf`, mediaType: 'application/pdf', sizeBytes: 14_200 },
      ...(invoice.balanceCents > 0 &&
        invoice.notPayable !== 'payment-in-flight' && {
          transfer: {
            beneficiary: 'Commune de Lasne',
            iban: 'BE71096123456769',
            bic: 'GKCCBEBB',
            amountCents: invoice.balanceCents,
            reference: invoice.reference,
            epcQr: `BCD\n002\n1\nSCT\nGKCCBEBB\nCommune de Lasne\nBE71096123456769\nEUR${(invoice.balanceCents / 100).toFixed(2)}\n\n${invoice.reference.value}\n\n`,
          },
        }),
    });
  }

  statement(schoolYear: string): AccountStatement {
    return AccountStatementSchema.parse({
      schoolYear,
      from: '2026-09-01',
      to: '2027-08-31',
      openingCents: 0,
      closingCents: 6400,
      debitCents: 8400,
      creditCents: 2000,
      entries: [
        {
          date: '2026-10-05',
          kind: 'invoice',
          invoiceNumber: 'F-2026-000042',
          regie: this.statementRegie,
          debitCents: 8400,
          creditCents: 0,
          balanceCents: 8400,
        },
        {
          date: '2026-10-20',
          kind: 'payment-transfer',
          invoiceNumber: 'F-2026-000042',
          regie: this.statementRegie,
          debitCents: 0,
          creditCents: 2000,
          balanceCents: 6400,
        },
      ],
    });
  }

  certificates(): TaxCertificateList {
    return TaxCertificateListSchema.parse({
      certificates: [
        {
          id: 'cert-2026',
          year: 2026,
          scheme: 'be-281.86',
          issuedOn: '2027-02-01',
          children: [
            {
              id: 'chi-1',
              firstName: 'Nahel',
              lastName: 'Dupont',
              birthDate: '2019-03-02',
              periods: [
                { from: '2026-01-01', to: '2026-03-31', days: 40, dailyRateCents: 150, amountCents: 6000 },
                { from: '2026-04-01', to: '2026-06-30', days: 30, dailyRateCents: 150, amountCents: 4500 },
              ],
              amountCents: 10500,
            },
          ],
          totalCents: 10500,
          pdf: { name: 'attestation-fiscale-2026.pdf', mediaType: 'application/pdf', sizeBytes: 9_800 },
        },
      ],
    });
  }

  readonly adapter: Partial<FamilyPortalAdapter> = {
    getInvoices: async (filter: InvoiceFilter = {}) => {
      await this.enter('getInvoices', [filter]);
      const { balanceCents, overdueCents } = this.balance();
      return InvoiceListSchema.parse({
        invoices: this.invoices.filter(
          (invoice) => !filter.schoolYear || invoice.schoolYear === filter.schoolYear,
        ),
        balanceCents,
        overdueCents,
        currency: 'EUR',
        schoolYears: [...new Set(this.invoices.map((invoice) => invoice.schoolYear))].sort().reverse(),
        onlinePayment: this.onlinePayment,
      });
    },
    getInvoice: async (id: string) => {
      await this.enter('getInvoice', [id]);
      return this.detail(id);
    },
    getInvoicePdf: async (id: string) => {
      await this.enter('getInvoicePdf', [id]);
      const invoice = this.detail(id);
      return {
        name: invoice.pdf.name,
        mediaType: 'application/pdf' as const,
        blob: new Blob([pdfBytes], { type: 'application/pdf' }),
      };
    },
    payInvoices: async (input: InvoicePaymentInput, { idempotencyKey }) => {
      await this.enter('payInvoices', [input], idempotencyKey);
      return { paymentId: 'pay-1', redirectUrl: 'https://provider.example/pay/pay-1' };
    },
    completeInvoicePayment: async (answer: PaymentReturn, { idempotencyKey }) => {
      await this.enter('completeInvoicePayment', [answer], idempotencyKey);
      const paid = ['inv-01', 'inv-02'];
      if (answer.status === 'paid')
        this.invoices = this.invoices.map((invoice) =>
          paid.includes(invoice.id)
            ? {
                ...invoice,
                state: 'paid',
                paidCents: invoice.totalCents,
                balanceCents: 0,
                payableOnline: false,
                notPayable: 'settled',
              }
            : invoice,
        );
      return InvoicePaymentOutcomeSchema.parse({
        status: answer.status,
        amountCents: 10400,
        invoices: this.invoices.filter((invoice) => paid.includes(invoice.id)),
        balanceCents: this.balance().balanceCents,
      });
    },
    disputeInvoice: async (id: string, input: InvoiceDisputeInput, { idempotencyKey }) => {
      await this.enter('disputeInvoice', [id, input], idempotencyKey);
      this.invoices = this.invoices.map((invoice) =>
        invoice.id === id ? { ...invoice, disputed: true } : invoice,
      );
      return RequestReceiptSchema.parse({
        id: 'req-9',
        number: '31-7',
        trackingCode: 'QWERTYUI',
        kind: 'invoice-dispute',
        status: 'pending',
        submittedAt: '2026-11-02T10:00:00Z',
        history: [{ status: 'pending', label: 'En attente', at: '2026-11-02T10:00:00Z' }],
      });
    },
    uploadAttachment: async (file, { idempotencyKey }) => {
      await this.enter('uploadAttachment', [file], idempotencyKey);
      return {
        id: `att-${this.callsOf('uploadAttachment').length}`,
        name: file.name,
        mediaType: 'application/pdf',
        sizeBytes: file.size,
      };
    },
    getAccountStatement: async (query) => {
      await this.enter('getAccountStatement', [query]);
      return this.statement(query.schoolYear);
    },
    getTaxCertificates: async () => {
      await this.enter('getTaxCertificates', []);
      return this.certificates();
    },
    getTaxCertificatePdf: async (id: string) => {
      await this.enter('getTaxCertificatePdf', [id]);
      return {
        name: 'attestation-fiscale-2026.pdf',
        mediaType: 'application/pdf' as const,
        blob: new Blob([pdfBytes]),
      };
    },
  };
}
