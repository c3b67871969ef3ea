import type * as z from 'zod/mini';
import type { MailCode, MailParams } from '../mail-texts/index.js';
import { schemaIssues, type FieldIssue, type FieldIssueCode } from '../field-issue.js';

/** How a decision says no: the memory adapter maps it to an `AdapterError`, the server to its problem. */
export type RefusalType = 'conflict' | 'not-found' | 'validation';

/** A decision's refusal, as a domain value: no adapter or HTTP type needed to make or read it. */
export class Refusal extends Error {
  constructor(
    readonly type: RefusalType,
    readonly code: string,
    readonly fieldIssues?: FieldIssue[],
  ) {
    super(code);
    this.name = 'Refusal';
  }
}

export const conflictRefusal = (code: string) => new Refusal('conflict', code);
export const notFoundRefusal = (code: string) => new Refusal('not-found', code);
export const invalidRefusal = (fieldIssues: FieldIssue[]) =>
  new Refusal('validation', 'validation.failed', fieldIssues);

/** `input` as `schema` reads it, or a validation refusal naming each field that does not fit (`formats`: a field's own code). */
export function checkedInput<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  formats?: Readonly<Record<string, FieldIssueCode>>,
): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalidRefusal(schemaIssues(parsed.error, formats));
  return parsed.data;
}

/**
 * An e-mail the service sends (the reference server's outbox; the demo backend
 * has none): which one and what it says, worded in the family's language when
 * sent (`renderMail`).
 */
export interface MailMessage {
  /** None known: nothing is sent. */
  to: string | undefined;
  code: MailCode;
  params: MailParams;
}

/** An e-mail about a request. */
export interface Mail extends MailMessage {
  requestId: string;
}
