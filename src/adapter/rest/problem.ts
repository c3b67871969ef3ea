import { FieldIssueSchema, type FieldIssue } from '../../domain/index.js';
import { AdapterError, type AdapterErrorType } from '../errors.js';

const types: readonly string[] = [
  'network',
  'timeout',
  'auth',
  'validation',
  'capacity',
  'conflict',
  'not-found',
  'server',
] satisfies AdapterErrorType[];

/** The type a status means when no problem document says better (a proxy answered, not the server). */
function typeOfStatus(status: number): AdapterErrorType {
  if ([400, 413, 415, 422].includes(status)) return 'validation';
  if (status === 401 || status === 403) return 'auth';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  return 'server';
}

/** A non-empty string of the body, bounded: the server's words are shown as text, never trusted further. */
function text(body: Record<string, unknown>, key: string, max = 500): string | undefined {
  const value = Object.hasOwn(body, key) ? body[key] : undefined;
  return typeof value === 'string' && value ? value.slice(0, max) : undefined;
}

/**
 * An error answer as an `AdapterError`: the RFC 9457 problem document when
 * there is one (the last segment of `type` is the error type), the status
 * otherwise. Invalid field issues are dropped; the request id comes from the
 * body, else the `X-Request-Id` answer header, else the one sent.
 */
export function problemError(
  status: number,
  data: unknown,
  requestId: string,
  cause?: unknown,
): AdapterError {
  const body = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const named = text(body, 'type')
    ?.replace(/[?#].*$/, '')
    .split('/')
    .filter(Boolean)
    .pop();
  const type = named && types.includes(named) ? (named as AdapterErrorType) : typeOfStatus(status);
  const code = text(body, 'code', 200);
  const listed = Object.hasOwn(body, 'fieldIssues') ? body.fieldIssues : undefined;
  const issues: unknown[] = Array.isArray(listed) ? listed : [];
  const fieldIssues = issues.flatMap((issue): FieldIssue[] => {
    const parsed = FieldIssueSchema.safeParse(issue);
    return parsed.success ? [parsed.data] : [];
  });
  return new AdapterError({
    type,
    ...(code ? { code } : {}),
    message: text(body, 'detail') ?? text(body, 'title') ?? type,
    fieldIssues,
    // The first request with this key is still running: the same request, a moment later, gets its answer.
    ...(code === 'idempotency.in-progress' ? { retryable: true } : {}),
    requestId: text(body, 'requestId', 200) ?? requestId,
    cause,
  });
}
