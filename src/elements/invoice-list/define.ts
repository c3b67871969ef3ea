import { InvoiceList } from './invoice-list.js';

export { InvoiceList };

if (!customElements.get('invoice-list')) customElements.define('invoice-list', InvoiceList);
