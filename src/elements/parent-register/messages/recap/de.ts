import type fr from './fr.js';

/** German messages of the recap ("Vérifiez vos réponses") and the field problems of <parent-register>. */
export default {
  'parent.required.lastName': 'Geben Sie Ihren Namen an.',
  'parent.required.firstName': 'Geben Sie Ihren Vornamen an.',
  'parent.required.nationalNumber': 'Geben Sie Ihre Nationalregisternummer an.',
  'parent.required.address.street': 'Geben Sie Ihre Straße an.',
  'parent.required.address.number': 'Geben Sie Ihre Hausnummer an.',
  'parent.required.address.postcode': 'Geben Sie Ihre Postleitzahl an.',
  'parent.required.address.city': 'Geben Sie Ihren Ort an.',
  'parent.required.phone': 'Geben Sie Ihre Telefon- oder Handynummer an.',
  'parent.required.email': 'Geben Sie Ihre E-Mail-Adresse an.',
  'parent.recap.intro': 'Prüfen Sie Ihre Angaben und klicken Sie dann auf „Bestätigen“.',
  'parent.action.back': 'Zurück',
  'parent.action.submit': 'Bestätigen',
  'parent.action.sendChange': 'Antrag senden',
  'parent.change.recapIntro':
    'Prüfen Sie die beantragten Änderungen und klicken Sie dann auf „Antrag senden“.',
  'parent.change.was': 'bisher: {value}',
} satisfies Record<keyof typeof fr, string>;
