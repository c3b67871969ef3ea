import type fr from './fr.js';

/** The attachment field's words in Dutch. */
export default {
  'attachments.hint': 'PDF, JPEG of PNG, hoogstens 10 MB per bestand, hoogstens 5 bestanden.',
  'attachments.remove': '{name} verwijderen',
  'attachments.size': '"{name}" is groter dan 10 MB: het is niet toegevoegd.',
  'attachments.empty': '"{name}" is leeg: het is niet toegevoegd.',
  'attachments.count': 'U kunt hoogstens 5 bestanden toevoegen: de volgende zijn niet toegevoegd.',
} satisfies Record<keyof typeof fr, string>;
