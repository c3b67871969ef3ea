import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { AdapterError } from '../../adapter/index.js';
import type { FieldIssue } from '../../domain/index.js';
import { actionFor, type PendingAction } from '../draft.js';
import { FpErrorEvent } from '../events.js';
import type { LocalizeController } from '../i18n/localize.js';
import { errorPanel } from '../ui/index.js';
import type { FocusController } from './focus.js';

/** The slot of an element's main action (its form's "Envoyer", "Valider", "Payer"). */
export const mainSlot = 'main';

interface Slot {
  pending: PendingAction | undefined;
  busy: boolean;
  error: AdapterError | undefined;
}

export interface ActionOptions {
  /** Where focus goes on failure: the slot's error panel (a problem summary for field problems). */
  focus: FocusController;
  /** The operation named by `fp-error` when a sending does not name its own. */
  operation?: string;
  /** Keeps the main slot's key with the draft (across a reload): called when it changes. */
  persist?: () => void;
}

export interface SendOptions {
  /** Which action, when the element has several side by side (`waiting:<request>:<week>`); the main one by default. */
  slot?: string;
  /**
   * What is sent: the same key while it is the same (a retry replays, never
   * acts twice), a new one when the parent changed it. Without it the slot's
   * key is kept until it succeeds, whatever is sent (a creation replayed as it was).
   */
  payload?: unknown;
  /** Named by `fp-error`. */
  operation?: string;
  /** The service's field problems go back to the form, whose summary takes focus; without it they are shown as any failure. */
  fieldIssues?(issues: readonly FieldIssue[]): void;
  /** A background sending (a draft kept with the service): its failure takes no focus. */
  quiet?: boolean;
}

/**
 * Sends one logical action once: one idempotency key per slot, kept until
 * the service acknowledges it (a retry or a reload replays it), the slot busy
 * meanwhile (its button disabled and ignoring presses), and a failure told to
 * the page (`fp-error` with the operation's name) and kept for the slot's
 * error panel with "Réessayer", which takes focus. Several independent
 * actions side by side are several slots.
 */
export class ActionController implements ReactiveController {
  private readonly slots = new Map<string, Slot>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ActionOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private slot(name: string): Slot {
    let slot = this.slots.get(name);
    if (!slot) {
      slot = { pending: undefined, busy: false, error: undefined };
      this.slots.set(name, slot);
    }
    return slot;
  }

  private change(name: string, change: Partial<Slot>): void {
    Object.assign(this.slot(name), change);
    this.host.requestUpdate();
  }

  /** Whether the slot's action is being sent. */
  busy(slot = mainSlot): boolean {
    return this.slots.get(slot)?.busy ?? false;
  }

  /** The slots being sent. */
  busySlots(): string[] {
    return [...this.slots].filter(([, slot]) => slot.busy).map(([name]) => name);
  }

  /** Why the slot's last sending failed. */
  error(slot = mainSlot): AdapterError | undefined {
    return this.slots.get(slot)?.error;
  }

  /** The main slot's key not yet acknowledged, as a draft keeps it. */
  get pending(): PendingAction | undefined {
    return this.slots.get(mainSlot)?.pending;
  }

  /** Restores the main slot's key from a draft, or forgets it (`undefined`: a new action). */
  set pending(pending: PendingAction | undefined) {
    this.slot(mainSlot).pending = pending;
  }

  /** The failure of `slot` (every slot's without one) is no longer shown; the keys stay. */
  clearError(slot?: string): void {
    for (const [name, kept] of this.slots) if (slot === undefined || name === slot) kept.error = undefined;
    this.host.requestUpdate();
  }

  /**
   * Sends `act` with the slot's key. Answers `{ value }` once acknowledged,
   * undefined when it failed or the slot was already sending.
   */
  async send<T>(
    act: (idempotencyKey: string) => Promise<T>,
    { slot = mainSlot, payload, operation, fieldIssues, quiet = false }: SendOptions = {},
  ): Promise<{ value: T } | undefined> {
    const state = this.slot(slot);
    if (state.busy) return undefined;
    const pending =
      payload === undefined
        ? (state.pending ?? actionFor(slot, undefined))
        : actionFor(payload, state.pending);
    this.change(slot, { pending, busy: true, error: undefined });
    if (slot === mainSlot) this.options.persist?.();
    try {
      const value = await act(pending.key);
      this.change(slot, { pending: undefined, busy: false });
      return { value };
    } catch (caught) {
      const error = AdapterError.from(caught);
      this.change(slot, { busy: false });
      this.host.dispatchEvent(new FpErrorEvent(error, operation ?? this.options.operation ?? 'submit'));
      if (fieldIssues && error.type === 'validation' && error.fieldIssues.length > 0) {
        fieldIssues(error.fieldIssues);
        this.options.focus.request('error-summary');
        if (slot === mainSlot) this.options.persist?.();
      } else {
        this.change(slot, { error });
        if (!quiet) this.options.focus.request(errorFocusName(slot));
      }
      return undefined;
    }
  }

  /** The slot's failure with "Réessayer" (`retry`), busy while it runs; focused when it appears. */
  renderError<K extends string>(i18n: LocalizeController<K>, retry: () => void, slot = mainSlot) {
    const error = this.error(slot);
    if (!error) return nothing;
    return html`<div tabindex="-1" data-focus=${errorFocusName(slot)}>
      ${errorPanel({ i18n, error, busy: this.busy(slot), onRetry: retry })}
    </div>`;
  }
}

/** The `data-focus` name of a slot's error panel. */
function errorFocusName(slot: string): string {
  return slot === mainSlot ? 'submit-error' : `action-error-${slot}`;
}
