/** French messages of the screens of <parent-register> for a parent already known or who has sent a request (details, children, requests, change request, pending registration, confirmation): the source of their keys, shipped with that part. */
export default {
  'parent.action.requestChange': 'Mes informations ont changé',
  'parent.action.seeDetails': 'Voir mes coordonnées',
  'parent.action.backToDetails': 'Retour à mes coordonnées',
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
  'parent.requests.title': 'Mes demandes',
  'parent.change.pendingNotice':
    'Une demande de modification de vos coordonnées est en cours de traitement. Le service l’accepte ou la refuse ; vous recevrez sa réponse par e-mail.',
  'parent.change.done.title': 'Votre demande de modification a été envoyée',
  'parent.change.done.next':
    'Le {service} accepte ou refuse votre demande. Vous recevrez sa réponse par e-mail et la verrez dans « Mes demandes ».',

  // A known parent's change request (its form and comment)
  'parent.title.change': 'Mes informations ont changé',
  'parent.step.changeDetails': 'Vos nouvelles coordonnées',
  'parent.action.cancelChange': 'Annuler',
  'parent.change.intro':
    'Le service vérifie chaque modification : vos coordonnées actuelles restent valables jusqu’à son accord.',
  'parent.change.comment': 'Précisions pour le service',
  'parent.change.commentHint': 'Par exemple : date du déménagement.',
} as const;
