import type fr from './fr.js';

/** German messages of <child-enrol>. */
export default {
  'enrol.title': 'Mein Kind für ein Ferienlager anmelden',

  // The camps and when registration opens
  'enrol.camps.title': 'Die Ferienlager und Ferienkurse',
  'enrol.camps.none': 'Zurzeit werden keine Ferienlager oder Ferienkurse angeboten.',
  'enrol.camp.dates': 'Vom {first} bis {last}',
  'enrol.camp.open': 'Anmeldungen bis zum {date} möglich.',
  'enrol.camp.notYetOpen': 'Die Anmeldungen öffnen am {date}.',
  'enrol.camp.closed': 'Die Anmeldungen sind seit dem {date} geschlossen.',
  'enrol.camp.enrol': 'Mein Kind anmelden: {camp}',
  'enrol.camp.payWithin': 'Zu bezahlen innerhalb von {days} Tagen nach dem Abschluss Ihrer Anträge.',

  // Who can be enrolled, and why not
  'enrol.notRegistered':
    'Um Ihre Kinder anzumelden, registrieren Sie sich zuerst beim Dienst als Elternteil.',
  'enrol.notRegistered.link': 'Mich als Elternteil registrieren',
  'enrol.noChild': 'Registrieren Sie zuerst Ihr Kind: Danach können Sie es für die Ferienlager anmelden.',
  'enrol.noChild.link': 'Ein Kind registrieren',
  'enrol.blocked.title': 'Diese Kinder können noch nicht angemeldet werden',
  'enrol.blocked.identity': '{name}: Schule und Schuljahr sind noch anzugeben.',
  'enrol.blocked.health-missing': '{name}: Der Gesundheitsbogen ist noch auszufüllen.',
  'enrol.blocked.health-to-update': '{name}: Der Gesundheitsbogen ist zu aktualisieren.',
  'enrol.blocked.noGroup':
    '{name}: Dieses Ferienlager nimmt keine Kinder dieses Alters oder Schuljahres auf.',
  'enrol.blocked.link': 'Die Angaben von {name} vervollständigen',

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
  'enrol.action.home': 'Zurück zu den Ferienlagern',
  'enrol.abandoned': 'Die Anmeldung wurde abgebrochen und ihr Entwurf gelöscht.',

  // After "Valider"
  'enrol.outcome.title': 'Reservierungsantrag für {name} gespeichert',
  'enrol.outcome.accepted': '{label}: Reservierung angenommen, vom {first} bis {last}.',
  'enrol.outcome.full':
    '{camp}, Woche {label}: Am {days} ist kein Platz mehr frei. Für diese Woche wurde kein Platz reserviert.',
  'enrol.outcome.joinWaiting': 'Mich auf die Warteliste setzen ({label})',
  'enrol.outcome.waiting':
    '{label}: {name} steht auf Platz {position} der Warteliste. Wir benachrichtigen Sie, sobald ein Platz frei wird.',
  'enrol.outcome.allFull': 'Es konnte keine Woche reserviert werden: Alle gewählten Wochen sind ausgebucht.',
  'enrol.next.title': 'Ein weiteres Kind anmelden oder meine Anträge abschließen?',
  'enrol.next.intro':
    'Wenn Sie abschließen, teilen Sie uns mit, dass Sie alle Ihre Kinder angemeldet haben (ein Antrag pro Kind): Der Tarif wird anhand der bis dahin angemeldeten Kinder berechnet.',
  'enrol.next.sibling': 'Auch {name} für dieselben Tage anmelden',
  'enrol.next.siblingHint': '{weeks}, ohne die Schritte erneut zu durchlaufen.',
  'enrol.next.another': 'Ein weiteres Kind anmelden',
  'enrol.next.close': 'Meine Anträge abschließen',

  // "Brouillons en cours"
  'enrol.drafts.title': 'Offene Entwürfe',
  'enrol.drafts.item': 'Verfolgungscode {code} · {camp} · geändert am {date}',
  'enrol.drafts.child': 'für {name}',
  'enrol.drafts.resume': 'Entwurf {code} fortsetzen',
  'enrol.drafts.delete': 'Entwurf {code} löschen',
  'enrol.drafts.deleted': 'Der Entwurf {code} wurde gelöscht.',

  // "Mes inscriptions"
  'enrol.list.title': 'Meine Anmeldungen',
  'enrol.list.item': '{name} · {camp} · Antrag Nr. {number}',
  'enrol.list.state.open': 'Abzuschließen',
  'enrol.list.state.closed': 'Im Warenkorb, zu bezahlen',
  'enrol.list.state.paid': 'Bezahlt',
  'enrol.list.state.cancelled': 'Storniert',
  'enrol.week.full': 'Ausgebucht: kein Platz reserviert',
  'enrol.week.booked': 'Reserviert',
  'enrol.week.waiting': 'Warteliste (Nr. {position})',
  'enrol.week.waitingNoPosition': 'Warteliste',
  'enrol.week.offered': 'Ein Platz ist frei geworden',
  'enrol.week.released': 'Plätze freigegeben',
  'enrol.week.unsubscribe-requested': 'Abmeldung beantragt',
  'enrol.week.unsubscribed': 'Abgemeldet',
  'enrol.week.line': '{label} ({dates}): {status}',
  'enrol.list.closeHint':
    'Sie haben noch Anträge abzuschließen: Schließen Sie sie ab, sobald alle Ihre Kinder angemeldet sind.',
  'enrol.list.history': 'Verlauf des Antrags Nr. {number}',

  // "Clôturer mes demandes"
  'enrol.closing.title': 'Meine Anträge abschließen',
  'enrol.closing.intro':
    'Alle Ihre laufenden Anträge, für alle Ihre Kinder, werden abgeschlossen. Ein Artikel wird in Ihren Warenkorb gelegt und ist innerhalb von {days} Tagen zu bezahlen: Ohne Zahlung werden die Plätze freigegeben.',
  'enrol.closing.nothing': 'Sie haben keine Anträge abzuschließen.',
  'enrol.closing.confirm': 'Abschluss bestätigen ({total})',
  'enrol.closing.back': 'Zurück',
  'enrol.closing.done': 'Ihre Anträge sind abgeschlossen: Der Artikel liegt in Ihrem Warenkorb.',

  // Unsubscribing from a paid week (seed 001)
  'enrol.unsubscribe.action': 'Von Woche {label} abmelden',
  'enrol.unsubscribe.title': '{name} von Woche {label} abmelden',
  'enrol.unsubscribe.intro':
    'Die Abmeldung ist ein Antrag: Der Dienst beantwortet ihn und meldet sich bei Ihnen wegen einer eventuellen Rückerstattung.',
  'enrol.field.reason': 'Grund der Abmeldung',
  'enrol.hint.reason': 'Zum Beispiel: medizinische Gründe, Umzug.',
  'enrol.unsubscribe.send': 'Antrag auf Abmeldung senden',
  'enrol.unsubscribe.sent': 'Antrag auf Abmeldung gesendet',
  'enrol.reason.required': 'Geben Sie den Grund der Abmeldung an.',
  'enrol.reason.too-long': 'Der Grund darf höchstens 1000 Zeichen lang sein.',
} satisfies Record<keyof typeof fr, string>;
