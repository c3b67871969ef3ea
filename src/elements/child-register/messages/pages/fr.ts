/** French messages of <child-register>'s "Mes enfants", a child's page and a change request: the source of their keys, shipped with those screens. */
export default {
  'child.field.comment': 'Précisions pour le service',
  'child.hint.comment': 'Par exemple : changement d’école à la rentrée de septembre.',
  'child.change.none.comment':
    'Vous n’avez rien modifié : changez au moins une information ou précisez votre demande.',
  'child.error.notFound': 'Cet enfant ne fait pas partie de votre famille, ou n’est plus connu du service.',
  'child.list.empty': 'Vous n’avez pas encore enregistré d’enfant.',
  'child.list.register': 'Enregistrer un enfant',
  'child.list.open': 'Voir la fiche de {name}',
  'child.list.fillHealth': 'Remplir la fiche santé de {name}',
  'child.list.updateHealth': 'Mettre à jour la fiche santé de {name}',
  'child.list.schoolMissing': 'École à compléter',
  'child.list.pending': 'Demandes en cours : {count}',
  'child.page.health': 'Fiche santé',
  'child.page.status.complete': 'Confirmée le {date}, valable jusqu’au {until}.',
  'child.page.status.to-update': 'Confirmée le {date}, elle n’est plus valable depuis le {until}.',
  'child.page.status.missing': 'À remplir avant toute inscription aux activités.',
  'child.page.showHealth': 'Voir la fiche santé de {name}',
  'child.page.fillHealth': 'Remplir la fiche santé',
  'child.page.updateHealth': 'Mettre à jour la fiche santé',
  'child.page.changeHealth': 'Modifier la fiche santé',
  'child.page.identity': 'Identité et école',
  'child.page.requestChange': 'Demander une modification',
  'child.page.requests': 'Demandes',
  'child.page.noRequests': 'Aucune demande pour l’instant.',
  'child.page.pending':
    'Une demande de modification pour {name} est en cours de traitement (n° {number}). Vous pourrez en faire une autre quand le service y aura répondu.',
  'child.page.changes': 'Ce qui change : {fields}.',
  'child.change.title': 'Modifier les informations de {name}',
  'child.change.step': 'Les informations de {name}',
  'child.change.intro':
    'Corrigez ce qui a changé. Le service examine votre demande puis l’accepte ou la refuse.',
  'child.change.recapIntro': 'Vérifiez votre demande puis cliquez sur « Valider ».',
  'child.change.abandoned': 'La demande de modification a été abandonnée. Rien n’a été envoyé.',
  'child.change.done.title': 'Votre demande de modification est envoyée',
  'child.change.done.next':
    '{service} examine votre demande et l’accepte ou la refuse. Vous verrez sa réponse sur la fiche de {name}. En attendant, les informations actuelles restent d’application.',
} as const;
