/** French messages of <child-register>: the source of its keys; its first screen's, loaded with its first render. */
export default {
  'child.list.title': 'Mes enfants',
  'child.list.back': 'Retour à mes enfants',
  'child.title': 'Enregistrer un nouvel enfant',
  'child.step.parent': 'Mes informations',
  'child.step.child': 'Nouvel enfant à enregistrer',
  'child.step.check': 'Vérifiez vos réponses',
  'child.notRegistered':
    'Pour enregistrer un enfant, vous devez d’abord vous enregistrer en tant que parent auprès du {service}.',
  'child.notRegistered.link': 'M’enregistrer en tant que parent',
  'child.parent.intro':
    'Vérifiez vos informations. Si elles ont changé, modifiez vos coordonnées avant d’enregistrer votre enfant.',
  'child.parent.name': 'Nom et prénom',
  'child.parent.address': 'Adresse',
  'child.parent.streetWithBox': '{street} {number} boîte {box}',
  'child.parent.phone': 'Numéro de téléphone / gsm',
  'child.parent.email': 'Adresse e-mail',
  'child.parent.change': 'Modifier mes coordonnées',
  'child.action.next': 'Suivant',
  'child.action.abandon': 'Abandonner',
  'child.action.another': 'Enregistrer un autre enfant',
  'child.abandoned': 'L’enregistrement a été abandonné. Rien n’a été envoyé.',
} as const;
