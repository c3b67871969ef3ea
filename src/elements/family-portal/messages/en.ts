import type fr from './fr.js';

/** English messages of <family-portal>'s built-in portal. */
export default {
  'portal.tabs': 'Parent portal',
  'portal.tab.account': 'My account',
  'portal.tab.children': 'My children',
  'portal.tab.camps': 'Holiday camps',
} satisfies Record<keyof typeof fr, string>;
