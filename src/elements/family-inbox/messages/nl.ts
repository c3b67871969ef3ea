import type fr from './fr.js';

/** Dutch messages of <family-inbox>. */
export default {
  'inbox.title': 'Berichten',
  'inbox.unread.one': '1 nieuw bericht',
  'inbox.unread.other': '{count} nieuwe berichten',
  'inbox.compose': 'Nieuw bericht',
  'inbox.threads': 'Uw gesprekken met de diensten',
  'inbox.empty': 'U hebt nog geen berichten uitgewisseld met de diensten van de gemeente.',
  'inbox.thread.last': 'Laatste bericht op {date} om {time}',
  'inbox.thread.answered': 'Antwoord van de dienst',
  'inbox.thread.waiting': 'Wacht op antwoord',
  'inbox.thread.count.one': '1 bericht',
  'inbox.thread.count.other': '{count} berichten',
  'inbox.thread.unread.one': '1 ongelezen bericht',
  'inbox.thread.unread.other': '{count} ongelezen berichten',
} satisfies Record<keyof typeof fr, string>;
