import type { frCart } from './fr-cart.js';

export const enCart: Record<keyof typeof frCart, string> = {
  'cart.title': 'Basket',
};
