import { publicEvent } from '../../shared/events.js';

/* The events only <family-cart> dispatches; `fp-cart-changed`, which <child-enrol> dispatches too, is in shared/events.ts. */

declare global {
  interface GlobalEventHandlersEventMap {
    'fp-checkout': FpCheckoutEvent;
    'fp-paid': FpPaidEvent;
  }
}

export interface FpCheckoutDetail {
  articleId: string;
  /** Integer cents. */
  amountCents: number;
  /** ISO 4217. */
  currency: string;
  /** The requests the article pays for. */
  requestIds: string[];
}

/**
 * "Payer" was pressed. Cancelable: a host that cancels it (`preventDefault()`)
 * takes the payment over; otherwise the element sends the parent to the
 * payment provider.
 */
export class FpCheckoutEvent extends Event {
  static readonly eventName = 'fp-checkout';
  readonly detail: FpCheckoutDetail;
  constructor(detail: FpCheckoutDetail) {
    super(FpCheckoutEvent.eventName, { ...publicEvent, cancelable: true });
    this.detail = detail;
  }
}

export interface FpPaidDetail {
  articleId: string;
  requestIds: string[];
  amountCents: number;
  currency: string;
}

/** Back from the payment provider, the service recorded the article as paid. */
export class FpPaidEvent extends Event {
  static readonly eventName = 'fp-paid';
  readonly detail: FpPaidDetail;
  constructor(detail: FpPaidDetail) {
    super(FpPaidEvent.eventName, publicEvent);
    this.detail = detail;
  }
}
