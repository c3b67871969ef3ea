import type fr from './fr.js';

/** Dutch messages of <family-calendar>'s dialogs. */
export default {
  'calendar.dialog.close': 'Sluiten',
  'calendar.feed.title': 'Abonneren op de kalender',
  'calendar.feed.intro':
    'Voeg uw bevestigde reservaties toe aan uw agenda (Google Agenda, Outlook, Apple Agenda) met deze privélink. Deel hem niet: wie hem heeft, ziet uw reservaties.',
  'calendar.feed.none': 'U hebt nog geen abonnementslink.',
  'calendar.feed.create': 'Link aanmaken',
  'calendar.feed.url': 'Uw privélink',
  'calendar.feed.created':
    'Aangemaakt op {date} om {time}. Kopieer hem in uw agenda, bij “Abonneren via URL”.',
  'calendar.feed.copy': 'Link kopiëren',
  'calendar.feed.renew': 'Link wijzigen',
  'calendar.feed.renew.hint':
    'Wijzigen maakt een nieuwe link: de oude werkt niet meer. Verwijderen stopt de link zonder hem te vervangen.',
  'calendar.feed.revoke': 'Link verwijderen',
  'calendar.feed.sending': 'Bezig met verzenden…',
  'calendar.feed.notice.created': 'Uw link is aangemaakt.',
  'calendar.feed.notice.renewed': 'Nieuwe link aangemaakt: de oude werkt niet meer.',
  'calendar.feed.notice.revoked': 'Link verwijderd: hij werkt niet meer.',
  'calendar.feed.notice.copied': 'Link gekopieerd.',
} satisfies Record<keyof typeof fr, string>;
