import type { InvoiceTexts } from './texts.js';

/** The invoices' documents in Dutch. */
export default {
  files: { invoice: 'factuur-{number}', certificate: 'fiscaal-attest-{year}' },
  invoice: {
    title: 'Factuur {number}',
    creditNoteTitle: 'Creditnota {number}',
    number: 'Nummer',
    issuedOn: 'Factuurdatum',
    dueOn: 'Te betalen vóór',
    period: 'Periode',
    periodValue: 'van {from} tot {to}',
    structured: 'Gestructureerde mededeling',
    treasury: 'Referentie',
    children: 'Kinderen',
    columns: {
      date: 'Datum',
      child: 'Kind',
      label: 'Omschrijving',
      quantity: 'Aantal',
      unitPrice: 'Eenheidsprijs',
      reduction: 'Korting',
      amount: 'Bedrag',
    },
    total: 'Totaal',
    paid: 'Betaald',
    balance: 'Nog te betalen',
    payByTransfer:
      'Betaal {amount} vóór {dueOn} via overschrijving naar rekening {iban} van {beneficiary}{bic}, met de mededeling {reference}.',
    bic: ' (BIC {bic})',
    payOnline: 'U kunt ook online betalen op het gezinsportaal.',
    paymentInFlight: 'Er loopt een online betaling van deze factuur.',
    settled: 'Deze factuur is betaald. Dank u.',
    cancelled: 'Deze factuur is geannuleerd: er is niets te betalen.',
    transferredTreasury:
      'Deze factuur is overgemaakt aan de financieel directeur (ontvanger): betaal daar, niet meer hier. {where}',
    transferredBailiff:
      'Deze factuur is overgemaakt aan een gerechtsdeurwaarder: betaal daar, niet meer hier. {where}',
    creditLeft: 'Deze creditnota van {amount} wordt afgetrokken van uw volgende facturen.',
    creditUsed: 'Deze creditnota is gebruikt.',
    disputed: 'U betwist deze factuur: herinneringen worden opgeschort tot de dienst antwoordt.',
  },
  certificate: {
    beTitle: 'Attest inzake uitgaven voor kinderopvang (281.86) – jaar {year}',
    frTitle: 'Attest inzake uitgaven voor kinderopvang – jaar {year}',
    year: 'Jaar',
    issuedOn: 'Datum van uitgifte',
    child: 'Kind',
    birthDate: 'Geboortedatum',
    period: 'Periode',
    days: 'Dagen',
    dailyRate: 'Dagtarief',
    amount: 'Bedrag',
    amountPaid: 'Betaald bedrag',
    total: 'Totaal',
    beNote: 'Bedragen betaald voor opvang, dagtarief beperkt tot het wettelijke maximum van {cap} per dag.',
    beAge: 'Alleen de opvangdagen vóór de 14de verjaardag van het kind tellen mee.',
    frNote:
      'Bedragen betaald in {year} voor de opvang van kinderen geboren vanaf 1 januari {born} (jonger dan 6 jaar op 1 januari).',
    mealsExcluded: 'Maaltijdkosten niet inbegrepen.',
  },
} satisfies InvoiceTexts;
