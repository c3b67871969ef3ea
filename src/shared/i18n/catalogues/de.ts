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
  'ui.day': 'Tag',
  'ui.month': 'Monat',
  'ui.year': 'Jahr',
  'ui.dateHint': 'Zum Beispiel: 27 3 2015',
  'ui.weekShort': 'KW{week}',
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
  'ui.error.feature.unavailable':
    'Ihre Gemeinde bietet diesen Dienst nicht online an. Wenden Sie sich für weitere Informationen an sie.',
  'ui.error.conflict': 'Dieser Antrag wurde inzwischen anders bearbeitet. Laden Sie die Seite neu.',
  'ui.error.validation':
    'Der Dienst hat einige Angaben abgelehnt. Korrigieren Sie sie und versuchen Sie es erneut.',
  'ui.error.capacity': 'Es sind keine Plätze mehr frei.',
  /** The service's code, when it says more than the error's type. */
  'ui.error.change.pending':
    'Es wird bereits ein Änderungsantrag bearbeitet: Sie können einen neuen stellen, sobald der Dienst geantwortet hat.',
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

  'field.date.invalid': 'Geben Sie ein gültiges Datum an, zum Beispiel 27 3 2015.',
  'field.national-number.birth-date-mismatch':
    'Diese Nationalregisternummer passt nicht zum angegebenen Geburtsdatum: Prüfen Sie beides.',
  'field.national-number.sex-mismatch':
    'Diese Nationalregisternummer passt nicht zum angegebenen Geschlecht: Prüfen Sie beides.',
  'field.kid-eid.format': 'Die Nummer der Kids-ID hat 12 Ziffern, zum Beispiel 050-5120123-92.',
  'field.kid-eid.checksum':
    'Diese Kids-ID-Nummer ist ungültig: Prüfen Sie die Ziffern auf der Rückseite der Karte.',
  'field.date.future': 'Dieses Datum liegt in der Zukunft: Prüfen Sie es.',
  'field.child.too-old': 'Das Elternportal ist für Kinder unter 18 Jahren: Prüfen Sie das Geburtsdatum.',
  'field.choice.unknown': 'Diese Auswahl wird nicht angeboten: Wählen Sie aus der Liste.',
  'field.contact.role':
    'Geben Sie an, ob diese Person im Notfall zu benachrichtigen ist, das Kind abholen darf oder beides.',
  'field.contacts.emergency': 'Geben Sie mindestens eine Person an, die im Notfall zu benachrichtigen ist.',
  'field.contacts.pickup': 'Geben Sie mindestens eine Person an, die das Kind abholen darf.',
  'field.invalid': 'Dieser Wert wird nicht akzeptiert: Bitte prüfen Sie ihn.',
  'field.email.mismatch': 'Die E-Mail-Adresse muss die Ihres E-Schalter-Kontos sein.',
  'field.change.none':
    'Sie haben nichts geändert: Ändern Sie mindestens eine Angabe oder erläutern Sie Ihren Antrag.',

  // Lists of children and requests, shared by the elements
  'ui.phoneHint.BE': 'Zum Beispiel: 0496 44 41 11',
  'ui.phoneHint.FR': 'Zum Beispiel: 06 12 34 56 78',
  'ui.born': 'geboren am {date}',
  'ui.health.complete': 'Gesundheitsbogen vollständig',
  'ui.health.to-update': 'Gesundheitsbogen zu aktualisieren',
  'ui.health.missing': 'Gesundheitsbogen auszufüllen',
  'ui.kind.parent-registration': 'Registrierung als Elternteil',
  'ui.kind.child-registration': 'Registrierung eines Kindes',
  'ui.kind.health-form': 'Gesundheitsbogen',
  'ui.kind.child-change': 'Änderung für ein Kind',
  'ui.kind.parent-change': 'Änderung meiner Angaben',
  'ui.kind.camp-enrolment': 'Anmeldung zu einem Ferienangebot',
  'ui.kind.camp-unsubscribe': 'Abmeldung von einem Ferienangebot',
  'ui.requestStatus.pending': 'In Bearbeitung',
  'ui.requestStatus.accepted': 'Angenommen',
  'ui.requestStatus.refused': 'Abgelehnt',
  'ui.requestStatus.cancelled': 'Storniert',
} satisfies Catalogue;
