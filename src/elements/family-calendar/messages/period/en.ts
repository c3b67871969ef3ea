import type fr from './fr.js';

/** English messages of "Book over a period". */
export default {
  'calendar.period.title': 'Book over a period',
  'calendar.period.intro':
    'Book the same care every week of a period, for example every Monday and Thursday. School holidays, public holidays and closures are skipped. You will see each day and the total before sending the request.',
  'calendar.period.children': 'For',
  'calendar.period.from': 'From',
  'calendar.period.to': 'To',
  'calendar.period.weeks': 'Weeks',
  'calendar.period.weeks.every': 'Every week',
  'calendar.period.weeks.alternate': 'Every other week',
  'calendar.period.weeks.even': 'Even weeks',
  'calendar.period.weeks.odd': 'Odd weeks',
  'calendar.period.slots': 'Days and care',
  'calendar.period.slots.hint': 'Tick the care to book each week.',
  'calendar.period.slots.unit': 'Care',
  'calendar.period.slots.none': 'Choose a child first: their care will be shown here.',
  'calendar.period.slots.notOffered': 'no care',
  'calendar.period.required.child': 'Choose at least one child.',
  'calendar.period.required.from': 'Enter the first day of the period.',
  'calendar.period.required.to': 'Enter the last day of the period.',
  'calendar.period.order.to': 'The last day must come after the first.',
  'calendar.period.length.to': 'The period cannot be longer than a year.',
  'calendar.period.required.slots': 'Tick at least one day and one care.',
  'calendar.period.preview': 'See the details',
  'calendar.period.previewing': 'Calculating…',
  'calendar.period.dropped': 'You changed the request: see the details again before sending it.',
  'calendar.period.preview.title': 'Details of the request',
  'calendar.period.preview.count.one': '1 day concerned.',
  'calendar.period.preview.count.other': '{count} days concerned.',
  'calendar.period.preview.empty':
    'No day to book in this period: check the dates, the weeks and the care ticked.',
  'calendar.period.total': 'Total: {amount}',
  'calendar.period.send': 'Send the request',
  'calendar.period.sending': 'Sending…',
  'calendar.period.result.title': 'Request sent',
  'calendar.period.result.reference': 'Request no.\u00a0{number}',
  'calendar.period.result.next':
    'The planning is updated. Requests awaiting the service’s approval will be confirmed by e-mail.',
} satisfies Record<keyof typeof fr, string>;
