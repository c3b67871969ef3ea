import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FamilyPortalAdapter } from '../../adapter/index.js';
import type { CampEnrolment, ChildSummary } from '../../domain/index.js';
import type { ActionController, FocusController } from '../../shared/controllers/index.js';
import { FpSubmittedEvent } from '../../shared/events.js';
import type { LocalizeController } from '../../shared/i18n/localize.js';
import type { Outcome, Wizard } from './enrol-model.js';
import type { EnrolKey } from './messages/index.js';
import { weeksToWaitFor, withWaiting } from './wizard.js';

/** A secondary action (its slot, `waiting:<request>:<week>`), sent once; its failure is shown beside it. */
export function sendSecondary<T>(
  actions: ActionController,
  action: string,
  run: (idempotencyKey: string) => Promise<T>,
): Promise<{ value: T } | undefined> {
  return actions.send(run, { slot: action, operation: action.split(':')[0] ?? action });
}

export interface OutcomesOptions {
  adapter(): FamilyPortalAdapter | undefined;
  i18n: LocalizeController<EnrolKey>;
  /** The secondary actions' slots (waiting lists, siblings). */
  actions: ActionController;
  focus: FocusController;
  /** Said politely to assistive technologies. */
  say(message: string): void;
  /** Reads the family's enrolments again. */
  reload(): void;
}

/**
 * The answers to "Valider": each child's request, the waiting lists joined
 * for its full weeks (those the parent asked for at once, others in one
 * click), and a sibling enrolled on the same days in one click.
 */
export class OutcomesController implements ReactiveController {
  /** The requests just validated, one per child. */
  outcomes: Outcome[] = [];
  /** The days of the request just validated, for "Inscrire aussi … aux mêmes jours". */
  keepLast: Wizard | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: OutcomesOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  private set(outcomes: Outcome[]): void {
    this.outcomes = outcomes;
    this.host.requestUpdate();
  }

  /** A new enrolment, the home page or the cart: the answers shown go. */
  clear(): void {
    this.set([]);
  }

  /** "Valider" answered for `firstName`'s `wizard`: its answer shown, the waiting lists asked for joined. */
  validated(enrolment: CampEnrolment, firstName: string, wizard: Wizard): void {
    this.set([{ enrolment, firstName, waiting: {} }]);
    this.keepLast = wizard;
    void this.joinChosen(enrolment, wizard.waitingWeekIds);
  }

  private async joinChosen(enrolment: CampEnrolment, weekIds: readonly string[]): Promise<void> {
    for (const weekId of weeksToWaitFor(enrolment, weekIds)) await this.joinWaiting(enrolment, weekId);
    this.options.reload();
  }

  /** "M'inscrire sur la liste d'attente": one click, the position in answer. */
  async joinWaiting(enrolment: CampEnrolment, weekId: string): Promise<void> {
    const adapter = this.options.adapter();
    if (!adapter) return;
    const requestId = enrolment.receipt.id;
    const joined = await sendSecondary(this.options.actions, `waiting:${requestId}:${weekId}`, (key) =>
      adapter.joinWaitingList(requestId, weekId, { idempotencyKey: key }),
    );
    if (!joined) return;
    const waiting = joined.value;
    this.set(withWaiting(this.outcomes, requestId, weekId, waiting));
    const { i18n } = this.options;
    this.options.say(
      i18n.t('enrol.outcome.waiting', {
        label: i18n.week(waiting.label),
        name: this.outcomes.find((o) => o.enrolment.receipt.id === requestId)?.firstName ?? '',
        position: waiting.position,
      }),
    );
  }

  /** "Inscrire aussi … aux mêmes jours": a sibling's request in one click. */
  async enrolSibling(child: ChildSummary): Promise<void> {
    const adapter = this.options.adapter();
    const last = this.keepLast;
    if (!adapter || !last) return;
    const input = { campId: last.campId, childId: child.id, days: last.days };
    const done = await sendSecondary(this.options.actions, `sibling:${child.id}`, (key) =>
      adapter.enrolInCamp(input, { idempotencyKey: key }),
    );
    if (!done) return;
    const enrolment = done.value;
    this.set([...this.outcomes, { enrolment, firstName: child.firstName, waiting: {} }]);
    this.host.dispatchEvent(FpSubmittedEvent.of(enrolment.receipt, { childId: child.id }));
    this.options.focus.request(`outcome-${child.id}`);
    void this.joinChosen(enrolment, last.waitingWeekIds);
  }
}
