import {
  communeText,
  decideRequest,
  isCalendarRequest,
  unsubscribeTarget,
  type ItemDecision,
  type RequestReceipt,
  type RequestStatus,
} from '../../src/domain/index.js';
import { decideCalendar } from './calendar-office.js';
import { getCampEnrolments } from './camps.js';
import { applyChildChange } from './children.js';
import type { Db } from './db.js';
import { storeParent } from './family.js';
import { freeBookings, offerFreedPlaces } from './places.js';
import { conflict, notFound } from './problem.js';
import { decideDispute } from './invoices.js';
import {
  addHistory,
  currentParent,
  decided,
  getRequest,
  send,
  type Family,
  type ServiceOptions,
} from './requests.js';

/* The service's back office: its decision on a family's pending request. */

/**
 * The service's decision on a pending request (its back office; used by the
 * dev pages and tests); a calendar request's days may be decided one by one
 * (`items`).
 */
export async function decide(
  tx: Db,
  family: Family,
  requestId: string,
  decision: 'accepted' | 'refused',
  options: ServiceOptions,
  reason?: string,
  items?: readonly ItemDecision[],
): Promise<RequestReceipt> {
  const [row] = await tx.query<{
    kind: RequestReceipt['kind'];
    status: RequestStatus;
    number: string;
    payload: unknown;
    childId: string | null;
  }>(
    `select kind, status, number, payload, child_id as "childId" from requests
      where id = $1 and family_id = $2 for update`,
    [requestId, family.id],
  );
  if (!row) throw notFound('request.not-found');
  if (row.kind === 'invoice-dispute') {
    if (row.status !== 'pending') throw conflict('request.not-pending');
    const author = communeText(options.commune, options.commune.serviceName);
    await decideDispute(
      tx,
      family,
      { id: requestId, number: row.number, payload: row.payload },
      decision,
      author,
      reason,
      options,
    );
    return getRequest(tx, family, requestId);
  }
  if (isCalendarRequest(row.kind)) {
    await decideCalendar(tx, family, { id: requestId, ...row }, decision, options, reason, items);
    return getRequest(tx, family, requestId);
  }
  const unsubscribing = row.kind === 'camp-unsubscribe' && row.status === 'pending';
  const enrolmentId = unsubscribing ? unsubscribeTarget(row.payload).requestId : undefined;
  if (enrolmentId) await tx.query('select 1 from requests where id = $1 for update', [enrolmentId]);
  const [enrolment] = enrolmentId ? await getCampEnrolments(tx, family, enrolmentId) : [];
  const parent = await currentParent(tx, family.id);
  const at = options.now();
  const outcome = decided(() =>
    decideRequest({
      request: { id: requestId, ...row },
      decision,
      reason,
      parent,
      accountEmail: family.email,
      enrolment,
      commune: options.commune,
      now: at,
    }),
  );
  if (outcome.parent && 'register' in outcome.parent)
    await storeParent(tx, family.id, { id: requestId, number: row.number }, outcome.parent.register, at);
  else if (outcome.parent)
    await tx.query('update parents set identity = $2 where family_id = $1', [
      family.id,
      JSON.stringify(outcome.parent.update),
    ]);
  if (outcome.child && row.childId) await applyChildChange(tx, row.childId, outcome.child, at);
  await tx.query('update requests set status = $2 where id = $1', [requestId, outcome.status]);
  await addHistory(tx, requestId, outcome.history);
  const { unsubscribe } = outcome;
  if (unsubscribe) {
    await addHistory(tx, unsubscribe.enrolmentId, unsubscribe.enrolmentHistory);
    if (unsubscribe.freeDays)
      await offerFreedPlaces(
        tx,
        await freeBookings(tx, [unsubscribe.enrolmentId], unsubscribe.freeDays),
        at,
        options,
      );
  }
  await send(tx, outcome.mail, requestId, options);
  return getRequest(tx, family, requestId);
}
