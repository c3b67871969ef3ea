import type fr from './fr.js';

/** The attachment field's words in English. */
export default {
  'attachments.hint': 'PDF, JPEG or PNG, at most 10 MB per file, at most 5 files.',
  'attachments.remove': 'Remove {name}',
  'attachments.size': '“{name}” is larger than 10 MB: it was not added.',
  'attachments.empty': '“{name}” is empty: it was not added.',
  'attachments.count': 'You can attach at most 5 files: the next ones were not added.',
} satisfies Record<keyof typeof fr, string>;
