import type fr from './fr.js';

/** Dutch messages of <child-register>: its first screen's. */
export default {
  'child.list.title': 'Mijn kinderen',
  'child.list.back': 'Terug naar mijn kinderen',
  'child.title': 'Een nieuw kind registreren',
  'child.step.parent': 'Mijn gegevens',
  'child.step.child': 'Nieuw kind om te registreren',
  'child.step.check': 'Controleer uw antwoorden',
  'child.notRegistered':
    'Om een kind te registreren, moet u zich eerst als ouder registreren bij de {service}.',
  'child.notRegistered.link': 'Mij registreren als ouder',
  'child.parent.intro':
    'Controleer uw gegevens. Als ze gewijzigd zijn, pas ze dan aan voordat u uw kind registreert.',
  'child.parent.name': 'Naam en voornaam',
  'child.parent.address': 'Adres',
  'child.parent.streetWithBox': '{street} {number} bus {box}',
  'child.parent.phone': 'Telefoon- / gsm-nummer',
  'child.parent.email': 'E-mailadres',
  'child.parent.change': 'Mijn gegevens wijzigen',
  'child.action.next': 'Volgende',
  'child.action.abandon': 'Stopzetten',
  'child.action.another': 'Nog een kind registreren',
  'child.abandoned': 'De registratie werd stopgezet. Er werd niets verstuurd.',
} satisfies Record<keyof typeof fr, string>;
