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
  'enrol.action.home': 'Terug naar de speelpleinen',
  'enrol.abandoned': 'De inschrijving werd stopgezet en het concept ervan verwijderd.',

  // After "Valider"
  'enrol.outcome.title': 'Reserveringsaanvraag geregistreerd voor {name}',
  'enrol.outcome.accepted': '{label}: reservering aanvaard, van {first} tot {last}.',
  'enrol.outcome.full':
    '{camp}, week {label}: geen plaats meer op {days}. Voor deze week werd geen plaats gereserveerd.',
  'enrol.outcome.joinWaiting': 'Mij op de wachtlijst zetten ({label})',
  'enrol.outcome.waiting':
    '{label}: {name} staat op nr. {position} van de wachtlijst. We laten het u weten zodra er een plaats vrijkomt.',
  'enrol.outcome.allFull':
    'Er kon geen enkele week gereserveerd worden: alle weken die u gekozen hebt, zijn volzet.',
  'enrol.next.title': 'Een ander kind inschrijven of mijn aanvragen afsluiten?',
  'enrol.next.intro':
    'Als u afsluit, laat u ons weten dat u al uw kinderen hebt ingeschreven (één aanvraag per kind): het tarief wordt berekend op basis van de kinderen die tot dan toe ingeschreven zijn.',
  'enrol.next.sibling': 'Ook {name} inschrijven voor dezelfde dagen',
  'enrol.next.siblingHint': '{weeks}, zonder de stappen opnieuw te doorlopen.',
  'enrol.next.another': 'Een ander kind inschrijven',
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

  // "Clôturer mes demandes"
  'enrol.closing.title': 'Mijn aanvragen afsluiten',
  'enrol.closing.intro':
    'Al uw lopende aanvragen, voor al uw kinderen, worden afgesloten. Er komt een artikel in uw winkelmandje, te betalen binnen {days} dagen: zonder betaling worden de plaatsen vrijgegeven.',
  'enrol.closing.nothing': 'U hebt geen aanvragen om af te sluiten.',
  'enrol.closing.confirm': 'Afsluiten bevestigen ({total})',
  'enrol.closing.back': 'Terug',
  'enrol.closing.done': 'Uw aanvragen zijn afgesloten: het artikel staat in uw winkelmandje.',

  // Unsubscribing from a paid week (seed 001)
  'enrol.unsubscribe.action': 'Uitschrijven voor week {label}',
  'enrol.unsubscribe.title': '{name} uitschrijven voor week {label}',
  'enrol.unsubscribe.intro':
    'Een uitschrijving is een aanvraag: de dienst beantwoordt ze en neemt contact met u op voor een eventuele terugbetaling.',
  'enrol.field.reason': 'Reden van de uitschrijving',
  'enrol.hint.reason': 'Bijvoorbeeld: medische reden, verhuizing.',
  'enrol.unsubscribe.send': 'De aanvraag tot uitschrijving versturen',
  'enrol.unsubscribe.sent': 'Aanvraag tot uitschrijving verstuurd',
  'enrol.reason.required': 'Geef de reden van de uitschrijving op.',
  'enrol.reason.too-long': 'De reden telt maximaal 1000 tekens.',
} satisfies Record<keyof typeof fr, string>;
