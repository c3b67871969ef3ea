import type fr from './fr.js';

/** German messages of <child-register>'s "Mes enfants", a child's page and a change request. */
export default {
  'child.field.comment': 'Erläuterungen für den Dienst',
  'child.hint.comment': 'Zum Beispiel: Schulwechsel zum Schuljahresbeginn im September.',
  'child.change.none.comment':
    'Sie haben nichts geändert: Ändern Sie mindestens eine Angabe oder erläutern Sie Ihren Antrag.',
  'child.error.notFound': 'Dieses Kind gehört nicht zu Ihrer Familie oder ist dem Dienst nicht mehr bekannt.',
  'child.list.empty': 'Sie haben noch kein Kind registriert.',
  'child.list.register': 'Ein Kind registrieren',
  'child.list.open': 'Die Seite von {name} ansehen',
  'child.list.fillHealth': 'Den Gesundheitsbogen von {name} ausfüllen',
  'child.list.updateHealth': 'Den Gesundheitsbogen von {name} aktualisieren',
  'child.list.schoolMissing': 'Schule anzugeben',
  'child.list.pending': 'Anträge in Bearbeitung: {count}',
  'child.page.health': 'Gesundheitsbogen',
  'child.page.status.complete': 'Bestätigt am {date}, gültig bis zum {until}.',
  'child.page.status.to-update': 'Bestätigt am {date}, seit dem {until} nicht mehr gültig.',
  'child.page.status.missing': 'Vor jeder Anmeldung zu Aktivitäten auszufüllen.',
  'child.page.showHealth': 'Den Gesundheitsbogen von {name} ansehen',
  'child.page.fillHealth': 'Den Gesundheitsbogen ausfüllen',
  'child.page.updateHealth': 'Den Gesundheitsbogen aktualisieren',
  'child.page.changeHealth': 'Den Gesundheitsbogen ändern',
  'child.page.identity': 'Identität und Schule',
  'child.page.requestChange': 'Eine Änderung beantragen',
  'child.page.requests': 'Anträge',
  'child.page.noRequests': 'Noch keine Anträge.',
  'child.page.pending':
    'Ein Änderungsantrag für {name} wird bearbeitet (Nr. {number}). Sie können einen weiteren Antrag stellen, sobald der Dienst darauf geantwortet hat.',
  'child.page.changes': 'Was sich ändert: {fields}.',
  'child.change.title': 'Die Angaben von {name} ändern',
  'child.change.step': 'Die Angaben von {name}',
  'child.change.intro':
    'Korrigieren Sie, was sich geändert hat. Der Dienst prüft Ihren Antrag und nimmt ihn dann an oder lehnt ihn ab.',
  'child.change.recapIntro': 'Überprüfen Sie Ihren Antrag und klicken Sie dann auf „Bestätigen“.',
  'child.change.abandoned': 'Der Änderungsantrag wurde abgebrochen. Es wurde nichts gesendet.',
  'child.change.done.title': 'Ihr Änderungsantrag wurde gesendet',
  'child.change.done.next':
    '{service} prüft Ihren Antrag und nimmt ihn an oder lehnt ihn ab. Sie sehen die Antwort auf der Seite von {name}. Bis dahin gelten weiterhin die aktuellen Angaben.',
} satisfies Record<keyof typeof fr, string>;
