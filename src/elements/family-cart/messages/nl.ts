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
  'cart.expired':
    'De betalingstermijn is verstreken: de plaatsen zijn vrijgegeven en uw aanvragen geannuleerd. U hebt een e-mail ontvangen.',

  'cart.breakdown': 'Prijsdetail',
} satisfies Record<keyof typeof fr, string>;
