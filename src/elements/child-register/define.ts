import { ChildRegister } from './child-register.js';

export { ChildRegister };

if (!customElements.get('child-register')) customElements.define('child-register', ChildRegister);
