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
  'enrol.abandoned': 'L’inscription a été abandonnée et son brouillon supprimé.',
  'enrol.outcome.waiting':
    '{label} : {name} est n° {position} sur la liste d’attente. Nous vous préviendrons dès qu’une place se libère.',
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
  'enrol.closing.done': 'Vos demandes sont clôturées : l’article est dans votre panier.',

  // Unsubscribing from a paid week (seed 001)
  'enrol.unsubscribe.action': 'Me désinscrire de la semaine {label}',
} as const;
