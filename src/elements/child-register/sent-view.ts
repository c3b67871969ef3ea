import { html, nothing } from 'lit';
import type { ChildRecord, RequestReceipt, StatusHistoryEntry } from '../../domain/index.js';
import { healthFormValidUntil } from '../../domain/health-rules.js';
import { localMessage, textSlot } from '../../shared/i18n/local-text.js';
import type { LocalizeController } from '../../shared/i18n/localize.js';
import { button, confirmationPanel, statusTimeline } from '../../shared/ui/index.js';
import type { ChildKey } from './messages/index.js';
import type { Loaded } from './register-view.js';

/** What the answer to a health form or a change request renders, and the ways on it offers. */
export interface SentView {
  i18n: LocalizeController<ChildKey>;
  /** The screen the request was sent from. */
  screen: 'health' | 'change';
  /** "Retour à mes enfants" is offered. */
  toList: boolean;
  /** "Enregistrer un autre enfant" is offered. */
  toRegister: boolean;
  subheading(text: string): unknown;
  statusLabel(entry: StatusHistoryEntry): string;
  openChild(childId: string): void;
  openList(): void;
  registerAnother(): void;
}

/** After the health form or a change request was sent: what the service did, and what next. */
export function renderSent(view: SentView, receipt: RequestReceipt, loaded: Loaded, record: ChildRecord) {
  const { i18n } = view;
  const name = record.identity.firstName;
  const change = receipt.kind === 'child-change';
  const confirmed = receipt.history.some((entry) => entry.status === 'health-form-confirmed');
  const title = change
    ? view.screen === 'health'
      ? 'child.health.done.changeTitle'
      : 'child.change.done.title'
    : confirmed
      ? 'child.health.done.confirmed'
      : 'child.health.done.recorded';
  const until = healthFormValidUntil(
    receipt.submittedAt,
    loaded.commune.healthFormValidityMonths,
  ).toISOString();
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
              loaded.commune.serviceName,
            )
          : i18n.t('child.health.done.valid', { name, date: i18n.date(until) })
      }
    </p>
    ${statusTimeline({ i18n, entries: receipt.history, labelFor: view.statusLabel })}
    <div class="actions" part="actions">
      ${button({
        label: i18n.t('child.list.open', { name }),
        variant: 'primary',
        onClick: () => view.openChild(record.id),
      })}
      ${
        view.toList
          ? button({ label: i18n.t('child.list.back'), variant: 'secondary', onClick: () => view.openList() })
          : nothing
      }
      ${
        view.toRegister
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
