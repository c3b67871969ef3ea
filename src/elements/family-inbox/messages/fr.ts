/** French messages of <family-inbox>: the source of its keys (loaded with its first render). */
export default {
  'inbox.title': 'Messagerie',
  'inbox.unread.one': '1 nouveau message',
  'inbox.unread.other': '{count} nouveaux messages',
  'inbox.compose': 'Nouveau message',
  'inbox.threads': 'Vos échanges avec les services',
  'inbox.empty': 'Vous n’avez encore échangé aucun message avec les services de la commune.',
  'inbox.thread.last': 'Dernier message le {date} à {time}',
  'inbox.thread.answered': 'Réponse du service',
  'inbox.thread.waiting': 'En attente de réponse',
  'inbox.thread.count.one': '1 message',
  'inbox.thread.count.other': '{count} messages',
  'inbox.thread.unread.one': '1 message non lu',
  'inbox.thread.unread.other': '{count} messages non lus',
} as const;
