import type { frCart } from './fr-cart.js';

export const nlCart: Record<keyof typeof frCart, string> = {
  'cart.title': 'Winkelmandje',
};
