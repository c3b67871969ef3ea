/** French messages of <camp-week-picker>: the source of its keys (loaded with its first render). */
export default {
  'picker.title': 'Semaines de plaine',

  // The week shown and the way to the others
  'picker.week.title': 'Semaine {number} · du {from} au {to}',
  'picker.week.previous': 'Semaine précédente',
  'picker.week.next': 'Semaine suivante',
  'picker.theme.untitled': 'Toute la semaine',
  'picker.theme.hint': 'Cochez le thème pour choisir tous les jours de la semaine, avec leurs activités.',
  'picker.theme.hintWholeWeeks':
    'Cette plaine se réserve par semaine entière : cochez le thème pour choisir la semaine.',

  // The days (Monday 0 … Sunday 6)
  'picker.weekday.0': 'Lundi',
  'picker.weekday.1': 'Mardi',
  'picker.weekday.2': 'Mercredi',
  'picker.weekday.3': 'Jeudi',
  'picker.weekday.4': 'Vendredi',
  'picker.weekday.5': 'Samedi',
  'picker.weekday.6': 'Dimanche',
  'picker.day.closed': 'Fermé',
  'picker.day.closedReason': 'Fermé : {reason}',
  'picker.day.past': 'Date passée',
  'picker.day.full': 'Complet',
  'picker.day.fullWaiting': 'Complet : liste d’attente demandée',
  'picker.places.many': '{count} places',
  'picker.places.few': 'Plus que {count} places',
  'picker.places.last': 'Plus qu’une place',
  'picker.activity.supplement': '{name} + {price}',

  // Prices (the week's price comes with messages/price)
  'picker.price.perDay': '{price} la journée',

  // Waiting list
  'picker.waiting.label': 'M’inscrire sur la liste d’attente pour cette semaine',
  'picker.waiting.hint':
    'Un jour de cette semaine est complet. Toute la semaine est alors demandée sur la liste d’attente : nous vous préviendrons dès qu’une place se libère.',

  // When there is nothing to choose
  'picker.noGroup':
    'Cette plaine n’accueille pas les enfants de l’âge ou de l’année scolaire de votre enfant.',
  'picker.noWeek': 'Plus aucune semaine de cette plaine n’est ouverte aux inscriptions.',
  'picker.notFound': 'Cette plaine est introuvable.',
  'picker.registration.notYetOpen': 'Les inscriptions ouvriront le {date}.',
  'picker.registration.closed': 'Les inscriptions sont clôturées depuis le {date}.',
} as const;
