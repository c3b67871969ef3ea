/** French messages of <family-cart>'s notices (payment outcomes, removal) and removal question: the source of their keys, shipped with that part. */
export default {
  'cart.remove.question': 'Retirer cet article du panier\u00a0?',
  'cart.remove.warning':
    'Vos demandes seront annulées et les places réservées pour vos enfants seront libérées pour d’autres familles.',
  'cart.remove.confirm': 'Oui, retirer et libérer les places',
  'cart.remove.keep': 'Non, garder mon article',
  'cart.removed': 'Votre article a été retiré du panier : vos demandes sont annulées et les places libérées.',
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
} as const;
