/**
 * The service's French words for each status code: the `label` every history
 * entry carries (for clients that do not know the code), and the French
 * status labels of the elements' history (src/shared/i18n/history).
 */
export const statusLabels = {
  'registration-received': 'Nouvelle demande d’enregistrement',
  registered: 'Vous êtes bien enregistré',
  'registration-refused': 'Demande d’enregistrement refusée',
  'change-received': 'Demande de modification de vos coordonnées',
  'change-accepted': 'Modification acceptée',
  'change-refused': 'Modification refusée',
  'child-received': 'Nouvel enfant à enregistrer',
  'child-registered': 'Enfant enregistré',
  'child-linked': 'Enfant déjà connu du service : relié à votre famille',
  'health-form-received': 'Fiche santé reçue',
  'health-form-recorded': 'Fiche santé enregistrée',
  'health-form-confirmed': 'Fiche santé confirmée',
  'child-change-received': 'Demande de modification pour votre enfant',
  'child-change-accepted': 'Modification acceptée',
  'child-change-refused': 'Modification refusée',
  'camp-enrolment-received': 'Demande de réservation de semaines de plaine',
  'camp-week-accepted': 'Réservation acceptée',
  'camp-week-full': 'Semaine complète',
  'camp-enrolment-open': 'Inscrire un nouvel enfant ou clôturer ma demande ?',
  'camp-waiting-list': 'Inscrit sur la liste d’attente',
  'camp-closed': 'Clôturé',
  'camp-in-cart': 'Panier',
  'camp-released': 'Article retiré du panier : places libérées',
  'camp-paid': 'Payé',
  'camp-expired': 'Délai de paiement dépassé : places libérées',
  'camp-place-offered': 'Une place s’est libérée',
  'camp-unsubscribe-received': 'Demande de désinscription',
  'camp-unsubscribe-accepted': 'Désinscription acceptée',
  'camp-unsubscribe-refused': 'Désinscription refusée',
} as const satisfies Readonly<Record<string, string>>;
