import type fr from './fr.js';

/** German messages of <family-calendar>'s day panel. */
export default {
  'calendar.day.close': 'Schließen',
  'calendar.day.nothing': 'Keine Aktivität an diesem Tag.',
  'calendar.action.book': 'Buchen',
  'calendar.action.waiting': 'Auf die Warteliste setzen',
  'calendar.action.cancel': 'Buchung stornieren',
  'calendar.action.undo': 'Aus meinen Änderungen entfernen',
} satisfies Record<keyof typeof fr, string>;
