import { InvoiceListElement } from './invoice-list.js';

// `InvoiceListElement`: the domain's `InvoiceList` is the invoices' wire type.
export { InvoiceListElement };

if (!customElements.get('invoice-list')) customElements.define('invoice-list', InvoiceListElement);
