import { html, nothing } from 'lit';
import type { ChildIdentity, ChildRegistration } from '../../domain/index.js';
import { formatPhone } from '../../domain/phone.js';
import { formatNationalNumber } from '../../domain/national-number.js';
import { formatKidEidNumber } from '../../domain/child-rules.js';
import { localMessage, localText, textSlot } from '../../shared/i18n/local-text.js';
import { button, confirmationPanel, recap, statusTimeline, type RecapRow } from '../../shared/ui/index.js';
import {
  inputId,
  issueTarget,
  label,
  renderChildStep,
  renderNotRegistered,
  renderParentStep,
  stepHeading,
  type Loaded,
  type RegisterView,
} from './register-view.js';

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
  const result = view.flow.parse(loaded);
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
  const submit = () => void (changing ? view.flow.submitChange(loaded, changing) : view.flow.submit(loaded));
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

/** The registration's confirmation; `aboveForm`: shown above the health form it opened, without its own actions. */
export function renderConfirmation(
  view: RegisterView,
  registration: ChildRegistration,
  loaded: Loaded,
  aboveForm = false,
) {
  const { receipt, linked, childId } = registration;
  const name = view.flow.registeredName;
  const healthHref = view.healthFormHref?.replaceAll('{childId}', encodeURIComponent(childId));
  return html`
    <div tabindex="-1" data-focus="confirmation">
      ${confirmationPanel({
        i18n: view.i18n,
        title: view.t(linked ? 'child.done.linkedTitle' : 'child.done.title'),
        requestNumber: receipt.number,
        trackingCode: receipt.trackingCode,
        savedAt: receipt.submittedAt,
      })}
    </div>
    ${
      linked
        ? html`<p class="callout" role="note">
            ${localMessage(
              view.i18n,
              view.t('child.done.linked', { name, service: textSlot }),
              loaded.commune.serviceName,
            )}
          </p>`
        : nothing
    }
    ${view.subheading(view.t('ui.whatNext'))}
    <p>${view.t('child.done.next', { name })}</p>
    ${healthHref ? html`<p><a href=${healthHref}>${view.t('child.done.healthForm', { name })}</a></p>` : nothing}
    ${statusTimeline({ i18n: view.i18n, entries: receipt.history, labelFor: view.statusLabel })}
    ${
      aboveForm
        ? nothing
        : html`<div class="actions" part="actions">
            ${button({ label: view.t('child.action.another'), variant: 'secondary', onClick: () => view.finish() })}
          </div>`
    }
  `;
}

/** The registration's step (or its confirmation once registered), or why the parent must register first. */
export function renderRegistration(
  view: RegisterView,
  loaded: Loaded,
  registration: ChildRegistration | undefined,
) {
  const parent = loaded.family.parent;
  if (registration) return renderConfirmation(view, registration, loaded);
  if (!parent) return renderNotRegistered(view, loaded);
  if (view.flow.step === 'parent') return renderParentStep(view, loaded, parent);
  if (view.flow.step === 'child') return renderChildStep(view, loaded);
  return renderRecap(view, loaded);
}

/** A change request's step: the child's identity, or "Vérifiez vos réponses". */
export function renderChange(view: RegisterView, loaded: Loaded) {
  return view.flow.step === 'recap' ? renderRecap(view, loaded) : renderChildStep(view, loaded);
}
