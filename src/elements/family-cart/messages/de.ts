import type fr from './fr.js';

/** German messages of <family-cart>. */
export default {
  'cart.title': 'Warenkorb',
  'cart.completing': 'Ihre Zahlung wird erfasst…',
  'cart.empty': 'Ihr Warenkorb ist leer.',
  'cart.article.one': 'Reservierung von Ferienwochen für den Antrag Nr. {numbers}',
  'cart.article.other': 'Reservierung von Ferienwochen für die Anträge Nr. {numbers}',
  'cart.amount': 'Betrag: {amount}',
  'cart.total': 'Gesamt: {amount}',
  'cart.deadline': 'Zu bezahlen bis {date} um {time} Uhr.',
  'cart.timeLeft': 'Sie haben noch {time}.',
  'cart.timeLeft.both': '{days} und {hours}',
  'cart.timeLeft.underHour': 'Sie haben noch weniger als eine Stunde.',
  'cart.timeLeft.over': 'Die Zahlungsfrist ist abgelaufen.',
  'cart.pay': 'Bezahlen',
  'cart.pay.hint': 'Mit „Bezahlen“ werden Sie zu einer Plattform für Online-Zahlungen weitergeleitet.',
  'cart.note':
    'Geht die Zahlung nicht vor Ablauf der Frist ein, werden die Plätze Ihrer Kinder automatisch freigegeben, Ihre Anträge storniert und Sie per E-Mail benachrichtigt.',
  'cart.remove': 'Meinen Artikel aus dem Warenkorb entfernen und die Plätze freigeben',
  'cart.expired':
    'Die Zahlungsfrist ist abgelaufen: Die Plätze wurden freigegeben und Ihre Anträge storniert. Sie haben eine E-Mail erhalten.',

  'cart.breakdown': 'Preisdetails',
} satisfies Record<keyof typeof fr, string>;
