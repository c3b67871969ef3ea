/**
 * French catalogue of the shared core: the source of its keys. The vocabulary follows the
 * portals parents already know (see shared/seeds). `{name}` marks a parameter.
 */
export const fr = {
  // Shared building blocks
  'ui.step': 'Étape {current} sur {total}',
  'ui.nextStep': 'Étape suivante : {title}',
  'ui.requiredLegend': 'Les champs marqués d’un * sont obligatoires.',
  'ui.optional': '(facultatif)',
  'ui.errorSummaryTitle': 'Il y a un problème',
  'ui.errorPrefix': 'Erreur :',
  'ui.change': 'Modifier',
  'ui.changeField': 'Modifier : {field}',
  'ui.retry': 'Réessayer',
  'ui.loading': 'Chargement…',
  'ui.sending': 'Envoi en cours…',
  /** A camp week by its ISO number ("S28" on the portals parents know). */
  'ui.weekShort': 'S{week}',
  'ui.requestNumber': 'Numéro de demande',
  'ui.trackingCode': 'Code de suivi',
  'ui.history': 'Historique',
  'ui.historyEmpty': 'Aucun événement pour l’instant.',
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
  'ui.error.feature.unavailable':
    'Ce service n’est pas proposé en ligne par votre commune. Contactez-la pour en savoir plus.',
  'ui.error.conflict': 'Cette demande a déjà été traitée autrement. Rechargez la page.',
  'ui.error.validation': 'Le service a refusé certaines informations. Corrigez-les puis réessayez.',
  'ui.error.capacity': 'Il n’y a plus de place disponible.',
  /** The service's code, when it says more than the error's type. */
  'ui.error.camp.unsubscribe-not-paid':
    'Vous pourrez demander une désinscription une fois l’inscription payée. Avant le paiement, retirez l’article de votre panier pour libérer les places.',
  'ui.error.camp.unsubscribe-pending':
    'Une demande de désinscription pour cette semaine est déjà en cours de traitement : le service vous répondra par e-mail.',
  'ui.error.camp.unsubscribe-started':
    'Cette semaine a déjà commencé : il n’est plus possible de s’en désinscrire en ligne. Contactez le service.',
  'ui.error.camp.week-not-booked':
    'Votre enfant n’a pas de place réservée cette semaine : il n’y a rien à désinscrire.',
  'ui.error.article.not-payable':
    'Cet article n’était plus à payer (déjà payé, délai dépassé ou article retiré) : votre paiement sera remboursé, le service vous contactera. Vous pouvez inscrire à nouveau vos enfants tant qu’il reste des places.',
  'ui.error.payment.unavailable':
    'Votre commune ne propose pas le paiement en ligne. Contactez le service pour payer par virement ou au guichet ; vos places restent réservées jusqu’à la date indiquée.',
  'ui.error.request.cancelled': 'Cette demande a été annulée : inscrivez à nouveau votre enfant.',
  'ui.error.reference': 'Référence de l’erreur : {id}',

  // Field messages (domain rule codes)
  'field.required': 'Ce champ est obligatoire.',
  'field.too-long': 'Ce texte est trop long.',
  'field.choice.unknown': 'Ce choix n’est pas proposé : choisissez dans la liste.',
  'field.invalid': 'Cette valeur n’est pas acceptée : vérifiez-la.',
} as const;

/**
 * The messages every element needs (shared UI, the field rules and errors any element may
 * receive); those some elements only show are in shared folders (i18n/registration…) or theirs.
 */
export type CoreKey = keyof typeof fr;
export type Catalogue = Record<CoreKey, string>;
