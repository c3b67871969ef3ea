import { CampUnsubscribeInputSchema, type CampEnrolmentSummary } from '../camp-enrolment.js';
import { communeText, type CommuneSettings } from '../commune.js';
import { ParentIdentitySchema, type ParentIdentity } from '../parent.js';
import { ChildChangeInputSchema, type ChildChangeInput } from '../parent-requests.js';
import {
  isCalendarRequest,
  serviceDecidedKinds,
  type RequestReceipt,
  type StatusHistoryEntry,
} from '../request.js';
import { history } from './history.js';
import { mails } from './mails.js';
import { conflictRefusal, type Mail } from './refusal.js';
import { decideUnsubscribe, type UnsubscribeDecision } from './unsubscribe.js';

/** What the service's decision on a request needs to know. */
export interface BackOfficeState {
  request: Pick<RequestReceipt, 'id' | 'kind' | 'status' | 'number'> & { payload: unknown };
  decision: 'accepted' | 'refused';
  reason: string | undefined;
  /** The family's parent, if known. */
  parent: ParentIdentity | undefined;
  accountEmail: string | undefined;
  /** For an unsubscribe request: the enrolment it is about (see `unsubscribeTarget`). */
  enrolment?: CampEnrolmentSummary | undefined;
  commune: Pick<CommuneSettings, 'name' | 'serviceName' | 'language'>;
  now: Date;
}

/** What the decision does. */
export interface BackOfficeOutcome {
  status: 'accepted' | 'refused';
  history: StatusHistoryEntry[];
  /** The parent to register, or their new details. */
  parent?: { register: ParentIdentity } | { update: ParentIdentity };
  /** The change to apply to the request's child (a new health form is confirmed `now`). */
  child?: ChildChangeInput;
  /** On the enrolment of an unsubscribe request. */
  unsubscribe?: UnsubscribeDecision & { enrolmentId: string };
  mail: Mail;
}

/** The enrolment and week an unsubscribe request is about, to load before deciding. */
export function unsubscribeTarget(payload: unknown): { requestId: string; weekId: string } {
  const { requestId, weekId } = CampUnsubscribeInputSchema.parse(payload);
  return { requestId, weekId };
}

/**
 * The service's decision on a pending request (its back office): a parent's
 * registration or change, a child's change, or an unsubscribe (a calendar
 * request: `decideCalendarRequest`). A camp
 * enrolment is settled by its payment (or its cart's deadline), not here.
 */
export function decideRequest(state: BackOfficeState): BackOfficeOutcome {
  const { request, decision, reason, commune, now } = state;
  if (request.status !== 'pending') throw conflictRefusal('request.not-pending');
  // A calendar request is settled day by day: decideCalendarRequest.
  if (!serviceDecidedKinds.includes(request.kind) || isCalendarRequest(request.kind))
    throw conflictRefusal('request.not-decided-by-service');
  const author = communeText(commune, commune.serviceName);
  const accepted = decision === 'accepted';
  let outcome: Omit<BackOfficeOutcome, 'mail'>;
  if (request.kind === 'camp-unsubscribe') {
    const { requestId, weekId } = unsubscribeTarget(request.payload);
    const unsubscribe = decideUnsubscribe(state.enrolment, weekId, decision, reason, author, now);
    outcome = {
      status: decision,
      history: unsubscribe.history,
      unsubscribe: { ...unsubscribe, enrolmentId: requestId },
    };
  } else if (!accepted) {
    const status =
      request.kind === 'parent-registration'
        ? 'registration-refused'
        : request.kind === 'child-change'
          ? 'child-change-refused'
          : 'change-refused';
    outcome = { status: decision, history: [history.refused(status, now, author, reason)] };
  } else if (request.kind === 'parent-registration') {
    const identity = ParentIdentitySchema.parse(request.payload);
    outcome = {
      status: decision,
      history: [history.registered(now, author)],
      parent: { register: identity },
    };
  } else if (request.kind === 'child-change') {
    outcome = {
      status: decision,
      history: [history.accepted('child-change-accepted', now, author)],
      child: ChildChangeInputSchema.parse(request.payload),
    };
  } else {
    const identity = ParentIdentitySchema.parse(request.payload);
    outcome = {
      status: decision,
      history: [history.accepted('change-accepted', now, author)],
      parent: { update: identity },
    };
  }
  const told =
    outcome.parent && 'register' in outcome.parent
      ? outcome.parent.register
      : outcome.parent && 'update' in outcome.parent
        ? outcome.parent.update
        : (state.parent ?? ParentIdentitySchema.parse(request.payload));
  const mail = mails.decided(
    state.accountEmail ?? told.email,
    { kind: request.kind, number: request.number, status: decision },
    outcome.history.at(-1)?.params,
    told.firstName,
    reason,
  );
  return { ...outcome, mail: { ...mail, requestId: request.id } };
}
