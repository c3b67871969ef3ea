import type fr from './fr.js';

/** German words of the registration elements (see fr.ts). */
export default {
  'ui.whatNext': 'Wie geht es weiter?',
  'ui.error.change.pending':
    'Es wird bereits ein Änderungsantrag bearbeitet: Sie können einen neuen stellen, sobald der Dienst geantwortet hat.',
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
  'field.contact.role':
    'Geben Sie an, ob diese Person im Notfall zu benachrichtigen ist, das Kind abholen darf oder beides.',
  'field.contacts.emergency': 'Geben Sie mindestens eine Person an, die im Notfall zu benachrichtigen ist.',
  'field.contacts.pickup': 'Geben Sie mindestens eine Person an, die das Kind abholen darf.',
  'field.email.mismatch': 'Die E-Mail-Adresse muss die Ihres E-Schalter-Kontos sein.',
  'field.change.none':
    'Sie haben nichts geändert: Ändern Sie mindestens eine Angabe oder erläutern Sie Ihren Antrag.',
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
  'ui.kind.booking': 'Buchungen',
  'ui.kind.period-booking': 'Buchung über einen Zeitraum',
  'ui.kind.planning-copy': 'Kopie eines Plans',
  'ui.kind.absence': 'Abwesenheitsmeldung',
  'ui.kind.invoice-dispute': 'Einspruch gegen eine Rechnung',
  'ui.requestStatus.pending': 'In Bearbeitung',
  'ui.requestStatus.accepted': 'Angenommen',
  'ui.requestStatus.refused': 'Abgelehnt',
  'ui.requestStatus.cancelled': 'Storniert',
} satisfies Record<keyof typeof fr, string>;
