import type fr from './fr.js';

/** Dutch messages of <family-portal>'s built-in portal. */
export default {
  'portal.tabs': 'Ouderportaal',
  'portal.tab.account': 'Mijn account',
  'portal.tab.children': 'Mijn kinderen',
  'portal.tab.camps': 'Speelpleinen en kampen',
} satisfies Record<keyof typeof fr, string>;
