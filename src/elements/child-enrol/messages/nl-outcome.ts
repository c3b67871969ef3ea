import type fr from './fr-outcome.js';

/** Dutch messages of <child-enrol>: the answers to "Valider", closing and unsubscribing. */
export default {
  'enrol.action.home': 'Terug naar de speelpleinen',

  // After "Valider"
  'enrol.outcome.title': 'Reserveringsaanvraag geregistreerd voor {name}',
  'enrol.outcome.accepted': '{label}: reservering aanvaard, van {first} tot {last}.',
  'enrol.outcome.full':
    '{camp}, week {label}: geen plaats meer op {days}. Voor deze week werd geen plaats gereserveerd.',
  'enrol.outcome.joinWaiting': 'Mij op de wachtlijst zetten ({label})',
  'enrol.outcome.allFull':
    'Er kon geen enkele week gereserveerd worden: alle weken die u gekozen hebt, zijn volzet.',
  'enrol.next.title': 'Een ander kind inschrijven of mijn aanvragen afsluiten?',
  'enrol.next.intro':
    'Als u afsluit, laat u ons weten dat u al uw kinderen hebt ingeschreven (één aanvraag per kind): het tarief wordt berekend op basis van de kinderen die tot dan toe ingeschreven zijn.',
  'enrol.next.sibling': 'Ook {name} inschrijven voor dezelfde dagen',
  'enrol.next.siblingHint': '{weeks}, zonder de stappen opnieuw te doorlopen.',
  'enrol.next.another': 'Een ander kind inschrijven',

  // "Clôturer mes demandes"
  'enrol.closing.title': 'Mijn aanvragen afsluiten',
  'enrol.closing.intro':
    'Al uw lopende aanvragen, voor al uw kinderen, worden afgesloten. Er komt een artikel in uw winkelmandje, te betalen binnen {days} dagen: zonder betaling worden de plaatsen vrijgegeven.',
  'enrol.closing.nothing': 'U hebt geen aanvragen om af te sluiten.',
  'enrol.closing.confirm': 'Afsluiten bevestigen ({total})',
  'enrol.closing.back': 'Terug',
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
