/** French messages of <child-enrol>: the enrolment steps (loaded with them): the source of their keys. */
export default {
  // The steps
  'enrol.step.parent': 'Coordonnées',
  'enrol.step.child': 'Qui faut-il inscrire ?',
  'enrol.step.weeks': 'Semaines de plaine',
  'enrol.step.check': 'Valider',
  'enrol.parent.intro':
    'Vérifiez vos coordonnées : le service les utilise pour vous confirmer l’inscription.',
  'enrol.parent.name': 'Nom',
  'enrol.parent.address': 'Adresse',
  'enrol.parent.phone': 'Téléphone',
  'enrol.parent.email': 'E-mail',
  'enrol.parent.change': 'Modifier mes coordonnées',
  'enrol.trackingCode.label': 'Code de suivi :',
  'enrol.trackingCode.saving': 'Code de suivi : en cours d’attribution…',
  'enrol.trackingCode.hint':
    'Notez ce code : votre demande est gardée comme brouillon, vous pouvez la reprendre depuis un autre appareil.',
  'enrol.draft.notSaved':
    'Le brouillon n’a pas pu être enregistré auprès du service : ce que vous avez choisi reste sur cette page.',
  'enrol.field.child': 'Choisissez l’enfant à inscrire',
  'enrol.child.group': '{group}',
  'enrol.weeks.intro':
    'Cochez le thème d’une semaine pour choisir tous ses jours, avec les activités prévues. Rien n’est réservé avant « Valider ».',
  'enrol.weeks.for': 'Semaines de plaine de {name}',
  'enrol.recap.intro':
    'La validation réserve une place pour {name} aux dates choisies. Un e-mail récapitulatif vous sera envoyé.',
  'enrol.recap.camp': 'Plaine',
  'enrol.recap.child': 'Enfant',
  'enrol.recap.weeks': 'Semaines de plaine',
  'enrol.recap.waiting': 'Liste d’attente demandée',
  'enrol.recap.week': '{label} · {dates}',
  'enrol.recap.activities': 'Activités : {names}',
  'enrol.action.start': 'Commencer l’inscription',
  'enrol.action.next': 'Suivant',
  'enrol.action.previous': 'Précédent',
  'enrol.action.validate': 'Valider',
  'enrol.action.abandon': 'Abandonner',
} as const;
