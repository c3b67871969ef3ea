import type {
  ChildIdentity,
  ChildRecord,
  ChildRegistration,
  FieldIssue,
  RequestReceipt,
} from '../../domain/index.js';
import {
  localToday,
  parseChildForm,
  sortIssues,
  type ChildForm,
  type ChildFormResult,
} from './child-form.js';
import { changeFieldIssues, changeIssues } from './register-model.js';
import type { RegisterHost } from './register-controller.js';
import type { Loaded, Step } from './register-view.js';

/** What the steps after "Mes informations" read and change of the registration's controller. */
export interface RegisterSteps {
  step: Step;
  readonly form: ChildForm;
  readonly comment: string;
  readonly flow: RegisterHost;
  backTo(step: Step, focus?: string): void;
  /** The service registered the child: the draft goes. */
  registered(registration: ChildRegistration, identity: ChildIdentity): void;
  /** The service received the change request: its draft goes. */
  changeSent(childId: string, receipt: RequestReceipt): void;
}

/**
 * The checks and the sending of the registration's and the change requests'
 * later steps, which come with the steps part (with the child rules they
 * check): the controller that keeps their state is in the first download.
 */
export function parseRegistration(steps: RegisterSteps, loaded: Loaded): ChildFormResult {
  return parseChildForm(steps.form, {
    today: localToday(),
    country: loaded.commune.country,
    schools: loaded.schools,
  });
}

export function continueToRecap(steps: RegisterSteps, loaded: Loaded): void {
  const result = parseRegistration(steps, loaded);
  steps.flow.continueWith(result.ok ? [] : result.issues, () => (steps.step = 'recap'));
}

export function continueChange(steps: RegisterSteps, loaded: Loaded, record: ChildRecord): void {
  steps.flow.continueWith(
    changeIssues(parseRegistration(steps, loaded), record.identity, steps.comment),
    () => (steps.step = 'recap'),
  );
}

/** A problem found at the end: back to the child's step, on the summary. */
function refuse(steps: RegisterSteps, issues: FieldIssue[]): void {
  steps.flow.setIssues(issues);
  steps.backTo('child');
  steps.flow.focus.request('error-summary');
}

export async function submitRegistration(steps: RegisterSteps, loaded: Loaded): Promise<void> {
  const adapter = steps.flow.adapter();
  const { submission } = steps.flow;
  if (submission.busy() || !adapter) return;
  const result = parseRegistration(steps, loaded);
  if (!result.ok) return refuse(steps, result.issues);
  const identity = result.value;
  const sent = await submission.send(
    (idempotencyKey) => adapter.registerChild(identity, { idempotencyKey }),
    {
      payload: identity,
      fieldIssues: (issues) => {
        steps.flow.setIssues(sortIssues(issues));
        steps.step = 'child';
      },
    },
  );
  if (sent) steps.registered(sent.value, identity);
}

export async function submitChange(steps: RegisterSteps, loaded: Loaded, childId: string): Promise<void> {
  const adapter = steps.flow.adapter();
  const { submission } = steps.flow;
  if (submission.busy() || !adapter) return;
  const result = parseRegistration(steps, loaded);
  if (!result.ok) return refuse(steps, result.issues);
  const comment = steps.comment.trim();
  const input = { identity: result.value, ...(comment ? { comment } : {}) };
  const sent = await submission.send(
    (idempotencyKey) => adapter.requestChildChange(childId, input, { idempotencyKey }),
    {
      payload: input,
      fieldIssues: (issues) => {
        steps.flow.setIssues(changeFieldIssues(issues));
        steps.step = 'child';
      },
    },
  );
  if (sent) steps.changeSent(childId, sent.value);
}
