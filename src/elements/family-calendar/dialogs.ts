import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { AdapterError, FamilyPortalAdapter } from '../../adapter/index.js';
import type { CalendarFeed } from '../../domain/index.js';
import type { ActionController, FocusController, LazyLocalizer } from '../../shared/controllers/index.js';
import { LazyController } from '../../shared/controllers/index.js';
import type { LocalizeController } from '../../shared/i18n/localize.js';
import type { CalendarKey } from './messages/index.js';
import type * as FeedPart from './feed-dialog.js';

/** The dialogs opened from the toolbar or a day. */
export type DialogName = 'feed';

/** What the feed dialog knows: kept here (in the host) so that a part downloaded again finds it. */
export interface FeedState {
  /** `undefined` while it is read; `null`: the family has no feed. */
  feed?: CalendarFeed | null;
  error?: AdapterError;
  /** What the last action did, said in the dialog. */
  notice?: 'created' | 'renewed' | 'revoked' | 'copied';
  /** What the last sending asked ("Réessayer" asks it again). */
  revoking?: boolean;
}

/** What a dialog part needs of the element. */
export interface DialogContext {
  i18n: LocalizeController<CalendarKey>;
  headingLevel: number;
  adapter: FamilyPortalAdapter | undefined;
  action: ActionController;
  /** The commune's, for the instants shown. */
  timeZone: string;
  update(): void;
  /** Focus goes to `[data-focus=target]` once rendered. */
  focus(target: string): void;
  close(): void;
}

/**
 * Which dialog is open, each downloaded on its first opening with its
 * messages and styles; on closing (its button or Escape), focus goes back to
 * the button that opened it.
 */
export class CalendarDialogs implements ReactiveController {
  open: DialogName | undefined;
  readonly feedState: FeedState = {};
  private opener: HTMLElement | undefined;
  private readonly feedPart: LazyController<typeof FeedPart>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    i18n: LazyLocalizer,
    private readonly focus: FocusController,
    importFeed: () => Promise<typeof FeedPart> = () => import('./feed-dialog.js'),
  ) {
    host.addController(this);
    this.feedPart = new LazyController(host, i18n, importFeed, { focus });
  }

  hostConnected(): void {}

  /** A dialog just rendered opens as a modal (focus on its `autofocus` heading). */
  hostUpdated(): void {
    const dialog = this.host.shadowRoot?.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  show(name: DialogName, opener: EventTarget | null): void {
    this.opener = opener instanceof HTMLElement ? opener : undefined;
    this.open = name;
    if (name === 'feed')
      Object.assign(this.feedState, { feed: undefined, error: undefined, notice: undefined });
    this.host.requestUpdate();
  }

  close(): void {
    this.open = undefined;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.opener?.focus());
  }

  render(context: Omit<DialogContext, 'close' | 'update' | 'focus'>) {
    if (this.open !== 'feed') return nothing;
    const full: DialogContext = {
      ...context,
      update: () => this.host.requestUpdate(),
      focus: (target) => this.focus.request(target),
      close: () => this.close(),
    };
    return this.feedPart.render(3, (part) => part.feedDialog(full, this.feedState));
  }
}
