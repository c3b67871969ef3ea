import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fingerprint } from '../domain/fingerprint.js';
import type { Shape } from './shape.js';

// The elements compare payloads with it too: from here, beside the pending actions it keys.
export { fingerprint };

/**
 * What a parent typed, kept in sessionStorage so it survives a reload and is
 * gone when the tab closes. Never localStorage: drafts hold national numbers
 * and health data. Storage may be unavailable (privacy modes, sandboxed
 * iframes): then drafts simply are not kept.
 */
export class DraftStore<T> {
  constructor(
    private readonly key: string,
    /** What a kept draft must look like: a shape (shared/shape.ts) or a zod schema. */
    private readonly schema: Shape<T>,
  ) {}

  /** The saved draft, or undefined when there is none or it no longer has the expected shape. */
  load(): T | undefined {
    const raw = this.storage()?.getItem(this.key);
    if (!raw) return undefined;
    try {
      const parsed = this.schema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  save(draft: T): void {
    try {
      this.storage()?.setItem(this.key, JSON.stringify(draft));
    } catch {
      // Quota exceeded or storage disabled: the draft lives on in memory only.
    }
  }

  clear(): void {
    this.storage()?.removeItem(this.key);
  }

  private storage(): Storage | undefined {
    try {
      return globalThis.sessionStorage;
    } catch {
      return undefined;
    }
  }
}

/** A random idempotency key; `getRandomValues` also works outside secure contexts, unlike `randomUUID`. */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The idempotency key of one logical action, kept with the payload it was made for. */
export interface PendingAction {
  key: string;
  fingerprint: string;
}

/**
 * The key to send for `payload`: the pending one while the payload is the same
 * (a retry after a failure must replay, not act twice), a new one when the
 * parent changed what they send (reusing the key would be a mismatch).
 */
export function actionFor(payload: unknown, pending: PendingAction | undefined): PendingAction {
  const print = fingerprint(payload);
  return pending?.fingerprint === print ? pending : { key: newIdempotencyKey(), fingerprint: print };
}

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
