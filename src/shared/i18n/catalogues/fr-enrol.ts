/** French messages of <child-enrol> (loaded with the element's first render: see localize.ts). */
export const frEnrol = {
  'enrol.title': 'Inscrire mon enfant à une plaine',
} as const;
