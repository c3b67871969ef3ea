/** The attachment field's words, in French (the source of the keys). */
export default {
  'attachments.hint': 'PDF, JPEG ou PNG, 10 Mo au plus par fichier, 5 fichiers au plus.',
  'attachments.remove': 'Retirer {name}',
  'attachments.size': '« {name} » dépasse 10 Mo : il n’a pas été ajouté.',
  'attachments.empty': '« {name} » est vide : il n’a pas été ajouté.',
  'attachments.count': 'Vous pouvez joindre 5 fichiers au plus : les suivants n’ont pas été ajoutés.',
} as const;
