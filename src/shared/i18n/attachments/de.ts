import type fr from './fr.js';

/** The attachment field's words in German. */
export default {
  'attachments.hint': 'PDF, JPEG oder PNG, höchstens 10 MB pro Datei, höchstens 5 Dateien.',
  'attachments.remove': '{name} entfernen',
  'attachments.size': '„{name}“ ist größer als 10 MB: nicht hinzugefügt.',
  'attachments.empty': '„{name}“ ist leer: nicht hinzugefügt.',
  'attachments.count': 'Sie können höchstens 5 Dateien anhängen: die weiteren wurden nicht hinzugefügt.',
} satisfies Record<keyof typeof fr, string>;
