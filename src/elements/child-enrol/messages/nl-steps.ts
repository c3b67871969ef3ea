import type fr from './fr-steps.js';

/** Dutch messages of <child-enrol>: the enrolment steps. */
export default {
  // The steps
  'enrol.step.parent': 'Uw gegevens',
  'enrol.step.child': 'Wie wilt u inschrijven?',
  'enrol.step.weeks': 'Speelpleinweken',
  'enrol.step.check': 'Bevestigen',
  'enrol.parent.intro': 'Controleer uw gegevens: de dienst gebruikt ze om u de inschrijving te bevestigen.',
  'enrol.parent.name': 'Naam',
  'enrol.parent.address': 'Adres',
  'enrol.parent.phone': 'Telefoon',
  'enrol.parent.email': 'E-mail',
  'enrol.parent.change': 'Mijn gegevens wijzigen',
  'enrol.trackingCode.label': 'Opvolgcode:',
  'enrol.trackingCode.saving': 'Opopvolgcode: wordt toegekend…',
  'enrol.trackingCode.hint':
    'Noteer deze code: uw aanvraag wordt als concept bewaard en u kunt ze op een ander toestel verder invullen.',
  'enrol.draft.notSaved':
    'Het concept kon niet bij de dienst bewaard worden: wat u gekozen hebt, blijft op deze pagina staan.',
  'enrol.field.child': 'Kies het kind dat u wilt inschrijven',
  'enrol.child.group': '{group}',
  'enrol.weeks.intro':
    'Vink het thema van een week aan om alle dagen van die week te kiezen, met de geplande activiteiten. Er wordt niets gereserveerd vóór „Bevestigen”.',
  'enrol.weeks.for': 'Speelpleinweken van {name}',
  'enrol.recap.intro':
    'Met de bevestiging reserveert u een plaats voor {name} op de gekozen data. U krijgt een e-mail met een overzicht.',
  'enrol.recap.camp': 'Speelplein',
  'enrol.recap.child': 'Kind',
  'enrol.recap.weeks': 'Speelpleinweken',
  'enrol.recap.waiting': 'Wachtlijst gevraagd',
  'enrol.recap.week': '{label} · {dates}',
  'enrol.recap.activities': 'Activiteiten: {names}',
  'enrol.action.start': 'De inschrijving starten',
  'enrol.action.next': 'Volgende',
  'enrol.action.previous': 'Vorige',
  'enrol.action.validate': 'Bevestigen',
  'enrol.action.abandon': 'Stopzetten',
} satisfies Record<keyof typeof fr, string>;
