/** French messages of the dialogs (loaded with them). */
export default {
  'calendar.dialog.close': 'Fermer',
  'calendar.feed.title': 'S’abonner au calendrier',
  'calendar.feed.intro':
    'Ajoutez vos réservations confirmées à votre agenda (Google Agenda, Outlook, Calendrier d’Apple) avec ce lien privé. Ne le partagez pas : toute personne qui l’a voit vos réservations.',
  'calendar.feed.none': 'Vous n’avez pas encore de lien d’abonnement.',
  'calendar.feed.create': 'Créer le lien',
  'calendar.feed.url': 'Votre lien privé',
  'calendar.feed.created':
    'Créé le {date} à {time}. Copiez-le dans votre agenda, rubrique « S’abonner par URL ».',
  'calendar.feed.copy': 'Copier le lien',
  'calendar.feed.renew': 'Changer le lien',
  'calendar.feed.renew.hint':
    'Changer le lien en crée un nouveau : l’ancien cesse de fonctionner. Supprimer le lien l’arrête sans le remplacer.',
  'calendar.feed.revoke': 'Supprimer le lien',
  'calendar.feed.sending': 'Envoi en cours…',
  'calendar.feed.notice.created': 'Votre lien est créé.',
  'calendar.feed.notice.renewed': 'Nouveau lien créé : l’ancien ne fonctionne plus.',
  'calendar.feed.notice.revoked': 'Lien supprimé : il ne fonctionne plus.',
  'calendar.feed.notice.copied': 'Lien copié.',
} as const;
