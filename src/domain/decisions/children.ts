import { communeDay } from '../camp.js';
import type { ChildIdentity, SchoolSite } from '../child.js';
import type { Country } from '../commune.js';
import { findSameChild, type ChildRecord } from '../family.js';
import {
  checkChildChange,
  checkChildRegistration,
  checkHealthFormInput,
  diffChild,
  type ChildChangeInput,
} from '../parent-requests.js';
import type { HealthForm } from '../health.js';
import type { FieldChange, StatusHistoryEntry } from '../request.js';
import { history } from './history.js';
import { conflictRefusal, invalidRefusal } from './refusal.js';

/** A value's JSON with its keys sorted: a form stored by another path compares equal when its values are. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** What registering a child needs to know. */
export interface ChildRegistrationState {
  input: unknown;
  parentKnown: boolean;
  /** The family's children. */
  children: readonly { id: string; identity: ChildIdentity }[];
  country: Country;
  schools: readonly SchoolSite[];
  now: Date;
}

/** The child to create, or `linkedChildId`: a child the family already has. The request is accepted at once. */
export interface ChildRegistrationOutcome {
  identity: ChildIdentity;
  linkedChildId: string | undefined;
  history: StatusHistoryEntry[];
}

/** "Enregistrer un enfant": a child the family already has is linked, not created twice. */
export function registerChild(state: ChildRegistrationState): ChildRegistrationOutcome {
  const { now } = state;
  if (!state.parentKnown) throw conflictRefusal('parent.not-registered');
  const checked = checkChildRegistration(state.input, {
    today: communeDay(now),
    country: state.country,
    schools: state.schools,
  });
  if (!checked.ok) throw invalidRefusal(checked.issues);
  const known = findSameChild(checked.value, state.children);
  return {
    identity: checked.value,
    linkedChildId: known?.id,
    history: [
      history.plain('child-received', now),
      history.plain(known ? 'child-linked' : 'child-registered', now),
    ],
  };
}

/** A change request for a child, pending the service's decision. */
export interface ChildChangeOutcome {
  change: ChildChangeInput;
  changes: FieldChange[];
  history: StatusHistoryEntry[];
}

function childChange(
  change: ChildChangeInput,
  changes: FieldChange[],
  changePending: boolean,
  now: Date,
): ChildChangeOutcome {
  if (changePending) throw conflictRefusal('change.pending');
  return { change, changes, history: [history.childChangeReceived(now, change.comment)] };
}

/** What a child's form or change request needs to know. */
export interface ChildRequestState {
  input: unknown;
  child: ChildRecord;
  /** A change request of this child is waiting for the service. */
  changePending: boolean;
  country: Country;
  schools: readonly SchoolSite[];
  now: Date;
}

/** The form recorded (or confirmed, unchanged) at once, or a change request when it changes a known form. */
export type HealthFormOutcome =
  | { kind: 'recorded'; form: HealthForm; history: StatusHistoryEntry[] }
  | ({ kind: 'change' } & ChildChangeOutcome);

/** A child's health form: recorded when there is none, confirmed when unchanged, else a change request (seed 004). */
export function submitHealthForm(state: Omit<ChildRequestState, 'schools'>): HealthFormOutcome {
  const { child, now } = state;
  const checked = checkHealthFormInput(state.input, { today: communeDay(now), country: state.country });
  if (!checked.ok) throw invalidRefusal(checked.issues);
  const form = checked.value;
  const current = child.health?.form;
  if (current && canonical(current) !== canonical(form)) {
    const change = { health: form };
    const changes = diffChild({ identity: child.identity, health: current }, change);
    return { kind: 'change', ...childChange(change, changes, state.changePending, now) };
  }
  return {
    kind: 'recorded',
    form,
    history: [
      history.plain('health-form-received', now),
      history.plain(current ? 'health-form-confirmed' : 'health-form-recorded', now),
    ],
  };
}

/** A change to a child's identity or health form (seed 004), for the service to accept or refuse. */
export function requestChildChange(state: ChildRequestState): ChildChangeOutcome {
  const { child, now } = state;
  const checked = checkChildChange(
    state.input,
    { identity: child.identity, health: child.health?.form },
    { today: communeDay(now), country: state.country, schools: state.schools },
  );
  if (!checked.ok) throw invalidRefusal(checked.issues);
  return childChange(checked.value.change, checked.value.changes, state.changePending, now);
}
