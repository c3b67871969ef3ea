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
  'cart.remove.question': 'Retirer cet article du panier\u00a0?',
  'cart.remove.warning':
    'Vos demandes seront annulées et les places réservées pour vos enfants seront libérées pour d’autres familles.',
  'cart.remove.confirm': 'Oui, retirer et libérer les places',
  'cart.remove.keep': 'Non, garder mon article',
  'cart.removed': 'Votre article a été retiré du panier : vos demandes sont annulées et les places libérées.',
  'cart.expired':
    'Le délai de paiement est dépassé : les places ont été libérées et vos demandes annulées. Un e-mail vous a été envoyé.',
  'cart.paid.title': 'Payé',
  'cart.paid.amount': 'Montant payé : {amount}',
  'cart.paid.places': 'Les places de vos enfants sont confirmées.',
  'cart.paid.email': 'Un e-mail récapitulatif vous a été envoyé à {email}.',
  'cart.paid.emailSent': 'Un e-mail récapitulatif vous a été envoyé.',
  'cart.refused':
    'Le paiement a été refusé par votre banque : rien n’a été débité. Vos places restent réservées jusqu’au {date} à {time} : vous pouvez réessayer de payer.',
  'cart.cancelled':
    'Vous avez annulé le paiement : rien n’a été débité. Vos places restent réservées jusqu’au {date} à {time}.',
  'cart.return.unverified':
    'La réponse de la plateforme de paiement n’a pas pu être vérifiée : aucun paiement n’a été enregistré. Si votre compte a été débité, contactez le service.',
  'cart.return.unknown': 'Ce paiement est introuvable : aucun paiement n’a été enregistré.',

  // The price breakdown's title (its lines: shared/i18n/price-breakdown)
  'cart.breakdown': 'Détail du prix',
} as const;
