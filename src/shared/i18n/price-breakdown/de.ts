import type fr from './fr.js';

/** German messages of the price breakdown. */
export default {
  'cart.day.one': '{count} Tag',
  'cart.day.other': '{count} Tage',
  'cart.hour.one': '{count} Stunde',
  'cart.hour.other': '{count} Stunden',
  'cart.breakdown.resident': 'Tarif für Einwohner: Sie wohnen in der Gemeinde.',
  'cart.breakdown.nonResident': 'Tarif für Nicht-Einwohner: Sie wohnen nicht in der Gemeinde.',
  'cart.breakdown.week': '{week}: {days}',
  'cart.breakdown.wholeWeek': '{week}: ganze Woche ({days})',
  'cart.breakdown.supplements': 'Zuschläge (Aktivitäten)',
  'cart.breakdown.reduction': 'Ermäßigung von {percent}\u00a0% ({rank})',
  'cart.breakdown.rank.2': '2. Kind',
  'cart.breakdown.rank.3': 'ab dem 3. Kind',
  'cart.breakdown.childTotal': 'Gesamt für {name}',
} satisfies Record<keyof typeof fr, string>;
