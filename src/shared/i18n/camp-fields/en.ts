import type fr from './fr.js';

/** English messages of the camp rules’ field problems. */
export default {
  'field.camp.no-day': 'Choose at least one camp day.',
  'field.camp.day-twice': 'The same day is chosen twice: choose it only once.',
  'field.camp.day-unknown': 'One of the days chosen is not part of this camp.',
  'field.camp.day-past': 'One of the days chosen has already gone by: remove it.',
  'field.camp.day-closed': 'One of the days chosen is a closing day: remove it.',
  'field.camp.activity-unknown': 'One of the activities chosen is not offered that day.',
  'field.camp.whole-weeks': 'This camp is booked by whole weeks only: choose every day of the week, or none.',
  'field.camp.day-booked': 'Your child is already booked on one of these days in another request.',
} satisfies Record<keyof typeof fr, string>;
