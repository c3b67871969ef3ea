import type { DocumentCategory } from '../../domain/index.js';
import { publicEvent } from '../../shared/events.js';

/** The events <family-documents> dispatches. */

export interface FpProofSentDetail {
  /** The document the proof became, now listed in "Mes envois". */
  documentId: string;
  /** Its kind: `medical-certificate`, `income-certificate` or `other-proof`. */
  category: DocumentCategory;
}

/** "Envoyer le justificatif": the service recorded the proof. */
export class FpProofSentEvent extends Event {
  static readonly eventName = 'fp-proof-sent';
  readonly detail: FpProofSentDetail;
  constructor(detail: FpProofSentDetail) {
    super(FpProofSentEvent.eventName, publicEvent);
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'fp-proof-sent': FpProofSentEvent;
  }
}
