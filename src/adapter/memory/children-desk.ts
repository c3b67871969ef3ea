import {
  registerChild as registerChildDecision,
  requestChildChange as requestChildChangeDecision,
  submitHealthForm as submitHealthFormDecision,
  type ChildChangeInput,
  type ChildChangeOutcome,
  type ChildRecord,
  type ChildRegistration,
  type RequestReceipt,
} from '../../domain/index.js';
import { communes, schools } from '../../demo-data/index.js';
import { childOf, decided, newRequest, pending, type Desk } from './memory-state.js';

/* The children's desk: registration, health form and change requests. */

export function registerChild(desk: Desk, input: unknown): ChildRegistration {
  const now = desk.now();
  const outcome = decided(() =>
    registerChildDecision({
      input,
      parentKnown: Boolean(desk.state.family.parent),
      children: desk.state.children,
      country: communes[desk.profile].country,
      schools: schools[desk.profile],
      now,
    }),
  );
  const receipt = newRequest(desk, 'child-registration', now);
  const childId = outcome.linkedChildId ?? `chi-${receipt.number}`;
  if (!outcome.linkedChildId)
    desk.state.children.push({
      id: childId,
      identity: outcome.identity,
      health: null,
      healthForm: 'missing',
    });
  receipt.status = 'accepted';
  receipt.history.push(...outcome.history);
  receipt.childId = childId;
  desk.state.family.requests.push(receipt);
  return { receipt, childId, linked: Boolean(outcome.linkedChildId) };
}

export function submitHealthForm(desk: Desk, childId: string, form: unknown): RequestReceipt {
  const child = childOf(desk, childId);
  const now = desk.now();
  const outcome = decided(() =>
    submitHealthFormDecision({
      input: form,
      child,
      changePending: pending(desk, 'child-change', childId),
      country: communes[desk.profile].country,
      now,
    }),
  );
  if (outcome.kind === 'change') return storeChildChange(desk, child, outcome);
  const receipt = newRequest(desk, 'health-form', now);
  receipt.childId = childId;
  receipt.history.push(...outcome.history);
  receipt.status = 'accepted';
  child.health = { form: outcome.form, confirmedAt: now.toISOString() };
  desk.state.family.requests.push(receipt);
  return receipt;
}

export function requestChildChange(desk: Desk, childId: string, input: unknown): RequestReceipt {
  const child = childOf(desk, childId);
  const outcome = decided(() =>
    requestChildChangeDecision({
      input,
      child,
      changePending: pending(desk, 'child-change', childId),
      country: communes[desk.profile].country,
      schools: schools[desk.profile],
      now: desk.now(),
    }),
  );
  return storeChildChange(desk, child, outcome);
}

function storeChildChange(desk: Desk, child: ChildRecord, outcome: ChildChangeOutcome): RequestReceipt {
  const receipt = newRequest(desk, 'child-change', desk.now());
  receipt.childId = child.id;
  receipt.history.push(...outcome.history);
  receipt.changes = outcome.changes;
  desk.state.payloads[receipt.id] = outcome.change;
  desk.state.family.requests.push(receipt);
  return receipt;
}

/** The service accepted a child's change: a new health form counts as confirmed now. */
export function applyChildChange(desk: Desk, childId: string, change: ChildChangeInput): void {
  const child = desk.state.children.find((candidate) => candidate.id === childId);
  if (!child) return;
  if (change.identity) child.identity = change.identity;
  if (change.health) child.health = { form: change.health, confirmedAt: desk.now().toISOString() };
}
