import { FamilyCart } from './family-cart.js';

export { FamilyCart };

if (!customElements.get('family-cart')) customElements.define('family-cart', FamilyCart);
