/** French messages of <camp-week-picker> (loaded with the element's first render: see localize.ts). */
export const frPicker = {
  'picker.title': 'Semaines de plaine',
} as const;
