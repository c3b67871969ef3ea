import { Task, initialState } from '@lit/task';
import { html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FamilyPortalAdapter } from '../../adapter/index.js';
import type { FamilySnapshot } from '../../domain/index.js';
import { FpFormElement } from '../../shared/form-element.js';
import { coreStyles, flowStyles, formStyles } from '../../shared/styles.js';
import { FamilyNewsController } from './family-news.js';
import { renderRequests } from './list-view.js';
import { requestMessages, type RequestKey } from './messages/index.js';
import { requestListStyles } from './request-list.styles.js';
import {
  kindFilterOf,
  listPage,
  periodFilterOf,
  statusFilterOf,
  type KindFilter,
  type PeriodFilter,
  type RequestFilters,
  type StatusFilter,
} from './request-model.js';
import type { RequestView } from './view.js';

/**
 * Every request of the family ("Mes demandes", seed 004's "Liste des
 * demandes", without its one-month cap), newest first: its kind in words,
 * its number, the child it is about, the day it was sent, its status in
 * words (and colour), and the service's last step. Each opens, by a
 * disclosure button, on its whole status history, newest first, in the
 * parent's language (the service's sentences from their codes, a refusal's
 * reason as typed), and, for a change request, what changes.
 *
 * - Filters, combined: the kind (grouped: the family, the children, camps,
 *   bookings and absences, invoices, or one kind), the status, the period
 *   (the last 3 or 12 months, or all: the default). They live in the
 *   element, not in the page's address; `kind`, `status` and `period` preset them.
 * - The count of requests shown; when the filters keep none, says so with
 *   "Afficher toutes les demandes".
 * - A long history draws 50 requests, then 50 more on "Afficher … de plus".
 * - Reads the family again when another element of the page records a
 *   request (`fp-submitted`), or when `refresh()` is called.
 *
 * ```html
 * <family-portal api-base="/api/v1">
 *   <request-list status="pending"></request-list>
 * </family-portal>
 * ```
 *
 * @summary Every request of the family with its status history, filtered by kind, status and period.
 *
 * @fires {FpErrorEvent} fp-error - The family could not be read. `detail`: `{ type, code, message, retryable, requestId, operation }`, `operation` being `load`.
 *
 * @csspart heading - The element's main heading ("Mes demandes").
 * @csspart filters - The kind, status and period filters.
 * @csspart filter - Each filter's select.
 * @csspart count - "12 demandes", or "3 demandes sur 12" when filtered.
 * @csspart requests - The list of requests.
 * @csspart request - Each request.
 * @csspart status - A request's status in words; also `status-<status>` (`status-pending`, `status-accepted`, `status-refused`, `status-cancelled`).
 * @csspart last-step - The service's last step on a request.
 * @csspart toggle - The button that opens a request's history.
 * @csspart history - A request's opened history (changes and timeline).
 * @csspart changes - What a change request changes.
 * @csspart timeline - A request's status history.
 * @csspart empty - "Vous n’avez encore fait aucune demande.", or no request for the filters.
 * @csspart more - "50 demandes affichées sur 120" and "Afficher 50 demandes de plus".
 * @csspart button - Every button; also `button-secondary` or `button-link` by its role.
 * @csspart error-panel - A backend error, with "Réessayer" when it may help.
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssprop --fp-color-primary - Main colour (buttons, links, the history's line).
 * @cssprop --fp-color-text - Text colour.
 * @cssprop --fp-color-muted - Secondary text colour (dates, tracking code).
 * @cssprop --fp-color-border - Borders between requests.
 * @cssprop --fp-color-error - Refused and cancelled requests, errors.
 * @cssprop --fp-color-success - Accepted requests.
 * @cssprop --fp-color-warning - Pending requests.
 * @cssprop --fp-color-surface - Background of the last step and of messages.
 * @cssprop --fp-color-focus - Focus ring.
 * @cssprop --fp-color-input - Background of the filters and secondary buttons.
 * @cssprop --fp-radius - Corner radius.
 * @cssprop --fp-space - Spacing unit.
 * @cssprop --fp-font-size - Base font size.
 * @cssprop --fp-font-family - Font; inherits the page's by default.
 * @cssprop --fp-max-width - Maximum width of the content.
 */
export class RequestListElement extends FpFormElement<RequestKey> {
  static override styles = [coreStyles, formStyles, flowStyles, requestListStyles];

  /** @internal */
  static override messages = requestMessages;

  /**
   * The kind filter it opens with: `all` (the default), a group (`family`,
   * `children`, `camps`, `calendar`, `invoices`) or one kind (`parent-change`,
   * `absence`… any of the request kinds). The parent may change it.
   */
  @property({ reflect: true }) kind: KindFilter = 'all';

  /** The status filter it opens with: `all` (the default), `pending`, `accepted`, `refused` or `cancelled`. */
  @property({ attribute: 'status', reflect: true }) requestStatus: StatusFilter = 'all';

  /** The period it opens with: `all` (the default: no limit), `3-months` or `12-months`. */
  @property({ reflect: true }) period: PeriodFilter = 'all';

  /** The requests whose history is open, by id. */
  @state() private expanded: ReadonlySet<string> = new Set();
  /** How many requests of the filters the list draws: a page at first, a page more on request. */
  @state() private shownCount = listPage;

  private readonly loadTask = new Task<readonly [FamilyPortalAdapter | undefined], FamilySnapshot>(this, {
    task: async ([adapter], { signal }) => {
      if (!adapter) return initialState;
      const [family] = await Promise.all([
        adapter.getFamily({ signal }).catch((error: unknown) => this.loadFailed(error)),
        this.i18n.ready,
      ]);
      return family;
    },
    args: () => [this.activeAdapter] as const,
  });

  /** Another element of the page recorded a request: read the family again. */
  private readonly news = new FamilyNewsController(this, () => void this.loadTask.run());

  /** @internal The date today, `2026-11-02`, which the period counts back from (tests set their own). */
  protected today(): string {
    return new Date().toISOString().slice(0, 10);
  }

  /** Reads the requests again: when the page changed them otherwise (another tab, the service's answer). */
  async refresh(): Promise<void> {
    await this.loadTask.run();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.kind = kindFilterOf(this.kind);
    this.requestStatus = statusFilterOf(this.requestStatus);
    this.period = periodFilterOf(this.period);
    if (changed.has('kind') || changed.has('requestStatus') || changed.has('period'))
      this.shownCount = listPage;
  }

  private get filters(): RequestFilters {
    return { kind: this.kind, status: this.requestStatus, period: this.period };
  }

  private setFilters(patch: Partial<RequestFilters>): void {
    if (patch.kind) this.kind = patch.kind;
    if (patch.status) this.requestStatus = patch.status;
    if (patch.period) this.period = patch.period;
  }

  private clearFilters(): void {
    this.setFilters({ kind: 'all', status: 'all', period: 'all' });
    this.nextFocus.request('#filter-kind');
  }

  private toggle(requestId: string): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(requestId)) expanded.add(requestId);
    this.expanded = expanded;
  }

  private level(depth: number): number {
    return Math.min(Math.max(this.headingLevel, 1) + depth, 6);
  }

  private view(family: FamilySnapshot): RequestView {
    return {
      i18n: this.i18n,
      t: (key, params) => this.t(key, params),
      heading: (text, depth) =>
        html`<div class="h3" role="heading" aria-level=${this.level(depth)}>${text}</div>`,
      level: (depth) => this.level(depth),
      statusLabel: (entry) => this.statusLabel(entry),
      today: this.today(),
      children: family.children,
      filters: this.filters,
      setFilters: (patch) => this.setFilters(patch),
      clearFilters: () => this.clearFilters(),
      shownCount: this.shownCount,
      showMore: (nextId) => {
        this.shownCount += listPage;
        if (nextId) this.nextFocus.request(`button:toggle-${CSS.escape(nextId)}`);
      },
      expanded: this.expanded,
      toggle: (requestId) => this.toggle(requestId),
    };
  }

  override render() {
    return this.withStatus(
      html`${this.heading(this.t('requests.title'))}
        <p class="hint">${this.t('requests.intro')}</p>
        ${this.loadView(this.loadTask, (family) => renderRequests(this.view(family), family), {
          lines: 8,
          // A reload keeps the list in place (its filters and open histories) until the new one is there.
          keep: () =>
            this.loadTask.value && renderRequests(this.view(this.loadTask.value), this.loadTask.value),
        })}`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'request-list': RequestListElement;
  }
}
