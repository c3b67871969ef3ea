/** French messages of the day's panel (loaded with that part). */
export default {
  'calendar.day.close': 'Fermer',
  'calendar.day.nothing': 'Aucune activité ce jour-là.',
  'calendar.action.book': 'Réserver',
  'calendar.action.waiting': 'M’inscrire sur la liste d’attente',
  'calendar.action.cancel': 'Annuler la réservation',
  'calendar.action.undo': 'Retirer de mes modifications',
} as const;
