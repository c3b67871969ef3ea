import type fr from './fr.js';

/** Dutch messages of "Afwezigheid melden". */
export default {
  'calendar.absence.title': 'Afwezigheid melden',
  'calendar.absence.intro':
    'De gereserveerde dagen van deze periode worden aan de dienst gemeld. Een medisch attest kan een afwezigheid wegens ziekte verantwoorden.',
  'calendar.absence.child': 'Kind',
  'calendar.absence.from': 'Van',
  'calendar.absence.to': 'Tot',
  'calendar.absence.units': 'Betrokken opvang',
  'calendar.absence.units.hint': 'Standaard alle.',
  'calendar.absence.reason': 'Reden',
  'calendar.absence.reason.illness': 'Ziekte',
  'calendar.absence.reason.family': 'Familiale reden',
  'calendar.absence.reason.other': 'Andere',
  'calendar.absence.comment': 'Opmerking (optioneel)',
  'calendar.absence.files': 'Medische attesten (optioneel)',
  'calendar.absence.file.type': '"{name}" is geen PDF, JPEG- of PNG-afbeelding: het is niet toegevoegd.',
  'calendar.absence.required.child': 'Kies het kind.',
  'calendar.absence.required.from': 'Vul de eerste dag van afwezigheid in.',
  'calendar.absence.required.to': 'Vul de laatste dag van afwezigheid in.',
  'calendar.absence.order.to': 'De laatste dag moet na de eerste komen.',
  'calendar.absence.required.reason': 'Kies de reden.',
  'calendar.absence.send': 'Afwezigheid melden',
  'calendar.absence.sending': 'Bezig met verzenden…',
  'calendar.absence.done': 'Afwezigheid gemeld: aanvraag nr. {number}, {status}.',
  'calendar.absence.status.accepted': 'aanvaard',
  'calendar.absence.status.pending': 'wacht op goedkeuring door de dienst',
  'calendar.absence.status.refused': 'geweigerd',
  'calendar.absence.status.cancelled': 'geannuleerd',
} satisfies Record<keyof typeof fr, string>;
