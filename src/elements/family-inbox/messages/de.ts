import type fr from './fr.js';

/** German messages of <family-inbox>. */
export default {
  'inbox.title': 'Nachrichten',
  'inbox.unread.one': '1 neue Nachricht',
  'inbox.unread.other': '{count} neue Nachrichten',
  'inbox.compose': 'Neue Nachricht',
  'inbox.threads': 'Ihr Austausch mit den Diensten',
  'inbox.empty': 'Sie haben noch keine Nachrichten mit den Diensten der Gemeinde ausgetauscht.',
  'inbox.thread.last': 'Letzte Nachricht am {date} um {time}',
  'inbox.thread.answered': 'Antwort des Dienstes',
  'inbox.thread.waiting': 'Wartet auf Antwort',
  'inbox.thread.count.one': '1 Nachricht',
  'inbox.thread.count.other': '{count} Nachrichten',
  'inbox.thread.unread.one': '1 ungelesene Nachricht',
  'inbox.thread.unread.other': '{count} ungelesene Nachrichten',
} satisfies Record<keyof typeof fr, string>;
