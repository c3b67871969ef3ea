import type { Catalogue } from './fr.js';

/** German catalogue (Ostbelgien usage: Nationalregisternummer, Gemeinde). */
export default {
  'ui.step': 'Schritt {current} von {total}',
  'ui.nextStep': 'Nächster Schritt: {title}',
  'ui.requiredLegend': 'Mit * markierte Felder sind Pflichtfelder.',
  'ui.optional': '(optional)',
  'ui.errorSummaryTitle': 'Es gibt ein Problem',
  'ui.errorPrefix': 'Fehler:',
  'ui.change': 'Ändern',
  'ui.changeField': 'Ändern: {field}',
  'ui.retry': 'Erneut versuchen',
  'ui.loading': 'Wird geladen…',
  'ui.sending': 'Wird gesendet…',
  'ui.weekShort': 'KW{week}',
  'ui.requestNumber': 'Antragsnummer',
  'ui.trackingCode': 'Verfolgungscode',
  'ui.history': 'Verlauf',
  'ui.historyEmpty': 'Noch keine Ereignisse.',
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
  'ui.error.feature.unavailable':
    'Ihre Gemeinde bietet diesen Dienst nicht online an. Wenden Sie sich für weitere Informationen an sie.',
  'ui.error.conflict': 'Dieser Antrag wurde inzwischen anders bearbeitet. Laden Sie die Seite neu.',
  'ui.error.validation':
    'Der Dienst hat einige Angaben abgelehnt. Korrigieren Sie sie und versuchen Sie es erneut.',
  'ui.error.capacity': 'Es sind keine Plätze mehr frei.',
  /** The service's code, when it says more than the error's type. */
  'ui.error.camp.unsubscribe-not-paid':
    'Eine Abmeldung können Sie beantragen, sobald die Anmeldung bezahlt ist. Vor der Zahlung entfernen Sie den Artikel aus Ihrem Warenkorb, um die Plätze freizugeben.',
  'ui.error.camp.unsubscribe-pending':
    'Für diese Woche wird bereits ein Antrag auf Abmeldung bearbeitet: Der Dienst antwortet Ihnen per E-Mail.',
  'ui.error.camp.unsubscribe-started':
    'Diese Woche hat bereits begonnen: Eine Abmeldung ist online nicht mehr möglich. Wenden Sie sich an den Dienst.',
  'ui.error.camp.week-not-booked':
    'Ihr Kind hat in dieser Woche keinen reservierten Platz: Es gibt nichts abzumelden.',
  'ui.error.article.not-payable':
    'Dieser Artikel war nicht mehr zu bezahlen (bereits bezahlt, Frist abgelaufen oder Artikel entfernt): Ihre Zahlung wird erstattet, der Dienst meldet sich bei Ihnen. Sie können Ihre Kinder erneut anmelden, solange es noch Plätze gibt.',
  'ui.error.payment.unavailable':
    'Ihre Gemeinde bietet keine Online-Zahlung an. Wenden Sie sich an den Dienst, um per Überweisung oder am Schalter zu bezahlen; Ihre Plätze bleiben bis zum angegebenen Datum reserviert.',
  'ui.error.request.cancelled': 'Dieser Antrag wurde storniert: Melden Sie Ihr Kind erneut an.',
  'ui.error.reference': 'Fehlerreferenz: {id}',
  'field.required': 'Dieses Feld ist ein Pflichtfeld.',
  'field.too-long': 'Dieser Text ist zu lang.',
  'field.choice.unknown': 'Diese Auswahl wird nicht angeboten: Wählen Sie aus der Liste.',
  'field.invalid': 'Dieser Wert wird nicht akzeptiert: Bitte prüfen Sie ihn.',
} satisfies Catalogue;
