import {
  registerParent as registerParentDecision,
  requestParentChange as requestParentChangeDecision,
  type ParentIdentity,
  type RequestReceipt,
} from '../../domain/index.js';
import { communes } from '../../demo-data/index.js';
import { decided, newRequest, pending, type Desk } from './memory-state.js';

/* The parent's desk: registration and change requests (the service's decision is in `decide`). */

export function registerParent(desk: Desk, input: unknown): RequestReceipt {
  const { family } = desk.state;
  const now = desk.now();
  const outcome = decided(() =>
    registerParentDecision({
      input,
      parentKnown: Boolean(family.parent),
      registrationPending: pending(desk, 'parent-registration'),
      commune: communes[desk.profile],
      accountEmail: family.account.email,
      mode: desk.registration,
      now,
    }),
  );
  const receipt = newRequest(desk, 'parent-registration', now);
  receipt.history.push(...outcome.history);
  desk.state.payloads[receipt.id] = outcome.identity;
  if (outcome.accepted) {
    receipt.status = 'accepted';
    registerKnownParent(desk, receipt, outcome.identity);
  }
  family.requests.push(receipt);
  return receipt;
}

/**
 * The parent becomes known. The account stays as the session gives it: when it
 * has no e-mail, the parent's typed e-mail stays theirs to change later.
 */
export function registerKnownParent(
  desk: Desk,
  registration: RequestReceipt,
  identity: ParentIdentity,
): void {
  desk.state.family.parent = { ...identity, id: `par-${registration.number}` };
}

export function requestParentChange(desk: Desk, input: unknown): RequestReceipt {
  const { family } = desk.state;
  const now = desk.now();
  const outcome = decided(() =>
    requestParentChangeDecision({
      input,
      parent: family.parent ?? undefined,
      changePending: pending(desk, 'parent-change'),
      commune: communes[desk.profile],
      accountEmail: family.account.email,
      now,
    }),
  );
  const receipt = newRequest(desk, 'parent-change', now);
  receipt.history.push(...outcome.history);
  receipt.changes = outcome.changes;
  desk.state.payloads[receipt.id] = outcome.identity;
  family.requests.push(receipt);
  return receipt;
}
