import type * as z from 'zod/mini';
import { checkedInput, Refusal, type FieldIssue, type FieldIssueCode } from '../../src/domain/index.js';

/** The `AdapterError` types; the last segment of a problem's `type` URI is one of them. */
export type ProblemType = 'validation' | 'auth' | 'not-found' | 'conflict' | 'capacity' | 'server';

const titles: Record<ProblemType, string> = {
  validation: 'Some details are not valid',
  auth: 'Not signed in, or not allowed',
  'not-found': 'Not found',
  conflict: 'In conflict with what the service already has',
  capacity: 'No places left',
  server: 'The service ran into a problem',
};

/** An RFC 9457 problem the server answers with (see api/README.md). */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly type: ProblemType,
    readonly code: string,
    readonly fieldIssues?: FieldIssue[],
    detail?: string,
  ) {
    super(detail ?? titles[type]);
  }

  body(requestId: string) {
    return {
      type: `https://family-portal.example/problems/${this.type}`,
      title: titles[this.type],
      status: this.status,
      ...(this.message !== titles[this.type] ? { detail: this.message } : {}),
      code: this.code,
      requestId,
      ...(this.fieldIssues ? { fieldIssues: this.fieldIssues } : {}),
    };
  }
}

/**
 * A refusal after which what the transaction did is kept: it commits, then
 * the problem is answered (a payment taken for an article no longer payable
 * stays recorded, for the service to refund). The Idempotency-Key stays free,
 * and a retry answers the same refusal.
 */
export class KeptProblem extends Problem {}

export const invalid = (fieldIssues: FieldIssue[], code = 'validation.failed') =>
  new Problem(422, 'validation', code, fieldIssues);
export const notFound = (code: string) => new Problem(404, 'not-found', code);

/** `input` as `schema` reads it, or a 422 naming each field that does not fit (`formats`: a field's own code). */
export const checked = <T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  formats?: Readonly<Record<string, FieldIssueCode>>,
): T => decided(() => checkedInput(schema, input, formats));

/** A domain refusal as the problem the server answers. */
export function problemOf(refusal: Refusal): Problem {
  if (refusal.type === 'validation') return invalid(refusal.fieldIssues ?? [], refusal.code);
  return refusal.type === 'conflict' ? conflict(refusal.code) : notFound(refusal.code);
}

/** Runs a decision: its refusal becomes a problem. */
export function decided<T>(decide: () => T): T {
  try {
    return decide();
  } catch (error) {
    throw error instanceof Refusal ? problemOf(error) : error;
  }
}

export const conflict = (code: string) => new Problem(409, 'conflict', code);
export const keptConflict = (code: string) => new KeptProblem(409, 'conflict', code);
export const unauthenticated = (code = 'session.missing') => new Problem(401, 'auth', code);
