import type fr from './fr.js';

/** Dutch messages of <camp-week-picker>. */
export default {
  'picker.title': 'Speelpleinweken',

  'picker.week.title': 'Week {number} · van {from} tot {to}',
  'picker.week.previous': 'Vorige week',
  'picker.week.next': 'Volgende week',
  'picker.theme.untitled': 'De hele week',
  'picker.theme.hint': 'Vink het thema aan om alle dagen van de week te kiezen, met hun activiteiten.',
  'picker.theme.hintWholeWeeks':
    'Dit speelplein boek je per volledige week: vink het thema aan om de week te kiezen.',

  'picker.weekday.0': 'Maandag',
  'picker.weekday.1': 'Dinsdag',
  'picker.weekday.2': 'Woensdag',
  'picker.weekday.3': 'Donderdag',
  'picker.weekday.4': 'Vrijdag',
  'picker.weekday.5': 'Zaterdag',
  'picker.weekday.6': 'Zondag',
  'picker.day.closed': 'Gesloten',
  'picker.day.closedReason': 'Gesloten: {reason}',
  'picker.day.past': 'Datum voorbij',
  'picker.day.full': 'Volzet',
  'picker.day.fullWaiting': 'Volzet: wachtlijst gevraagd',
  'picker.places.many': '{count} plaatsen',
  'picker.places.few': 'Nog maar {count} plaatsen',
  'picker.places.last': 'Nog maar één plaats',
  'picker.activity.supplement': '{name} + {price}',

  'picker.price.perDay': '{price} per dag',

  'picker.waiting.label': 'Mij op de wachtlijst zetten voor deze week',
  'picker.waiting.hint':
    'Een dag van deze week is volzet. De hele week wordt dan op de wachtlijst gevraagd: we laten het u weten zodra er een plaats vrijkomt.',

  'picker.noGroup':
    'Dit speelplein is niet bedoeld voor kinderen van de leeftijd of het schooljaar van uw kind.',
  'picker.noWeek': 'Er is geen week van dit speelplein meer open voor inschrijvingen.',
  'picker.notFound': 'Dit speelplein werd niet gevonden.',
  'picker.registration.notYetOpen': 'De inschrijvingen openen op {date}.',
  'picker.registration.closed': 'De inschrijvingen zijn afgesloten sinds {date}.',
} satisfies Record<keyof typeof fr, string>;
