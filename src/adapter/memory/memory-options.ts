import type { FieldIssue } from '../../domain/index.js';
import { AdapterError } from '../errors.js';
import type { Camp } from '../../domain/index.js';
import type { MemoryFamily, MemoryProfile } from './seed.js';

/* The memory adapter's options, and the failures and latency it fakes on demand. */

export type MemoryFailureKind = 'network' | 'timeout' | 'server' | 'validation';

export interface MemoryFailure {
  kind: MemoryFailureKind;
  /** Which calls fail: reads (`getFamily`…), writes (`registerParent`…), or the next call of either. */
  operation?: 'read' | 'write' | 'any';
  /** How many calls in a row fail. */
  times?: number;
  /** For `validation`: the problems the server reports. */
  fieldIssues?: FieldIssue[];
  /** For writes: the server records the request, then the answer is lost (a retry must not record it twice). */
  afterCommit?: boolean;
}

export interface MemoryAdapterOptions {
  /** The demo commune: `be` (Belgian, national number required) or `fr` (French, none). */
  profile?: MemoryProfile;
  /** The demo account signed in. */
  family?: MemoryFamily;
  /** Overrides the account's e-mail; `null`: the session gives none, so the parent types it. */
  accountEmail?: string | null;
  /** Delay of every answer, in milliseconds. */
  latency?: number;
  /** Delay of writes; defaults to `latency`. */
  writeLatency?: number;
  /** Where the state is kept: sessionStorage by default (a reload keeps it), `null` for memory only. */
  storage?: Storage | null;
  storageKey?: string;
  /** The clock, for deterministic tests. */
  now?: () => Date;
  /**
   * The commune's camps instead of the demo's (dated from the clock): their
   * places are seeded as the demo's are (see `seedCampPlaces`).
   */
  camps?: readonly Camp[];
  /** Failures injected from the start (stories); see `failNext`. */
  failures?: MemoryFailure[];
  /** `automatic`: a registration is accepted at once; `review`: it waits for `decide()`. */
  registration?: 'automatic' | 'review';
}

export type PendingFailure = Required<Omit<MemoryFailure, 'fieldIssues'>> &
  Pick<MemoryFailure, 'fieldIssues'>;

export function failureError({ kind, fieldIssues }: MemoryFailure, requestId: string): AdapterError {
  switch (kind) {
    case 'network':
      return new AdapterError({ type: 'network', code: 'network.unreachable' });
    case 'timeout':
      return new AdapterError({ type: 'timeout', code: 'timeout' });
    case 'validation':
      return new AdapterError({
        type: 'validation',
        code: 'validation.failed',
        fieldIssues: fieldIssues ?? [{ field: 'address.postcode', code: 'postcode.format' }],
        requestId,
      });
    default:
      return new AdapterError({ type: 'server', code: 'server.error', requestId });
  }
}

export function defaultStorage(): Storage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null;
  }
}

export function delay(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason as Error);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason as Error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
