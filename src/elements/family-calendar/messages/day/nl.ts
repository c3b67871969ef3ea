import type fr from './fr.js';

/** Dutch messages of <family-calendar>'s day panel. */
export default {
  'calendar.day.close': 'Sluiten',
  'calendar.day.nothing': 'Geen activiteit die dag.',
  'calendar.action.book': 'Reserveren',
  'calendar.action.waiting': 'Op de wachtlijst zetten',
  'calendar.action.cancel': 'Reservatie annuleren',
  'calendar.action.undo': 'Uit mijn wijzigingen halen',
} satisfies Record<keyof typeof fr, string>;
