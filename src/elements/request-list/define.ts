import { RequestListElement } from './request-list.js';

// `RequestListElement`: the tag's class (`RequestReceipt` is the domain's request type).
export { RequestListElement };

if (!customElements.get('request-list')) customElements.define('request-list', RequestListElement);
