import type fr from './fr.js';

/** Dutch messages of the recap ("Vérifiez vos réponses") and the field problems of <parent-register>. */
export default {
  'parent.required.lastName': 'Vul uw naam in.',
  'parent.required.firstName': 'Vul uw voornaam in.',
  'parent.required.nationalNumber': 'Vul uw rijksregisternummer in.',
  'parent.required.address.street': 'Vul uw straat in.',
  'parent.required.address.number': 'Vul uw huisnummer in.',
  'parent.required.address.postcode': 'Vul uw postcode in.',
  'parent.required.address.city': 'Vul uw gemeente in.',
  'parent.required.phone': 'Vul uw telefoon- of gsm-nummer in.',
  'parent.required.email': 'Vul uw e-mailadres in.',
  'parent.recap.intro': 'Controleer uw gegevens en klik dan op „Bevestigen”.',
  'parent.action.back': 'Vorige',
  'parent.action.submit': 'Bevestigen',
  'parent.action.sendChange': 'Aanvraag versturen',
  'parent.change.recapIntro': 'Controleer de gevraagde wijzigingen en klik dan op „Aanvraag versturen”.',
  'parent.change.was': 'voorheen: {value}',
} satisfies Record<keyof typeof fr, string>;
