import { html, nothing } from 'lit';
import type { ChildRecord, RequestReceipt } from '../../domain/index.js';
import { healthFormValidUntil } from '../../domain/health-rules.js';
import { localMessage, textSlot } from '../../shared/i18n/local-text.js';
import { button, confirmationPanel, statusTimeline } from '../../shared/ui/index.js';
import type { ScreensView } from './screens-view.js';

/**
 * After the health form or a change request (`screen`) was sent: what the
 * service did, and what next: the child's page, and the way back offered.
 */
export function renderSent(
  view: ScreensView,
  screen: 'health' | 'change',
  receipt: RequestReceipt,
  record: ChildRecord,
) {
  const { i18n } = view;
  const { commune } = view.pages;
  const name = record.identity.firstName;
  const change = receipt.kind === 'child-change';
  const confirmed = receipt.history.some((entry) => entry.status === 'health-form-confirmed');
  const title = change
    ? screen === 'health'
      ? 'child.health.done.changeTitle'
      : 'child.change.done.title'
    : confirmed
      ? 'child.health.done.confirmed'
      : 'child.health.done.recorded';
  const until = healthFormValidUntil(receipt.submittedAt, commune.healthFormValidityMonths).toISOString();
  return html`
    <div tabindex="-1" data-focus="confirmation">
      ${confirmationPanel({
        i18n,
        title: i18n.t(title, { name }),
        requestNumber: receipt.number,
        trackingCode: receipt.trackingCode,
        savedAt: receipt.submittedAt,
      })}
    </div>
    ${view.subheading(i18n.t('ui.whatNext'))}
    <p>
      ${
        change
          ? localMessage(
              i18n,
              i18n.t('child.change.done.next', { name, service: textSlot }),
              commune.serviceName,
            )
          : i18n.t('child.health.done.valid', { name, date: i18n.date(until) })
      }
    </p>
    ${statusTimeline({ i18n, entries: receipt.history, labelFor: view.pages.statusLabel })}
    <div class="actions" part="actions">
      ${button({
        label: i18n.t('child.list.open', { name }),
        variant: 'primary',
        onClick: () => view.openChild(record.id),
      })}
      ${
        view.back === 'list'
          ? button({ label: i18n.t('child.list.back'), variant: 'secondary', onClick: () => view.openList() })
          : nothing
      }
      ${
        view.back === 'another'
          ? button({
              label: i18n.t('child.action.another'),
              variant: 'secondary',
              onClick: () => view.registerAnother(),
            })
          : nothing
      }
    </div>
  `;
}
