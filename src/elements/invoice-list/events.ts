import { publicEvent } from '../../shared/events.js';

/*
 * The events <invoice-list> dispatches. They share their names with the
 * cart's (`fp-checkout`, `fp-paid`: a host listens for payments once), with
 * the invoices' details; tell them apart by class (`instanceof`) or by
 * `detail.invoiceIds`.
 */

export interface FpInvoiceCheckoutDetail {
  /** The invoices paid together. */
  invoiceIds: string[];
  /** Integer cents. */
  amountCents: number;
  /** ISO 4217. */
  currency: string;
  /** Where the payment provider takes the parent. */
  redirectUrl: string;
}

/**
 * "Payer" was pressed and the payment started. Cancelable: a host that
 * cancels it (`preventDefault()`) takes the parent to `redirectUrl` itself;
 * otherwise the element does.
 */
export class FpInvoiceCheckoutEvent extends Event {
  static readonly eventName = 'fp-checkout';
  readonly detail: FpInvoiceCheckoutDetail;
  constructor(detail: FpInvoiceCheckoutDetail) {
    super(FpInvoiceCheckoutEvent.eventName, { ...publicEvent, cancelable: true });
    this.detail = detail;
  }
}

export interface FpInvoicePaidDetail {
  invoiceIds: string[];
  amountCents: number;
  currency: string;
  /** The family's balance after the payment (negative: a credit). */
  balanceCents: number;
}

/** Back from the payment provider, the service recorded the invoices as paid. */
export class FpInvoicePaidEvent extends Event {
  static readonly eventName = 'fp-paid';
  readonly detail: FpInvoicePaidDetail;
  constructor(detail: FpInvoicePaidDetail) {
    super(FpInvoicePaidEvent.eventName, publicEvent);
    this.detail = detail;
  }
}
