import { ChildEnrol } from './child-enrol.js';

export { ChildEnrol };

if (!customElements.get('child-enrol')) customElements.define('child-enrol', ChildEnrol);
