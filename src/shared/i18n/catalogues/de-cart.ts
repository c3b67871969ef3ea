import type { frCart } from './fr-cart.js';

export const deCart: Record<keyof typeof frCart, string> = {
  'cart.title': 'Warenkorb',
};
