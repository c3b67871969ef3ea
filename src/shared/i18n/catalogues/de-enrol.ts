import type { frEnrol } from './fr-enrol.js';

export const deEnrol: Record<keyof typeof frEnrol, string> = {
  'enrol.title': 'Mein Kind für ein Ferienlager anmelden',
};
