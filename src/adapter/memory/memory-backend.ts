import type * as z from 'zod/mini';
import { fingerprint } from '../../domain/fingerprint.js';
import { AdapterError } from '../errors.js';
import { KeptRefusal, storedSchema, type Desk, type Stored } from './memory-state.js';
import {
  defaultStorage,
  delay,
  failureError,
  type MemoryAdapterOptions,
  type MemoryFailure,
  type MemoryFailureKind,
  type PendingFailure,
} from './memory-options.js';
import { seedState, type MemoryFamily, type MemoryProfile, type MemoryState } from './seed.js';
import type { WriteOptions } from '../adapter.js';

/**
 * What every operation of the memory adapter stands on: its state, seeded or
 * reloaded from storage and saved after each change, idempotent writes (a
 * repeated key replays the first answer), and the latency and failures a
 * test or a story asks for. The operations are the adapter's (memory-adapter.ts).
 */
export class MemoryBackend {
  protected readonly profile: MemoryProfile;
  protected readonly familyName: MemoryFamily;
  protected readonly options: MemoryAdapterOptions;
  protected readonly storage: Storage | null;
  protected readonly storageKey: string;
  protected readonly failures: PendingFailure[] = [];
  /** Injected failures so far, for their `requestId`. */
  private errors = 0;
  protected state: Stored;
  /** What the desks work on: always the current state. */
  protected readonly desk: Desk;

  constructor(options: MemoryAdapterOptions = {}) {
    this.options = options;
    this.profile = options.profile ?? 'be';
    this.familyName = options.family ?? 'new';
    this.storage = options.storage === undefined ? defaultStorage() : options.storage;
    this.storageKey = options.storageKey ?? `fp-memory:${this.profile}:${this.familyName}`;
    this.state = this.load() ?? this.seed();
    const current = () => this.state;
    this.desk = {
      get state() {
        return current();
      },
      profile: this.profile,
      registration: options.registration === 'review' ? 'review' : 'automatic',
      now: () => new Date(this.now()),
    };
    for (const failure of options.failures ?? []) this.failNext(failure.kind, failure);
  }

  // ——— demo and test controls ———

  /** The next matching call(s) fail with `kind`, as a real backend or network would. */
  failNext(kind: MemoryFailureKind, options: Omit<MemoryFailure, 'kind'> = {}): void {
    this.failures.push({
      kind,
      operation: options.operation ?? 'any',
      times: options.times ?? 1,
      afterCommit: options.afterCommit ?? false,
      ...(options.fieldIssues ? { fieldIssues: options.fieldIssues } : {}),
    });
  }

  /** Back to the seeded demo data. */
  reset(): void {
    this.failures.length = 0;
    try {
      this.storage?.removeItem(this.storageKey);
    } catch {
      // Storage unavailable: the state lived in memory only.
    }
    this.state = this.seed();
  }
  // ——— for the operations ———

  private seed(): Stored {
    const seeded: MemoryState = seedState(this.profile, this.familyName, new Date(this.now()));
    const { accountEmail } = this.options;
    if (accountEmail === null) seeded.family.account = {};
    else if (accountEmail !== undefined) seeded.family.account.email = accountEmail;
    return { ...seeded, payloads: {}, idempotency: {} };
  }

  private load(): Stored | undefined {
    try {
      const raw = this.storage?.getItem(this.storageKey);
      if (!raw) return undefined;
      const parsed = storedSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  protected save(): void {
    try {
      this.storage?.setItem(this.storageKey, JSON.stringify(this.state));
    } catch {
      // Quota or privacy mode: the demo goes on in memory.
    }
  }

  protected now(): string {
    return (this.options.now?.() ?? new Date()).toISOString();
  }

  /** Runs a write with idempotency: a repeated key replays the first answer, never acts twice. */
  protected async write<T>(
    payload: unknown,
    { idempotencyKey, signal }: WriteOptions,
    act: () => T,
    schema: z.ZodMiniType<T>,
  ): Promise<T> {
    const failure = await this.answer('write', signal);
    const print = fingerprint(payload);
    const known = this.state.idempotency[idempotencyKey];
    let answer: unknown;
    if (known) {
      if (known.fingerprint !== print) {
        throw new AdapterError({ type: 'conflict', code: 'idempotency.mismatch', retryable: false });
      }
      // The first answer, as a server replays it.
      answer = known.answer;
    } else {
      const before = structuredClone(this.state);
      try {
        answer = structuredClone(act());
      } catch (error) {
        if (!(error instanceof KeptRefusal)) {
          this.state = before;
          throw error;
        }
        // What was done before the refusal stays; the key stays free (a retry answers the same refusal).
        this.save();
        throw failure ?? error.error;
      }
      this.state.idempotency[idempotencyKey] = { fingerprint: print, answer };
      this.save();
    }
    if (failure) throw failure;
    return schema.parse(structuredClone(answer));
  }

  /**
   * Waits the latency, then throws the injected failure due now, if any. A
   * write failing after commit is returned instead, to be thrown once recorded.
   */
  protected async answer(
    operation: 'read' | 'write',
    signal: AbortSignal | undefined,
  ): Promise<AdapterError | undefined> {
    const latency =
      operation === 'write'
        ? (this.options.writeLatency ?? this.options.latency ?? 0)
        : (this.options.latency ?? 0);
    await delay(latency, signal);
    const index = this.failures.findIndex(
      (failure) => failure.operation === 'any' || failure.operation === operation,
    );
    const failure = this.failures[index];
    if (!failure) return undefined;
    failure.times -= 1;
    if (failure.times <= 0) this.failures.splice(index, 1);
    this.errors += 1;
    const error = failureError(failure, `mem-${String(this.errors).padStart(6, '0')}`);
    if (operation === 'write' && failure.afterCommit) return error;
    throw error;
  }
}
