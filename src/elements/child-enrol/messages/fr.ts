/** French messages of <child-enrol>: the source of its keys (loaded with its first render). */
export default {
  'enrol.title': 'Inscrire mon enfant à une plaine',

  // The camps and when registration opens
  'enrol.camps.title': 'Les plaines et stages',
  'enrol.camps.none': 'Aucune plaine ni aucun stage n’est proposé pour l’instant.',
  'enrol.camp.dates': 'Du {first} au {last}',
  'enrol.camp.open': 'Inscriptions ouvertes jusqu’au {date}.',
  'enrol.camp.notYetOpen': 'Les inscriptions ouvriront le {date}.',
  'enrol.camp.closed': 'Les inscriptions sont clôturées depuis le {date}.',
  'enrol.camp.enrol': 'Inscrire mon enfant : {camp}',
  'enrol.camp.payWithin': 'À payer dans les {days} jours qui suivent la clôture de vos demandes.',

  // Who can be enrolled, and why not
  'enrol.notRegistered':
    'Pour inscrire vos enfants, enregistrez-vous d’abord comme parent auprès du service.',
  'enrol.notRegistered.link': 'M’enregistrer en tant que parent',
  'enrol.noChild': 'Enregistrez d’abord votre enfant : vous pourrez ensuite l’inscrire aux plaines.',
  'enrol.noChild.link': 'Enregistrer un enfant',
  'enrol.blocked.title': 'Ces enfants ne peuvent pas encore être inscrits',
  'enrol.blocked.identity': '{name} : son école et son année scolaire sont à compléter.',
  'enrol.blocked.health-missing': '{name} : sa fiche santé est à remplir.',
  'enrol.blocked.health-to-update': '{name} : sa fiche santé est à mettre à jour.',
  'enrol.blocked.noGroup': '{name} : cette plaine n’accueille pas les enfants de son âge ou de son année.',
  'enrol.blocked.link': 'Compléter la fiche de {name}',

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
  'enrol.action.home': 'Retour aux plaines',
  'enrol.abandoned': 'L’inscription a été abandonnée et son brouillon supprimé.',

  // After "Valider"
  'enrol.outcome.title': 'Demande de réservation enregistrée pour {name}',
  'enrol.outcome.accepted': '{label} : réservation acceptée, du {first} au {last}.',
  'enrol.outcome.full':
    '{camp}, semaine {label} : plus de place le {days}. Aucune place n’a été réservée pour cette semaine.',
  'enrol.outcome.joinWaiting': 'M’inscrire sur la liste d’attente ({label})',
  'enrol.outcome.waiting':
    '{label} : {name} est n° {position} sur la liste d’attente. Nous vous préviendrons dès qu’une place se libère.',
  'enrol.outcome.allFull':
    'Aucune semaine n’a pu être réservée : toutes celles que vous avez choisies sont complètes.',
  'enrol.next.title': 'Inscrire un nouvel enfant ou clôturer ma demande ?',
  'enrol.next.intro':
    'Si vous clôturez, vous nous indiquez que vous avez inscrit tous vos enfants (une demande par enfant) : le tarif est calculé sur les enfants inscrits jusque-là.',
  'enrol.next.sibling': 'Inscrire aussi {name} aux mêmes jours',
  'enrol.next.siblingHint': '{weeks}, sans repasser par les étapes.',
  'enrol.next.another': 'Inscrire un autre enfant',
  'enrol.next.close': 'Clôturer mes demandes',

  // "Brouillons en cours"
  'enrol.drafts.title': 'Brouillons en cours',
  'enrol.drafts.item': 'Code de suivi {code} · {camp} · modifié le {date}',
  'enrol.drafts.child': 'pour {name}',
  'enrol.drafts.resume': 'Reprendre le brouillon {code}',
  'enrol.drafts.delete': 'Supprimer le brouillon {code}',
  'enrol.drafts.deleted': 'Le brouillon {code} a été supprimé.',

  // "Mes inscriptions"
  'enrol.list.title': 'Mes inscriptions',
  'enrol.list.item': '{name} · {camp} · demande n° {number}',
  'enrol.list.state.open': 'À clôturer',
  'enrol.list.state.closed': 'Dans le panier, à payer',
  'enrol.list.state.paid': 'Payé',
  'enrol.list.state.cancelled': 'Annulée',
  'enrol.week.full': 'Complète : aucune place réservée',
  'enrol.week.booked': 'Réservée',
  'enrol.week.waiting': 'Liste d’attente (n° {position})',
  'enrol.week.waitingNoPosition': 'Liste d’attente',
  'enrol.week.offered': 'Une place s’est libérée',
  'enrol.week.released': 'Places libérées',
  'enrol.week.unsubscribe-requested': 'Désinscription demandée',
  'enrol.week.unsubscribed': 'Désinscrit',
  'enrol.week.line': '{label} ({dates}) : {status}',
  'enrol.list.closeHint':
    'Vous avez des demandes à clôturer : clôturez-les quand tous vos enfants sont inscrits.',
  'enrol.list.history': 'Historique de la demande n° {number}',

  // "Clôturer mes demandes"
  'enrol.closing.title': 'Clôturer mes demandes',
  'enrol.closing.intro':
    'Toutes vos demandes en cours, pour tous vos enfants, vont être clôturées. Un article sera placé dans votre panier, à payer dans les {days} jours : sans paiement, les places seront libérées.',
  'enrol.closing.nothing': 'Vous n’avez aucune demande à clôturer.',
  'enrol.closing.confirm': 'Confirmer la clôture ({total})',
  'enrol.closing.back': 'Retour',
  'enrol.closing.done': 'Vos demandes sont clôturées : l’article est dans votre panier.',

  // Unsubscribing from a paid week (seed 001)
  'enrol.unsubscribe.action': 'Me désinscrire de la semaine {label}',
  'enrol.unsubscribe.title': 'Désinscrire {name} de la semaine {label}',
  'enrol.unsubscribe.intro':
    'La désinscription est une demande : le service y répond et vous recontacte pour un éventuel remboursement.',
  'enrol.field.reason': 'Raison de la désinscription',
  'enrol.hint.reason': 'Par exemple : raison médicale, déménagement.',
  'enrol.unsubscribe.send': 'Envoyer la demande de désinscription',
  'enrol.unsubscribe.sent': 'Demande de désinscription envoyée',
  'enrol.reason.required': 'Indiquez la raison de la désinscription.',
  'enrol.reason.too-long': 'La raison compte au plus 1000 caractères.',
} as const;
