/** French messages of "Dupliquer le planning" (loaded with that dialog). */
export default {
  'calendar.copy.title': 'Dupliquer le planning',
  'calendar.copy.intro':
    'Les jours réservés d’un enfant pour une activité sont réservés aussi pour ses frères et sœurs, sur la période choisie.',
  'calendar.copy.source': 'Copier le planning de',
  'calendar.copy.activity': 'Activité',
  'calendar.copy.targets': 'Vers',
  'calendar.copy.from': 'Du',
  'calendar.copy.to': 'Au',
  'calendar.copy.required.activity': 'Choisissez l’activité.',
  'calendar.copy.required.targets': 'Cochez au moins un enfant qui recevra ce planning.',
  'calendar.copy.required.from': 'Indiquez le premier jour de la période.',
  'calendar.copy.required.to': 'Indiquez le dernier jour de la période.',
  'calendar.copy.order.to': 'Le dernier jour doit suivre le premier.',
  'calendar.copy.preview': 'Voir le détail',
  'calendar.copy.previewing': 'Calcul en cours…',
  'calendar.copy.preview.title': 'Détail de la copie',
  'calendar.copy.preview.changed':
    'Vous avez modifié la copie : affichez à nouveau le détail avant de l’envoyer.',
  'calendar.copy.nothing':
    'Rien à copier : {name} n’a aucun jour réservé pour cette activité sur cette période.',
  'calendar.copy.count.one': '1 jour',
  'calendar.copy.count.other': '{count} jours',
  'calendar.copy.total': 'Total : {amount}',
  'calendar.copy.send': 'Copier le planning',
  'calendar.copy.sending': 'Envoi en cours…',
  'calendar.copy.done': 'Planning copié : demande n°\u00a0{number}.',
} as const;
