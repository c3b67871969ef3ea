import type fr from './fr.js';

/** German messages of <family-calendar>'s dialogs. */
export default {
  'calendar.dialog.close': 'Schließen',
  'calendar.feed.title': 'Kalender abonnieren',
  'calendar.feed.intro':
    'Fügen Sie Ihre bestätigten Buchungen mit diesem privaten Link Ihrem Kalender hinzu (Google Kalender, Outlook, Apple Kalender). Geben Sie ihn nicht weiter: Wer ihn hat, sieht Ihre Buchungen.',
  'calendar.feed.none': 'Sie haben noch keinen Abonnement-Link.',
  'calendar.feed.create': 'Link erstellen',
  'calendar.feed.url': 'Ihr privater Link',
  'calendar.feed.created':
    'Erstellt am {date} um {time}. Fügen Sie ihn in Ihrem Kalender unter „Per URL abonnieren“ ein.',
  'calendar.feed.copy': 'Link kopieren',
  'calendar.feed.renew': 'Link ändern',
  'calendar.feed.renew.hint':
    'Ändern erstellt einen neuen Link: Der alte funktioniert nicht mehr. Löschen beendet den Link ohne Ersatz.',
  'calendar.feed.revoke': 'Link löschen',
  'calendar.feed.sending': 'Wird gesendet…',
  'calendar.feed.notice.created': 'Ihr Link wurde erstellt.',
  'calendar.feed.notice.renewed': 'Neuer Link erstellt: Der alte funktioniert nicht mehr.',
  'calendar.feed.notice.revoked': 'Link gelöscht: Er funktioniert nicht mehr.',
  'calendar.feed.notice.copied': 'Link kopiert.',
} satisfies Record<keyof typeof fr, string>;
