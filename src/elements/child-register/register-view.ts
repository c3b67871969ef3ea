import type { RegisterSteps } from './register-steps.js';
import { html, nothing } from 'lit';
import type {
  ChildRecord,
  CommuneSettings,
  Country,
  FamilySnapshot,
  ChildRegistration,
  FieldIssue,
  ParentRecord,
  SchoolSite,
  StatusHistoryEntry,
} from '../../domain/index.js';
import { formatPhone } from '../../domain/phone-format.js';
import { localMessage, localText, textSlot } from '../../shared/i18n/local-text.js';
import type { ActionController } from '../../shared/controllers/index.js';
import type { ChildKey } from './messages/index.js';
import type { CoreKey, LocalizeController, MessageParams } from '../../shared/i18n/localize.js';
import { button, detailsList, flowStepper, type SummaryIssue } from '../../shared/ui/index.js';
import type { ChildParts } from './child-parts.js';
import type { RegisterController } from './register-controller.js';

/** `parent`: "Mes informations"; `child`: "Nouvel enfant à enregistrer"; `recap`: "Vérifiez vos réponses". */
export type Step = 'parent' | 'child' | 'recap';

/**
 * What the element shows: the registration steps, "Mes enfants", a child's
 * page, a child's health form, or a change request for a child's identity.
 * `auto`: opened by `child-id`; the health form opens at once when it is due.
 */
export type Screen =
  | { name: 'register' }
  | { name: 'children' }
  | { name: 'child' | 'health' | 'change'; childId: string; auto?: boolean };

/** What the element has read: the commune, the family and the schools. */
export interface Loaded {
  commune: CommuneSettings;
  family: FamilySnapshot;
  schools: SchoolSite[];
}

/** The id of an input: also the target of the error summary's links and of "Modifier". */
export const inputId = (field: string) => `child-${field.replace('.', '-')}`;

/** Where an issue about `field` leads: its input, the first box or the first choice of a group. */
export function issueTarget(field: string): string {
  if (field === 'birthDate') return inputId('birthDate-day');
  if (field === 'sex') return inputId('sex-female');
  if (field === 'invoicesTo') return inputId('invoicesTo-me');
  if (field === 'otherGuardian') return inputId('hasOtherGuardian');
  return inputId(field);
}

/**
 * What the registration's and the change request's templates render, and
 * what they call back: the element's state and handlers. The templates hold
 * no state and cause no effect of their own.
 */
export interface RegisterView {
  i18n: LocalizeController<ChildKey>;
  t(key: CoreKey | ChildKey, params?: MessageParams): string;
  headingLevel: number;
  parentHref: string | undefined;
  healthFormHref: string | undefined;
  screen: Screen;
  /** The registration's or the change request's state and transitions. */
  flow: RegisterFlow;
  issues: readonly FieldIssue[];
  editingFromRecap: boolean;
  /** The child record a change request started from. */
  startedFor: ChildRecord | undefined;
  submission: ActionController;
  subheading(text: string): unknown;
  stepForm(summary: readonly SummaryIssue[], onContinue: () => void, content: unknown): unknown;
  issueMessage(issue: FieldIssue, prefix: string, country: Country): string;
  statusLabel(entry: StatusHistoryEntry): string;
  finish(): void;
}

/** What the templates read of the registration's controller and call on it. */
export type RegisterFlow = RegisterSteps &
  Pick<
    RegisterController,
    | 'form'
    | 'comment'
    | 'registeredName'
    | 'step'
    | 'edit'
    | 'setComment'
    | 'toChildStep'
    | 'backTo'
    | 'abandon'
    | 'abandonChange'
  >;

export function label(view: RegisterView, field: string): string {
  return view.t(`child.field.${field}` as ChildKey);
}

/** The message for the first problem with `field`; a list entry's field reads as its list's (`contacts.phone`). */
export function errorFor(
  view: RegisterView,
  field: string,
  commune: CommuneSettings,
  prefix = 'child',
): string | undefined {
  const issue = view.issues.find((candidate) => candidate.field === field);
  if (!issue) return undefined;
  return view.issueMessage({ ...issue, field: field.replace(/\.\d+(?=\.|$)/g, '') }, prefix, commune.country);
}

/** "Étape n sur m" with the step's title and the next one's; `titles` are the flow's steps. */
export function stepHeading(
  view: RegisterView,
  current: number,
  titles: readonly string[] = registrationTitles(view),
) {
  return flowStepper(view.i18n, titles, current, view.headingLevel + 1);
}

export function registrationTitles(view: RegisterView): string[] {
  if (view.screen.name === 'change') {
    const name = view.startedFor?.identity.firstName ?? '';
    return [view.t('child.change.step', { name }), view.t('child.step.check')];
  }
  return [view.t('child.step.parent'), view.t('child.step.child'), view.t('child.step.check')];
}

export function renderNotice(view: RegisterView, commune: CommuneSettings) {
  return commune.notice
    ? html`<p class="notice" part="notice" role="note">${localText(view.i18n, commune.notice)}</p>`
    : nothing;
}

export function renderNotRegistered(view: RegisterView, loaded: Loaded) {
  return html`<div class="callout" role="note">
    <p>
      ${localMessage(view.i18n, view.t('child.notRegistered', { service: textSlot }), loaded.commune.serviceName)}
    </p>
    ${
      view.parentHref
        ? html`<p><a href=${view.parentHref}>${view.t('child.notRegistered.link')}</a></p>`
        : nothing
    }
  </div>`;
}

export function parentRows(
  view: RegisterView,
  parent: ParentRecord,
  commune: CommuneSettings,
): [string, string][] {
  const { address } = parent;
  const street = address.box
    ? view.t('child.parent.streetWithBox', {
        street: address.street,
        number: address.number,
        box: address.box,
      })
    : `${address.street} ${address.number}`;
  const rows: [string, string][] = [
    [view.t('child.parent.name'), `${parent.firstName} ${parent.lastName}`],
    [view.t('child.parent.address'), `${street}, ${address.postcode} ${address.city}`],
    [view.t('child.parent.phone'), formatPhone(parent.phone, commune.country)],
  ];
  if (parent.email) rows.push([view.t('child.parent.email'), parent.email]);
  return rows;
}

export function renderParentStep(view: RegisterView, loaded: Loaded, parent: ParentRecord) {
  return html`
    ${stepHeading(view, 1)}
    <p>${view.t('child.parent.intro')}</p>
    ${detailsList(parentRows(view, parent, loaded.commune))}
    ${
      view.parentHref ? html`<p><a href=${view.parentHref}>${view.t('child.parent.change')}</a></p>` : nothing
    }
    <div class="actions" part="actions">
      ${button({ label: view.t('child.action.next'), variant: 'primary', onClick: () => view.flow.toChildStep() })}
      ${button({ label: view.t('child.action.abandon'), variant: 'link', onClick: () => view.flow.abandon(loaded) })}
    </div>
  `;
}

/** The way back from a screen (see `wayBack`): to "Mes enfants", or, on a registration page, to another registration. */
export function renderWayBack(
  i18n: LocalizeController<ChildKey>,
  back: 'list' | 'another' | undefined,
  ways: { openList(): void; registerAnother(): void },
) {
  if (!back) return nothing;
  const [label, go]: [ChildKey, () => void] =
    back === 'list'
      ? ['child.list.back', () => ways.openList()]
      : ['child.action.another', () => ways.registerAnother()];
  return html`<p>${button({ label: i18n.t(label), variant: 'link', onClick: go })}</p>`;
}

/**
 * The registration's step (or its confirmation once registered), or why the
 * parent must register first. "Mes informations" is there at once; the next
 * steps and the confirmation are `parts` loaded on first use.
 */
export function renderRegistration(
  view: RegisterView,
  loaded: Loaded,
  registration: ChildRegistration | undefined,
  parts: Pick<ChildParts, 'steps' | 'done'>,
) {
  const parent = loaded.family.parent;
  if (registration)
    return parts.done.render(8, (done) => done.renderConfirmation(view, registration, loaded));
  if (!parent) return renderNotRegistered(view, loaded);
  if (view.flow.step === 'parent') return renderParentStep(view, loaded, parent);
  return parts.steps.render(12, (steps) =>
    view.flow.step === 'child' ? steps.renderChildStep(view, loaded) : steps.renderRecap(view, loaded),
  );
}
