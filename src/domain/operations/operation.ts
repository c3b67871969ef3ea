import type * as z from 'zod/mini';
import type { AttachmentMediaType } from '../attachment-rules.js';
import type { FieldIssueCode } from '../field-issue.js';

/**
 * One operation of the backend contract, declared once: the REST adapter, the
 * server's routing and validation, the OpenAPI document, `<family-portal>`'s
 * lazy adapter and the contract suite all read it.
 *
 * `call` turns the adapter method's arguments (before its options) into the
 * path parameters and the body: `joinWaitingList(requestId, weekId)` is
 * `POST /camp-enrolments/{requestId}/waiting-list` with `{ weekId }`.
 */
export interface OperationSpec {
  readonly feature: Feature;
  /** Under the API base, with `{name}` path parameters. */
  readonly path: string;
  /** What the operation does, for the OpenAPI document. */
  readonly summary: string;
  /** The request's parts from the method's arguments. */
  readonly call: (...args: never[]) => {
    params?: Record<string, string>;
    query?: Record<string, string>;
    body?: unknown;
  };
  /** The query's schema (`?from=…&to=…`): the server refuses (422) any other query. */
  readonly query?: z.ZodMiniType | undefined;
  /** The body's schema: the server refuses (422) any other body. Writes without one send `{}`. */
  readonly body?: z.ZodMiniType | undefined;
  /** A field's own code when the body's schema refuses it (`{ returnUrl: 'required' }`). */
  readonly formats?: Readonly<Record<string, FieldIssueCode>> | undefined;
  /**
   * `domain`: the server's handler checks the body with the domain's own rules
   * (they name fields and codes as the forms show them), after the size and
   * JSON checks; the schema then only documents it.
   */
  readonly check?: 'domain' | undefined;
  /** The answer's schema: the REST adapter checks every answer with it. */
  readonly answer: z.ZodMiniType;
  /** The adapter method resolves with nothing (the answer is only checked). */
  readonly empty?: boolean | undefined;
  /** `false`: a POST that changes nothing (a preview): sent without an idempotency key, answered 200. */
  readonly idempotent?: false | undefined;
  /**
   * The answer is a file of one of these types (not JSON): the adapter
   * resolves with its bytes, type and name (`Content-Disposition`), checked
   * by `answer`.
   */
  readonly download?: readonly AttachmentMediaType[] | undefined;
  /** The body is one file, sent as `multipart/form-data` (field `file`); its own size and type rules apply. */
  readonly upload?: true | undefined;
  /** Not signed in is fine (the commune's public settings). */
  readonly public?: boolean | undefined;
  /** When it answers 404 (another family's ids are not found, never forbidden). */
  readonly notFound?: string | undefined;
  /** Its own 409 codes and what each means (beyond the idempotency key's). */
  readonly conflicts?: Readonly<Record<string, string>> | undefined;
}

export type Operation = OperationSpec & { readonly method: 'get' | 'post' };

/** The adapter's features: a backend may offer some only (a commune without camps). */
export type Feature =
  | 'family'
  | 'children'
  | 'camps'
  | 'cart'
  | 'calendar'
  | 'attachments'
  | 'invoices'
  | 'messages'
  | 'documents';

/** Reads answer 200 and change nothing. */
export const read = <const Spec extends Omit<OperationSpec, 'body' | 'formats' | 'check'>>(spec: Spec) => ({
  ...spec,
  method: 'get' as const,
});

/**
 * Writes change the family's state: POST with an `Idempotency-Key` (one per
 * logical action, replayed for 24 h), answered 201.
 */
export const write = <const Spec extends OperationSpec>(spec: Spec) => ({ ...spec, method: 'post' as const });

/** A POST that computes without changing anything (a preview): no idempotency key, answered 200. */
export const compute = <const Spec extends OperationSpec>(spec: Spec) => ({
  ...spec,
  method: 'post' as const,
  idempotent: false as const,
});

/** What the adapter options of a read or a write are. */
export interface ReadOptions {
  /** Aborts the read when the element no longer needs the answer. */
  signal?: AbortSignal;
}

/**
 * Options of every state-changing call. One idempotency key per logical action,
 * kept by the element until it succeeds (also across a reload): the backend
 * answers a repeated key with the first answer instead of acting twice.
 */
export interface WriteOptions extends ReadOptions {
  idempotencyKey: string;
}

type AnswerOf<O> = O extends { empty: true }
  ? void
  : O extends { answer: z.ZodMiniType<infer Answer> }
    ? Answer
    : never;
type ArgsOf<O> = O extends { call: (...args: infer Args) => unknown } ? Args : never;

/** The adapter method of an operation: its arguments, then its options. */
export type MethodOf<O> = O extends { method: 'get' } | { idempotent: false }
  ? (...args: [...ArgsOf<O>, options?: ReadOptions]) => Promise<AnswerOf<O>>
  : (...args: [...ArgsOf<O>, options: WriteOptions]) => Promise<AnswerOf<O>>;

/** The adapter methods of a table of operations (their documentation follows them). */
export type MethodsOf<Table> = { [Name in keyof Table]: MethodOf<Table[Name]> };

/** `/camps/{campId}` → `/camps/:campId`, for routers. */
export const routePath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/** The path with its parameters filled in, each encoded. */
export const fillPath = (path: string, params: Readonly<Record<string, string>> = {}) =>
  path.replace(/\{(\w+)\}/g, (_whole, name: string) => encodeURIComponent(params[name] ?? ''));
