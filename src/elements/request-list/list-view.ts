import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { FieldChange, FamilySnapshot, RequestReceipt } from '../../domain/index.js';
import { button, entryMessage, statusTimeline } from '../../shared/ui/index.js';
import {
  childOf,
  filterRequests,
  groupNames,
  isFiltered,
  isGroup,
  kindGroups,
  listPage,
  periodFilters,
  shownChange,
  statusFilters,
  type ChangeValue,
  type KindFilter,
  type PeriodFilter,
  type StatusFilter,
} from './request-model.js';
import type { RequestView } from './view.js';

const kindLabel = (view: RequestView, kind: RequestReceipt['kind']) => view.t(`ui.kind.${kind}`);

/** The words of a kind filter: every request, a group, or one kind. */
function kindFilterLabel(view: RequestView, filter: KindFilter): string {
  if (filter === 'all') return view.t('requests.filter.kind.all');
  if (isGroup(filter)) return view.t(`requests.group.all.${filter}`);
  return kindLabel(view, filter);
}

const statusLabel = (view: RequestView, status: StatusFilter) =>
  status === 'all' ? view.t('requests.filter.status.all') : view.t(`ui.requestStatus.${status}`);

const periodLabel = (view: RequestView, period: PeriodFilter) => view.t(`requests.filter.period.${period}`);

/** A select of the filters, its value one of `values`. */
function filterSelect<T extends string>(
  id: string,
  label: string,
  value: T,
  options: unknown,
  onChange: (value: string) => void,
) {
  return html`<div class="field filter">
    <label class="label" for=${id}>${label}</label>
    <select
      id=${id}
      class="input"
      part="filter"
      .value=${value}
      @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}
    >
      ${options}
    </select>
  </div>`;
}

/** Kind (grouped as seed 004 groups them), status and period; the count; "Effacer les filtres". */
function renderFilters(view: RequestView, shown: number, total: number) {
  const { t, filters } = view;
  const option = (value: string, label: string, selected: boolean) =>
    html`<option value=${value} ?selected=${selected}>${label}</option>`;
  const kinds = html`${option('all', kindFilterLabel(view, 'all'), filters.kind === 'all')}
  ${groupNames.map(
    (group) =>
      html`<optgroup label=${t(`requests.group.${group}`)}>
        ${option(group, kindFilterLabel(view, group), filters.kind === group)}
        ${kindGroups[group].map((kind) => option(kind, kindLabel(view, kind), filters.kind === kind))}
      </optgroup>`,
  )}`;
  const filtered = isFiltered(filters);
  const count = filtered
    ? t(shown === 1 ? 'requests.count.filtered.one' : 'requests.count.filtered.other', {
        count: shown.toLocaleString(view.i18n.locale),
        total: total.toLocaleString(view.i18n.locale),
      })
    : t(total === 1 ? 'requests.count.one' : 'requests.count.other', {
        count: total.toLocaleString(view.i18n.locale),
      });
  return html`<div class="filters" part="filters" role="group" aria-label=${t('requests.filters')}>
      ${filterSelect('filter-kind', t('requests.filter.kind'), filters.kind, kinds, (kind) =>
        view.setFilters({ kind: kind as KindFilter }),
      )}
      ${filterSelect(
        'filter-status',
        t('requests.filter.status'),
        filters.status,
        statusFilters.map((status) => option(status, statusLabel(view, status), filters.status === status)),
        (status) => view.setFilters({ status: status as StatusFilter }),
      )}
      ${filterSelect(
        'filter-period',
        t('requests.filter.period'),
        filters.period,
        periodFilters.map((period) => option(period, periodLabel(view, period), filters.period === period)),
        (period) => view.setFilters({ period: period as PeriodFilter }),
      )}
    </div>
    <div class="count-row">
      <p class="count" part="count" role="status">${count}</p>
      ${
        filtered
          ? html`<span data-button="clear"
              >${button({ label: t('requests.clear'), variant: 'link', onClick: () => view.clearFilters() })}</span
            >`
          : nothing
      }
    </div>`;
}

/** What the active filters say, for the empty state: "Plaines et stages · Refusée · Les 3 derniers mois". */
function activeFilters(view: RequestView): string {
  const { filters } = view;
  return [
    filters.kind !== 'all' ? kindFilterLabel(view, filters.kind) : undefined,
    filters.status !== 'all' ? statusLabel(view, filters.status) : undefined,
    filters.period !== 'all' ? periodLabel(view, filters.period) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}

function changeValue(view: RequestView, value: ChangeValue): string {
  if ('none' in value) return view.t('requests.change.none');
  return 'date' in value ? view.i18n.date(value.date) : value.text;
}

/** A field's name in the parent's words; a field we have no words for keeps the service's name. */
function fieldLabel(view: RequestView, field: string): string {
  const key = `requests.field.${field}`;
  const label = view.i18n.has(key) ? view.t(key as 'requests.field.parent.phone') : field.split('.').at(-1)!;
  return field.startsWith('health.') ? view.t('requests.field.health', { field: label }) : label;
}

/** "Ce qui change": each field, with what it was and what it becomes when those read as words. */
function renderChanges(view: RequestView, changes: readonly FieldChange[] | undefined) {
  if (!changes?.length) return nothing;
  return html`${view.heading(view.t('requests.changes'), 2)}
    <dl class="changes" part="changes">
      ${changes.map((change) => {
        const shown = shownChange(change);
        return html`<div>
          <dt>${fieldLabel(view, shown.field)}</dt>
          ${
            shown.values
              ? html`<dd>
                    ${view.t('requests.change.from', { value: changeValue(view, shown.values.from) })}
                  </dd>
                  <dd>${view.t('requests.change.to', { value: changeValue(view, shown.values.to) })}</dd>`
              : nothing
          }
        </div>`;
      })}
    </dl>`;
}

/** One request: kind, number, child, date, status in words, the last step; its history on request. */
function renderRequest(view: RequestView, request: RequestReceipt, open: boolean) {
  const { t, i18n } = view;
  const child = childOf(view.children, request);
  const last = request.history.at(-1);
  const sentence = last ? entryMessage(i18n, last) : undefined;
  const panelId = `history-${request.id}`;
  return html`<li class="request" part="request" data-request=${request.id}>
    ${view.heading(kindLabel(view, request.kind), 1)}
    <p class="facts">
      <span>${t('requests.number', { number: request.number })}</span>
      ${child ? html`<span>${t('requests.child', { name: child })}</span>` : nothing}
      <span>${t('requests.submitted', { date: i18n.date(request.submittedAt) })}</span>
    </p>
    <p>
      <span class="badge badge--${request.status}" part="status status-${request.status}"
        >${t(`ui.requestStatus.${request.status}`)}</span
      >
    </p>
    ${
      last
        ? html`<div class="last-step" part="last-step">
            <p class="last-step__label">
              ${t('requests.lastStep', { when: i18n.when(last.at), label: view.statusLabel(last) })}
            </p>
            ${sentence ? html`<p class="last-step__message">${sentence}</p>` : nothing}
          </div>`
        : nothing
    }
    <span data-button="toggle-${request.id}"
      ><button
        type="button"
        class="toggle"
        part="toggle"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${panelId}
        @click=${() => view.toggle(request.id)}
      >
        <span class="toggle__icon" aria-hidden="true"></span
        >${t('requests.toggle', { number: request.number })}
      </button></span
    >
    <div id=${panelId} class="panel" part="history" ?hidden=${!open}>
      ${
        open
          ? html`<p class="muted">${t('requests.tracking', { code: request.trackingCode })}</p>
              ${renderChanges(view, request.changes)}
              ${statusTimeline({
                i18n,
                entries: request.history,
                labelFor: (entry) => view.statusLabel(entry),
                headingLevel: view.level(2),
              })}`
          : nothing
      }
    </div>
  </li>`;
}

/** "50 demandes affichées sur 120" and "Afficher 50 demandes de plus". */
function renderMore(view: RequestView, drawn: number, shown: readonly RequestReceipt[]) {
  const { t, i18n } = view;
  const count = Math.min(listPage, shown.length - drawn);
  return html`<div class="more" part="more">
    <p>
      ${t('requests.more.shown', {
        shown: drawn.toLocaleString(i18n.locale),
        total: shown.length.toLocaleString(i18n.locale),
      })}
    </p>
    <span data-button="more">
      ${button({
        label: t(count === 1 ? 'requests.more.one' : 'requests.more.other', {
          count: count.toLocaleString(i18n.locale),
        }),
        onClick: () => view.showMore(shown[drawn]?.id),
      })}
    </span>
  </div>`;
}

/** The filters, the count, and the requests newest first (or why there are none to show). */
export function renderRequests(view: RequestView, family: FamilySnapshot) {
  const { t } = view;
  const all = family.requests;
  const shown = filterRequests(all, view.filters, view.today);
  const drawn = shown.length > view.shownCount ? shown.slice(0, view.shownCount) : shown;
  if (all.length === 0) return html`<p class="callout" part="empty">${t('requests.empty')}</p>`;
  return html`${renderFilters(view, shown.length, all.length)}
  ${
    shown.length === 0
      ? html`<div class="callout" part="empty">
          <p>${t('requests.empty.filtered', { filters: activeFilters(view) })}</p>
          <span data-button="show-all"
            >${button({ label: t('requests.showAll'), onClick: () => view.clearFilters() })}</span
          >
        </div>`
      : html`<ul class="requests-list" part="requests">
            ${repeat(
              drawn,
              (request) => request.id,
              (request) => renderRequest(view, request, view.expanded.has(request.id)),
            )}
          </ul>
          ${drawn.length < shown.length ? renderMore(view, drawn.length, shown) : nothing}`
  }`;
}
