import type { MailTexts } from './texts.js';

/** The service's sentences that both its e-mails and the status history say (`src/shared/i18n/history`). */
export const sentences = {
  placeOffered:
    'Semaine {week} : une place s’est libérée. Inscrivez votre enfant sur le portail parents tant qu’elle est libre.',
  unsubscribed:
    'Semaine {week} : {child} est désinscrit(e) et sa place est libérée. Le service vous contactera au sujet d’un éventuel remboursement.',
  calendarDecided:
    '{children}, du {from} au {to}. Réservés : {booked} · liste d’attente : {waiting} · annulés : {cancelled} · absences excusées : {excused} · absences facturées : {billed} · refusés : {refused}.',
  calendarPlaceBooked: 'Une place s’est libérée : {child} est inscrit(e) le {date} ({unit}).',
};

/** The service's e-mails in French. */
export default {
  week: 'S{week}',
  amount: '{amount} €',
  reason: '\n\nMotif : {reason}',
  requests: {
    'parent-registration': 'demande d’enregistrement',
    'parent-change': 'demande de modification',
    'child-change': 'demande de modification',
    'camp-unsubscribe': 'demande de désinscription',
    booking: 'demande de réservation',
    'period-booking': 'réservation sur période',
    'planning-copy': 'copie du planning',
    absence: 'demande d’absence',
  },
  accepted: {
    'parent-registration':
      'Vous êtes bien enregistré : vous pouvez à présent enregistrer votre ou vos enfants.',
    'parent-change': 'Vos nouvelles coordonnées sont enregistrées.',
    'child-change': 'Vos nouvelles coordonnées sont enregistrées.',
    'camp-unsubscribe': sentences.unsubscribed,
    booking: `${sentences.calendarDecided}{reason}`,
    'period-booking': `${sentences.calendarDecided}{reason}`,
    'planning-copy': `${sentences.calendarDecided}{reason}`,
    absence: `${sentences.calendarDecided}{reason}`,
  },
  mails: {
    registered: {
      subject: '{commune} : vous êtes bien enregistré',
      body: 'Bonjour {firstName},\n\nVotre inscription dans notre portail parent a été correctement réalisée. Vous pouvez à présent enregistrer votre ou vos enfants.\n\n{service}\n{commune}\n',
    },
    'registration-received': {
      subject: '{commune} : demande d’enregistrement reçue',
      body: 'Bonjour {firstName},\n\nLe {service} a bien reçu votre demande d’enregistrement. Vous serez informé de la suite par e-mail.\n\n{commune}\n',
    },
    'change-received': {
      subject: '{commune} : demande de modification reçue',
      body: 'Bonjour {firstName},\n\nLe {service} a bien reçu votre demande de modification de vos coordonnées. Il l’accepte ou la refuse ; vous recevrez sa réponse par e-mail.\n',
    },
    'request-accepted': {
      subject: '{commune} : votre {request} n° {number} a été acceptée',
      body: 'Bonjour {firstName},\n\nLe {service} a traité votre demande n° {number}. {outcome}\n\n{commune}\n',
    },
    'request-refused': {
      subject: '{commune} : votre {request} n° {number} a été refusée',
      body: 'Bonjour {firstName},\n\nLe {service} a traité votre demande n° {number}. Votre demande a été refusée.{reason}\n\n{commune}\n',
    },
    'place-offered': {
      subject: '{commune} : une place s’est libérée',
      body: `Bonjour,\n\n${sentences.placeOffered}\n\n{service}\n`,
    },
    paid: {
      subject: '{commune} : paiement reçu',
      body: 'Bonjour {firstName},\n\nNous avons bien reçu votre paiement de {amount} pour « {label} ». Les places de vos enfants sont confirmées.\n\n{service}\n',
    },
    'refund-due': {
      subject: '{commune} : paiement à rembourser',
      body: 'Bonjour {firstName},\n\nVotre paiement de {amount} pour « {label} » est arrivé alors que l’article n’était plus à payer (délai dépassé, article retiré ou déjà payé) : nous vous le rembourserons et vous contacterons. Vous pouvez inscrire à nouveau vos enfants tant qu’il reste des places.\n\n{service}\n',
    },
    expired: {
      subject: '{commune} : délai de paiement dépassé',
      body: 'Bonjour,\n\nLe délai pour payer « {label} » est dépassé : les places réservées ont été libérées. Vous pouvez inscrire à nouveau vos enfants tant qu’il reste des places.\n\n{service}\n',
    },
    'calendar-place-booked': {
      subject: '{commune} : une place s’est libérée',
      body: `Bonjour,\n\n${sentences.calendarPlaceBooked}\n\n{service}\n`,
    },
    'invoice-dispute-accepted': {
      subject: '{commune} : votre contestation de la facture {invoice} est acceptée',
      body: 'Bonjour {firstName},\n\nLe {service} a traité votre contestation n° {number} de la facture {invoice} et l’accepte : il émet la note de crédit {creditNote} de {amount}. Elle solde ce qui restait à payer sur cette facture ; ce que vous aviez déjà payé reste à votre crédit.\n\n{commune}\n',
    },
    'invoice-dispute-refused': {
      subject: '{commune} : votre contestation de la facture {invoice} est refusée',
      body: 'Bonjour {firstName},\n\nLe {service} a traité votre contestation n° {number} de la facture {invoice} et la refuse : la facture reste due.{reason}\n\n{commune}\n',
    },
    'message-answered': {
      subject: '{commune} : nouveau message sur votre portail famille',
      body: 'Bonjour,\n\nVous avez reçu un nouveau message du {service} sur votre portail famille. Pour le lire, connectez-vous au portail :\n{portalUrl}\n\nPar sécurité, cet e-mail ne reprend pas le contenu du message.\n\n{commune}\n',
    },
  },
} satisfies MailTexts;
