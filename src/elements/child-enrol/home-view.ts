import { html, nothing } from 'lit';
import type { Camp, CommuneSettings } from '../../domain/index.js';
import { communeDay, registrationState, unsubscribeBlock } from '../../domain/camp-rules.js';
import type { EnrolKey } from './messages/index.js';
import { localMessage, localString, localText, textSlot } from '../../shared/i18n/local-text.js';
import { button } from '../../shared/ui/index.js';
import { blockedChildren, campSpan, campsShown } from './enrol-model.js';
import type { EnrolView, Loaded } from './enrol-view.js';

/** The shared badge colours of an enrolment's state. */
const badges = { open: 'pending', closed: 'pending', paid: 'accepted', cancelled: 'cancelled' } as const;

export function renderNotice(view: EnrolView, commune: CommuneSettings) {
  return commune.notice
    ? html`<p class="notice" part="notice" role="note">${localText(view.i18n, commune.notice)}</p>`
    : nothing;
}

export function actionErrorFor(view: EnrolView, action: string, retry: () => void) {
  return view.actions.renderError(view.i18n, retry, action);
}

export function renderHome(view: EnrolView, loaded: Loaded) {
  const now = view.now();
  const { family } = loaded;
  const parent = family.parent;
  if (!parent) {
    return html`<div class="callout" role="note">
      <p>${view.t('enrol.notRegistered')}</p>
      ${view.parentHref ? html`<p><a href=${view.parentHref}>${view.t('enrol.notRegistered.link')}</a></p>` : nothing}
    </div>`;
  }
  const camps = campsShown(loaded.camps, now, view.campId);
  const open = loaded.enrolments.filter((enrolment) => enrolment.state === 'open');
  // Once shown, the cart stays: its last word (removed, past its deadline, paid) is not lost with it.
  const inCart = view.cartShownFor(loaded);
  return html`
    ${renderNotice(view, loaded.commune)}
    ${
      open.length > 0
        ? html`<div class="callout" role="note">
            <p>${view.t('enrol.list.closeHint')}</p>
            <div class="actions" part="actions">
              ${button({
                label: view.t('enrol.next.close'),
                variant: 'primary',
                onClick: () => view.show({ name: 'closing' }),
              })}
            </div>
          </div>`
        : nothing
    }
    ${inCart ? renderCart(view) : nothing}
    <section aria-labelledby="camps-title">
      <div id="camps-title">${view.subheading(view.t('enrol.camps.title'))}</div>
      ${
        camps.length === 0
          ? html`<p>${view.t('enrol.camps.none')}</p>`
          : html`<ul class="cards" part="camps">
              ${camps.map((camp) => renderCamp(view, camp, loaded, now))}
            </ul>`
      }
    </section>
    ${renderDrafts(view, loaded)} ${renderEnrolments(view, loaded, now)}
  `;
}

export function renderCamp(view: EnrolView, camp: Camp, loaded: Loaded, now: Date) {
  const span = campSpan(camp);
  const registration = registrationState(camp, now);
  const when = {
    open: view.t('enrol.camp.open', { date: view.i18n.when(camp.registration.closesAt) }),
    'not-yet-open': view.t('enrol.camp.notYetOpen', { date: view.i18n.when(camp.registration.opensAt) }),
    closed: view.t('enrol.camp.closed', { date: view.i18n.when(camp.registration.closesAt) }),
  }[registration];
  const children = loaded.family.children;
  const blocked = blockedChildren(camp, children);
  const canStart = registration === 'open' && blocked.length < children.length;
  return html`<li class="card" part="camp">
    <div class="card__title" role="heading" aria-level=${Math.min(view.headingLevel + 2, 6)}>
      ${localText(view.i18n, camp.name)}
    </div>
    ${
      span
        ? html`<p>
            ${view.t('enrol.camp.dates', { first: view.i18n.longDate(span.first), last: view.i18n.longDate(span.last) })}
          </p>`
        : nothing
    }
    <p><strong>${when}</strong></p>
    ${registration === 'open' ? html`<p class="hint">${view.t('enrol.camp.payWithin', { days: camp.paymentDelayDays })}</p>` : nothing}
    ${
      children.length === 0
        ? html`<p>
            ${view.t('enrol.noChild')}
            ${view.childHref ? html`<a href=${view.childHref.replaceAll('{childId}', '')}>${view.t('enrol.noChild.link')}</a>` : nothing}
          </p>`
        : nothing
    }
    ${registration === 'open' ? renderBlocked(view, blocked) : nothing}
    ${
      canStart
        ? html`<div class="actions" part="actions">
            ${button({
              label: view.t('enrol.camp.enrol', { camp: localString(view.i18n, camp.name) }),
              variant: 'primary',
              onClick: () => view.start(camp, view.childId),
            })}
          </div>`
        : nothing
    }
  </li>`;
}

export function renderBlocked(view: EnrolView, blocked: ReturnType<typeof blockedChildren>) {
  if (blocked.length === 0) return nothing;
  return html`<div class="blocked" part="blocked">
    <p>${view.t('enrol.blocked.title')}</p>
    <ul>
      ${blocked.map(({ child, block }) => {
        const link = block === 'noGroup' ? undefined : view.childLink(child.id);
        return html`<li>
          ${view.t(`enrol.blocked.${block}` as EnrolKey, { name: child.firstName })}
          ${link ? html`<a href=${link}>${view.t('enrol.blocked.link', { name: child.firstName })}</a>` : nothing}
        </li>`;
      })}
    </ul>
  </div>`;
}

export function renderDrafts(view: EnrolView, loaded: Loaded) {
  const adapter = view.activeAdapter;
  if (loaded.drafts.length === 0 || !adapter) return nothing;
  return html`<section aria-labelledby="drafts-title" part="drafts">
    <div id="drafts-title">${view.subheading(view.t('enrol.drafts.title'))}</div>
    <ul class="cards">
      ${loaded.drafts.map((draft) => {
        const camp = loaded.camps.find((candidate) => candidate.id === draft.campId);
        const child = loaded.family.children.find((candidate) => candidate.id === draft.childId);
        const action = `delete:${draft.trackingCode}`;
        const remove = () => view.deleteDraft(draft);
        return html`<li class="card">
          <p>
            ${localMessage(
              view.i18n,
              view.t('enrol.drafts.item', {
                code: draft.trackingCode,
                camp: textSlot,
                date: view.i18n.when(draft.updatedAt),
              }),
              camp?.name ?? '',
            )}
            ${child ? view.t('enrol.drafts.child', { name: child.firstName }) : nothing}
          </p>
          <div class="actions" part="actions">
            ${button({
              label: view.t('enrol.drafts.resume', { code: draft.trackingCode }),
              variant: 'secondary',
              onClick: () => view.resume(draft, loaded),
            })}
            ${button({
              label: view.t('enrol.drafts.delete', { code: draft.trackingCode }),
              variant: 'link',
              busy: view.actions.busy(action),
              busyLabel: view.t('ui.sending'),
              onClick: () => void remove(),
            })}
          </div>
          ${actionErrorFor(view, action, () => void remove())}
        </li>`;
      })}
    </ul>
  </section>`;
}

export function renderEnrolments(view: EnrolView, loaded: Loaded, now: Date) {
  if (loaded.enrolments.length === 0) return nothing;
  const today = communeDay(now);
  return html`<section aria-labelledby="enrolments-title">
    <div id="enrolments-title">${view.subheading(view.t('enrol.list.title'))}</div>
    <ul class="cards" part="enrolments">
      ${loaded.enrolments.map(
        (enrolment) =>
          html`<li class="card" part="enrolment">
            <div class="card__title" role="heading" aria-level=${Math.min(view.headingLevel + 2, 6)}>
              ${localMessage(
                view.i18n,
                view.t('enrol.list.item', {
                  name: enrolment.firstName,
                  camp: textSlot,
                  number: enrolment.receipt.number,
                }),
                enrolment.campName,
              )}
            </div>
            <p>
              <span class="badge badge--${badges[enrolment.state]}"
                >${view.t(`enrol.list.state.${enrolment.state}`)}</span
              >
            </p>
            <ul class="weeks">
              ${enrolment.weeks.map((week) => {
                const canLeave = !unsubscribeBlock(enrolment, week.weekId, today);
                return html`<li>
                  ${view.t('enrol.week.line', {
                    label: view.i18n.week(week.label),
                    dates: dateRange(view, week.days),
                    status:
                      week.status === 'waiting'
                        ? week.position
                          ? view.t('enrol.week.waiting', { position: week.position })
                          : view.t('enrol.week.waitingNoPosition')
                        : view.t(`enrol.week.${week.status}`),
                  })}
                  ${
                    canLeave
                      ? button({
                          label: view.t('enrol.unsubscribe.action', { label: view.i18n.week(week.label) }),
                          variant: 'link',
                          onClick: () => {
                            view.openUnsubscribe(enrolment.receipt.id, week.weekId);
                          },
                        })
                      : nothing
                  }
                </li>`;
              })}
            </ul>
            <details>
              <summary>${view.t('enrol.list.history', { number: enrolment.receipt.number })}</summary>
              ${view.withHistory((history) =>
                history.statusTimeline({
                  i18n: view.i18n,
                  entries: enrolment.receipt.history,
                  labelFor: view.statusLabel,
                  headingLevel: Math.min(view.headingLevel + 3, 6),
                }),
              )}
            </details>
          </li>`,
      )}
    </ul>
  </section>`;
}

export function dateRange(view: EnrolView, days: readonly string[]): string {
  const first = days[0] ?? '';
  const last = days.at(-1) ?? first;
  return first === last ? view.i18n.date(first) : `${view.i18n.date(first)} – ${view.i18n.date(last)}`;
}

export function renderCart(view: EnrolView) {
  return view.withCart(
    () =>
      html`<family-cart
        part="cart"
        .adapter=${view.activeAdapter}
        .locale=${view.locale}
        .translations=${view.translations}
        heading-level=${view.headingLevel + 1}
        @fp-cart-changed=${() => view.reload()}
      ></family-cart>`,
  );
}
