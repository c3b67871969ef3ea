import type fr from './fr.js';

/** German messages of the screens of <parent-register> for a parent already known or who has sent a request (details, children, requests, pending registration, confirmation). */
export default {
  'parent.action.requestChange': 'Meine Angaben haben sich geändert',
  'parent.action.seeDetails': 'Meine Angaben ansehen',
  'parent.action.backToDetails': 'Zurück zu meinen Angaben',
  'parent.done.title': 'Sie sind registriert',
  'parent.done.pendingTitle': 'Ihr Registrierungsantrag wurde gesendet',
  'parent.done.next':
    'Ihre Registrierung in unserem Elternportal war erfolgreich. Sie können jetzt Ihr Kind oder Ihre Kinder registrieren.',
  'parent.done.pendingNext': 'Der {service} prüft Ihren Antrag. Sie werden per E-Mail informiert.',
  'parent.done.registerChild': 'Ein Kind registrieren',
  'parent.done.email': 'Eine Zusammenfassung wird per E-Mail an {email} gesendet.',
  'parent.pending.intro':
    'Ihr Registrierungsantrag wird vom {service} bearbeitet. Sie werden per E-Mail informiert.',
  'parent.known.intro': 'Sie sind beim {service} als Elternteil registriert.',
  'parent.known.children': 'Meine Kinder',
  'parent.known.noChildren': 'Sie haben noch kein Kind registriert.',
  'parent.known.coParents': 'Weitere Verantwortliche der Kinder',
  'parent.coParent.same': 'wohnt an derselben Adresse',
  'parent.coParent.elsewhere': 'wohnt an einer anderen Adresse',
  'parent.requests.title': 'Meine Anträge',
  'parent.change.pendingNotice':
    'Ein Antrag auf Änderung Ihrer Angaben wird bearbeitet. Der Dienst nimmt ihn an oder lehnt ihn ab; Sie erhalten die Antwort per E-Mail.',
  'parent.change.done.title': 'Ihr Änderungsantrag wurde gesendet',
  'parent.change.done.next':
    'Der {service} nimmt Ihren Antrag an oder lehnt ihn ab. Sie erhalten die Antwort per E-Mail und sehen sie unter „Meine Anträge“.',

  // A known parent's change request (its form and comment)
  'parent.title.change': 'Meine Angaben haben sich geändert',
  'parent.step.changeDetails': 'Ihre neuen Angaben',
  'parent.action.cancelChange': 'Abbrechen',
  'parent.change.intro':
    'Der Dienst prüft jede Änderung: Ihre aktuellen Angaben gelten weiter, bis er zustimmt.',
  'parent.change.comment': 'Erläuterungen für den Dienst',
  'parent.change.commentHint': 'Zum Beispiel: Datum des Umzugs.',
} satisfies Record<keyof typeof fr, string>;
