import { decideRequest, unsubscribeTarget, type RequestReceipt } from '../../domain/index.js';
import { enrolmentSummaries, freePlaces, offerFreed } from './enrolments-desk.js';
import { applyChildChange } from './children-desk.js';
import { registerKnownParent } from './family-desk.js';
import { appendHistory, decided, findRequest, type CampsLoaded, type Desk } from './memory-state.js';
import { communes } from '../../demo-data/index.js';

/**
 * The service's decision on a pending request (seed 004: it accepts or
 * refuses a change; seed 001: an unsubscribe, whose places are then given back).
 */
export function decide(
  desk: Desk,
  loaded: CampsLoaded,
  requestId: string,
  decision: 'accepted' | 'refused',
  reason: string | undefined,
): RequestReceipt {
  const request = findRequest(desk, requestId);
  const payload = desk.state.payloads[request.id];
  const [enrolment] =
    request.kind === 'camp-unsubscribe' && request.status === 'pending'
      ? enrolmentSummaries(desk, loaded.camps, unsubscribeTarget(payload).requestId)
      : [];
  const outcome = decided(() =>
    decideRequest({
      request: { ...request, payload },
      decision,
      reason,
      parent: desk.state.family.parent ?? undefined,
      accountEmail: desk.state.family.account.email,
      enrolment,
      commune: communes[desk.profile],
      now: desk.now(),
    }),
  );
  request.status = outcome.status;
  request.history.push(...outcome.history);
  const { parent } = outcome;
  if (parent && 'register' in parent) registerKnownParent(desk, request, parent.register);
  else if (parent && desk.state.family.parent)
    desk.state.family.parent = { ...parent.update, id: desk.state.family.parent.id };
  if (outcome.child) applyChildChange(desk, request.childId ?? '', outcome.child);
  const { unsubscribe } = outcome;
  if (unsubscribe) {
    appendHistory(desk, [{ requestId: unsubscribe.enrolmentId, entries: unsubscribe.enrolmentHistory }]);
    if (unsubscribe.freeDays)
      offerFreed(desk, freePlaces(desk, loaded, [unsubscribe.enrolmentId], unsubscribe.freeDays));
  }
  return request;
}
