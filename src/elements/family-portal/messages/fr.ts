/** French messages of <family-portal>'s built-in portal: the source of its keys (they ship with it). */
export default {
  'portal.tabs': 'Portail parents',
  'portal.tab.account': 'Mon compte',
  'portal.tab.children': 'Mes enfants',
  'portal.tab.camps': 'Plaines et stages',
} as const;
