/** French messages of the week's price of <camp-week-picker>, which come with it once a day is chosen. */
export default {
  'picker.price.oneDay': 'Cette semaine : 1 jour, {price}.',
  'picker.price.days': 'Cette semaine : {count} jours, {price}.',
  'picker.price.wholeWeek': 'Cette semaine : la semaine complète, {price}.',
  'picker.price.supplements': 'Activités en supplément : {price}.',
} as const;
