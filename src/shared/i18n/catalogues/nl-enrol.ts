import type { frEnrol } from './fr-enrol.js';

export const nlEnrol: Record<keyof typeof frEnrol, string> = {
  'enrol.title': 'Mijn kind inschrijven voor een speelplein',
};
