import type fr from './fr.js';

/** English messages of the week's price of <camp-week-picker>. */
export default {
  'picker.price.oneDay': 'This week: 1 day, {price}.',
  'picker.price.days': 'This week: {count} days, {price}.',
  'picker.price.wholeWeek': 'This week: the whole week, {price}.',
  'picker.price.supplements': 'Activities at extra cost: {price}.',
} satisfies Record<keyof typeof fr, string>;
