import type fr from './fr.js';

/** English messages of <family-calendar>'s day panel. */
export default {
  'calendar.day.close': 'Close',
  'calendar.day.nothing': 'No activity on that day.',
  'calendar.action.book': 'Book',
  'calendar.action.waiting': 'Join the waiting list',
  'calendar.action.cancel': 'Cancel the booking',
  'calendar.action.undo': 'Remove from my changes',
} satisfies Record<keyof typeof fr, string>;
