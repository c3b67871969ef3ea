import type fr from './fr.js';

/** German messages of "Abwesenheit melden". */
export default {
  'calendar.absence.title': 'Abwesenheit melden',
  'calendar.absence.intro':
    'Die gebuchten Tage dieses Zeitraums werden dem Dienst gemeldet. Ein ärztliches Attest kann eine Abwesenheit wegen Krankheit begründen.',
  'calendar.absence.child': 'Kind',
  'calendar.absence.from': 'Vom',
  'calendar.absence.to': 'Bis',
  'calendar.absence.units': 'Betroffene Betreuungen',
  'calendar.absence.units.hint': 'Standardmäßig alle.',
  'calendar.absence.reason': 'Grund',
  'calendar.absence.reason.illness': 'Krankheit',
  'calendar.absence.reason.family': 'Familiärer Grund',
  'calendar.absence.reason.other': 'Sonstiges',
  'calendar.absence.comment': 'Bemerkung (optional)',
  'calendar.absence.files': 'Ärztliche Atteste (optional)',
  'calendar.absence.file.type': '„{name}“ ist weder ein PDF noch ein JPEG- oder PNG-Bild: nicht hinzugefügt.',
  'calendar.absence.required.child': 'Wählen Sie das Kind.',
  'calendar.absence.required.from': 'Geben Sie den ersten Tag der Abwesenheit an.',
  'calendar.absence.required.to': 'Geben Sie den letzten Tag der Abwesenheit an.',
  'calendar.absence.order.to': 'Der letzte Tag muss nach dem ersten liegen.',
  'calendar.absence.required.reason': 'Wählen Sie den Grund.',
  'calendar.absence.send': 'Abwesenheit melden',
  'calendar.absence.sending': 'Wird gesendet…',
  'calendar.absence.done': 'Abwesenheit gemeldet: Antrag Nr. {number}, {status}.',
  'calendar.absence.status.accepted': 'angenommen',
  'calendar.absence.status.pending': 'wartet auf Bestätigung durch den Dienst',
  'calendar.absence.status.refused': 'abgelehnt',
  'calendar.absence.status.cancelled': 'storniert',
} satisfies Record<keyof typeof fr, string>;
