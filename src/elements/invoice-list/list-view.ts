import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { InvoiceList, InvoiceSummary } from '../../domain/index.js';
import { localString } from '../../shared/i18n/local-text.js';
import { button } from '../../shared/ui/index.js';
import {
  filterKinds,
  filtered,
  listPage,
  selectable,
  selectedTotal,
  shownStates,
  toPay,
  type Notice,
} from './invoice-model.js';
import type { InvoiceView } from './view.js';

/** One list formatter per language: a thousand rows name their children. */
const listFormats = new Map<string, Intl.ListFormat>();
function listFormat(locale: string): Intl.ListFormat {
  let found = listFormats.get(locale);
  if (!found) listFormats.set(locale, (found = new Intl.ListFormat(locale)));
  return found;
}

/** "Vous devez 84,00 €, dont 20,00 € en retard", or the credit, or nothing owed. */
export function renderBalance(view: InvoiceView, balanceCents: number, overdueCents: number) {
  const { t } = view;
  const words =
    balanceCents > 0
      ? t('invoices.balance.owed', { amount: view.money(balanceCents) })
      : balanceCents < 0
        ? t('invoices.balance.credit', { amount: view.money(-balanceCents) })
        : t('invoices.balance.none');
  return html`<p class="balance ${overdueCents > 0 ? 'balance--overdue' : ''}" part="balance">
    <strong>${words}</strong>${
      overdueCents > 0
        ? html`<span class="balance__overdue"
            >, ${t('invoices.balance.overdue', { amount: view.money(overdueCents) })}</span
          >`
        : nothing
    }
  </p>`;
}

/** The state in words, each with its colour. */
export function renderStates(view: InvoiceView, invoice: InvoiceSummary) {
  return html`<span class="states"
    >${shownStates(invoice).map(
      (state) =>
        html`<span class="state state--${state}" part="state">${view.t(`invoices.state.${state}`)}</span>`,
    )}</span
  >`;
}

/** Why an invoice cannot be paid online, and how to pay it. */
export function renderWhy(view: InvoiceView, invoice: InvoiceSummary) {
  const reason = invoice.notPayable;
  // A transferred invoice is owed to the treasury or the bailiff now: where to pay it, whatever it says here.
  if (!reason || (invoice.balanceCents <= 0 && invoice.state !== 'transferred')) return nothing;
  const { t, i18n } = view;
  return html`<div class="why" part="not-payable">
    <p>
      ${t(`invoices.why.${reason}`)}
      ${
        reason === 'payment-in-flight' && invoice.lockedUntil
          ? t('invoices.why.lockedUntil', {
              date: i18n.longDate(invoice.lockedUntil),
              time: i18n.time(invoice.lockedUntil),
            })
          : nothing
      }
    </p>
    ${
      invoice.payWhere
        ? html`<p class="pay-where">
            ${t('invoices.payWhere', { where: localString(i18n, invoice.payWhere) })}
          </p>`
        : nothing
    }
  </div>`;
}

export function invoiceTitle(view: InvoiceView, invoice: InvoiceSummary): string {
  return view.t(invoice.creditNote ? 'invoices.creditNote' : 'invoices.number', { number: invoice.number });
}

/** What every invoice shows, in the list and at the top of its detail. */
export function renderFacts(view: InvoiceView, invoice: InvoiceSummary) {
  const { t, i18n } = view;
  const names = invoice.children.map((child) => child.firstName).filter(Boolean);
  return html`<p class="regie">${localString(i18n, invoice.regie.name)}</p>
    ${renderStates(view, invoice)}
    <ul class="facts">
      <li>
        ${t('invoices.period', { from: i18n.date(invoice.periodFrom), to: i18n.date(invoice.periodTo) })}
      </li>
      ${
        names.length > 0
          ? html`<li>${t('invoices.children', { names: listFormat(i18n.locale).format(names) })}</li>`
          : nothing
      }
      <li>${t('invoices.issued', { date: i18n.date(invoice.issuedOn) })}</li>
      ${
        toPay(invoice)
          ? html`<li class=${invoice.overdue ? 'overdue' : ''}>
              ${t('invoices.due', { date: i18n.date(invoice.dueOn) })}
            </li>`
          : nothing
      }
    </ul>
    <p class="amounts">
      <span>${t('invoices.total', { amount: view.money(invoice.totalCents) })}</span>
      <strong part="invoice-balance"
        >${t('invoices.left', { amount: view.money(Math.max(invoice.balanceCents, 0)) })}</strong
      >
    </p>`;
}

/** One invoice of the list: cached while it, its selection and the language stay the same. */
function renderRow(view: InvoiceView, invoice: InvoiceSummary, checked: boolean, canSelect: boolean) {
  const id = `select-${invoice.id}`;
  return html`<li class="invoice ${checked ? 'invoice--selected' : ''}" part="invoice">
    <div class="invoice__head">
      ${
        canSelect
          ? html`<span class="check">
              <input
                id=${id}
                type="checkbox"
                .checked=${checked}
                @change=${(event: Event) => view.toggle(invoice, (event.target as HTMLInputElement).checked)}
              />
              <label for=${id}
                ><span class="visually-hidden"
                  >${view.t('invoices.select', {
                    number: invoice.number,
                    amount: view.money(invoice.balanceCents),
                  })}</span
                ></label
              >
            </span>`
          : nothing
      }
      ${view.heading(invoiceTitle(view, invoice), 1)}
    </div>
    ${renderFacts(view, invoice)} ${renderWhy(view, invoice)}
    <span data-button="open-${invoice.id}">
      ${button({ label: view.t('invoices.open', { number: invoice.number }), onClick: () => view.open(invoice) })}
    </span>
  </li>`;
}

/** What happened to a payment, at the top: "Payée" and the new balance, or why it was not made. */
export function renderNotice(view: InvoiceView, notice: Notice | undefined) {
  if (!notice) return nothing;
  const { t, i18n } = view;
  if (notice.kind === 'unverified')
    return html`<div class="callout callout--error" part="payment-notice" tabindex="-1" data-focus="notice">
      <p>${t('invoices.notice.unverified')}</p>
    </div>`;
  const { outcome } = notice;
  if (notice.kind !== 'paid')
    return html`<div class="callout" part="payment-notice" tabindex="-1" data-focus="notice">
      <p>${t(`invoices.notice.${notice.kind}`)}</p>
    </div>`;
  const numbers = listFormat(i18n.locale).format(outcome.invoices.map((invoice) => invoice.number));
  return html`<div class="confirmation" part="paid payment-notice" tabindex="-1" data-focus="notice">
    <p class="confirmation__title">
      ${t(outcome.invoices.length > 1 ? 'invoices.notice.paid.other' : 'invoices.notice.paid.one', { numbers })}
    </p>
    <ul class="paid-list">
      ${outcome.invoices.map(
        (invoice) =>
          html`<li>
            ${invoice.number} · ${view.money(invoice.totalCents)} · ${renderStates(view, invoice)}
          </li>`,
      )}
    </ul>
    ${renderBalance(view, outcome.balanceCents, 0)}
  </div>`;
}

function renderFilters(view: InvoiceView, list: InvoiceList) {
  const { t } = view;
  return html`<div class="filters" part="filters">
    <fieldset class="field filter">
      <legend class="label">${t('invoices.filter')}</legend>
      <div class="choices choices--inline">
        ${filterKinds.map(
          (kind) =>
            html`<div class="choice">
              <input
                id="filter-${kind}"
                type="radio"
                name="filter"
                .checked=${view.filter === kind}
                @change=${() => view.setFilter(kind)}
              />
              <label for="filter-${kind}">${t(`invoices.filter.${kind}`)}</label>
            </div>`,
        )}
      </div>
    </fieldset>
    <div class="field">
      <label class="label" for="school-year">${t('invoices.year')}</label>
      <select
        id="school-year"
        class="input"
        @change=${(event: Event) => view.setSchoolYear((event.target as HTMLSelectElement).value || undefined)}
      >
        <option value="" ?selected=${!view.schoolYear}>${t('invoices.year.all')}</option>
        ${[...new Set([...list.schoolYears, ...(view.schoolYear ? [view.schoolYear] : [])])].map(
          (year) => html`<option value=${year} ?selected=${year === view.schoolYear}>${year}</option>`,
        )}
      </select>
    </div>
  </div>`;
}

function renderSelection(view: InvoiceView, list: InvoiceList, payable: readonly InvoiceSummary[]) {
  const { t } = view;
  const count = payable.filter((invoice) => view.selected.has(invoice.id)).length;
  const amount = view.money(selectedTotal(payable, view.selected));
  const words =
    count === 0
      ? t('invoices.selection.none')
      : t(count === 1 ? 'invoices.selection.one' : 'invoices.selection.other', { count, amount });
  const all = count === payable.length;
  return html`<div class="selection" part="selection">
    <p class="selection__total" role="status" aria-live="polite">${words}</p>
    <div class="actions">
      <span data-button="select-all">
        ${button({
          label: t(all ? 'invoices.selectNone' : 'invoices.selectAll'),
          onClick: () => view.selectAll(payable, !all),
        })}
      </span>
      ${
        count > 0
          ? html`<span data-button="review"
              >${button({ label: t('invoices.review'), variant: 'primary', onClick: () => view.review() })}</span
            >`
          : nothing
      }
    </div>
    ${list.onlinePayment ? nothing : html`<p class="hint">${t('invoices.onlineUnavailable')}</p>`}
  </div>`;
}

/** "Récapitulatif du paiement": the invoices chosen and their total, then "Payer". */
function renderRecap(view: InvoiceView, payable: readonly InvoiceSummary[]) {
  const { t } = view;
  const chosen = payable.filter((invoice) => view.selected.has(invoice.id));
  return html`<section class="recap pay-recap" part="recap" aria-labelledby="recap-title">
    <div id="recap-title" tabindex="-1" data-focus="recap">${view.heading(t('invoices.recap.title'), 1)}</div>
    <ul class="recap__invoices">
      ${chosen.map(
        (invoice) =>
          html`<li>
            <span>${invoice.number} · ${localString(view.i18n, invoice.regie.name)}</span>
            <strong>${view.money(invoice.balanceCents)}</strong>
          </li>`,
      )}
    </ul>
    <p class="total" part="total">
      ${t('invoices.recap.total', { amount: view.money(selectedTotal(chosen, view.selected)) })}
    </p>
    <p class="hint">${t('invoices.pay.hint')}</p>
    ${view.submission.renderError(view.i18n, () => view.pay(chosen))}
    <div class="actions">
      ${button({
        label: t('invoices.pay'),
        variant: 'primary',
        busy: view.submission.busy(),
        busyLabel: t('ui.sending'),
        onClick: () => view.pay(chosen),
      })}
      ${button({ label: t('invoices.recap.change'), onClick: () => view.stopReview() })}
    </div>
  </section>`;
}

/** The balance, the filters, the selection and the invoices (or why there are none to show). */
export function renderList(view: InvoiceView, list: InvoiceList) {
  const { t } = view;
  const shown = filtered(list.invoices, view.filter);
  const drawn = shown.length > view.shownCount ? shown.slice(0, view.shownCount) : shown;
  const payable = list.invoices.filter((invoice) => selectable(invoice, list.onlinePayment));
  const locale = view.i18n.locale;
  const empty =
    list.invoices.length === 0 && !view.schoolYear
      ? html`<p part="empty">${t('invoices.empty')}</p>`
      : shown.length === 0 && view.filter === 'to-pay' && list.balanceCents <= 0
        ? html`<p class="callout" part="all-paid">${t('invoices.allPaid')}</p>`
        : shown.length === 0
          ? html`<p part="empty">${t('invoices.empty.filter')}</p>`
          : nothing;
  return html`${renderBalance(view, list.balanceCents, list.overdueCents)} ${renderFilters(view, list)}
  ${view.reviewing && payable.some((invoice) => view.selected.has(invoice.id)) ? renderRecap(view, payable) : nothing}
  ${payable.length > 0 && !view.reviewing ? renderSelection(view, list, payable) : nothing} ${empty}
  ${
    shown.length > 0
      ? html`<ul class="invoices" part="invoices">
            ${repeat(
              drawn,
              (invoice) => invoice.id,
              (invoice) => {
                const checked = view.selected.has(invoice.id);
                const canSelect = selectable(invoice, list.onlinePayment) && !view.reviewing;
                return guard([invoice, checked, canSelect, locale], () =>
                  renderRow(view, invoice, checked, canSelect),
                );
              },
            )}
          </ul>
          ${drawn.length < shown.length ? renderMore(view, drawn.length, shown) : nothing}`
      : nothing
  }`;
}

/** "50 factures affichées sur 1 000" and "Afficher 50 factures de plus". */
function renderMore(view: InvoiceView, drawn: number, shown: readonly InvoiceSummary[]) {
  const { t, i18n } = view;
  const count = Math.min(listPage, shown.length - drawn);
  return html`<div class="more" part="more">
    <p>
      ${t('invoices.more.shown', { shown: drawn.toLocaleString(i18n.locale), total: shown.length.toLocaleString(i18n.locale) })}
    </p>
    <span data-button="more">
      ${button({
        label: t(count === 1 ? 'invoices.more.one' : 'invoices.more.other', {
          count: count.toLocaleString(i18n.locale),
        }),
        onClick: () => view.showMore(shown[drawn]),
      })}
    </span>
  </div>`;
}
