/** French messages of <parent-register>: the source of its keys (loaded with its first render). */
export default {
  // <parent-register>
  'parent.title.register': 'M’enregistrer en tant que parent',
  'parent.title.known': 'Mes coordonnées',
  'parent.step.details': 'Vos coordonnées',
  'parent.step.check': 'Vérifiez vos réponses',
  'parent.field.lastName': 'Nom',
  'parent.field.firstName': 'Prénom',
  'parent.field.nationalNumber': 'Numéro de registre national',
  'parent.field.address.street': 'Rue',
  'parent.field.address.number': 'Numéro',
  'parent.field.address.box': 'Boîte',
  'parent.field.address.postcode': 'Code postal',
  'parent.field.address.city': 'Ville',
  'parent.field.phone': 'Numéro de téléphone / gsm',
  'parent.field.email': 'Adresse e-mail',
  'parent.address': 'Adresse',
  'parent.hint.nationalNumber':
    '11 chiffres, au verso de votre carte d’identité. Par exemple : 85.07.30-033.28',
  'parent.emailFromAccount':
    'L’adresse de votre compte e-guichet. Pour la changer, modifiez votre profil sur l’e-guichet.',
  'parent.action.continue': 'Continuer',
  'parent.action.backToRecap': 'Revenir au récapitulatif',
  'parent.action.abandon': 'Abandonner',
  'parent.abandoned': 'Votre demande a été abandonnée. Rien n’a été envoyé.',
} as const;
