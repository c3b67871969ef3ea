/** French messages of <child-register>'s registration confirmation: the source of their keys, shipped with them. */
export default {
  'child.done.title': 'Votre enfant est enregistré',
  'child.done.linkedTitle': 'Votre enfant est relié à votre famille',
  'child.done.linked':
    'Le {service} connaissait déjà {name} : nous l’avons relié à votre famille, sans l’enregistrer une seconde fois.',
  'child.done.next': 'La fiche santé de {name} est nécessaire pour l’inscrire aux activités.',
  'child.done.healthForm': 'Remplissez maintenant sa fiche santé',
} as const;
