/** French messages of <child-enrol>: the answers to "Valider", closing and unsubscribing (loaded with them): the source of their keys. */
export default {
  'enrol.action.home': 'Retour aux plaines',

  // After "Valider"
  'enrol.outcome.title': 'Demande de réservation enregistrée pour {name}',
  'enrol.outcome.accepted': '{label} : réservation acceptée, du {first} au {last}.',
  'enrol.outcome.full':
    '{camp}, semaine {label} : plus de place le {days}. Aucune place n’a été réservée pour cette semaine.',
  'enrol.outcome.joinWaiting': 'M’inscrire sur la liste d’attente ({label})',
  'enrol.outcome.allFull':
    'Aucune semaine n’a pu être réservée : toutes celles que vous avez choisies sont complètes.',
  'enrol.next.title': 'Inscrire un nouvel enfant ou clôturer ma demande ?',
  'enrol.next.intro':
    'Si vous clôturez, vous nous indiquez que vous avez inscrit tous vos enfants (une demande par enfant) : le tarif est calculé sur les enfants inscrits jusque-là.',
  'enrol.next.sibling': 'Inscrire aussi {name} aux mêmes jours',
  'enrol.next.siblingHint': '{weeks}, sans repasser par les étapes.',
  'enrol.next.another': 'Inscrire un autre enfant',

  // "Clôturer mes demandes"
  'enrol.closing.title': 'Clôturer mes demandes',
  'enrol.closing.intro':
    'Toutes vos demandes en cours, pour tous vos enfants, vont être clôturées. Un article sera placé dans votre panier, à payer dans les {days} jours : sans paiement, les places seront libérées.',
  'enrol.closing.nothing': 'Vous n’avez aucune demande à clôturer.',
  'enrol.closing.confirm': 'Confirmer la clôture ({total})',
  'enrol.closing.back': 'Retour',
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
