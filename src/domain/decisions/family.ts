import { LocaleSchema, type CommuneSettings, type Locale } from '../commune.js';
import type { ParentIdentity } from '../parent.js';
import { checkChangeRequest, checkRegistration } from '../parent-requests.js';
import type { FieldChange, StatusHistoryEntry } from '../request.js';
import { history } from './history.js';
import { mails } from './mails.js';
import { conflictRefusal, invalidRefusal, type MailMessage } from './refusal.js';

/** What a parent's registration needs to know. */
export interface RegistrationState {
  input: unknown;
  parentKnown: boolean;
  registrationPending: boolean;
  commune: CommuneSettings;
  /** The signed-in account's e-mail, which the e-guichet owns. */
  accountEmail: string | undefined;
  /** `automatic`: accepted at once; `review`: the service decides. */
  mode: 'automatic' | 'review';
  now: Date;
}

/** The request's identity and history; `accepted`: the parent becomes known at once. */
export interface RegistrationOutcome {
  identity: ParentIdentity;
  accepted: boolean;
  /** The language the parent registered in, if they said (the service's e-mails are in it). */
  language: Locale | undefined;
  history: StatusHistoryEntry[];
  mail: MailMessage;
}

/** "M'enregistrer en tant que parent". */
export function registerParent(state: RegistrationState): RegistrationOutcome {
  const { commune, now } = state;
  if (state.parentKnown) throw conflictRefusal('parent.already-registered');
  if (state.registrationPending) throw conflictRefusal('registration.pending');
  const checked = checkRegistration(state.input, commune, state.accountEmail);
  if (!checked.ok) throw invalidRefusal(checked.issues);
  const identity = checked.value;
  const accepted = state.mode === 'automatic';
  const to = state.accountEmail ?? identity.email;
  const language =
    typeof state.input === 'object' && state.input !== null && 'language' in state.input
      ? LocaleSchema.safeParse(state.input.language).data
      : undefined;
  return {
    identity,
    accepted,
    language,
    history: [history.plain('registration-received', now), ...(accepted ? [history.registered(now)] : [])],
    mail: accepted ? mails.registered(to, identity) : mails.registrationReceived(to, identity),
  };
}

/** What a known parent's change request needs to know. */
export interface ParentChangeState {
  input: unknown;
  parent: ParentIdentity | undefined;
  changePending: boolean;
  commune: CommuneSettings;
  accountEmail: string | undefined;
  now: Date;
}

/** The new identity, waiting for the service's decision. */
export interface ParentChangeOutcome {
  identity: ParentIdentity;
  changes: FieldChange[];
  history: StatusHistoryEntry[];
  mail: MailMessage;
}

/** A known parent asks to change their details; the service accepts or refuses it later (seed 004). */
export function requestParentChange(state: ParentChangeState): ParentChangeOutcome {
  const { parent, commune, now } = state;
  if (!parent) throw conflictRefusal('parent.not-registered');
  if (state.changePending) throw conflictRefusal('change.pending');
  const checked = checkChangeRequest(state.input, parent, commune, state.accountEmail);
  if (!checked.ok) throw invalidRefusal(checked.issues);
  const { identity, comment, changes } = checked.value;
  return {
    identity,
    changes,
    history: [history.changeReceived(now, comment)],
    mail: mails.changeReceived(state.accountEmail ?? parent.email, parent.firstName),
  };
}
