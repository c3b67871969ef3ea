import type fr from './fr.js';

/** German messages of <parent-register>. */
export default {
  // <parent-register>
  'parent.title.register': 'Mich als Elternteil registrieren',
  'parent.title.known': 'Meine Angaben',
  'parent.step.details': 'Ihre Angaben',
  'parent.step.check': 'Prüfen Sie Ihre Angaben',
  'parent.field.lastName': 'Name',
  'parent.field.firstName': 'Vorname',
  'parent.field.nationalNumber': 'Nationalregisternummer',
  'parent.field.address.street': 'Straße',
  'parent.field.address.number': 'Hausnummer',
  'parent.field.address.box': 'Briefkasten',
  'parent.field.address.postcode': 'Postleitzahl',
  'parent.field.address.city': 'Ort',
  'parent.field.phone': 'Telefon- / Handynummer',
  'parent.field.email': 'E-Mail-Adresse',
  'parent.address': 'Adresse',
  'parent.hint.nationalNumber':
    '11 Ziffern, auf der Rückseite Ihres Personalausweises. Zum Beispiel: 85.07.30-033.28',
  'parent.emailFromAccount':
    'Die Adresse Ihres E-Schalter-Kontos. Um sie zu ändern, ändern Sie Ihr Profil im E-Schalter.',
  'parent.action.continue': 'Weiter',
  'parent.action.backToRecap': 'Zurück zur Übersicht',
  'parent.action.abandon': 'Abbrechen',
  'parent.abandoned': 'Ihr Antrag wurde abgebrochen. Es wurde nichts gesendet.',
} satisfies Record<keyof typeof fr, string>;
