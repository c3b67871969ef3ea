import { sentences } from '../../../domain/mail-texts/fr.js';
import { statusLabels } from '../../../domain/status-labels.js';

type StatusLabels = { readonly [Code in keyof typeof statusLabels as `status.${Code}`]: string };
/** The French labels are the service's own (the `label` of every entry), under `status.<code>`. */
const labels = Object.fromEntries(
  Object.entries(statusLabels).map(([code, label]) => [`status.${code}`, label]),
) as StatusLabels;

/**
 * The status history in French: the label of each status code, and the
 * service's sentence for each coded entry (`history.<messageCode or status>`),
 * with its parameters. The labels and the sentences the e-mails say too
 * come from the domain.
 */
export default {
  ...labels,

  'history.camp-week-accepted':
    'Nous avons le plaisir de vous confirmer l’inscription de {child} pour les jours suivants : du {from} au {to}.',
  'history.camp-week-full':
    '{camp}, semaine {week} : plus de place le {days}. Aucune place n’a été réservée pour cette semaine.',
  'history.camp-waiting-list':
    'Semaine {week} : votre enfant est n° {position} sur la liste d’attente. Nous vous préviendrons dès qu’une place se libère.',
  'history.camp-place-offered': sentences.placeOffered,
  'history.camp-unsubscribe-received': '{camp}, semaine {week}, pour {child}.',
  'history.camp-unsubscribe-requested':
    'Semaine {week} : demande de désinscription n° {number} transmise au service.',
  'history.camp-unsubscribe-accepted': sentences.unsubscribed,
  'history.camp-unsubscribe-refused':
    'Semaine {week} : la désinscription est refusée, l’inscription est maintenue.',
  'history.calendar-changes':
    '{children}, du {from} au {to}. Réservés : {booked} · en attente de validation : {pending} · liste d’attente : {waiting} · annulés : {cancelled} · refusés : {refused}.',
  'history.absence-received':
    '{child}, du {from} au {to} : jours réservés concernés : {dayCount}. Le service vous dira si l’absence est excusée.',
  'history.invoice-dispute-received':
    'Facture {number} contestée. Le service vous répondra ; les rappels sont suspendus d’ici là.',
  'history.invoice-dispute-accepted':
    'Facture {number} : contestation acceptée, une note de crédit vous est accordée.',
  /** After the service's sentence, the words a person wrote (the parent's, the service's). */
  'history.calendar-decided': sentences.calendarDecided,
  'history.calendar-place-booked': sentences.calendarPlaceBooked,
  'history.reason': 'Motif : {reason}',
};
