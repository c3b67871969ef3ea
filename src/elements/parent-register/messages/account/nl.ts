import type fr from './fr.js';

/** Dutch messages of the screens of <parent-register> for a parent already known or who has sent a request (details, children, requests, pending registration, confirmation). */
export default {
  'parent.action.requestChange': 'Mijn gegevens zijn gewijzigd',
  'parent.action.seeDetails': 'Mijn gegevens bekijken',
  'parent.action.backToDetails': 'Terug naar mijn gegevens',
  'parent.done.title': 'U bent geregistreerd',
  'parent.done.pendingTitle': 'Uw registratieaanvraag werd verstuurd',
  'parent.done.next': 'Uw registratie in ons ouderportaal is gelukt. U kunt nu uw kind(eren) registreren.',
  'parent.done.pendingNext':
    'De {service} controleert uw aanvraag. U wordt per e-mail op de hoogte gebracht.',
  'parent.done.registerChild': 'Een kind registreren',
  'parent.done.email': 'Een e-mail met een overzicht wordt naar {email} gestuurd.',
  'parent.pending.intro':
    'Uw registratieaanvraag wordt behandeld door de {service}. U wordt per e-mail op de hoogte gebracht.',
  'parent.known.intro': 'U bent als ouder geregistreerd bij de {service}.',
  'parent.known.children': 'Mijn kinderen',
  'parent.known.noChildren': 'U hebt nog geen kind geregistreerd.',
  'parent.known.coParents': 'Andere verantwoordelijken van de kinderen',
  'parent.coParent.same': 'woont op hetzelfde adres',
  'parent.coParent.elsewhere': 'woont op een ander adres',
  'parent.requests.title': 'Mijn aanvragen',
  'parent.change.pendingNotice':
    'Een aanvraag tot wijziging van uw gegevens wordt behandeld. De dienst aanvaardt of weigert ze; u ontvangt het antwoord per e-mail.',
  'parent.change.done.title': 'Uw wijzigingsaanvraag werd verstuurd',
  'parent.change.done.next':
    'De {service} aanvaardt of weigert uw aanvraag. U ontvangt het antwoord per e-mail en ziet het onder „Mijn aanvragen”.',

  // A known parent's change request (its form and comment)
  'parent.title.change': 'Mijn gegevens zijn gewijzigd',
  'parent.step.changeDetails': 'Uw nieuwe gegevens',
  'parent.action.cancelChange': 'Annuleren',
  'parent.change.intro':
    'De dienst controleert elke wijziging: uw huidige gegevens blijven gelden tot de dienst akkoord gaat.',
  'parent.change.comment': 'Toelichting voor de dienst',
  'parent.change.commentHint': 'Bijvoorbeeld: datum van de verhuizing.',
} satisfies Record<keyof typeof fr, string>;
