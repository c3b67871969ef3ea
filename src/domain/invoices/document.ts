import type { CommuneSettings, Locale } from '../commune.js';
import type { Invoice, TaxCertificate } from '../invoice.js';
import { textIn } from '../localized-text.js';
import { belgianDailyCap } from './tax.js';
import { invoiceTexts } from './texts/index.js';

/**
 * What a PDF says, before a writer lays it out (pdfkit on the server, the
 * memory backend's own small writer): worded in a language, amounts
 * formatted, so that both backends print the same document.
 */
export interface PdfDocument {
  /** The file's name (`facture-F-2026-000042.pdf`). */
  fileName: string;
  title: string;
  /** The issuer: the commune and its service. */
  issuer: string[];
  /** Label and value pairs under the title (number, dates, reference). */
  facts: { label: string; value: string }[];
  table?: { columns: string[]; rows: string[][]; align: ('left' | 'right')[] } | undefined;
  totals: { label: string; value: string }[];
  /** Paragraphs after the totals (how to pay, the legal mention). */
  notes: string[];
}

const tags: Record<Locale, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' };

/**
 * Plain spaces for the narrow and no-break ones Intl puts in amounts and
 * dates: the standard PDF fonts (WinAnsi) lack U+202F, and a document's text
 * is searched with ordinary spaces.
 */
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

/** `12,50 €`, `€ 12,50`, `€12.50`: the language's way. */
export function documentAmount(cents: number, locale: Locale): string {
  return plain(
    new Intl.NumberFormat(tags[locale], { style: 'currency', currency: 'EUR' }).format(cents / 100),
  );
}

/** `01/03/2027`, `01.03.2027`: an ISO date the language's way. */
export function documentDate(date: string, locale: Locale): string {
  return plain(
    new Intl.DateTimeFormat(tags[locale], {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${date}T00:00:00Z`)),
  );
}

/** `{name}` → its value, in one pass. */
const fill = (template: string, values: Readonly<Record<string, string | number>>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/** A file name's own part, ASCII only. */
const ascii = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '-');

const issuerOf = (commune: CommuneSettings, locale: Locale) => [
  commune.name,
  textIn(commune.serviceName, locale, [commune.language ?? 'fr']),
];

/**
 * An invoice's document: the commune and the invoice's service, its facts
 * (number, dates, period, the communication or reference, children), a row
 * per line, its total, what was paid and what is left, and how to pay: by
 * transfer with its details (and online when it can be), or where it was
 * transferred to; nothing to pay when settled or cancelled.
 */
export function invoiceDocument(invoice: Invoice, commune: CommuneSettings, locale: Locale): PdfDocument {
  const texts = invoiceTexts[locale].invoice;
  const fallbacks: Locale[] = [commune.language ?? 'fr'];
  const amount = (cents: number) => documentAmount(cents, locale);
  const date = (value: string) => documentDate(value, locale);
  const reductions = invoice.lines.some((line) => line.reductionCents > 0);
  const columns = [
    texts.columns.date,
    texts.columns.child,
    texts.columns.label,
    texts.columns.quantity,
    texts.columns.unitPrice,
    ...(reductions ? [texts.columns.reduction] : []),
    texts.columns.amount,
  ];
  const rows = invoice.lines.map((line) => [
    line.to && line.to !== line.date ? `${date(line.date)} – ${date(line.to)}` : date(line.date),
    line.childName ?? '',
    textIn(line.label, locale, fallbacks),
    String(line.quantity),
    amount(line.unitCents),
    ...(reductions ? [line.reductionCents > 0 ? amount(-line.reductionCents) : ''] : []),
    amount(line.amountCents),
  ]);

  const notes: string[] = [];
  if (invoice.disputed && invoice.state !== 'cancelled') notes.push(texts.disputed);
  if (invoice.state === 'cancelled') notes.push(texts.cancelled);
  else if (invoice.state === 'transferred') {
    const where = invoice.payWhere ? textIn(invoice.payWhere, locale, fallbacks) : '';
    const template =
      invoice.notPayable === 'transferred-bailiff' ? texts.transferredBailiff : texts.transferredTreasury;
    notes.push(fill(template, { where }).trim());
  } else if (invoice.creditNote)
    notes.push(
      invoice.balanceCents < 0
        ? fill(texts.creditLeft, { amount: amount(-invoice.balanceCents) })
        : texts.creditUsed,
    );
  else if (invoice.balanceCents <= 0) notes.push(texts.settled);
  else {
    if (invoice.transfer)
      notes.push(
        fill(texts.payByTransfer, {
          amount: amount(invoice.transfer.amountCents),
          dueOn: date(invoice.dueOn),
          beneficiary: invoice.transfer.beneficiary,
          iban: invoice.transfer.iban.replace(/(.{4})(?=.)/g, '$1 '),
          bic: invoice.transfer.bic ? fill(texts.bic, { bic: invoice.transfer.bic }) : '',
          reference: invoice.transfer.reference.value,
        }),
      );
    if (invoice.notPayable === 'payment-in-flight') notes.push(texts.paymentInFlight);
    else if (invoice.payableOnline) notes.push(texts.payOnline);
  }

  return {
    fileName: `${fill(invoiceTexts[locale].files.invoice, { number: ascii(invoice.number) })}.pdf`,
    title: fill(invoice.creditNote ? texts.creditNoteTitle : texts.title, { number: invoice.number }),
    issuer: [...issuerOf(commune, locale), textIn(invoice.regie.name, locale, fallbacks)],
    facts: [
      { label: texts.number, value: invoice.number },
      { label: texts.issuedOn, value: date(invoice.issuedOn) },
      ...(invoice.creditNote ? [] : [{ label: texts.dueOn, value: date(invoice.dueOn) }]),
      {
        label: texts.period,
        value: fill(texts.periodValue, { from: date(invoice.periodFrom), to: date(invoice.periodTo) }),
      },
      {
        label: invoice.reference.kind === 'structured' ? texts.structured : texts.treasury,
        value: invoice.reference.value,
      },
      ...(invoice.children.length > 0
        ? [{ label: texts.children, value: invoice.children.map((child) => child.firstName).join(', ') }]
        : []),
    ],
    table: {
      columns,
      rows,
      align: columns.map((_, index) => (index < 3 ? 'left' : 'right')),
    },
    totals: [
      { label: texts.total, value: amount(invoice.totalCents) },
      ...(invoice.creditNote ? [] : [{ label: texts.paid, value: amount(invoice.paidCents) }]),
      { label: texts.balance, value: amount(invoice.balanceCents) },
    ],
    notes,
  };
}

/**
 * A tax certificate's document: for Belgium the 281.86's content (each
 * child's periods with their days, capped daily rate and amount, the cap
 * applied), for France the statement of amounts paid per child under 6,
 * meals excluded.
 */
export function certificateDocument(
  certificate: Omit<TaxCertificate, 'pdf'>,
  commune: CommuneSettings,
  locale: Locale,
): PdfDocument {
  const texts = invoiceTexts[locale].certificate;
  const amount = (cents: number) => documentAmount(cents, locale);
  const date = (value: string) => documentDate(value, locale);
  const belgian = certificate.scheme === 'be-281.86';
  const name = (child: TaxCertificate['children'][number]) => `${child.firstName} ${child.lastName}`.trim();
  const table = belgian
    ? {
        columns: [texts.child, texts.birthDate, texts.period, texts.days, texts.dailyRate, texts.amount],
        rows: certificate.children.flatMap((child) =>
          child.periods.map((period) => [
            name(child),
            date(child.birthDate),
            `${date(period.from)} – ${date(period.to)}`,
            String(period.days),
            amount(period.dailyRateCents),
            amount(period.amountCents),
          ]),
        ),
        align: ['left', 'left', 'left', 'right', 'right', 'right'] as ('left' | 'right')[],
      }
    : {
        columns: [texts.child, texts.birthDate, texts.amountPaid],
        rows: certificate.children.map((child) => [
          name(child),
          date(child.birthDate),
          amount(child.amountCents),
        ]),
        align: ['left', 'left', 'right'] as ('left' | 'right')[],
      };
  return {
    fileName: `${fill(invoiceTexts[locale].files.certificate, { year: certificate.year })}.pdf`,
    title: fill(belgian ? texts.beTitle : texts.frTitle, { year: certificate.year }),
    issuer: issuerOf(commune, locale),
    facts: [
      { label: texts.year, value: String(certificate.year) },
      { label: texts.issuedOn, value: date(certificate.issuedOn) },
    ],
    table,
    totals: [
      ...(belgian && certificate.children.length > 1
        ? certificate.children.map((child) => ({ label: name(child), value: amount(child.amountCents) }))
        : []),
      { label: texts.total, value: amount(certificate.totalCents) },
    ],
    notes: belgian
      ? [
          fill(texts.beNote, { cap: amount(belgianDailyCap(certificate.year)) }),
          texts.beAge,
          texts.mealsExcluded,
        ]
      : [fill(texts.frNote, { year: certificate.year, born: certificate.year - 6 }), texts.mealsExcluded],
  };
}
