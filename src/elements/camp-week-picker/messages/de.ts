import type fr from './fr.js';

/** German messages of <camp-week-picker>. */
export default {
  'picker.title': 'Ferienlagerwochen',

  'picker.week.title': 'Woche {number} · vom {from} bis {to}',
  'picker.week.previous': 'Vorherige Woche',
  'picker.week.next': 'Nächste Woche',
  'picker.theme.untitled': 'Die ganze Woche',
  'picker.theme.hint': 'Kreuzen Sie das Thema an, um alle Tage der Woche mit ihren Aktivitäten zu wählen.',
  'picker.theme.hintWholeWeeks':
    'Dieses Ferienlager wird nur wochenweise gebucht: Kreuzen Sie das Thema an, um die Woche zu wählen.',

  'picker.weekday.0': 'Montag',
  'picker.weekday.1': 'Dienstag',
  'picker.weekday.2': 'Mittwoch',
  'picker.weekday.3': 'Donnerstag',
  'picker.weekday.4': 'Freitag',
  'picker.weekday.5': 'Samstag',
  'picker.weekday.6': 'Sonntag',
  'picker.day.closed': 'Geschlossen',
  'picker.day.closedReason': 'Geschlossen: {reason}',
  'picker.day.past': 'Datum vorbei',
  'picker.day.full': 'Ausgebucht',
  'picker.day.fullWaiting': 'Ausgebucht: Warteliste angefragt',
  'picker.places.many': '{count} Plätze',
  'picker.places.few': 'Nur noch {count} Plätze',
  'picker.places.last': 'Nur noch ein Platz',
  'picker.activity.supplement': '{name} + {price}',

  'picker.price.perDay': '{price} pro Tag',

  'picker.waiting.label': 'Mich für diese Woche auf die Warteliste setzen',
  'picker.waiting.hint':
    'Ein Tag dieser Woche ist ausgebucht. Die ganze Woche wird dann auf der Warteliste angefragt: Wir benachrichtigen Sie, sobald ein Platz frei wird.',

  'picker.noGroup': 'Dieses Ferienlager nimmt keine Kinder im Alter oder Schuljahr Ihres Kindes auf.',
  'picker.noWeek': 'Keine Woche dieses Ferienlagers ist mehr für Anmeldungen offen.',
  'picker.notFound': 'Dieses Ferienlager wurde nicht gefunden.',
  'picker.registration.notYetOpen': 'Die Anmeldungen öffnen am {date}.',
  'picker.registration.closed': 'Die Anmeldungen sind seit dem {date} geschlossen.',
} satisfies Record<keyof typeof fr, string>;
