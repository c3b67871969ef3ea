import type fr from './fr.js';

/** German messages of <family-cart>'s notices and removal question. */
export default {
  'cart.remove.question': 'Diesen Artikel aus dem Warenkorb entfernen?',
  'cart.remove.warning':
    'Ihre Anträge werden storniert und die für Ihre Kinder reservierten Plätze für andere Familien freigegeben.',
  'cart.remove.confirm': 'Ja, entfernen und die Plätze freigeben',
  'cart.remove.keep': 'Nein, meinen Artikel behalten',
  'cart.removed':
    'Ihr Artikel wurde aus dem Warenkorb entfernt: Ihre Anträge sind storniert und die Plätze freigegeben.',
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
} satisfies Record<keyof typeof fr, string>;
