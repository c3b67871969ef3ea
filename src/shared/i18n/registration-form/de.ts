import type fr from './fr.js';

/** German words of a registration form's fields (see fr.ts). */
export default {
  'ui.day': 'Tag',
  'ui.month': 'Monat',
  'ui.year': 'Jahr',
  'ui.dateHint': 'Zum Beispiel: 27 3 2015',
  'ui.phoneHint.BE': 'Zum Beispiel: 0496 44 41 11',
  'ui.phoneHint.FR': 'Zum Beispiel: 06 12 34 56 78',
} satisfies Record<keyof typeof fr, string>;
