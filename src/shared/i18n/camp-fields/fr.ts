/** French messages of the camp rules’ field problems (`field.camp.*`): shown by <camp-week-picker> and, when the service refuses days, by <child-enrol>. */
export default {
  'field.camp.no-day': 'Choisissez au moins un jour de plaine.',
  'field.camp.day-twice': 'Un même jour est choisi deux fois : choisissez-le une seule fois.',
  'field.camp.day-unknown': 'Un des jours choisis ne fait pas partie de cette plaine.',
  'field.camp.day-past': 'Un des jours choisis est déjà passé : retirez-le.',
  'field.camp.day-closed': 'Un des jours choisis est un jour de fermeture : retirez-le.',
  'field.camp.activity-unknown': 'Une des activités choisies n’est pas proposée ce jour-là.',
  'field.camp.whole-weeks':
    'Cette plaine se réserve par semaine entière : choisissez tous les jours de la semaine, ou aucun.',
  'field.camp.day-booked': 'Votre enfant est déjà inscrit à l’un de ces jours dans une autre demande.',
} as const;
