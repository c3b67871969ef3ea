import type { AdapterError, AdapterErrorType } from '../adapter/index.js';
import type { Cart, RequestKind, RequestReceipt } from '../domain/index.js';

/**
 * Public events bubble and cross shadow roots so that a host page can listen
 * on any ancestor. The events of one element are in its folder (`events.ts`);
 * those here are dispatched by several.
 */
export const publicEvent = { bubbles: true, composed: true } as const;

export interface FpSubmittedDetail {
  kind: RequestKind;
  requestId: string;
  requestNumber: string;
  trackingCode: string;
  /** For requests about a child: which one. */
  childId?: string;
  /** For a child's registration: the service already knew the child and linked them to the family. */
  linked?: boolean;
}

/** A request was accepted by the backend. */
export class FpSubmittedEvent extends Event {
  static readonly eventName = 'fp-submitted';
  readonly detail: FpSubmittedDetail;
  constructor(detail: FpSubmittedDetail) {
    super(FpSubmittedEvent.eventName, publicEvent);
    this.detail = detail;
  }

  /** The event for a recorded request, with what else the element knows of it. */
  static of(
    receipt: RequestReceipt,
    extra: Pick<FpSubmittedDetail, 'childId' | 'linked'> = {},
  ): FpSubmittedEvent {
    return new FpSubmittedEvent({
      kind: receipt.kind,
      requestId: receipt.id,
      requestNumber: receipt.number,
      trackingCode: receipt.trackingCode,
      ...extra,
    });
  }
}

export interface FpErrorDetail {
  type: AdapterErrorType;
  code: string;
  message: string;
  retryable: boolean;
  requestId?: string | undefined;
  /** What the element was doing: `load`, `submit` … */
  operation: string;
}

/** The backend failed; the element shows the error with a way to retry. For the host's logs. */
export class FpErrorEvent extends Event {
  static readonly eventName = 'fp-error';
  readonly detail: FpErrorDetail;
  constructor(error: AdapterError, operation: string) {
    super(FpErrorEvent.eventName, publicEvent);
    this.detail = {
      type: error.type,
      code: error.code,
      message: error.message,
      retryable: error.retryable,
      requestId: error.requestId,
      operation,
    };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fp-submitted': FpSubmittedEvent;
    'fp-error': FpErrorEvent;
    'fp-cart-changed': FpCartChangedEvent;
  }
}

export interface FpCartChangedDetail {
  /** Unpaid articles left in the cart. */
  articleCount: number;
  /** What is left to pay, in integer cents ("PANIER (77 €)"). */
  totalCents: number;
  currency: string;
}

/** The cart changed (an article added by closing, removed, paid or released at its deadline): a cart badge or a list refreshes. */
export class FpCartChangedEvent extends Event {
  static readonly eventName = 'fp-cart-changed';
  readonly detail: FpCartChangedDetail;
  constructor(detail: FpCartChangedDetail) {
    super(FpCartChangedEvent.eventName, publicEvent);
    this.detail = detail;
  }

  /** The event for the cart as it now is. */
  static of(cart: Cart): FpCartChangedEvent {
    return new FpCartChangedEvent({
      articleCount: cart.articles.length,
      totalCents: cart.totalCents,
      currency: cart.currency,
    });
  }
}
