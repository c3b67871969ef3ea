import type fr from './fr.js';

/** Dutch messages of the price breakdown. */
export default {
  'cart.day.one': '{count} dag',
  'cart.day.other': '{count} dagen',
  'cart.hour.one': '{count} uur',
  'cart.hour.other': '{count} uur',
  'cart.breakdown.resident': 'Tarief voor inwoners: u woont in de gemeente.',
  'cart.breakdown.nonResident': 'Tarief voor niet-inwoners: u woont niet in de gemeente.',
  'cart.breakdown.week': '{week}: {days}',
  'cart.breakdown.wholeWeek': '{week}: volledige week ({days})',
  'cart.breakdown.supplements': 'Supplementen (activiteiten)',
  'cart.breakdown.reduction': 'Korting van {percent}% ({rank})',
  'cart.breakdown.rank.2': '2e kind',
  'cart.breakdown.rank.3': 'vanaf het 3e kind',
  'cart.breakdown.childTotal': 'Totaal voor {name}',
} satisfies Record<keyof typeof fr, string>;
