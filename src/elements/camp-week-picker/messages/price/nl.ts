import type fr from './fr.js';

/** Dutch messages of the week's price of <camp-week-picker>. */
export default {
  'picker.price.oneDay': 'Deze week: 1 dag, {price}.',
  'picker.price.days': 'Deze week: {count} dagen, {price}.',
  'picker.price.wholeWeek': 'Deze week: de volledige week, {price}.',
  'picker.price.supplements': 'Activiteiten met toeslag: {price}.',
} satisfies Record<keyof typeof fr, string>;
