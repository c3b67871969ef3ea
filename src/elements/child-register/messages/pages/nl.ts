import type fr from './fr.js';

/** Dutch messages of <child-register>'s "Mes enfants", a child's page and a change request. */
export default {
  'child.field.comment': 'Toelichting voor de dienst',
  'child.hint.comment': 'Bijvoorbeeld: andere school vanaf het begin van het schooljaar in september.',
  'child.change.none.comment':
    'U hebt niets gewijzigd: wijzig minstens één gegeven of licht uw aanvraag toe.',
  'child.error.notFound': 'Dit kind maakt geen deel uit van uw gezin, of is niet meer bekend bij de dienst.',
  'child.list.empty': 'U hebt nog geen kind geregistreerd.',
  'child.list.register': 'Een kind registreren',
  'child.list.open': 'De pagina van {name} bekijken',
  'child.list.fillHealth': 'De medische fiche van {name} invullen',
  'child.list.updateHealth': 'De medische fiche van {name} bijwerken',
  'child.list.schoolMissing': 'School in te vullen',
  'child.list.pending': 'Lopende aanvragen: {count}',
  'child.page.health': 'Medische fiche',
  'child.page.status.complete': 'Bevestigd op {date}, geldig tot {until}.',
  'child.page.status.to-update': 'Bevestigd op {date}, niet meer geldig sinds {until}.',
  'child.page.status.missing': 'In te vullen vóór elke inschrijving voor activiteiten.',
  'child.page.showHealth': 'De medische fiche van {name} bekijken',
  'child.page.fillHealth': 'De medische fiche invullen',
  'child.page.updateHealth': 'De medische fiche bijwerken',
  'child.page.changeHealth': 'De medische fiche wijzigen',
  'child.page.identity': 'Identiteit en school',
  'child.page.requestChange': 'Een wijziging aanvragen',
  'child.page.requests': 'Aanvragen',
  'child.page.noRequests': 'Nog geen aanvragen.',
  'child.page.pending':
    'Een wijzigingsaanvraag voor {name} wordt behandeld (nr. {number}). U kunt een nieuwe aanvraag indienen zodra de dienst erop geantwoord heeft.',
  'child.page.changes': 'Wat er verandert: {fields}.',
  'child.change.title': 'De gegevens van {name} wijzigen',
  'child.change.step': 'De gegevens van {name}',
  'child.change.intro':
    'Verbeter wat gewijzigd is. De dienst bekijkt uw aanvraag en aanvaardt of weigert ze daarna.',
  'child.change.recapIntro': 'Controleer uw aanvraag en klik dan op „Bevestigen”.',
  'child.change.abandoned': 'De wijzigingsaanvraag werd stopgezet. Er werd niets verstuurd.',
  'child.change.done.title': 'Uw wijzigingsaanvraag werd verstuurd',
  'child.change.done.next':
    '{service} bekijkt uw aanvraag en aanvaardt of weigert ze. U ziet het antwoord op de pagina van {name}. Intussen blijven de huidige gegevens van toepassing.',
} satisfies Record<keyof typeof fr, string>;
