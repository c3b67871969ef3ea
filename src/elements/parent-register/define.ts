import { ParentRegister } from './parent-register.js';

export { ParentRegister };

if (!customElements.get('parent-register')) customElements.define('parent-register', ParentRegister);
