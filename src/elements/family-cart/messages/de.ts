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
  'cart.remove.question': 'Diesen Artikel aus dem Warenkorb entfernen?',
  'cart.remove.warning':
    'Ihre Anträge werden storniert und die für Ihre Kinder reservierten Plätze für andere Familien freigegeben.',
  'cart.remove.confirm': 'Ja, entfernen und die Plätze freigeben',
  'cart.remove.keep': 'Nein, meinen Artikel behalten',
  'cart.removed':
    'Ihr Artikel wurde aus dem Warenkorb entfernt: Ihre Anträge sind storniert und die Plätze freigegeben.',
  'cart.expired':
    'Die Zahlungsfrist ist abgelaufen: Die Plätze wurden freigegeben und Ihre Anträge storniert. Sie haben eine E-Mail erhalten.',
  'cart.paid.title': 'Bezahlt',
  'cart.paid.amount': 'Bezahlter Betrag: {amount}',
  'cart.paid.places': 'Die Plätze Ihrer Kinder sind bestätigt.',
  'cart.paid.email': 'Eine Zusammenfassung wurde Ihnen per E-Mail an {email} geschickt.',
  'cart.paid.emailSent': 'Eine Zusammenfassung wurde Ihnen per E-Mail geschickt.',
  'cart.refused':
    'Die Zahlung wurde von Ihrer Bank abgelehnt: Es wurde nichts abgebucht. Ihre Plätze bleiben bis {date} um {time} Uhr reserviert: Sie können erneut versuchen zu bezahlen.',
  'cart.cancelled':
    'Sie haben die Zahlung abgebrochen: Es wurde nichts abgebucht. Ihre Plätze bleiben bis {date} um {time} Uhr reserviert.',
  'cart.return.unverified':
    'Die Antwort der Zahlungsplattform konnte nicht überprüft werden: Es wurde keine Zahlung erfasst. Wurde Ihr Konto dennoch belastet, wenden Sie sich bitte an den Dienst.',
  'cart.return.unknown': 'Diese Zahlung wurde nicht gefunden: Es wurde keine Zahlung erfasst.',

  'cart.breakdown': 'Preisdetails',
} satisfies Record<keyof typeof fr, string>;
