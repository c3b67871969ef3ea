import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DraftStore } from '../draft.js';
import type { Shape } from '../shape.js';

/**
 * What a parent typed on one screen, kept in sessionStorage under a key the
 * host computes when it is needed (its `draft-key` attribute, a child's id),
 * so that it survives a reload and goes on success or abandon.
 */
export class DraftController<T> implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly key: () => string,
    private readonly schema: Shape<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private get store(): DraftStore<T> {
    return new DraftStore(this.key(), this.schema);
  }

  /** The draft kept, or undefined (none, or no longer of the expected shape). */
  load(): T | undefined {
    return this.store.load();
  }

  save(draft: T): void {
    this.store.save(draft);
  }

  clear(): void {
    this.store.clear();
  }
}

/** Drafts of the same shape, one per record (a child's health form): `for(id)` is the record's. */
export class DraftsController<T> implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly key: (id: string) => string,
    private readonly schema: Shape<T>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  for(id: string): DraftStore<T> {
    return new DraftStore(this.key(id), this.schema);
  }

  /** The record's draft kept, or undefined (none, or no longer of the expected shape). */
  load(id: string): T | undefined {
    return this.for(id).load();
  }

  /** Whether a draft is kept for the record. */
  has(id: string): boolean {
    return this.load(id) !== undefined;
  }

  save(id: string, draft: T): void {
    this.for(id).save(draft);
  }

  clear(id: string): void {
    this.for(id).clear();
  }
}
