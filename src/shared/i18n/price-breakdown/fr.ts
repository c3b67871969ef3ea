/** French messages of the price breakdown and its counts ("3 jours"): shown by <family-cart> and, before closing, by <child-enrol>. */
export default {
  'cart.day.one': '{count} jour',
  'cart.day.other': '{count} jours',
  'cart.hour.one': '{count} heure',
  'cart.hour.other': '{count} heures',
  'cart.breakdown.resident': 'Tarif résident : vous habitez la commune.',
  'cart.breakdown.nonResident': 'Tarif non-résident : vous n’habitez pas la commune.',
  'cart.breakdown.week': '{week} : {days}',
  'cart.breakdown.wholeWeek': '{week} : semaine complète ({days})',
  'cart.breakdown.supplements': 'Suppléments (activités)',
  'cart.breakdown.reduction': 'Réduction de {percent}\u00a0% ({rank})',
  'cart.breakdown.rank.2': '2e enfant',
  'cart.breakdown.rank.3': 'à partir du 3e enfant',
  'cart.breakdown.childTotal': 'Total pour {name}',
} as const;
