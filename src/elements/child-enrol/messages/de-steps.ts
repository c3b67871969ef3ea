import type fr from './fr-steps.js';

/** German messages of <child-enrol>: the enrolment steps. */
export default {
  // The steps
  'enrol.step.parent': 'Ihre Angaben',
  'enrol.step.child': 'Wen möchten Sie anmelden?',
  'enrol.step.weeks': 'Ferienlagerwochen',
  'enrol.step.check': 'Bestätigen',
  'enrol.parent.intro':
    'Prüfen Sie Ihre Angaben: Der Dienst verwendet sie, um Ihnen die Anmeldung zu bestätigen.',
  'enrol.parent.name': 'Name',
  'enrol.parent.address': 'Adresse',
  'enrol.parent.phone': 'Telefon',
  'enrol.parent.email': 'E-Mail',
  'enrol.parent.change': 'Meine Angaben ändern',
  'enrol.trackingCode.label': 'Verfolgungscode:',
  'enrol.trackingCode.saving': 'Verfolgungscode: wird vergeben…',
  'enrol.trackingCode.hint':
    'Notieren Sie sich diesen Code: Ihr Antrag wird als Entwurf gespeichert, und Sie können ihn auf einem anderen Gerät fortsetzen.',
  'enrol.draft.notSaved':
    'Der Entwurf konnte beim Dienst nicht gespeichert werden: Ihre Auswahl bleibt auf dieser Seite erhalten.',
  'enrol.field.child': 'Wählen Sie das Kind, das Sie anmelden möchten',
  'enrol.child.group': '{group}',
  'enrol.weeks.intro':
    'Kreuzen Sie das Thema einer Woche an, um alle ihre Tage mit den geplanten Aktivitäten zu wählen. Vor „Bestätigen“ wird nichts reserviert.',
  'enrol.weeks.for': 'Ferienlagerwochen von {name}',
  'enrol.recap.intro':
    'Mit der Bestätigung wird für {name} ein Platz an den gewählten Tagen reserviert. Sie erhalten eine Zusammenfassung per E-Mail.',
  'enrol.recap.camp': 'Ferienlager',
  'enrol.recap.child': 'Kind',
  'enrol.recap.weeks': 'Ferienlagerwochen',
  'enrol.recap.waiting': 'Warteliste angefragt',
  'enrol.recap.week': '{label} · {dates}',
  'enrol.recap.activities': 'Aktivitäten: {names}',
  'enrol.action.start': 'Anmeldung beginnen',
  'enrol.action.next': 'Weiter',
  'enrol.action.previous': 'Zurück',
  'enrol.action.validate': 'Bestätigen',
  'enrol.action.abandon': 'Abbrechen',
} satisfies Record<keyof typeof fr, string>;
