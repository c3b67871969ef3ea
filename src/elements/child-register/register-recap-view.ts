import { html, nothing } from 'lit';
import type { ChildIdentity } from '../../domain/index.js';
import { formatPhone } from '../../domain/phone.js';
import { formatNationalNumber } from '../../domain/national-number.js';
import { formatKidEidNumber } from '../../domain/child-rules.js';
import { localText } from '../../shared/i18n/local-text.js';
import { button, recap, type RecapRow } from '../../shared/ui/index.js';
import { renderChildStep } from './child-step-view.js';
import { parseRegistration, submitChange, submitRegistration } from './register-steps.js';
import { inputId, issueTarget, label, stepHeading, type Loaded, type RegisterView } from './register-view.js';

export function recapRows(view: RegisterView, identity: ChildIdentity, loaded: Loaded): RecapRow[] {
  const site = loaded.schools.find((candidate) => candidate.id === identity.schoolSiteId);
  const grade = site?.grades.find((candidate) => candidate.id === identity.schoolGradeId);
  const guardian = identity.otherGuardian;
  const country = loaded.commune.country;
  const rows: RecapRow[] = [
    {
      key: 'lastName',
      label: label(view, 'lastName'),
      value: identity.lastName,
      changeTarget: inputId('lastName'),
    },
    {
      key: 'firstName',
      label: label(view, 'firstName'),
      value: identity.firstName,
      changeTarget: inputId('firstName'),
    },
    {
      key: 'birthDate',
      label: label(view, 'birthDate'),
      value: view.i18n.date(identity.birthDate),
      changeTarget: issueTarget('birthDate'),
    },
    {
      key: 'sex',
      label: label(view, 'sex'),
      value: view.t(`child.sex.${identity.sex}`),
      changeTarget: issueTarget('sex'),
    },
  ];
  if (country === 'BE') {
    rows.push(
      {
        key: 'nationalNumber',
        label: label(view, 'nationalNumber'),
        value: identity.nationalNumber ? formatNationalNumber(identity.nationalNumber) : '',
        changeTarget: inputId('nationalNumber'),
      },
      {
        key: 'kidEidNumber',
        label: label(view, 'kidEidNumber'),
        value: identity.kidEidNumber ? formatKidEidNumber(identity.kidEidNumber) : '',
        changeTarget: inputId('kidEidNumber'),
      },
    );
  }
  if (loaded.schools.length > 0) {
    rows.push(
      {
        key: 'schoolSiteId',
        label: label(view, 'schoolSiteId'),
        value: site?.name ?? '',
        changeTarget: inputId('schoolSiteId'),
      },
      {
        key: 'schoolGradeId',
        label: label(view, 'schoolGradeId'),
        value: grade ? localText(view.i18n, grade.label) : '',
        changeTarget: inputId('schoolGradeId'),
      },
    );
  }
  rows.push({
    key: 'otherGuardian',
    label: view.t('child.recap.otherGuardian'),
    value: guardian
      ? html`${guardian.firstName} ${guardian.lastName} (${guardian.relation})
        ${guardian.phone ? html`<br />${formatPhone(guardian.phone, country)}` : nothing}
        ${guardian.email ? html`<br />${guardian.email}` : nothing}`
      : view.t('child.recap.noOtherGuardian'),
    changeTarget: guardian ? inputId('otherGuardian.firstName') : inputId('hasOtherGuardian'),
  });
  if (guardian) {
    rows.push({
      key: 'invoicesTo',
      label: label(view, 'invoicesTo'),
      value: view.t(`child.invoicesTo.${identity.invoicesTo}`),
      changeTarget: issueTarget('invoicesTo'),
    });
  }
  return rows;
}

export function renderRecap(view: RegisterView, loaded: Loaded) {
  const result = parseRegistration(view.flow, loaded);
  // A draft restored into an invalid state: back to the form with its problems.
  if (!result.ok) return renderChildStep(view, loaded);
  const changing = view.screen.name === 'change' ? view.screen.childId : undefined;
  const comment = view.flow.comment.trim();
  const rows = recapRows(view, result.value, loaded);
  if (changing) {
    rows.push({
      key: 'comment',
      label: label(view, 'comment'),
      value: comment,
      changeTarget: inputId('comment'),
    });
  }
  const submit = () =>
    void (changing ? submitChange(view.flow, loaded, changing) : submitRegistration(view.flow, loaded));
  return html`
    ${stepHeading(view, changing ? 2 : 3)}
    <p>${view.t(changing ? 'child.change.recapIntro' : 'child.recap.intro')}</p>
    ${recap({
      i18n: view.i18n,
      rows,
      onChange: (target: string) => view.flow.backTo('child', target),
    })}
    ${view.submission.renderError(view.i18n, submit)}
    <div class="actions" part="actions">
      ${button({
        label: view.t('child.action.submit'),
        variant: 'primary',
        busy: view.submission.busy(),
        busyLabel: view.t('ui.sending'),
        onClick: submit,
      })}
      ${button({ label: view.t('child.action.back'), variant: 'secondary', onClick: () => view.flow.backTo('child') })}
      ${button({
        label: view.t('child.action.abandon'),
        variant: 'link',
        onClick: () => (changing ? view.flow.abandonChange(changing) : view.flow.abandon(loaded)),
      })}
    </div>
  `;
}

/** A change request's step: the child's identity, or "Vérifiez vos réponses". */
export function renderChange(view: RegisterView, loaded: Loaded) {
  return view.flow.step === 'recap' ? renderRecap(view, loaded) : renderChildStep(view, loaded);
}
