import type fr from './fr.js';

/** Dutch messages of <child-enrol>. */
export default {
  'enrol.title': 'Mijn kind inschrijven voor een speelplein',

  // The camps and when registration opens
  'enrol.camps.title': 'De speelpleinen en kampen',
  'enrol.camps.none': 'Er worden op dit moment geen speelpleinen of kampen aangeboden.',
  'enrol.camp.dates': 'Van {first} tot {last}',
  'enrol.camp.open': 'Inschrijvingen open tot {date}.',
  'enrol.camp.notYetOpen': 'De inschrijvingen openen op {date}.',
  'enrol.camp.closed': 'De inschrijvingen zijn afgesloten sinds {date}.',
  'enrol.camp.enrol': 'Mijn kind inschrijven: {camp}',
  'enrol.camp.payWithin': 'Te betalen binnen {days} dagen nadat u uw aanvragen hebt afgesloten.',

  // Who can be enrolled, and why not
  'enrol.notRegistered': 'Om uw kinderen in te schrijven, registreert u zich eerst als ouder bij de dienst.',
  'enrol.notRegistered.link': 'Mij registreren als ouder',
  'enrol.noChild': 'Registreer eerst uw kind: daarna kunt u het inschrijven voor de speelpleinen.',
  'enrol.noChild.link': 'Een kind registreren',
  'enrol.blocked.title': 'Deze kinderen kunnen nog niet ingeschreven worden',
  'enrol.blocked.identity': '{name}: school en leerjaar moeten nog ingevuld worden.',
  'enrol.blocked.health-missing': '{name}: de medische fiche moet nog ingevuld worden.',
  'enrol.blocked.health-to-update': '{name}: de medische fiche moet bijgewerkt worden.',
  'enrol.blocked.noGroup': '{name}: dit speelplein ontvangt geen kinderen van die leeftijd of dat leerjaar.',
  'enrol.blocked.link': 'De gegevens van {name} aanvullen',
  'enrol.abandoned': 'De inschrijving werd stopgezet en het concept ervan verwijderd.',
  'enrol.outcome.waiting':
    '{label}: {name} staat op nr. {position} van de wachtlijst. We laten het u weten zodra er een plaats vrijkomt.',
  'enrol.next.close': 'Mijn aanvragen afsluiten',

  // "Brouillons en cours"
  'enrol.drafts.title': 'Lopende concepten',
  'enrol.drafts.item': 'Opopvolgcode {code} · {camp} · gewijzigd op {date}',
  'enrol.drafts.child': 'voor {name}',
  'enrol.drafts.resume': 'Concept {code} verder invullen',
  'enrol.drafts.delete': 'Concept {code} verwijderen',
  'enrol.drafts.deleted': 'Concept {code} werd verwijderd.',

  // "Mes inscriptions"
  'enrol.list.title': 'Mijn inschrijvingen',
  'enrol.list.item': '{name} · {camp} · aanvraag nr. {number}',
  'enrol.list.state.open': 'Af te sluiten',
  'enrol.list.state.closed': 'In het winkelmandje, te betalen',
  'enrol.list.state.paid': 'Betaald',
  'enrol.list.state.cancelled': 'Geannuleerd',
  'enrol.week.full': 'Volzet: geen plaats gereserveerd',
  'enrol.week.booked': 'Gereserveerd',
  'enrol.week.waiting': 'Wachtlijst (nr. {position})',
  'enrol.week.waitingNoPosition': 'Wachtlijst',
  'enrol.week.offered': 'Er is een plaats vrijgekomen',
  'enrol.week.released': 'Plaatsen vrijgegeven',
  'enrol.week.unsubscribe-requested': 'Uitschrijving aangevraagd',
  'enrol.week.unsubscribed': 'Uitgeschreven',
  'enrol.week.line': '{label} ({dates}): {status}',
  'enrol.list.closeHint':
    'U hebt aanvragen die nog afgesloten moeten worden: sluit ze af zodra al uw kinderen ingeschreven zijn.',
  'enrol.list.history': 'Geschiedenis van aanvraag nr. {number}',
  'enrol.closing.done': 'Uw aanvragen zijn afgesloten: het artikel staat in uw winkelmandje.',

  // Unsubscribing from a paid week (seed 001)
  'enrol.unsubscribe.action': 'Uitschrijven voor week {label}',
} satisfies Record<keyof typeof fr, string>;
