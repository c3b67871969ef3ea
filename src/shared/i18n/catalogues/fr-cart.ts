/** French messages of <family-cart> (loaded with the element's first render: see localize.ts). */
export const frCart = {
  'cart.title': 'Panier',
} as const;
