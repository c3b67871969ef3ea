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
  'ui.day': 'Jour',
  'ui.month': 'Mois',
  'ui.year': 'Année',
  'ui.dateHint': 'Par exemple : 27 3 2015',
  /** A camp week by its ISO number ("S28" on the portals parents know). */
  'ui.weekShort': 'S{week}',
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
  'ui.error.feature.unavailable':
    'Ce service n’est pas proposé en ligne par votre commune. Contactez-la pour en savoir plus.',
  'ui.error.conflict': 'Cette demande a déjà été traitée autrement. Rechargez la page.',
  'ui.error.validation': 'Le service a refusé certaines informations. Corrigez-les puis réessayez.',
  'ui.error.capacity': 'Il n’y a plus de place disponible.',
  /** The service's code, when it says more than the error's type. */
  'ui.error.change.pending':
    'Une demande de modification est déjà en cours de traitement : vous pourrez en faire une autre quand le service y aura répondu.',
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

  'field.date.invalid': 'Indiquez une date qui existe, par exemple 27 3 2015.',
  'field.national-number.birth-date-mismatch':
    'Ce numéro de registre national ne correspond pas à la date de naissance indiquée : vérifiez l’un et l’autre.',
  'field.national-number.sex-mismatch':
    'Ce numéro de registre national ne correspond pas au sexe indiqué : vérifiez l’un et l’autre.',
  'field.kid-eid.format': 'Le numéro de la Kids-ID compte 12 chiffres, par exemple 050-5120123-92.',
  'field.kid-eid.checksum':
    'Ce numéro de Kids-ID n’est pas valide : vérifiez les chiffres au verso de la carte.',
  'field.date.future': 'Cette date est dans le futur : vérifiez-la.',
  'field.child.too-old':
    'Le portail parents concerne les enfants de moins de 18 ans : vérifiez la date de naissance.',
  'field.choice.unknown': 'Ce choix n’est pas proposé : choisissez dans la liste.',
  'field.contact.role':
    'Indiquez si cette personne est à prévenir en cas d’urgence, autorisée à reprendre l’enfant, ou les deux.',
  'field.contacts.emergency': 'Indiquez au moins une personne à prévenir en cas d’urgence.',
  'field.contacts.pickup': 'Indiquez au moins une personne autorisée à reprendre l’enfant.',
  'field.invalid': 'Cette valeur n’est pas acceptée : vérifiez-la.',
  'field.email.mismatch': 'L’adresse e-mail doit être celle de votre compte e-guichet.',
  'field.change.none':
    'Vous n’avez rien modifié : changez au moins une information ou précisez votre demande.',

  // Lists of children and requests, shared by the elements
  'ui.phoneHint.BE': 'Par exemple : 0496 44 41 11',
  'ui.phoneHint.FR': 'Par exemple : 06 12 34 56 78',
  'ui.born': 'né(e) le {date}',
  'ui.health.complete': 'Fiche santé complète',
  'ui.health.to-update': 'Fiche santé à mettre à jour',
  'ui.health.missing': 'Fiche santé à remplir',
  'ui.kind.parent-registration': 'Enregistrement en tant que parent',
  'ui.kind.child-registration': 'Enregistrement d’un enfant',
  'ui.kind.health-form': 'Fiche santé',
  'ui.kind.child-change': 'Modification pour un enfant',
  'ui.kind.parent-change': 'Modification de mes coordonnées',
  'ui.kind.camp-enrolment': 'Inscription à une plaine',
  'ui.kind.camp-unsubscribe': 'Désinscription d’une plaine',
  'ui.requestStatus.pending': 'En cours de traitement',
  'ui.requestStatus.accepted': 'Acceptée',
  'ui.requestStatus.refused': 'Refusée',
  'ui.requestStatus.cancelled': 'Annulée',
} as const;

/** The messages every element needs (shared UI, field rules, statuses); each element's own are in its folder. */
export type CoreKey = keyof typeof fr;
export type Catalogue = Record<CoreKey, string>;
