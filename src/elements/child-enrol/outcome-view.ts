import { html, nothing } from 'lit';
import '../family-cart/define.js';
import type { Camp, CampEnrolment, CampWeekOutcome, ClosingPreview } from '../../domain/index.js';
import type { EnrolKey } from './messages/index.js';
import { button, confirmationPanel, statusTimeline, textField } from '../../shared/ui/index.js';
import { breakdownStyles, closingBreakdown } from '../../shared/ui/breakdown.js';
import { localMessage, textSlot } from '../../shared/i18n/local-text.js';
import { blockFor, recapWeeks, type Outcome } from './enrol-model.js';
import { reasonMax, type EnrolView, type Loaded, type UnsubscribeScreen } from './enrol-view.js';
import { actionErrorFor, renderCart, renderHome } from './home-view.js';
import { outcomeMessages } from './messages/outcome.js';
import { historyMessages } from '../../shared/i18n/history/index.js';

/** The answers' messages, added to the element's when they are first shown (the cart loads its own). */
// The answers show the request's status history too.
export const messages = [...outcomeMessages, historyMessages];

/** The closing's price breakdown, added to the element's styles with the answers. */
export const styles = [breakdownStyles];

export function renderOutcome(view: EnrolView, loaded: Loaded) {
  const last = view.keepLast;
  const camp = loaded.camps.find((candidate) => candidate.id === view.outcomes[0]?.enrolment.campId);
  const enrolled = new Set(view.outcomes.map((outcome) => outcome.enrolment.childId));
  const siblings = camp
    ? loaded.family.children.filter((child) => !enrolled.has(child.id) && !blockFor(camp, child))
    : [];
  const weeks =
    camp && last
      ? recapWeeks(camp, last.days)
          .map((week) => view.i18n.week(week.label))
          .join(', ')
      : '';
  return html`${view.outcomes.map((outcome) => renderOneOutcome(view, outcome, camp))}
    <section aria-labelledby="next-title">
      <div id="next-title">${view.subheading(view.t('enrol.next.title'))}</div>
      <p>${view.t('enrol.next.intro')}</p>
      ${siblings.map((child) => {
        const action = `sibling:${child.id}`;
        return html`<div class="actions" part="actions">
            ${button({
              label: view.t('enrol.next.sibling', { name: child.firstName }),
              variant: 'secondary',
              busy: view.actions.busy(action),
              busyLabel: view.t('ui.sending'),
              onClick: () => void view.enrolSibling(child),
            })}
            <span class="hint">${view.t('enrol.next.siblingHint', { weeks })}</span>
          </div>
          ${actionErrorFor(view, action, () => void view.enrolSibling(child))}`;
      })}
      <div class="actions" part="actions">
        ${button({
          label: view.t('enrol.next.close'),
          variant: 'primary',
          onClick: () => view.show({ name: 'closing' }),
        })}
        ${
          camp
            ? button({
                label: view.t('enrol.next.another'),
                variant: 'secondary',
                onClick: () => view.start(camp),
              })
            : nothing
        }
        ${button({ label: view.t('enrol.action.home'), variant: 'link', onClick: () => view.home() })}
      </div>
    </section>`;
}

export function renderOneOutcome(
  view: EnrolView,
  { enrolment, firstName, waiting }: Outcome,
  camp: Camp | undefined,
) {
  const { receipt } = enrolment;
  return html`<section class="outcome" data-focus=${`outcome-${enrolment.childId}`} tabindex="-1">
    <div data-focus=${view.outcomes[0]?.enrolment === enrolment ? 'outcome' : nothing} tabindex="-1">
      ${confirmationPanel({
        i18n: view.i18n,
        title: view.t('enrol.outcome.title', { name: firstName }),
        requestNumber: receipt.number,
        trackingCode: receipt.trackingCode,
        savedAt: receipt.submittedAt,
        headingLevel: view.headingLevel + 1,
      })}
    </div>
    ${
      enrolment.weeks.every((week) => week.status === 'full')
        ? html`<p class="callout callout--error" role="alert">${view.t('enrol.outcome.allFull')}</p>`
        : nothing
    }
    <ul class="week-outcomes">
      ${enrolment.weeks.map((week) => renderWeekOutcome(view, enrolment, week, firstName, camp, waiting[week.weekId]))}
    </ul>
    ${statusTimeline({
      i18n: view.i18n,
      entries: receipt.history,
      labelFor: view.statusLabel,
      headingLevel: view.headingLevel + 2,
    })}
  </section>`;
}

export function renderWeekOutcome(
  view: EnrolView,
  enrolment: CampEnrolment,
  week: CampWeekOutcome,
  firstName: string,
  camp: Camp | undefined,
  waiting: Outcome['waiting'][string] | undefined,
) {
  if (week.status === 'accepted')
    return html`<li class="week-outcome week-outcome--accepted" part="week-outcome">
      ${view.t('enrol.outcome.accepted', {
        label: view.i18n.week(week.label),
        first: view.i18n.longDate(week.days[0] ?? ''),
        last: view.i18n.longDate(week.days.at(-1) ?? ''),
      })}
    </li>`;
  const action = `waiting:${enrolment.receipt.id}:${week.weekId}`;
  return html`<li class="week-outcome week-outcome--full" part="week-outcome">
    <p class="full" part="full" role="alert">
      ${localMessage(
        view.i18n,
        view.t('enrol.outcome.full', {
          camp: textSlot,
          label: view.i18n.week(week.label),
          days: week.fullDays.map((date) => view.i18n.date(date)).join(', '),
        }),
        camp?.name ?? '',
      )}
    </p>
    ${
      waiting
        ? html`<p role="status">
            ${view.t('enrol.outcome.waiting', { label: view.i18n.week(waiting.label), name: firstName, position: waiting.position })}
          </p>`
        : html`<div class="actions" part="actions">
              ${button({
                label: view.t('enrol.outcome.joinWaiting', { label: view.i18n.week(week.label) }),
                variant: 'secondary',
                busy: view.actions.busy(action),
                busyLabel: view.t('ui.sending'),
                onClick: () => void view.joinWaiting(enrolment, week.weekId),
              })}
            </div>
            ${actionErrorFor(view, action, () => void view.joinWaiting(enrolment, week.weekId))}`
    }
  </li>`;
}

export function renderClosing(view: EnrolView, loaded: Loaded) {
  return html`<div data-focus="step-heading" tabindex="-1">
      ${view.subheading(view.t('enrol.closing.title'))}
    </div>
    ${view.closingPreview((preview) => renderPreview(view, loaded, preview))}`;
}

/** What closing would bill, before confirming. */
export function renderPreview(view: EnrolView, loaded: Loaded, preview: ClosingPreview) {
  if (preview.requestIds.length === 0)
    return html`<p>${view.t('enrol.closing.nothing')}</p>
      <div class="actions" part="actions">
        ${button({ label: view.t('enrol.closing.back'), variant: 'secondary', onClick: () => view.home() })}
      </div>`;
  // The cart's deadline is the shortest delay of the camps closed, as the service counts it.
  const closing = new Set(preview.camps.map((camp) => camp.campId));
  const delays = loaded.camps.filter((camp) => closing.has(camp.id)).map((camp) => camp.paymentDelayDays);
  return html`${
      delays.length > 0
        ? html`<p>${view.t('enrol.closing.intro', { days: Math.min(...delays) })}</p>`
        : nothing
    }
    <div part="breakdown">${closingBreakdown(view.i18n, preview, view.headingLevel + 2)}</div>
    ${view.submission.renderError(view.i18n, () => void view.close())}
    <div class="actions" part="actions">
      ${button({
        label: view.t('enrol.closing.confirm', {
          total: view.i18n.money(preview.totalCents, preview.currency),
        }),
        variant: 'primary',
        busy: view.submission.busy(),
        busyLabel: view.t('ui.sending'),
        onClick: () => void view.close(),
      })}
      ${button({ label: view.t('enrol.closing.back'), variant: 'link', onClick: () => view.home() })}
    </div>`;
}

export function renderCartScreen(view: EnrolView) {
  return html`${
      view.status ? html`<p class="callout" data-focus="closed" tabindex="-1">${view.status}</p>` : nothing
    }
    ${renderCart(view)}
    <div class="actions" part="actions">
      ${button({ label: view.t('enrol.action.home'), variant: 'link', onClick: () => view.home() })}
    </div>`;
}

export function renderUnsubscribe(view: EnrolView, loaded: Loaded, screen: UnsubscribeScreen) {
  const enrolment = loaded.enrolments.find((candidate) => candidate.receipt.id === screen.requestId);
  const week = enrolment?.weeks.find((candidate) => candidate.weekId === screen.weekId);
  if (!enrolment || !week) return renderHome(view, loaded);
  const title = view.t('enrol.unsubscribe.title', {
    name: enrolment.firstName,
    label: view.i18n.week(week.label),
  });
  if (screen.receipt)
    return html`<div data-focus="heading" tabindex="-1">
        ${confirmationPanel({
          i18n: view.i18n,
          title: view.t('enrol.unsubscribe.sent'),
          requestNumber: screen.receipt.number,
          savedAt: screen.receipt.submittedAt,
          headingLevel: view.headingLevel + 1,
        })}
      </div>
      ${statusTimeline({ i18n: view.i18n, entries: screen.receipt.history, labelFor: view.statusLabel, headingLevel: view.headingLevel + 2 })}
      <div class="actions" part="actions">
        ${button({ label: view.t('enrol.action.home'), variant: 'secondary', onClick: () => view.home() })}
      </div>`;
  const issue = view.issues.find((candidate) => candidate.field === 'reason');
  const error = issue
    ? view.i18n.has(`enrol.reason.${issue.code}`)
      ? view.t(`enrol.reason.${issue.code}` as EnrolKey)
      : view.issueMessage(issue, 'enrol', loaded.commune.country)
    : undefined;
  return html`<div data-focus="step-heading" tabindex="-1">${view.subheading(title)}</div>
    <p>${view.t('enrol.unsubscribe.intro')}</p>
    ${view.stepForm(
      error ? [{ fieldId: 'enrol-reason', message: error }] : [],
      () => void view.unsubscribe(screen),
      html`${textField({
          i18n: view.i18n,
          id: 'enrol-reason',
          name: 'reason',
          label: view.t('enrol.field.reason'),
          hint: view.t('enrol.hint.reason'),
          value: view.reason,
          required: true,
          rows: 4,
          maxLength: reasonMax,
          error,
          onInput: (value) => {
            view.setReason(value);
          },
        })}
        ${view.submission.renderError(view.i18n, () => void view.unsubscribe(screen))}
        <div class="actions" part="actions">
          ${button({
            label: view.t('enrol.unsubscribe.send'),
            variant: 'primary',
            type: 'submit',
            busy: view.submission.busy(),
            busyLabel: view.t('ui.sending'),
          })}
          ${button({ label: view.t('enrol.closing.back'), variant: 'link', onClick: () => view.home() })}
        </div>`,
    )}`;
}
