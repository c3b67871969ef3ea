import type fr from './fr.js';

/** German messages of "Planung kopieren". */
export default {
  'calendar.copy.title': 'Planung kopieren',
  'calendar.copy.intro':
    'Die reservierten Tage eines Kindes für eine Aktivität werden im gewählten Zeitraum auch für seine Geschwister reserviert.',
  'calendar.copy.source': 'Planung kopieren von',
  'calendar.copy.activity': 'Aktivität',
  'calendar.copy.targets': 'Für',
  'calendar.copy.from': 'Vom',
  'calendar.copy.to': 'Bis',
  'calendar.copy.required.activity': 'Wählen Sie die Aktivität.',
  'calendar.copy.required.targets': 'Kreuzen Sie mindestens ein Kind an, das diese Planung erhält.',
  'calendar.copy.required.from': 'Geben Sie den ersten Tag des Zeitraums an.',
  'calendar.copy.required.to': 'Geben Sie den letzten Tag des Zeitraums an.',
  'calendar.copy.order.to': 'Der letzte Tag muss nach dem ersten liegen.',
  'calendar.copy.preview': 'Details anzeigen',
  'calendar.copy.previewing': 'Wird berechnet…',
  'calendar.copy.preview.title': 'Details der Kopie',
  'calendar.copy.preview.changed':
    'Sie haben die Kopie geändert: Zeigen Sie die Details erneut an, bevor Sie sie senden.',
  'calendar.copy.nothing':
    'Nichts zu kopieren: {name} hat in diesem Zeitraum keinen reservierten Tag für diese Aktivität.',
  'calendar.copy.count.one': '1 Tag',
  'calendar.copy.count.other': '{count} Tage',
  'calendar.copy.total': 'Summe: {amount}',
  'calendar.copy.send': 'Planung kopieren',
  'calendar.copy.sending': 'Wird gesendet…',
  'calendar.copy.done': 'Planung kopiert: Antrag Nr.\u00a0{number}.',
} satisfies Record<keyof typeof fr, string>;
