import { ChildEnrol } from './child-enrol.js';

// The CDN's entry (rollup.config.mjs takes an element's cdn.ts over its define.ts): the week picker
// and the cart come with the steps and answers that show them, when first shown, so that a page pays
// at once for the home screen only. define.ts, the npm entry, defines them at once as it always did.
export { ChildEnrol };

if (!customElements.get('child-enrol')) customElements.define('child-enrol', ChildEnrol);
