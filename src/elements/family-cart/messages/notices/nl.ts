import type fr from './fr.js';

/** Dutch messages of <family-cart>'s notices and removal question. */
export default {
  'cart.remove.question': 'Dit artikel uit het winkelmandje halen?',
  'cart.remove.warning':
    'Uw aanvragen worden geannuleerd en de plaatsen die voor uw kinderen gereserveerd zijn, komen vrij voor andere gezinnen.',
  'cart.remove.confirm': 'Ja, uit het mandje halen en de plaatsen vrijgeven',
  'cart.remove.keep': 'Nee, mijn artikel houden',
  'cart.removed':
    'Uw artikel is uit het winkelmandje gehaald: uw aanvragen zijn geannuleerd en de plaatsen vrijgegeven.',
  'cart.paid.title': 'Betaald',
  'cart.paid.amount': 'Betaald bedrag: {amount}',
  'cart.paid.places': 'De plaatsen van uw kinderen zijn bevestigd.',
  'cart.paid.email': 'We hebben u een e-mail met een overzicht gestuurd naar {email}.',
  'cart.paid.emailSent': 'We hebben u een e-mail met een overzicht gestuurd.',
  'cart.refused':
    'De betaling is door uw bank geweigerd: er is niets afgeschreven. Uw plaatsen blijven gereserveerd tot {date} om {time}: u kunt opnieuw proberen te betalen.',
  'cart.cancelled':
    'U hebt de betaling geannuleerd: er is niets afgeschreven. Uw plaatsen blijven gereserveerd tot {date} om {time}.',
  'cart.return.unverified':
    'Het antwoord van het betaalplatform kon niet worden gecontroleerd: er is geen betaling geregistreerd. Is uw rekening toch gedebiteerd, neem dan contact op met de dienst.',
  'cart.return.unknown': 'Deze betaling is niet gevonden: er is geen betaling geregistreerd.',
} satisfies Record<keyof typeof fr, string>;
