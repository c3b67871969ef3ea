// The npm entry defines the elements <child-enrol> composes at once, as it always did: a page that
// imports it may use <camp-week-picker> and <family-cart> on their own (the CDN entry is cdn.ts).
import '../camp-week-picker/define.js';
import '../family-cart/define.js';
import { ChildEnrol } from './child-enrol.js';

export { ChildEnrol };

if (!customElements.get('child-enrol')) customElements.define('child-enrol', ChildEnrol);
