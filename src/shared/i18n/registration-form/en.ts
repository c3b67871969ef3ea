import type fr from './fr.js';

/** English words of a registration form's fields (see fr.ts). */
export default {
  'ui.day': 'Day',
  'ui.month': 'Month',
  'ui.year': 'Year',
  'ui.dateHint': 'For example: 27 3 2015',
  'ui.phoneHint.BE': 'For example: 0496 44 41 11',
  'ui.phoneHint.FR': 'For example: 06 12 34 56 78',
} satisfies Record<keyof typeof fr, string>;
