import type fr from './fr.js';

/** German messages of "Für einen Zeitraum buchen". */
export default {
  'calendar.period.title': 'Für einen Zeitraum buchen',
  'calendar.period.intro':
    'Buchen Sie jede Woche eines Zeitraums dieselbe Betreuung, zum Beispiel jeden Montag und Donnerstag. Schulferien, Feiertage und Schließtage werden übersprungen. Vor dem Senden sehen Sie jeden Tag und den Gesamtbetrag.',
  'calendar.period.children': 'Für',
  'calendar.period.from': 'Vom',
  'calendar.period.to': 'Bis',
  'calendar.period.weeks': 'Wochen',
  'calendar.period.weeks.every': 'Jede Woche',
  'calendar.period.weeks.alternate': 'Jede zweite Woche',
  'calendar.period.weeks.even': 'Gerade Wochen',
  'calendar.period.weeks.odd': 'Ungerade Wochen',
  'calendar.period.slots': 'Tage und Betreuung',
  'calendar.period.slots.hint': 'Kreuzen Sie die Betreuung an, die Sie jede Woche buchen möchten.',
  'calendar.period.slots.unit': 'Betreuung',
  'calendar.period.slots.none': 'Wählen Sie zuerst ein Kind: Seine Betreuung wird hier angezeigt.',
  'calendar.period.slots.notOffered': 'keine Betreuung',
  'calendar.period.required.child': 'Wählen Sie mindestens ein Kind.',
  'calendar.period.required.from': 'Geben Sie den ersten Tag des Zeitraums an.',
  'calendar.period.required.to': 'Geben Sie den letzten Tag des Zeitraums an.',
  'calendar.period.order.to': 'Der letzte Tag muss nach dem ersten liegen.',
  'calendar.period.length.to': 'Der Zeitraum darf ein Jahr nicht überschreiten.',
  'calendar.period.required.slots': 'Kreuzen Sie mindestens einen Tag und eine Betreuung an.',
  'calendar.period.preview': 'Details anzeigen',
  'calendar.period.previewing': 'Wird berechnet…',
  'calendar.period.dropped':
    'Sie haben die Anfrage geändert: Zeigen Sie die Details vor dem Senden erneut an.',
  'calendar.period.preview.title': 'Details der Anfrage',
  'calendar.period.preview.count.one': '1 Tag.',
  'calendar.period.preview.count.other': '{count} Tage.',
  'calendar.period.preview.empty':
    'In diesem Zeitraum ist kein Tag zu buchen: Prüfen Sie die Daten, die Wochen und die angekreuzte Betreuung.',
  'calendar.period.total': 'Gesamt: {amount}',
  'calendar.period.send': 'Anfrage senden',
  'calendar.period.sending': 'Wird gesendet…',
  'calendar.period.result.title': 'Anfrage gesendet',
  'calendar.period.result.reference': 'Anfrage Nr.\u00a0{number}',
  'calendar.period.result.next':
    'Die Planung ist aktualisiert. Anfragen, die der Dienst genehmigen muss, werden per E-Mail bestätigt.',
} satisfies Record<keyof typeof fr, string>;
