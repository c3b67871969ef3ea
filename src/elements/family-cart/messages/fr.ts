/** French messages of <family-cart>: the source of its keys (loaded with its first render). */
export default {
  'cart.title': 'Panier',
  'cart.completing': 'Enregistrement de votre paiement…',
  'cart.empty': 'Votre panier est vide.',
  'cart.article.one': 'Réservation de plaine(s) pour la demande n°\u00a0{numbers}',
  'cart.article.other': 'Réservation de plaine(s) pour les demandes n°\u00a0{numbers}',
  'cart.amount': 'Montant : {amount}',
  'cart.total': 'Total : {amount}',
  'cart.deadline': 'À payer avant le {date} à {time}.',
  'cart.timeLeft': 'Il vous reste {time}.',
  'cart.timeLeft.both': '{days} et {hours}',
  'cart.timeLeft.underHour': 'Il vous reste moins d’une heure.',
  'cart.timeLeft.over': 'Le délai de paiement est dépassé.',
  'cart.pay': 'Payer',
  'cart.pay.hint': 'En appuyant sur « Payer », vous serez redirigé vers une plateforme de paiement en ligne.',
  'cart.note':
    'Si le paiement n’est pas reçu avant l’échéance, les places de vos enfants sont libérées automatiquement, vos demandes sont annulées et vous en êtes averti par e-mail.',
  'cart.remove': 'Retirer mon article du panier et libérer les places',
  'cart.expired':
    'Le délai de paiement est dépassé : les places ont été libérées et vos demandes annulées. Un e-mail vous a été envoyé.',

  // The price breakdown's title (its lines: shared/i18n/price-breakdown)
  'cart.breakdown': 'Détail du prix',
} as const;
