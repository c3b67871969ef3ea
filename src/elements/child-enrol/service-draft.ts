import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FamilyPortalAdapter } from '../../adapter/index.js';
import type { EnrolmentDraftInput } from '../../domain/index.js';
import { ActionController, type FocusController } from '../../shared/controllers/index.js';
import { fingerprint } from '../../shared/draft.js';
import type { Wizard } from './enrol-model.js';
import { draftInput } from './wizard.js';

export interface ServiceDraftOptions {
  adapter(): FamilyPortalAdapter | undefined;
  /** The enrolment in progress, if any. */
  wizard(): Wizard | undefined;
  /** The service gave the enrolment in progress its tracking code. */
  coded(trackingCode: string): void;
  focus: FocusController;
}

/**
 * Keeps the enrolment in progress with the service, in the background: a
 * tracking code the first time (a retry replays the same creation, never a
 * second code), then each save one after the other. A failure loses nothing:
 * the page keeps the enrolment, the next step tries again.
 */
export class ServiceDraftController implements ReactiveController {
  /** The draft's creation and its saves, each slot with its key; a failure takes no focus. */
  private readonly actions: ActionController;
  /** The draft's creation, replayed as it was (its key in `actions`) until the service answers. */
  private creation: EnrolmentDraftInput | undefined;
  /** The saves of the draft, one after the other. */
  private queue: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly options: ServiceDraftOptions,
  ) {
    host.addController(this);
    this.actions = new ActionController(host, { focus: options.focus, operation: 'save-draft' });
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** The tracking code is being asked for. */
  get saving(): boolean {
    return this.actions.busy('create');
  }

  /** The last save of the draft failed: the page keeps it, the next step tries again. */
  get failed(): boolean {
    return this.actions.error('create') !== undefined || this.actions.error('save') !== undefined;
  }

  /** A new enrolment: its creation is a new one. */
  restart(): void {
    this.creation = undefined;
  }

  /** Keeps the enrolment in progress with the service, after the saves asked for before. */
  save(): Promise<void> {
    this.queue = this.queue.then(() => this.saveNow());
    return this.queue;
  }

  /** The days chosen reach the service's draft a moment after the last change, not at each tick. */
  saveSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), 800);
  }

  /** A save planned with `saveSoon` is not made (a step's own save follows). */
  cancelSoon(): void {
    clearTimeout(this.timer);
  }

  /** No save left under way: one would bring the draft back after the service closed it. */
  async settled(): Promise<void> {
    clearTimeout(this.timer);
    await this.queue;
  }

  private async saveNow(): Promise<void> {
    const adapter = this.options.adapter();
    const wizard = this.options.wizard();
    if (!adapter || !wizard) return;
    if (!wizard.trackingCode) {
      // Created once: a retry replays the same creation, never a second tracking code.
      const input = (this.creation ??= draftInput(wizard));
      const created = await this.actions.send(
        (idempotencyKey: string) => adapter.saveEnrolmentDraft(input, { idempotencyKey }),
        { slot: 'create', payload: input, quiet: true },
      );
      if (!created) return;
      this.creation = undefined;
      // Validated or abandoned meanwhile: nothing more to keep.
      if (!this.options.wizard()) return;
      const trackingCode = created.value.trackingCode;
      this.options.coded(trackingCode);
      const coded = this.options.wizard();
      if (!coded || fingerprint({ ...input, trackingCode }) === fingerprint(draftInput(coded))) return;
    }
    const current = this.options.wizard();
    if (!current) return;
    const input = draftInput(current);
    await this.actions.send(
      (idempotencyKey: string) => adapter.saveEnrolmentDraft(input, { idempotencyKey }),
      { slot: 'save', payload: input, quiet: true },
    );
  }
}
