import type fr from './fr.js';

/** German messages of the camp rules’ field problems. */
export default {
  'field.camp.no-day': 'Wählen Sie mindestens einen Tag.',
  'field.camp.day-twice': 'Ein Tag ist zweimal gewählt: Wählen Sie ihn nur einmal.',
  'field.camp.day-unknown': 'Einer der gewählten Tage gehört nicht zu diesem Ferienlager.',
  'field.camp.day-past': 'Einer der gewählten Tage ist bereits vorbei: Entfernen Sie ihn.',
  'field.camp.day-closed': 'Einer der gewählten Tage ist ein Schließtag: Entfernen Sie ihn.',
  'field.camp.activity-unknown': 'Eine der gewählten Aktivitäten wird an diesem Tag nicht angeboten.',
  'field.camp.whole-weeks':
    'Dieses Ferienlager wird nur wochenweise gebucht: Wählen Sie alle Tage der Woche oder keinen.',
  'field.camp.day-booked': 'Ihr Kind ist für einen dieser Tage bereits in einer anderen Anfrage angemeldet.',
} satisfies Record<keyof typeof fr, string>;
