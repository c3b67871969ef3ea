import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FpSubmittedEvent } from '../../shared/events.js';

/**
 * Tells the element when a parent registered (or changed their details) with
 * `<parent-register>` on the same page, so that it reads what the service now knows.
 */
export class ParentNewsController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly onNews: () => void,
  ) {
    host.addController(this);
  }

  private readonly listener = (event: Event): void => {
    const { kind } = (event as FpSubmittedEvent).detail;
    if (kind === 'parent-registration' || kind === 'parent-change') this.onNews();
  };

  hostConnected(): void {
    document.addEventListener(FpSubmittedEvent.eventName, this.listener);
  }

  hostDisconnected(): void {
    document.removeEventListener(FpSubmittedEvent.eventName, this.listener);
  }
}
