import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FpSubmittedEvent } from '../../shared/events.js';

/**
 * Tells the element when another element of the page recorded a request
 * (`fp-submitted`: a change of details, a booking, an absence, a dispute…),
 * so that the list shows it, with the history it starts with.
 */
export class FamilyNewsController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly onNews: () => void,
  ) {
    host.addController(this);
  }

  private readonly listener = (): void => this.onNews();

  hostConnected(): void {
    document.addEventListener(FpSubmittedEvent.eventName, this.listener);
  }

  hostDisconnected(): void {
    document.removeEventListener(FpSubmittedEvent.eventName, this.listener);
  }
}
