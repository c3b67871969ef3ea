import type fr from './fr.js';

/** German messages of the week's price of <camp-week-picker>. */
export default {
  'picker.price.oneDay': 'Diese Woche: 1 Tag, {price}.',
  'picker.price.days': 'Diese Woche: {count} Tage, {price}.',
  'picker.price.wholeWeek': 'Diese Woche: die ganze Woche, {price}.',
  'picker.price.supplements': 'Aktivitäten mit Aufpreis: {price}.',
} satisfies Record<keyof typeof fr, string>;
