/**
 * French catalogue: the source of every message key. The vocabulary follows the
 * portals parents already know (see shared/seeds). `{name}` marks a parameter.
 */
export const fr = {
  // Shared building blocks
  'ui.step': 'Étape {current} sur {total}',
  'ui.nextStep': 'Étape suivante : {title}',
  'ui.requiredLegend': 'Les champs marqués d’un * sont obligatoires.',
  'ui.optional': '(facultatif)',
  'ui.errorSummaryTitle': 'Il y a un problème',
  'ui.change': 'Modifier',
  'ui.changeField': 'Modifier : {field}',
  'ui.retry': 'Réessayer',
  'ui.loading': 'Chargement…',
  'ui.sending': 'Envoi en cours…',
  'ui.day': 'Jour',
  'ui.month': 'Mois',
  'ui.year': 'Année',
  'ui.dateHint': 'Par exemple : 27 3 2015',
  'ui.requestNumber': 'Numéro de demande',
  'ui.trackingCode': 'Code de suivi',
  'ui.history': 'Historique',
  'ui.historyEmpty': 'Aucun événement pour l’instant.',
  'ui.whatNext': 'Et ensuite ?',
  'ui.savedOn': 'Le formulaire a été enregistré le {date}.',
  'ui.by': 'par {author}',
  'ui.notProvided': 'Non renseigné',
  'ui.noAdapter':
    'Ce module n’est relié à aucun service : placez-le dans <family-portal> ou donnez-lui un adaptateur.',
  'ui.error.network': 'Le service ne répond pas. Vérifiez votre connexion internet puis réessayez.',
  'ui.error.timeout': 'Le service met trop de temps à répondre. Réessayez dans un instant.',
  'ui.error.server': 'Le service a rencontré un problème. Vos données sont conservées : réessayez.',
  'ui.error.auth': 'Votre session a expiré. Reconnectez-vous à l’e-guichet puis réessayez.',
  'ui.error.not-found': 'Cette demande est introuvable.',
  'ui.error.conflict': 'Cette demande a déjà été traitée autrement. Rechargez la page.',
  'ui.error.validation': 'Le service a refusé certaines informations. Corrigez-les puis réessayez.',
  'ui.error.capacity': 'Il n’y a plus de place disponible.',
  'ui.error.reference': 'Référence de l’erreur : {id}',

  // Field messages (domain rule codes)
  'field.required': 'Ce champ est obligatoire.',
  'field.too-long': 'Ce texte est trop long.',
  'field.national-number.format':
    'Le numéro de registre national compte 11 chiffres, par exemple 85.07.30-033.28.',
  'field.national-number.checksum':
    'Ce numéro de registre national n’est pas valide : vérifiez les chiffres sur la carte d’identité.',
  'field.national-number.date':
    'Ce numéro de registre national ne correspond à aucune date de naissance : vérifiez les 6 premiers chiffres.',
  'field.postcode.format.BE': 'Le code postal compte 4 chiffres, par exemple 1435.',
  'field.postcode.format.FR': 'Le code postal compte 5 chiffres, par exemple 59210.',
  'field.phone.format.BE':
    'Indiquez un numéro de téléphone ou de GSM, par exemple 0496 44 41 11 ou +32 496 44 41 11.',
  'field.phone.format.FR':
    'Indiquez un numéro de téléphone, par exemple 06 12 34 56 78 ou +33 6 12 34 56 78.',
  'field.email.format': 'Indiquez une adresse e-mail au format nom@exemple.be.',
} as const;

export type MessageKey = keyof typeof fr;
export type Catalogue = Record<MessageKey, string>;
