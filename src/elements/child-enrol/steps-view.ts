import { html, nothing } from 'lit';
import type { Camp, CommuneSettings, FieldIssue, ParentRecord } from '../../domain/index.js';
import { formatPhone } from '../../domain/phone.js';
import {
  button,
  detailsList,
  flowStepper,
  radioGroup,
  recap,
  type SummaryIssue,
} from '../../shared/ui/index.js';
import { localMessage, localText, textSlot } from '../../shared/i18n/local-text.js';
import '../camp-week-picker/define.js';
import type { CampWeekPicker } from '../camp-week-picker/define.js';
import { stepsMessages } from './messages/steps.js';
import { blockedChildren, recapWeeks, steps, type Step } from './enrol-model.js';
import type { EnrolView, Loaded } from './enrol-view.js';
import { actionErrorFor, renderBlocked, renderHome } from './home-view.js';

/** The steps' messages, added to the element's when the steps are first shown (the picker loads its own). */
export const messages = stepsMessages;

export function stepHeading(view: EnrolView, step: Step) {
  const titles = steps.map((name) => view.t(`enrol.step.${name === 'recap' ? 'check' : name}`));
  return flowStepper(view.i18n, titles, steps.indexOf(step) + 1, view.headingLevel + 1);
}

export function renderTrackingCode(view: EnrolView) {
  const code = view.wizard?.trackingCode;
  return html`<div class="tracking" part="tracking-code" aria-live="polite">
    ${
      code
        ? html`<p>${view.t('enrol.trackingCode.label')} <strong>${code}</strong></p>
            <p class="hint">${view.t('enrol.trackingCode.hint')}</p>`
        : view.draftSaving
          ? html`<p class="hint">${view.t('enrol.trackingCode.saving')}</p>`
          : nothing
    }
    ${view.draftFailed ? html`<p class="hint">${view.t('enrol.draft.notSaved')}</p>` : nothing}
  </div>`;
}

export function stepActions(view: EnrolView, loaded: Loaded, primary: 'next' | 'validate') {
  const first = view.wizard?.step === 'parent';
  return html`<div class="actions" part="actions">
    ${
      first
        ? nothing
        : button({
            label: view.t('enrol.action.previous'),
            variant: 'secondary',
            onClick: () => view.previous(),
          })
    }
    ${
      primary === 'next'
        ? button({ label: view.t('enrol.action.next'), variant: 'primary', type: 'submit' })
        : button({
            label: view.t('enrol.action.validate'),
            variant: 'primary',
            busy: view.submission.busy(),
            busyLabel: view.t('ui.sending'),
            onClick: () => void view.validate(loaded),
          })
    }
    ${button({
      label: view.t('enrol.action.abandon'),
      variant: 'link',
      busy: view.actions.busySlots().some((action) => action.startsWith('delete:')),
      onClick: () => void view.abandon(),
    })}
  </div>`;
}

export function renderSteps(view: EnrolView, loaded: Loaded) {
  const wizard = view.wizard;
  const camp = view.campOf(loaded);
  const parent = loaded.family.parent;
  if (!wizard || !camp || !parent) return renderHome(view, loaded);
  const abandonError = wizard.trackingCode
    ? actionErrorFor(view, `delete:${wizard.trackingCode}`, () => void view.abandon())
    : nothing;
  const firstChild = view.eligible(loaded)[0]?.id ?? '';
  const summary = view.issues.map((issue) => ({
    fieldId: issue.field === 'childId' ? `enrol-child-${firstChild}` : 'enrol-days',
    message: issueText(view, issue, loaded),
  }));
  const body = {
    parent: () =>
      html`<p>${view.t('enrol.parent.intro')}</p>
        ${detailsList(parentRows(view, parent, loaded.commune))}
        ${view.parentHref ? html`<p><a href=${view.parentHref}>${view.t('enrol.parent.change')}</a></p>` : nothing}
        ${view.stepForm([], () => view.next(loaded), stepActions(view, loaded, 'next'))}`,
    child: () => renderChildStep(view, loaded, camp, summary),
    weeks: () => renderWeeksStep(view, loaded, camp, summary),
    recap: () => renderRecap(view, loaded, camp),
  }[wizard.step]();
  return html`${stepHeading(view, wizard.step)} ${renderTrackingCode(view)} ${body} ${abandonError}`;
}

export function issueText(view: EnrolView, issue: FieldIssue, loaded: Loaded): string {
  if (issue.field === 'childId' && issue.code === 'required') return view.t('field.required');
  return view.issueMessage(issue, 'enrol', loaded.commune.country);
}

export function parentRows(
  view: EnrolView,
  parent: ParentRecord,
  commune: CommuneSettings,
): [string, string][] {
  const { address } = parent;
  const street = `${address.street} ${address.number}${address.box ? ` / ${address.box}` : ''}`;
  const rows: [string, string][] = [
    [view.t('enrol.parent.name'), `${parent.firstName} ${parent.lastName}`],
    [view.t('enrol.parent.address'), `${street}, ${address.postcode} ${address.city}`],
    [view.t('enrol.parent.phone'), formatPhone(parent.phone, commune.country)],
  ];
  if (parent.email) rows.push([view.t('enrol.parent.email'), parent.email]);
  return rows;
}

export function renderChildStep(view: EnrolView, loaded: Loaded, camp: Camp, summary: SummaryIssue[]) {
  const wizard = view.wizard!;
  const eligible = view.eligible(loaded);
  const blocked = blockedChildren(camp, loaded.family.children);
  const error = view.issues.find((issue) => issue.field === 'childId');
  return view.stepForm(
    summary,
    () => view.next(loaded),
    html`${radioGroup({
      i18n: view.i18n,
      id: 'enrol-child',
      name: 'childId',
      legend: view.t('enrol.field.child'),
      choices: eligible.map((child) => ({
        value: child.id,
        label: `${child.firstName} ${child.lastName}`,
      })),
      value: wizard.childId ?? '',
      required: true,
      error: error ? issueText(view, error, loaded) : undefined,
      onChange: (childId) => {
        // Another child: another group, other places; the days chosen go.
        view.chooseChild(childId);
      },
    })}
    ${renderBlocked(view, blocked)} ${stepActions(view, loaded, 'next')}`,
  );
}

export function renderWeeksStep(view: EnrolView, loaded: Loaded, camp: Camp, summary: SummaryIssue[]) {
  const wizard = view.wizard!;
  const child = loaded.family.children.find((candidate) => candidate.id === wizard.childId);
  // A draft resumed without its child: they are chosen first.
  if (!child) return renderChildStep(view, loaded, camp, summary);
  // The days, or the weeks (whole weeks only): the picker's problems.
  const error = view.issues.find((issue) => issue.field !== 'childId');
  return view.stepForm(
    summary,
    () => view.next(loaded),
    html`<p>${view.t('enrol.weeks.intro')}</p>
      ${error ? html`<p class="error-message" part="error" id="enrol-days-error">${issueText(view, error, loaded)}</p>` : nothing}
      <camp-week-picker
        id="enrol-days"
        part="picker"
        name="days"
        required
        label=${view.t('enrol.weeks.for', { name: child.firstName })}
        .adapter=${view.activeAdapter}
        .locale=${view.locale}
        .translations=${view.translations}
        .camp=${camp}
        camp-id=${camp.id}
        child-id=${child.id}
        .resident=${view.resident(loaded)}
        .now=${view.now}
        .value=${wizard.days}
        .waitingWeekIds=${wizard.waitingWeekIds}
        heading-level=${view.headingLevel + 2}
        @change=${(event: Event) => {
          const picker = event.currentTarget as CampWeekPicker;
          view.chooseDays(picker.value, picker.waitingWeekIds);
        }}
      ></camp-week-picker>
      ${stepActions(view, loaded, 'next')}`,
  );
}

export function renderRecap(view: EnrolView, loaded: Loaded, camp: Camp) {
  const wizard = view.wizard!;
  const child = loaded.family.children.find((candidate) => candidate.id === wizard.childId);
  const weeks = recapWeeks(camp, wizard.days);
  const weekList = html`<ul class="recap-weeks">
    ${weeks.map(
      (week) =>
        html`<li>
          <strong>${view.i18n.week(week.label)}</strong> ·
          ${week.dates.map((date) => view.i18n.date(date)).join(', ')}
          ${
            week.activities.length > 0
              ? html`<br /><span class="hint"
                    >${localMessage(
                      view.i18n,
                      view.t('enrol.recap.activities', {
                        names: week.activities.map(() => textSlot).join(', '),
                      }),
                      ...week.activities,
                    )}</span
                  >`
              : nothing
          }
          ${
            wizard.waitingWeekIds.includes(week.week.id)
              ? html`<br /><span class="hint">${view.t('enrol.recap.waiting')}</span>`
              : nothing
          }
        </li>`,
    )}
  </ul>`;
  return html`<p>${view.t('enrol.recap.intro', { name: child?.firstName ?? '' })}</p>
    ${recap({
      i18n: view.i18n,
      rows: [
        { key: 'camp', label: view.t('enrol.recap.camp'), value: localText(view.i18n, camp.name) },
        {
          key: 'child',
          label: view.t('enrol.recap.child'),
          value: child ? `${child.firstName} ${child.lastName}` : '',
          changeTarget: `enrol-child-${wizard.childId ?? ''}`,
        },
        { key: 'weeks', label: view.t('enrol.recap.weeks'), value: weekList, changeTarget: 'enrol-days' },
      ],
      onChange: (target) =>
        view.goBack(() => view.toStep(target === 'enrol-days' ? 'weeks' : 'child'), target),
    })}
    ${view.submission.renderError(view.i18n, () => void view.validate(loaded))}
    ${stepActions(view, loaded, 'validate')}`;
}
