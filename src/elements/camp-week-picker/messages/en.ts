import type fr from './fr.js';

/** English messages of <camp-week-picker>. */
export default {
  'picker.title': 'Camp weeks',

  'picker.week.title': 'Week {number} · from {from} to {to}',
  'picker.week.previous': 'Previous week',
  'picker.week.next': 'Next week',
  'picker.theme.untitled': 'The whole week',
  'picker.theme.hint': 'Tick the theme to choose every day of the week, with their activities.',
  'picker.theme.hintWholeWeeks':
    'This camp is booked by whole weeks only: tick the theme to choose the week.',

  'picker.weekday.0': 'Monday',
  'picker.weekday.1': 'Tuesday',
  'picker.weekday.2': 'Wednesday',
  'picker.weekday.3': 'Thursday',
  'picker.weekday.4': 'Friday',
  'picker.weekday.5': 'Saturday',
  'picker.weekday.6': 'Sunday',
  'picker.day.closed': 'Closed',
  'picker.day.closedReason': 'Closed: {reason}',
  'picker.day.past': 'Date passed',
  'picker.day.full': 'Full',
  'picker.day.fullWaiting': 'Full: waiting list requested',
  'picker.places.many': '{count} places',
  'picker.places.few': 'Only {count} places left',
  'picker.places.last': 'Only one place left',
  'picker.activity.supplement': '{name} + {price}',

  'picker.price.perDay': '{price} per day',

  'picker.waiting.label': 'Put me on the waiting list for this week',
  'picker.waiting.hint':
    'A day of this week is full. The whole week is then requested on the waiting list: we will let you know as soon as a place becomes free.',

  'picker.noGroup': 'This camp does not take children of your child’s age or school year.',
  'picker.noWeek': 'No week of this camp is open for registration any more.',
  'picker.notFound': 'This camp could not be found.',
  'picker.registration.notYetOpen': 'Registration opens on {date}.',
  'picker.registration.closed': 'Registration closed on {date}.',
} satisfies Record<keyof typeof fr, string>;
