import type fr from './fr.js';

/** Dutch words of a registration form's fields (see fr.ts). */
export default {
  'ui.day': 'Dag',
  'ui.month': 'Maand',
  'ui.year': 'Jaar',
  'ui.dateHint': 'Bijvoorbeeld: 27 3 2015',
  'ui.phoneHint.BE': 'Bijvoorbeeld: 0496 44 41 11',
  'ui.phoneHint.FR': 'Bijvoorbeeld: 06 12 34 56 78',
} satisfies Record<keyof typeof fr, string>;
