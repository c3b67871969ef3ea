import type { Catalogue } from './fr.js';

/** German catalogue (Ostbelgien usage: Nationalregisternummer, Gemeinde). */
export const de: Catalogue = {
  'ui.step': 'Schritt {current} von {total}',
  'ui.nextStep': 'Nächster Schritt: {title}',
  'ui.requiredLegend': 'Mit * markierte Felder sind Pflichtfelder.',
  'ui.optional': '(optional)',
  'ui.errorSummaryTitle': 'Es gibt ein Problem',
  'ui.change': 'Ändern',
  'ui.changeField': 'Ändern: {field}',
  'ui.retry': 'Erneut versuchen',
  'ui.loading': 'Wird geladen…',
  'ui.sending': 'Wird gesendet…',
  'ui.day': 'Tag',
  'ui.month': 'Monat',
  'ui.year': 'Jahr',
  'ui.dateHint': 'Zum Beispiel: 27 3 2015',
  'ui.requestNumber': 'Antragsnummer',
  'ui.trackingCode': 'Verfolgungscode',
  'ui.history': 'Verlauf',
  'ui.historyEmpty': 'Noch keine Ereignisse.',
  'ui.whatNext': 'Wie geht es weiter?',
  'ui.savedOn': 'Das Formular wurde am {date} gespeichert.',
  'ui.by': 'von {author}',
  'ui.notProvided': 'Nicht angegeben',
  'ui.noAdapter':
    'Dieses Modul ist mit keinem Dienst verbunden: Setzen Sie es in <family-portal> oder geben Sie ihm einen Adapter.',
  'ui.error.network':
    'Der Dienst antwortet nicht. Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
  'ui.error.timeout': 'Der Dienst antwortet zu langsam. Versuchen Sie es gleich noch einmal.',
  'ui.error.server':
    'Beim Dienst ist ein Problem aufgetreten. Ihre Angaben bleiben erhalten: Versuchen Sie es erneut.',
  'ui.error.auth':
    'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut am E-Schalter an und versuchen Sie es erneut.',
  'ui.error.not-found': 'Dieser Antrag wurde nicht gefunden.',
  'ui.error.conflict': 'Dieser Antrag wurde inzwischen anders bearbeitet. Laden Sie die Seite neu.',
  'ui.error.validation':
    'Der Dienst hat einige Angaben abgelehnt. Korrigieren Sie sie und versuchen Sie es erneut.',
  'ui.error.capacity': 'Es sind keine Plätze mehr frei.',
  'ui.error.reference': 'Fehlerreferenz: {id}',

  'field.required': 'Dieses Feld ist ein Pflichtfeld.',
  'field.too-long': 'Dieser Text ist zu lang.',
  'field.national-number.format': 'Die Nationalregisternummer hat 11 Ziffern, zum Beispiel 85.07.30-033.28.',
  'field.national-number.checksum':
    'Diese Nationalregisternummer ist ungültig: Prüfen Sie die Ziffern auf dem Personalausweis.',
  'field.national-number.date':
    'Diese Nationalregisternummer entspricht keinem Geburtsdatum: Prüfen Sie die ersten 6 Ziffern.',
  'field.postcode.format.BE': 'Die Postleitzahl hat 4 Ziffern, zum Beispiel 4700.',
  'field.postcode.format.FR': 'Die Postleitzahl hat 5 Ziffern, zum Beispiel 59210.',
  'field.phone.format.BE':
    'Geben Sie eine Telefon- oder Handynummer an, zum Beispiel 0496 44 41 11 oder +32 496 44 41 11.',
  'field.phone.format.FR':
    'Geben Sie eine Telefonnummer an, zum Beispiel 06 12 34 56 78 oder +33 6 12 34 56 78.',
  'field.email.format': 'Geben Sie eine E-Mail-Adresse im Format name@beispiel.be an.',
};
