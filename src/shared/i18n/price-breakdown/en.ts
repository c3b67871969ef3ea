import type fr from './fr.js';

/** English messages of the price breakdown. */
export default {
  'cart.day.one': '{count} day',
  'cart.day.other': '{count} days',
  'cart.hour.one': '{count} hour',
  'cart.hour.other': '{count} hours',
  'cart.breakdown.resident': 'Residents’ rate: you live in the municipality.',
  'cart.breakdown.nonResident': 'Non-residents’ rate: you do not live in the municipality.',
  'cart.breakdown.week': '{week}: {days}',
  'cart.breakdown.wholeWeek': '{week}: whole week ({days})',
  'cart.breakdown.supplements': 'Supplements (activities)',
  'cart.breakdown.reduction': '{percent}% reduction ({rank})',
  'cart.breakdown.rank.2': '2nd child',
  'cart.breakdown.rank.3': '3rd child onwards',
  'cart.breakdown.childTotal': 'Total for {name}',
} satisfies Record<keyof typeof fr, string>;
