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

  // Status history codes (the service's own label is shown for unknown codes)
  'status.registration-received': 'Nouvelle demande d’enregistrement',
  'status.registered': 'Vous êtes bien enregistré',
  'status.change-received': 'Demande de modification de vos coordonnées',
  'status.change-accepted': 'Modification acceptée',
  'status.change-refused': 'Modification refusée',
  'status.child-received': 'Nouvel enfant à enregistrer',
  'status.child-registered': 'Enfant enregistré',
  'status.child-linked': 'Enfant déjà connu du service : relié à votre famille',
  'status.health-form-received': 'Fiche santé reçue',
  'status.health-form-recorded': 'Fiche santé enregistrée',
  'status.health-form-confirmed': 'Fiche santé confirmée',
  'status.child-change-received': 'Demande de modification pour votre enfant',
  'status.child-change-accepted': 'Modification acceptée',
  'status.child-change-refused': 'Modification refusée',

  // <parent-register>
  'parent.title.register': 'M’enregistrer en tant que parent',
  'parent.title.known': 'Mes coordonnées',
  'parent.title.change': 'Mes informations ont changé',
  'parent.step.details': 'Vos coordonnées',
  'parent.step.changeDetails': 'Vos nouvelles coordonnées',
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
  'parent.hint.phone.BE': 'Par exemple : 0496 44 41 11',
  'parent.hint.phone.FR': 'Par exemple : 06 12 34 56 78',
  'parent.emailFromAccount':
    'L’adresse de votre compte e-guichet. Pour la changer, modifiez votre profil sur l’e-guichet.',
  'parent.required.lastName': 'Indiquez votre nom.',
  'parent.required.firstName': 'Indiquez votre prénom.',
  'parent.required.nationalNumber': 'Indiquez votre numéro de registre national.',
  'parent.required.address.street': 'Indiquez votre rue.',
  'parent.required.address.number': 'Indiquez votre numéro de maison.',
  'parent.required.address.postcode': 'Indiquez votre code postal.',
  'parent.required.address.city': 'Indiquez votre ville.',
  'parent.required.phone': 'Indiquez votre numéro de téléphone ou de gsm.',
  'parent.required.email': 'Indiquez votre adresse e-mail.',
  'parent.recap.intro': 'Vérifiez vos informations puis cliquez sur « Valider ».',
  'parent.action.continue': 'Continuer',
  'parent.action.backToRecap': 'Revenir au récapitulatif',
  'parent.action.back': 'Précédent',
  'parent.action.submit': 'Valider',
  'parent.action.abandon': 'Abandonner',
  'parent.action.cancelChange': 'Annuler',
  'parent.action.requestChange': 'Mes informations ont changé',
  'parent.action.sendChange': 'Envoyer la demande',
  'parent.action.seeDetails': 'Voir mes coordonnées',
  'parent.action.backToDetails': 'Retour à mes coordonnées',
  'parent.abandoned': 'Votre demande a été abandonnée. Rien n’a été envoyé.',
  'parent.done.title': 'Vous êtes bien enregistré',
  'parent.done.pendingTitle': 'Votre demande d’enregistrement a été envoyée',
  'parent.done.next':
    'Votre inscription dans notre portail parent a été correctement réalisée. Vous pouvez à présent enregistrer votre ou vos enfants.',
  'parent.done.pendingNext': 'Le {service} vérifie votre demande. Vous serez informé de la suite par e-mail.',
  'parent.done.registerChild': 'Enregistrer un enfant',
  'parent.done.email': 'Un e-mail récapitulatif est envoyé à {email}.',
  'parent.pending.intro':
    'Votre demande d’enregistrement est en cours de traitement par le {service}. Vous serez informé par e-mail.',
  'parent.known.intro': 'Vous êtes enregistré comme parent auprès du {service}.',
  'parent.known.children': 'Mes enfants',
  'parent.known.noChildren': 'Vous n’avez pas encore d’enfant enregistré.',
  'parent.known.coParents': 'Autres responsables des enfants',
  'parent.coParent.same': 'habite à la même adresse',
  'parent.coParent.elsewhere': 'habite à une autre adresse',
  'parent.born': 'né(e) le {date}',
  'parent.health.complete': 'Fiche santé complète',
  'parent.health.to-update': 'Fiche santé à mettre à jour',
  'parent.health.missing': 'Fiche santé à remplir',
  'parent.requests.title': 'Mes demandes',
  'parent.kind.parent-registration': 'Enregistrement en tant que parent',
  'parent.kind.child-registration': 'Enregistrement d’un enfant',
  'parent.kind.health-form': 'Fiche santé',
  'parent.kind.child-change': 'Modification pour un enfant',
  'parent.kind.parent-change': 'Modification de mes coordonnées',
  'parent.status.pending': 'En cours de traitement',
  'parent.status.accepted': 'Acceptée',
  'parent.status.refused': 'Refusée',
  'parent.status.cancelled': 'Annulée',
  'parent.change.intro':
    'Le service vérifie chaque modification : vos coordonnées actuelles restent valables jusqu’à son accord.',
  'parent.change.comment': 'Précisions pour le service',
  'parent.change.commentHint': 'Par exemple : date du déménagement.',
  'parent.change.recapIntro': 'Vérifiez les modifications demandées puis cliquez sur « Envoyer la demande ».',
  'parent.change.was': 'auparavant : {value}',
  'parent.change.pendingNotice':
    'Une demande de modification de vos coordonnées est en cours de traitement. Le service l’accepte ou la refuse ; vous recevrez sa réponse par e-mail.',
  'parent.change.done.title': 'Votre demande de modification a été envoyée',
  'parent.change.done.next':
    'Le {service} accepte ou refuse votre demande. Vous recevrez sa réponse par e-mail et la verrez dans « Mes demandes ».',
} as const;

export type MessageKey = keyof typeof fr;
export type Catalogue = Record<MessageKey, string>;
