import { html, nothing } from 'lit';
import type { ChildRegistration } from '../../domain/index.js';
import { localMessage, textSlot } from '../../shared/i18n/local-text.js';
import { button, confirmationPanel, statusTimeline } from '../../shared/ui/index.js';
import type { Loaded, RegisterView } from './register-view.js';

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
