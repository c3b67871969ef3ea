import { html, nothing } from 'lit';
import { identityToForm, parentFields, type ChildSummary, type RequestReceipt } from '../../domain/index.js';
import {
  button,
  confirmationPanel,
  detailsList,
  requestList,
  statusTimeline,
} from '../../shared/ui/index.js';
import { localMessage, textSlot } from '../../shared/i18n/local-text.js';
import { commentId, type Loaded, type ParentView } from './parent-view.js';

export { accountMessages as messages } from './messages/account/index.js';
export { screenStyles as styles } from './screens.styles.js';

/** Above a known parent's change request: the service checks each change. */
export function renderChangeIntro(view: ParentView) {
  return html`<p>${view.t('parent.change.intro')}</p>`;
}

/** The change request's comment ("Précisions pour le service"), in error when the request changes nothing. */
export function renderComment(view: ParentView) {
  const changeNone = view.issues.some((issue) => issue.code === 'change.none');
  return html`<div class="field ${changeNone ? 'field--error' : ''}" part="field">
    <label class="label" part="label" for=${commentId}>
      ${view.t('parent.change.comment')} <span class="optional">${view.t('ui.optional')}</span>
    </label>
    <span class="hint" part="hint" id="${commentId}-hint">${view.t('parent.change.commentHint')}</span>
    <textarea
      id=${commentId}
      name="comment"
      rows="3"
      maxlength="1000"
      aria-describedby="${commentId}-hint"
      .value=${view.comment}
      @input=${(event: Event) => view.setComment((event.target as HTMLTextAreaElement).value)}
    ></textarea>
  </div>`;
}

// A known parent's details, children and requests, a pending registration and the confirmation:
// loaded when first reached (with the family that has them, or with a submission), so that the page
// of a parent registering downloads the form only.

export function renderConfirmation(view: ParentView, receipt: RequestReceipt, loaded: Loaded) {
  const registered = receipt.kind === 'parent-registration';
  const accepted = receipt.status === 'accepted';
  const title = registered
    ? view.t(accepted ? 'parent.done.title' : 'parent.done.pendingTitle')
    : view.t('parent.change.done.title');
  const email = loaded.family.account.email ?? view.form.email;
  return html`
    <div tabindex="-1" data-focus="confirmation">
      ${confirmationPanel({
        i18n: view.i18n,
        title,
        requestNumber: receipt.number,
        trackingCode: receipt.trackingCode,
        savedAt: receipt.submittedAt,
      })}
    </div>
    ${view.subheading(view.t('ui.whatNext'))}
    ${
      registered
        ? html`<p>
              ${localMessage(view.i18n, view.t(accepted ? 'parent.done.next' : 'parent.done.pendingNext', { service: textSlot }), loaded.commune.serviceName)}
            </p>
            ${
              accepted && view.registerChildHref
                ? html`<p><a href=${view.registerChildHref}>${view.t('parent.done.registerChild')}</a></p>`
                : nothing
            }`
        : html`<p>
            ${localMessage(view.i18n, view.t('parent.change.done.next', { service: textSlot }), loaded.commune.serviceName)}
          </p>`
    }
    ${email ? html`<p>${view.t('parent.done.email', { email })}</p>` : nothing}
    ${statusTimeline({ i18n: view.i18n, entries: receipt.history, labelFor: view.statusLabel })}
    <div class="actions" part="actions">
      ${button({
        label: view.t(registered ? 'parent.action.seeDetails' : 'parent.action.backToDetails'),
        variant: 'secondary',
        onClick: () => view.finish(),
      })}
    </div>
  `;
}

function renderChild(view: ParentView, child: ChildSummary) {
  const health = view.t(`ui.health.${child.healthForm}`);
  return html`<li>
    <span class="child-name">${child.firstName} ${child.lastName}</span>
    <span class="muted">${view.t('ui.born', { date: view.i18n.date(child.birthDate) })}</span>
    <span class="badge badge--${child.healthForm}">${health}</span>
  </li>`;
}

export function renderKnown(view: ParentView, loaded: Loaded) {
  const { family, commune } = loaded;
  const parent = family.parent;
  if (!parent) return nothing;
  const shown = identityToForm(parent, commune);
  const pendingChange = family.requests.some((r) => r.kind === 'parent-change' && r.status === 'pending');
  const requests = family.requests;
  const detailFields = parentFields.filter(
    (field) =>
      (field !== 'nationalNumber' || commune.nationalNumber !== 'hidden') &&
      (field !== 'address.box' || shown[field]),
  );
  return html`
    <p>
      ${localMessage(view.i18n, view.t('parent.known.intro', { service: textSlot }), commune.serviceName)}
    </p>
    ${pendingChange ? html`<p class="callout" role="note">${view.t('parent.change.pendingNotice')}</p>` : nothing}
    ${detailsList(detailFields.map((field) => [view.fieldLabel(field), shown[field]] as const))}
    ${
      pendingChange
        ? nothing
        : html`<div class="actions" part="actions">
            ${button({
              label: view.t('parent.action.requestChange'),
              variant: 'secondary',
              onClick: () => view.openChangeForm(loaded),
            })}
          </div>`
    }
    ${view.subheading(view.t('parent.known.children'))}
    ${
      family.children.length
        ? html`<ul class="children" part="children">
            ${family.children.map((child) => renderChild(view, child))}
          </ul>`
        : html`<p>${view.t('parent.known.noChildren')}</p>`
    }
    ${
      family.coParents.length
        ? html`${view.subheading(view.t('parent.known.coParents'))}
            <ul class="plain">
              ${family.coParents.map(
                (coParent) =>
                  html`<li>
                    ${coParent.firstName} ${coParent.lastName}
                    <span class="muted"
                      >${view.t(coParent.sameAddress ? 'parent.coParent.same' : 'parent.coParent.elsewhere')}</span
                    >
                  </li>`,
              )}
            </ul>`
        : nothing
    }
    ${
      requests.length
        ? html`${view.subheading(view.t('parent.requests.title'))}
          ${requestList({ i18n: view.i18n, requests, labelFor: view.statusLabel })}`
        : nothing
    }
  `;
}

export function renderPendingRegistration(view: ParentView, loaded: Loaded) {
  const request = loaded.family.requests.find(
    (r) => r.kind === 'parent-registration' && r.status === 'pending',
  );
  if (!request) return nothing;
  return html`
    <p class="callout" role="note">
      ${localMessage(view.i18n, view.t('parent.pending.intro', { service: textSlot }), loaded.commune.serviceName)}
    </p>
    <p>${view.t('ui.requestNumber')} : <strong>${request.number}</strong></p>
    ${statusTimeline({ i18n: view.i18n, entries: request.history, labelFor: view.statusLabel })}
  `;
}
