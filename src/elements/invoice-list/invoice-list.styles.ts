import { css } from 'lit';

/**
 * Layout specific to `<invoice-list>`: cards at every width (no wide table at
 * 320 px), tables whose rows stack when the element is narrow (its own width,
 * not the screen's: it may sit in a sidebar), and print (only the statement,
 * or the invoices, without a control).
 */
export const invoiceListStyles = css`
  :host {
    container-type: inline-size;
    overflow-wrap: anywhere;
    --_success: var(--fp-color-success, #00703c);
    --_warning: var(--fp-color-warning, #8a4b00);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .sections {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-bottom: calc(var(--_space) * 2);
  }
  .sections [aria-pressed='true'] {
    background: var(--_primary);
    color: var(--fp-color-on-primary, #fff);
  }
  .balance {
    font-size: 1.25em;
    border-left: 5px solid var(--_primary);
    padding-left: calc(var(--_space) * 1.5);
  }
  .balance--overdue {
    border-left-color: var(--_error);
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 3);
    align-items: flex-end;
  }
  .filter {
    border: 0;
    padding: 0;
    margin-inline: 0;
  }
  /*
   * Wide: the running total stays in sight while the parent scrolls down the
   * list, and focus moved under it is scrolled clear of it. Narrow, it would
   * cover a third of a phone's screen: it stays in its place.
   */
  @container (min-width: 40rem) {
    .selection {
      position: sticky;
      top: 0;
      z-index: 1;
    }
    .invoices :is(input, button) {
      scroll-margin-top: 10rem;
    }
  }
  .selection {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 2);
  }
  .selection__total {
    font-weight: 700;
    margin-bottom: var(--_space);
  }
  .invoices,
  .certificates,
  .recap__invoices,
  .paid-list,
  .facts,
  .files {
    list-style: none;
    padding: 0;
    margin: 0 0 calc(var(--_space) * 2);
  }
  .invoice {
    /* A thousand invoices: those off screen are laid out when they come near it. */
    content-visibility: auto;
    contain-intrinsic-size: auto 14rem;
  }
  .invoice,
  .certificate {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 2);
  }
  .invoice--selected {
    background: var(--_surface);
    border-color: var(--_primary);
    box-shadow: inset 4px 0 0 var(--_primary);
  }
  .invoice__head {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .invoice__head .h3,
  .certificate > .h3 {
    margin: 0;
  }
  .check input {
    width: 28px;
    height: 28px;
    margin: 8px;
    accent-color: var(--_primary);
  }
  .regie {
    margin-bottom: var(--_space);
    color: var(--_muted);
  }
  .states {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-bottom: var(--_space);
  }
  .state {
    display: inline-block;
    padding: 0 var(--_space);
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
    border: 2px solid currentColor;
  }
  .state--paid {
    color: var(--_success);
  }
  .state--unpaid,
  .state--partly-paid,
  .state--disputed {
    color: var(--_warning);
  }
  .state--overdue {
    color: var(--_error);
    background: color-mix(in srgb, var(--_error) 8%, transparent);
  }
  .state--cancelled,
  .state--transferred {
    color: var(--_muted);
  }
  .state--credit-note {
    color: var(--_primary);
  }
  .overdue {
    color: var(--_error);
    font-weight: 700;
  }
  .amounts {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space);
  }
  .why {
    border-left: 5px solid var(--_border);
    padding-left: calc(var(--_space) * 1.5);
    margin-bottom: calc(var(--_space) * 2);
  }
  .why p {
    margin-bottom: var(--_space);
  }
  .recap__invoices li {
    display: flex;
    justify-content: space-between;
    flex-wrap: wrap;
    gap: var(--_space);
    border-bottom: 1px solid var(--_border);
    padding: var(--_space) 0;
  }
  .total {
    font-size: 1.2em;
    font-weight: 700;
  }
  .table {
    width: 100%;
    border-collapse: collapse;
    margin-bottom: calc(var(--_space) * 2);
  }
  .table th,
  .table td {
    text-align: left;
    vertical-align: top;
    border-bottom: 1px solid var(--_border);
    padding: var(--_space);
  }
  .table .num,
  .table .date {
    text-align: right;
    white-space: nowrap;
  }
  .table .date {
    text-align: left;
  }
  .more {
    margin-bottom: calc(var(--_space) * 2);
  }
  summary {
    cursor: pointer;
    color: var(--_primary);
    text-decoration: underline;
    padding: calc(var(--_space) * 1.25) 0;
  }
  .transfer {
    margin-bottom: calc(var(--_space) * 2);
  }
  .transfer__details div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  .transfer__details dt {
    font-weight: 700;
  }
  .transfer__details dd {
    margin: 0;
  }
  .qr {
    width: 180px;
    height: 180px;
    margin: var(--_space) 0;
  }
  .pdf {
    margin-bottom: calc(var(--_space) * 2);
  }
  .dispute {
    border-top: 1px solid var(--_border);
    margin-top: calc(var(--_space) * 2);
  }
  textarea.input {
    min-height: 6em;
    width: 100%;
  }
  /* Narrow: each row of a table stacks, each cell named by its column. */
  @container (max-width: 40rem) {
    .table thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    .table tr {
      display: block;
      border-bottom: 1px solid var(--_border);
      padding: var(--_space) 0;
    }
    .table td,
    .table th {
      display: flex;
      justify-content: space-between;
      gap: var(--_space);
      border: 0;
      padding: 2px 0;
      text-align: left;
    }
    .table td[data-label]::before {
      content: attr(data-label);
      font-weight: 700;
      flex: none;
      max-width: 50%;
    }
    .table td[data-label] {
      text-align: right;
    }
    .table .num {
      white-space: normal;
    }
  }
  /*
   * Print: what is read, not what is pressed. On the statement, only the
   * statement (its heading, balances and table); on the invoices, the balance
   * and the invoices, without filters, checkboxes, the running total nor the
   * recap. Tables print as tables whatever the element's width, their header
   * repeated on each page, no row cut in two.
   */
  @media print {
    :host {
      max-width: none;
      container-type: normal;
    }
    .no-print,
    .button,
    button,
    select,
    input,
    [part~='heading'],
    [part~='sections'],
    [part~='filters'],
    [part~='selection'],
    [part~='recap'],
    [part~='payment-notice'],
    [part~='skeleton'],
    .check,
    [role='status'] {
      display: none !important;
    }
    .invoice,
    .certificate,
    .why {
      break-inside: avoid;
    }
    .invoice {
      content-visibility: visible;
    }
    .invoice--selected {
      background: none;
      box-shadow: none;
    }
    .table {
      display: table;
    }
    .table thead {
      display: table-header-group;
      position: static;
      width: auto;
      height: auto;
      overflow: visible;
      clip: auto;
    }
    .table tfoot {
      display: table-footer-group;
    }
    .table tr {
      display: table-row;
      break-inside: avoid;
    }
    .table td,
    .table th {
      display: table-cell;
      border-bottom: 1px solid var(--_border);
      padding: 2px var(--_space);
    }
    .table td[data-label]::before {
      content: none;
    }
    .table .num {
      text-align: right;
    }
  }
`;
