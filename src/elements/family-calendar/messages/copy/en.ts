import type fr from './fr.js';

/** English messages of "Copy the planning". */
export default {
  'calendar.copy.title': 'Copy the planning',
  'calendar.copy.intro':
    'The days booked for one child in an activity are booked for their brothers and sisters too, over the period chosen.',
  'calendar.copy.source': 'Copy the planning of',
  'calendar.copy.activity': 'Activity',
  'calendar.copy.targets': 'Copy to',
  'calendar.copy.from': 'From',
  'calendar.copy.to': 'To',
  'calendar.copy.required.activity': 'Choose the activity.',
  'calendar.copy.required.targets': 'Tick at least one child to receive this planning.',
  'calendar.copy.required.from': 'Enter the first day of the period.',
  'calendar.copy.required.to': 'Enter the last day of the period.',
  'calendar.copy.order.to': 'The last day must come after the first.',
  'calendar.copy.preview': 'See the details',
  'calendar.copy.previewing': 'Working it out…',
  'calendar.copy.preview.title': 'Details of the copy',
  'calendar.copy.preview.changed': 'You changed the copy: see the details again before sending it.',
  'calendar.copy.nothing': 'Nothing to copy: {name} has no booked day in this activity over this period.',
  'calendar.copy.count.one': '1 day',
  'calendar.copy.count.other': '{count} days',
  'calendar.copy.total': 'Total: {amount}',
  'calendar.copy.send': 'Copy the planning',
  'calendar.copy.sending': 'Sending…',
  'calendar.copy.done': 'Planning copied: request no. {number}.',
} satisfies Record<keyof typeof fr, string>;
