import {
  AccountStatementSchema,
  accountStatement,
  familyBalance,
  InvoiceListSchema,
  InvoiceSchema,
  newestFirst,
  summarize,
  TaxCertificateListSchema,
  taxCertificates,
  certificateDocument,
  type AccountStatement,
  type Invoice,
  type InvoiceFilter,
  type InvoiceList,
  type StatementQuery,
  type TaxCertificate,
  type TaxCertificateList,
} from '../../src/domain/index.js';
import type { FileAnswer } from './app.js';
import type { Db } from './db.js';
import { communeToday, detail, familyLocale, invoiceRecords, load, type Service } from './invoice-records.js';
import { renderPdf } from './pdf.js';
import { notFound } from './problem.js';
import type { Family } from './requests.js';

/*
 * What the family reads of its invoices: the list, an invoice's detail and
 * PDF, the account statement, the tax certificates. The records are read in
 * invoice-records.ts; issuing, paying and disputing have modules of their own,
 * exported from here too.
 */

export {
  communeToday,
  familyLocale,
  invoiceRecords,
  paymentRecords,
  regieSettings,
} from './invoice-records.js';
export { insertPayment, invoiceSequence, issueInvoices } from './invoice-issuing.js';
export { completeInvoicePayment, payInvoices, startedInvoicePayment } from './invoice-payments.js';
export { decideDispute, disputeInvoice } from './invoice-disputes.js';

export async function getInvoices(
  db: Db,
  family: Family,
  filter: InvoiceFilter,
  service: Service,
  onlinePayment: boolean,
): Promise<InvoiceList> {
  const { records, context } = await load(db, family, service, onlinePayment);
  const summaries = newestFirst(records.map((record) => summarize(record, context)));
  const schoolYears = [...new Set(summaries.map((invoice) => invoice.schoolYear))].sort().reverse();
  return InvoiceListSchema.parse({
    invoices: filter.schoolYear
      ? summaries.filter((invoice) => invoice.schoolYear === filter.schoolYear)
      : summaries,
    ...familyBalance(summaries),
    currency: 'EUR',
    schoolYears,
    onlinePayment,
  });
}

export async function getInvoice(
  db: Db,
  family: Family,
  invoiceId: string,
  service: Service,
  onlinePayment: boolean,
): Promise<Invoice> {
  const [record] = await invoiceRecords(db, family.id, 'and id = $2', [invoiceId]);
  if (!record) throw notFound('invoice.not-found');
  const [file] = await db.query<{ name: string; size: number }>(
    'select pdf_name as name, octet_length(pdf) as size from invoices where id = $1',
    [record.id],
  );
  const { context, regies } = await load(db, family, service, onlinePayment);
  return InvoiceSchema.parse(
    detail(record, context, regies.get(record.regieId), {
      name: file!.name,
      mediaType: 'application/pdf',
      sizeBytes: Number(file!.size),
    }),
  );
}

export async function getInvoicePdf(db: Db, family: Family, invoiceId: string): Promise<FileAnswer> {
  const [row] = await db.query<{ name: string; pdf: Uint8Array }>(
    'select pdf_name as name, pdf from invoices where id = $1 and family_id = $2',
    [invoiceId, family.id],
  );
  if (!row) throw notFound('invoice.not-found');
  return { file: { name: row.name, mediaType: 'application/pdf', bytes: Buffer.from(row.pdf) } };
}

// ——— statement and certificates ———

export async function getAccountStatement(
  db: Db,
  family: Family,
  query: StatementQuery,
  service: Service,
): Promise<AccountStatement> {
  const { records, payments, regies } = await load(db, family, service, false);
  return AccountStatementSchema.parse(accountStatement(query.schoolYear, records, payments, regies));
}

/** The family's certificates with their PDFs (made to know their size; the same bytes each time). */
async function certificates(
  db: Db,
  family: Family,
  service: Service,
): Promise<{ certificate: TaxCertificate; bytes: Buffer }[]> {
  const { records, payments } = await load(db, family, service, false);
  const children = await db.query<{ id: string; firstName: string; lastName: string; birthDate: string }>(
    `select id, first_name as "firstName", last_name as "lastName", to_char(birth_date, 'YYYY-MM-DD') as "birthDate"
       from children where family_id = $1 order by birth_date, id`,
    [family.id],
  );
  const locale = await familyLocale(db, family.id, service.commune);
  const made = taxCertificates({
    country: service.commune.country,
    familyId: family.id,
    children,
    invoices: records,
    payments,
    today: communeToday(service),
  });
  return Promise.all(
    made.map(async (certificate) => {
      const document = certificateDocument(certificate, service.commune, locale);
      const bytes = await renderPdf(document, certificate.issuedOn);
      return {
        certificate: {
          ...certificate,
          pdf: { name: document.fileName, mediaType: 'application/pdf', sizeBytes: bytes.length },
        },
        bytes,
      };
    }),
  );
}

export async function getTaxCertificates(
  db: Db,
  family: Family,
  service: Service,
): Promise<TaxCertificateList> {
  const made = await certificates(db, family, service);
  return TaxCertificateListSchema.parse({
    certificates: made
      .map(({ certificate }) => certificate)
      .sort((a, b) => b.year - a.year || a.id.localeCompare(b.id)),
  });
}

export async function getTaxCertificatePdf(
  db: Db,
  family: Family,
  certificateId: string,
  service: Service,
): Promise<FileAnswer> {
  const made = (await certificates(db, family, service)).find(
    ({ certificate }) => certificate.id === certificateId,
  );
  if (!made) throw notFound('certificate.not-found');
  return { file: { name: made.certificate.pdf.name, mediaType: 'application/pdf', bytes: made.bytes } };
}
