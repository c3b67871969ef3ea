import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Layout } from './calendar-view.js';

/** Below this width (in CSS pixels) the month is a list of days: never a 31-column grid on a phone. */
const narrowWidth = 720;

/** The month's layout as the element's width allows: a grid wide, a list of days narrow. */
export class LayoutController implements ReactiveController {
  layout: Layout = 'month';
  private readonly observer = new ResizeObserver(([entry]) => {
    const layout = (entry?.contentRect.width ?? narrowWidth) < narrowWidth ? 'days' : 'month';
    // Next frame: a layout changed within the observer's callback would loop.
    if (layout !== this.layout)
      requestAnimationFrame(() => {
        this.layout = layout;
        this.changed();
        this.host.requestUpdate();
      });
  });

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly changed: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }
}
