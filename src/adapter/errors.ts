import type { FieldIssue } from '../domain/index.js';

export type AdapterErrorType =
  'network' | 'timeout' | 'auth' | 'validation' | 'capacity' | 'conflict' | 'not-found' | 'server';

export interface AdapterErrorInit {
  type: AdapterErrorType;
  /** A stable, machine-readable code (`national-number.checksum`, `idempotency.mismatch`). */
  code?: string;
  /** A message safe to show; elements prefer their own translated text for `type`/`code`. */
  message?: string;
  fieldIssues?: FieldIssue[];
  retryable?: boolean;
  /** The backend's correlation id, to quote to the service. */
  requestId?: string;
  cause?: unknown;
}

const retryableByDefault: ReadonlySet<AdapterErrorType> = new Set(['network', 'timeout', 'server']);

/** The one error every adapter method rejects with. */
export class AdapterError extends Error {
  override readonly name = 'AdapterError';
  readonly type: AdapterErrorType;
  readonly code: string;
  readonly fieldIssues: readonly FieldIssue[];
  readonly retryable: boolean;
  readonly requestId: string | undefined;

  constructor(init: AdapterErrorInit) {
    super(init.message ?? init.type, init.cause === undefined ? undefined : { cause: init.cause });
    this.type = init.type;
    this.code = init.code ?? init.type;
    this.fieldIssues = init.fieldIssues ?? [];
    this.retryable = init.retryable ?? retryableByDefault.has(init.type);
    this.requestId = init.requestId;
  }

  /** Whatever an adapter call threw, as an AdapterError (an unknown throw is a server fault). */
  static from(error: unknown): AdapterError {
    if (error instanceof AdapterError) return error;
    if (error instanceof DOMException && error.name === 'TimeoutError') {
      return new AdapterError({ type: 'timeout', cause: error });
    }
    return new AdapterError({ type: 'server', code: 'unexpected', cause: error });
  }
}

/** True when the error only says the caller gave up (the element went away or asked again). */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
