import type fr from './fr.js';

/** Dutch messages of <family-cart>. */
export default {
  'cart.title': 'Winkelmandje',
  'cart.completing': 'Uw betaling wordt geregistreerd…',
  'cart.empty': 'Uw winkelmandje is leeg.',
  'cart.article.one': 'Reservering van speelpleinweken voor aanvraag nr. {numbers}',
  'cart.article.other': 'Reservering van speelpleinweken voor aanvragen nr. {numbers}',
  'cart.amount': 'Bedrag: {amount}',
  'cart.total': 'Totaal: {amount}',
  'cart.deadline': 'Te betalen vóór {date} om {time}.',
  'cart.timeLeft': 'U hebt nog {time}.',
  'cart.timeLeft.both': '{days} en {hours}',
  'cart.timeLeft.underHour': 'U hebt nog minder dan een uur.',
  'cart.timeLeft.over': 'De betalingstermijn is verstreken.',
  'cart.pay': 'Betalen',
  'cart.pay.hint': 'Met “Betalen” gaat u naar een platform voor online betalen.',
  'cart.note':
    'Wordt de betaling niet vóór de termijn ontvangen, dan worden de plaatsen van uw kinderen automatisch vrijgegeven, uw aanvragen geannuleerd en krijgt u daarover een e-mail.',
  'cart.remove': 'Mijn artikel uit het winkelmandje halen en de plaatsen vrijgeven',
  'cart.remove.question': 'Dit artikel uit het winkelmandje halen?',
  'cart.remove.warning':
    'Uw aanvragen worden geannuleerd en de plaatsen die voor uw kinderen gereserveerd zijn, komen vrij voor andere gezinnen.',
  'cart.remove.confirm': 'Ja, uit het mandje halen en de plaatsen vrijgeven',
  'cart.remove.keep': 'Nee, mijn artikel houden',
  'cart.removed':
    'Uw artikel is uit het winkelmandje gehaald: uw aanvragen zijn geannuleerd en de plaatsen vrijgegeven.',
  'cart.expired':
    'De betalingstermijn is verstreken: de plaatsen zijn vrijgegeven en uw aanvragen geannuleerd. U hebt een e-mail ontvangen.',
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

  'cart.breakdown': 'Prijsdetail',
} satisfies Record<keyof typeof fr, string>;
