import type { frEnrol } from './fr-enrol.js';

export const enEnrol: Record<keyof typeof frEnrol, string> = {
  'enrol.title': 'Enrol my child in a holiday camp',
};
