import type fr from './fr.js';

/** English messages of "Report an absence". */
export default {
  'calendar.absence.title': 'Report an absence',
  'calendar.absence.intro':
    'The booked days of this period will be reported to the service. A medical certificate can justify an absence for illness.',
  'calendar.absence.child': 'Child',
  'calendar.absence.from': 'From',
  'calendar.absence.to': 'To',
  'calendar.absence.units': 'Care concerned',
  'calendar.absence.units.hint': 'All by default.',
  'calendar.absence.reason': 'Reason',
  'calendar.absence.reason.illness': 'Illness',
  'calendar.absence.reason.family': 'Family reason',
  'calendar.absence.reason.other': 'Other',
  'calendar.absence.comment': 'Comment (optional)',
  'calendar.absence.files': 'Medical certificates (optional)',
  'calendar.absence.file.type': '“{name}” is not a PDF, JPEG or PNG file: it was not added.',
  'calendar.absence.required.child': 'Choose the child.',
  'calendar.absence.required.from': 'Enter the first day of absence.',
  'calendar.absence.required.to': 'Enter the last day of absence.',
  'calendar.absence.order.to': 'The last day must come after the first.',
  'calendar.absence.required.reason': 'Choose the reason.',
  'calendar.absence.send': 'Report the absence',
  'calendar.absence.sending': 'Sending…',
  'calendar.absence.done': 'Absence reported: request no. {number}, {status}.',
  'calendar.absence.status.accepted': 'accepted',
  'calendar.absence.status.pending': 'awaiting the service’s approval',
  'calendar.absence.status.refused': 'refused',
  'calendar.absence.status.cancelled': 'cancelled',
} satisfies Record<keyof typeof fr, string>;
