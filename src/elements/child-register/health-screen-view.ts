import { html, nothing } from 'lit';
import type { ChildRecord, FieldIssue } from '../../domain/index.js';
import { button, flowStepper, recap } from '../../shared/ui/index.js';
import type { HealthController } from './health-controller.js';
import { parseHealthDraft, stepOf } from './health-form.js';
import { healthIssueTarget, healthRecapRows } from './health-recap.js';
import { renderCareStep, renderContactsStep, type HealthView } from './health-view.js';
import type { Loaded, RegisterView } from './register-view.js';

/** What the health form's screen renders, and what it calls back: the registration's flow view, and the health form's. */
export interface HealthScreenView extends Pick<
  RegisterView,
  'i18n' | 'headingLevel' | 'issues' | 'editingFromRecap' | 'submission' | 'stepForm'
> {
  health: HealthController;
  /** The message of the first problem with `field` (a list entry's reads as its list's). */
  errorFor(field: string, loaded: Loaded): string | undefined;
  /** After an entry was added or removed: what to announce and where focus goes. */
  listChanged(announcement: string, focusId: string): void;
}

function fieldsView(view: HealthScreenView, loaded: Loaded): HealthView {
  return {
    i18n: view.i18n,
    draft: view.health.draft,
    country: loaded.commune.country,
    sectionLevel: Math.min(view.headingLevel + 2, 6),
    errorFor: (field) => view.errorFor(field, loaded),
    update: (change) => view.health.update(change),
    listChanged: (announcement, focusId) => view.listChanged(announcement, focusId),
  };
}

/** In the error summary, a list entry's problem says which entry ("Personne 2 : …"). */
function summaryMessage(view: HealthScreenView, issue: FieldIssue, loaded: Loaded): string {
  const message = view.errorFor(issue.field, loaded) ?? '';
  const entry = /^(allergies|contacts)\.(\d+)\./.exec(issue.field);
  if (!entry) return message;
  const key = entry[1] === 'allergies' ? 'child.health.allergy.legend' : 'child.health.contact.legend';
  return view.i18n.t('child.health.summaryEntry', {
    entry: view.i18n.t(key, { n: Number(entry[2]) + 1 }),
    message,
  });
}

/** The health form of `record`: its two steps, then "Vérifiez vos réponses". */
export function renderHealthScreen(view: HealthScreenView, loaded: Loaded, record: ChildRecord) {
  const { i18n, health } = view;
  const t = i18n.t.bind(i18n);
  const name = record.identity.firstName;
  const titles = [
    t('child.health.step.care', { name }),
    t('child.health.step.contacts'),
    t('child.step.check'),
  ];
  const heading = (current: number) => flowStepper(i18n, titles, current, view.headingLevel + 1);
  const fields = fieldsView(view, loaded);
  const step = health.step;
  const abandon = button({
    label: t('child.action.abandon'),
    variant: 'link',
    onClick: () => health.abandon(record.id),
  });
  if (step === 'recap') {
    const result = parseHealthDraft(health.draft, health.options(loaded));
    if (result.ok) {
      const submit = () => void health.submit(loaded, record.id);
      return html`
        ${heading(3)}
        <p>${t(record.health ? 'child.health.recapIntroKnown' : 'child.recap.intro')}</p>
        ${recap({
          i18n,
          rows: healthRecapRows(fields, result.value),
          onChange: (target: string) => health.backTo(stepOf(target.replace(/^health-/, '')), target),
        })}
        ${view.submission.renderError(i18n, submit)}
        <div class="actions" part="actions">
          ${button({
            label: t('child.action.submit'),
            variant: 'primary',
            busy: view.submission.busy(),
            busyLabel: t('ui.sending'),
            onClick: submit,
          })}
          ${button({
            label: t('child.action.back'),
            variant: 'secondary',
            onClick: () => health.backTo('contacts'),
          })}
          ${abandon}
        </div>
      `;
    }
  }
  // Only a recap no longer valid gets here on 'recap' (see HealthController.start): the form, at its first step.
  const shownStep = step === 'recap' ? 'care' : step;
  const summary = view.issues.map((issue) => ({
    fieldId: healthIssueTarget(issue.field, issue.code),
    message: summaryMessage(view, issue, loaded),
  }));
  const intro = record.health
    ? t(record.healthForm === 'to-update' ? 'child.health.intro.to-update' : 'child.health.intro.complete', {
        name,
        date: i18n.date(record.health.confirmedAt),
      })
    : t('child.health.intro.missing', { name });
  return html`
    ${heading(shownStep === 'care' ? 1 : 2)}
    ${shownStep === 'care' ? html`<p class=${record.healthForm === 'to-update' ? 'callout' : ''}>${intro}</p>` : nothing}
    ${view.stepForm(
      summary,
      () => health.continue(loaded),
      html`
        ${shownStep === 'care' ? renderCareStep(fields) : renderContactsStep(fields)}
        <div class="actions" part="actions">
          ${button({
            label: t(view.editingFromRecap ? 'child.action.backToRecap' : 'child.action.continue'),
            variant: 'primary',
            type: 'submit',
          })}
          ${
            shownStep === 'contacts'
              ? button({
                  label: t('child.action.back'),
                  variant: 'secondary',
                  onClick: () => health.backTo('care'),
                })
              : nothing
          }
          ${abandon}
        </div>
      `,
    )}
  `;
}
