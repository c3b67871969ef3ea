import type fr from './fr.js';

/** Dutch messages of <parent-register>. */
export default {
  // <parent-register>
  'parent.title.register': 'Mij registreren als ouder',
  'parent.title.known': 'Mijn gegevens',
  'parent.step.details': 'Uw gegevens',
  'parent.step.check': 'Controleer uw antwoorden',
  'parent.field.lastName': 'Naam',
  'parent.field.firstName': 'Voornaam',
  'parent.field.nationalNumber': 'Rijksregisternummer',
  'parent.field.address.street': 'Straat',
  'parent.field.address.number': 'Huisnummer',
  'parent.field.address.box': 'Bus',
  'parent.field.address.postcode': 'Postcode',
  'parent.field.address.city': 'Gemeente',
  'parent.field.phone': 'Telefoon- / gsm-nummer',
  'parent.field.email': 'E-mailadres',
  'parent.address': 'Adres',
  'parent.hint.nationalNumber':
    '11 cijfers, op de achterkant van uw identiteitskaart. Bijvoorbeeld: 85.07.30-033.28',
  'parent.emailFromAccount':
    'Het adres van uw e-loketaccount. Wijzig uw profiel op het e-loket om het te veranderen.',
  'parent.action.continue': 'Doorgaan',
  'parent.action.backToRecap': 'Terug naar het overzicht',
  'parent.action.abandon': 'Stopzetten',
  'parent.abandoned': 'Uw aanvraag werd stopgezet. Er werd niets verstuurd.',
} satisfies Record<keyof typeof fr, string>;
