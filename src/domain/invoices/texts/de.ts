import type { InvoiceTexts } from './texts.js';

/** The invoices' documents in German. */
export default {
  files: { invoice: 'rechnung-{number}', certificate: 'steuerbescheinigung-{year}' },
  invoice: {
    title: 'Rechnung {number}',
    creditNoteTitle: 'Gutschrift {number}',
    number: 'Nummer',
    issuedOn: 'Rechnungsdatum',
    dueOn: 'Zahlbar bis',
    period: 'Zeitraum',
    periodValue: 'vom {from} bis {to}',
    structured: 'Strukturierte Mitteilung',
    treasury: 'Referenz',
    children: 'Kinder',
    columns: {
      date: 'Datum',
      child: 'Kind',
      label: 'Bezeichnung',
      quantity: 'Menge',
      unitPrice: 'Einzelpreis',
      reduction: 'Ermäßigung',
      amount: 'Betrag',
    },
    total: 'Gesamt',
    paid: 'Bezahlt',
    balance: 'Noch zu zahlen',
    payByTransfer:
      'Zahlen Sie {amount} bis zum {dueOn} per Überweisung auf das Konto {iban} von {beneficiary}{bic}, mit der Mitteilung {reference}.',
    bic: ' (BIC {bic})',
    payOnline: 'Sie können auch online im Familienportal bezahlen.',
    paymentInFlight: 'Eine Online-Zahlung dieser Rechnung läuft.',
    settled: 'Diese Rechnung ist bezahlt. Vielen Dank.',
    cancelled: 'Diese Rechnung wurde storniert: Es ist nichts zu zahlen.',
    transferredTreasury:
      'Diese Rechnung wurde an den Einnehmer (Staatskasse) übergeben: Zahlen Sie dort, nicht mehr hier. {where}',
    transferredBailiff:
      'Diese Rechnung wurde einem Gerichtsvollzieher übergeben: Zahlen Sie dort, nicht mehr hier. {where}',
    creditLeft: 'Diese Gutschrift über {amount} wird von Ihren nächsten Rechnungen abgezogen.',
    creditUsed: 'Diese Gutschrift wurde verwendet.',
    disputed: 'Sie beanstanden diese Rechnung: Mahnungen ruhen bis zur Antwort des Dienstes.',
  },
  certificate: {
    beTitle: 'Bescheinigung über Kinderbetreuungskosten (281.86) – Jahr {year}',
    frTitle: 'Bescheinigung über Kinderbetreuungskosten – Jahr {year}',
    year: 'Jahr',
    issuedOn: 'Ausstellungsdatum',
    child: 'Kind',
    birthDate: 'Geburtsdatum',
    period: 'Zeitraum',
    days: 'Tage',
    dailyRate: 'Tagessatz',
    amount: 'Betrag',
    amountPaid: 'Gezahlter Betrag',
    total: 'Gesamt',
    beNote:
      'Für die Betreuung gezahlte Beträge, Tagessatz begrenzt auf den gesetzlichen Höchstbetrag von {cap} pro Tag.',
    beAge: 'Nur Betreuungstage vor dem 14. Geburtstag des Kindes werden berücksichtigt.',
    frNote:
      'Im Jahr {year} gezahlte Beträge für die Betreuung von Kindern, die ab dem 1. Januar {born} geboren sind (unter 6 Jahren am 1. Januar).',
    mealsExcluded: 'Ohne Verpflegungskosten.',
  },
} satisfies InvoiceTexts;
