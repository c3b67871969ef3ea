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
  'enrol.abandoned': 'Die Anmeldung wurde abgebrochen und ihr Entwurf gelöscht.',
  'enrol.outcome.waiting':
    '{label}: {name} steht auf Platz {position} der Warteliste. Wir benachrichtigen Sie, sobald ein Platz frei wird.',
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
  'enrol.closing.done': 'Ihre Anträge sind abgeschlossen: Der Artikel liegt in Ihrem Warenkorb.',

  // Unsubscribing from a paid week (seed 001)
  'enrol.unsubscribe.action': 'Von Woche {label} abmelden',
} satisfies Record<keyof typeof fr, string>;
