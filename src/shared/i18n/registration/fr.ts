/**
 * French words that <parent-register> and <child-register> share, and no other
 * element shows: the field problems of a person's or a child's details (the
 * domain rules' codes, `field.<code>`, also as the service sends them),
 * children's health forms, and the kind and status of each request (the date
 * input's words and the phone hints are in ../registration-form).
 */
export default {
  'ui.whatNext': 'Et ensuite ?',
  'ui.error.change.pending':
    'Une demande de modification est déjà en cours de traitement : vous pourrez en faire une autre quand le service y aura répondu.',
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
  'field.contact.role':
    'Indiquez si cette personne est à prévenir en cas d’urgence, autorisée à reprendre l’enfant, ou les deux.',
  'field.contacts.emergency': 'Indiquez au moins une personne à prévenir en cas d’urgence.',
  'field.contacts.pickup': 'Indiquez au moins une personne autorisée à reprendre l’enfant.',
  'field.email.mismatch': 'L’adresse e-mail doit être celle de votre compte e-guichet.',
  'field.change.none':
    'Vous n’avez rien modifié : changez au moins une information ou précisez votre demande.',
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
  'ui.kind.booking': 'Réservations',
  'ui.kind.period-booking': 'Réservation sur période',
  'ui.kind.planning-copy': 'Copie de planning',
  'ui.kind.absence': 'Demande d’absence',
  'ui.kind.invoice-dispute': 'Contestation de facture',
  'ui.requestStatus.pending': 'En cours de traitement',
  'ui.requestStatus.accepted': 'Acceptée',
  'ui.requestStatus.refused': 'Refusée',
  'ui.requestStatus.cancelled': 'Annulée',
};
