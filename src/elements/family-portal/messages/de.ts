import type fr from './fr.js';

/** German messages of <family-portal>'s built-in portal. */
export default {
  'portal.tabs': 'Elternportal',
  'portal.tab.account': 'Mein Konto',
  'portal.tab.children': 'Meine Kinder',
  'portal.tab.camps': 'Ferienlager und Ferienkurse',
} satisfies Record<keyof typeof fr, string>;
