import { communeText, type CommuneSettings } from '../commune.js';
import { placeOfferedMessage } from '../camp-enrolment.js';
import type { ParentIdentity } from '../parent.js';
import type { RequestReceipt } from '../request.js';
import type { MailText } from './refusal.js';

/*
 * Every e-mail a decision sends, each written here and only here.
 */

type Commune = Pick<CommuneSettings, 'name' | 'serviceName' | 'language'>;

/** The service's name in the commune's language, as the e-mails are. */
const service = (commune: Commune) => communeText(commune, commune.serviceName);

const euros = (cents: number) => (cents / 100).toFixed(2).replace('.', ',');

export const mails = {
  registered: (to: string | undefined, parent: ParentIdentity, commune: Commune): MailText => ({
    to,
    subject: `${commune.name} : vous êtes bien enregistré`,
    body: `Bonjour ${parent.firstName},\n\nVotre inscription dans notre portail parent a été correctement réalisée. Vous pouvez à présent enregistrer votre ou vos enfants.\n\n${service(commune)}\n${commune.name}\n`,
  }),
  registrationReceived: (to: string | undefined, parent: ParentIdentity, commune: Commune): MailText => ({
    to,
    subject: `${commune.name} : demande d’enregistrement reçue`,
    body: `Bonjour ${parent.firstName},\n\nLe ${service(commune)} a bien reçu votre demande d’enregistrement. Vous serez informé de la suite par e-mail.\n\n${commune.name}\n`,
  }),
  changeReceived: (to: string | undefined, firstName: string, commune: Commune): MailText => ({
    to,
    subject: `${commune.name} : demande de modification reçue`,
    body: `Bonjour ${firstName},\n\nLe ${service(commune)} a bien reçu votre demande de modification de vos coordonnées. Il l’accepte ou la refuse ; vous recevrez sa réponse par e-mail.\n`,
  }),
  /** The service's decision on a request; `lastMessage`: the request's last history words. */
  decided: (
    to: string | undefined,
    request: Pick<RequestReceipt, 'kind' | 'number' | 'status'>,
    lastMessage: string | undefined,
    firstName: string,
    commune: Commune,
    reason: string | undefined,
  ): MailText => {
    const what =
      request.kind === 'parent-registration'
        ? 'demande d’enregistrement'
        : request.kind === 'camp-unsubscribe'
          ? 'demande de désinscription'
          : 'demande de modification';
    // An accepted unsubscribe's history says which week of which child, and that any refund is the service's.
    const outcome =
      request.status === 'accepted'
        ? request.kind === 'parent-registration'
          ? 'Vous êtes bien enregistré : vous pouvez à présent enregistrer votre ou vos enfants.'
          : request.kind === 'camp-unsubscribe'
            ? (lastMessage ?? '')
            : 'Vos nouvelles coordonnées sont enregistrées.'
        : `Votre demande a été refusée.${reason ? `\n\nMotif : ${reason}` : ''}`;
    return {
      to,
      subject: `${commune.name} : votre ${what} n° ${request.number} a été ${request.status === 'accepted' ? 'acceptée' : 'refusée'}`,
      body: `Bonjour ${firstName},\n\nLe ${service(commune)} a traité votre demande n° ${request.number}. ${outcome}\n\n${commune.name}\n`,
    };
  },
  placeOffered: (to: string | undefined, label: string, commune: Commune): MailText => ({
    to,
    subject: `${commune.name} : une place s’est libérée`,
    body: `Bonjour,\n\n${placeOfferedMessage(label)}\n\n${service(commune)}\n`,
  }),
  paid: (
    to: string | undefined,
    firstName: string,
    article: { label: string; amountCents: number },
    commune: Commune,
  ): MailText => ({
    to,
    subject: `${commune.name} : paiement reçu`,
    body: `Bonjour ${firstName},\n\nNous avons bien reçu votre paiement de ${euros(article.amountCents)} € pour « ${article.label} ». Les places de vos enfants sont confirmées.\n\n${service(commune)}\n`,
  }),
  refundDue: (
    to: string | undefined,
    firstName: string,
    article: { label: string; amountCents: number },
    commune: Commune,
  ): MailText => ({
    to,
    subject: `${commune.name} : paiement à rembourser`,
    body: `Bonjour ${firstName},\n\nVotre paiement de ${euros(article.amountCents)} € pour « ${article.label} » est arrivé alors que l’article n’était plus à payer (délai dépassé, article retiré ou déjà payé) : nous vous le rembourserons et vous contacterons. Vous pouvez inscrire à nouveau vos enfants tant qu’il reste des places.\n\n${service(commune)}\n`,
  }),
  expired: (to: string | undefined, label: string, commune: Commune): MailText => ({
    to,
    subject: `${commune.name} : délai de paiement dépassé`,
    body: `Bonjour,\n\nLe délai pour payer « ${label} » est dépassé : les places réservées ont été libérées. Vous pouvez inscrire à nouveau vos enfants tant qu’il reste des places.\n\n${service(commune)}\n`,
  }),
};
