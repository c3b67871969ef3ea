import type { InvoiceTexts } from './texts.js';

/** The invoices' documents in French. */
export default {
  files: { invoice: 'facture-{number}', certificate: 'attestation-fiscale-{year}' },
  invoice: {
    title: 'Facture {number}',
    creditNoteTitle: 'Note de crédit {number}',
    number: 'Numéro',
    issuedOn: 'Date d’émission',
    dueOn: 'À payer avant le',
    period: 'Période',
    periodValue: 'du {from} au {to}',
    structured: 'Communication structurée',
    treasury: 'Référence',
    children: 'Enfants',
    columns: {
      date: 'Date',
      child: 'Enfant',
      label: 'Libellé',
      quantity: 'Quantité',
      unitPrice: 'Prix unitaire',
      reduction: 'Réduction',
      amount: 'Montant',
    },
    total: 'Total',
    paid: 'Payé',
    balance: 'Reste à payer',
    payByTransfer:
      'Payez {amount} avant le {dueOn} par virement au compte {iban} de {beneficiary}{bic}, avec la communication {reference}.',
    bic: ' (BIC {bic})',
    payOnline: 'Vous pouvez aussi la payer en ligne sur le portail des familles.',
    paymentInFlight: 'Un paiement en ligne de cette facture est en cours.',
    settled: 'Cette facture est payée. Merci.',
    cancelled: 'Cette facture a été annulée : il n’y a rien à payer.',
    transferredTreasury:
      'Cette facture a été transmise au receveur (Trésor public) : payez-la auprès de lui, plus ici. {where}',
    transferredBailiff:
      'Cette facture a été transmise à un huissier de justice : payez-la auprès de lui, plus ici. {where}',
    creditLeft: 'Cette note de crédit de {amount} sera déduite de vos prochaines factures.',
    creditUsed: 'Cette note de crédit a été utilisée.',
    disputed: 'Vous contestez cette facture : les rappels sont suspendus jusqu’à la réponse du service.',
  },
  certificate: {
    beTitle: 'Attestation de frais de garde d’enfants (281.86) – année {year}',
    frTitle: 'Attestation de frais de garde d’enfants – année {year}',
    year: 'Année',
    issuedOn: 'Date d’émission',
    child: 'Enfant',
    birthDate: 'Date de naissance',
    period: 'Période',
    days: 'Jours',
    dailyRate: 'Tarif journalier',
    amount: 'Montant',
    amountPaid: 'Montant payé',
    total: 'Total',
    beNote: 'Montants payés pour la garde, tarif journalier limité au maximum légal de {cap} par jour.',
    beAge: 'Seuls les jours de garde avant les 14 ans de l’enfant sont repris.',
    frNote:
      'Sommes versées en {year} pour la garde des enfants nés à partir du 1er janvier {born} (moins de 6 ans au 1er janvier).',
    mealsExcluded: 'Frais de repas exclus.',
  },
} satisfies InvoiceTexts;
