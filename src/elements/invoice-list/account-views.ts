import { html, nothing } from 'lit';
import type { AccountStatement, TaxCertificate, TaxCertificateList } from '../../domain/index.js';
import { localString } from '../../shared/i18n/local-text.js';
import { button } from '../../shared/ui/index.js';
import { pdfLink } from './pdf-link.js';
import type { InvoiceView } from './view.js';

/** Its words, loaded with it. */
export { accountMessages as messages } from './messages/account/index.js';

/** The school year to show the statement of, among those the family has. */
function renderYearPicker(view: InvoiceView, years: readonly string[], year: string) {
  return html`<div class="field no-print">
    <label class="label" for="statement-year">${view.t('invoices.year')}</label>
    <select
      id="statement-year"
      class="input"
      @change=${(event: Event) => view.setStatementYear((event.target as HTMLSelectElement).value)}
    >
      ${[...new Set([year, ...years])]
        .sort()
        .reverse()
        .map((shown) => html`<option value=${shown} ?selected=${shown === year}>${shown}</option>`)}
    </select>
  </div>`;
}

/** "Relevé de compte" (seed 004): entries between the opening and the closing balance, and "Imprimer". */
export function renderStatement(view: InvoiceView, statement: AccountStatement, years: readonly string[]) {
  const { t, i18n } = view;
  const columns = [
    t('invoices.statement.date'),
    t('invoices.statement.description'),
    t('invoices.statement.service'),
    t('invoices.statement.debit'),
    t('invoices.statement.credit'),
    t('invoices.statement.balance'),
  ] as const;
  const money = (cents: number) => (cents === 0 ? '' : view.money(cents));
  return html`${renderYearPicker(view, years, statement.schoolYear)}
    <section class="statement" part="statement">
      ${view.heading(t('invoices.statement.title', { year: statement.schoolYear }), 1)}
      <p>
        ${t('invoices.statement.period', { from: i18n.date(statement.from), to: i18n.date(statement.to) })}
      </p>
      <p part="opening">
        ${t('invoices.statement.opening', { date: i18n.date(statement.from), amount: view.money(statement.openingCents) })}
      </p>
      ${
        statement.entries.length === 0
          ? html`<p>${t('invoices.statement.empty')}</p>`
          : html`<table class="table entries" part="entries">
              <thead>
                <tr>
                  ${columns.map(
                    (column, index) => html`<th scope="col" class=${index >= 3 ? 'num' : ''}>${column}</th>`,
                  )}
                </tr>
              </thead>
              <tbody>
                ${statement.entries.map(
                  (entry) =>
                    html`<tr>
                      <td class="date" data-label=${columns[0]}>${i18n.date(entry.date)}</td>
                      <td data-label=${columns[1]}>
                        ${t(`invoices.statement.entry.${entry.kind}`, { number: entry.invoiceNumber })}
                      </td>
                      <td data-label=${columns[2]}>${localString(i18n, entry.regie.name)}</td>
                      <td class="num" data-label=${columns[3]}>${money(entry.debitCents)}</td>
                      <td class="num" data-label=${columns[4]}>${money(entry.creditCents)}</td>
                      <td class="num" data-label=${columns[5]}>${view.money(entry.balanceCents)}</td>
                    </tr>`,
                )}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" colspan="3">${t('invoices.statement.totals')}</th>
                  <td class="num" data-label=${columns[3]}>${view.money(statement.debitCents)}</td>
                  <td class="num" data-label=${columns[4]}>${view.money(statement.creditCents)}</td>
                  <td class="num" data-label=${columns[5]}>${view.money(statement.closingCents)}</td>
                </tr>
              </tfoot>
            </table>`
      }
      <p part="closing">
        <strong
          >${t('invoices.statement.closing', { date: i18n.date(statement.to), amount: view.money(statement.closingCents) })}</strong
        >
      </p>
    </section>
    <div class="actions no-print">
      ${button({ label: t('invoices.print'), variant: 'secondary', onClick: () => view.print() })}
    </div>`;
}

function renderCertificate(
  view: InvoiceView,
  certificate: TaxCertificate,
  pdf: (certificate: TaxCertificate) => () => Promise<unknown>,
) {
  const { t, i18n } = view;
  const scheme = t(`invoices.certificates.scheme.${certificate.scheme}`);
  return html`<li class="certificate" part="certificate">
    ${view.heading(t('invoices.certificates.heading', { scheme, year: certificate.year }), 1)}
    <p class="hint">${t('invoices.certificates.issued', { date: i18n.date(certificate.issuedOn) })}</p>
    <table class="table">
      <thead>
        <tr>
          <th scope="col">${t('invoices.certificates.child')}</th>
          ${certificate.scheme === 'be-281.86' ? html`<th scope="col" class="num">${t('invoices.certificates.days')}</th>` : nothing}
          <th scope="col" class="num">${t('invoices.certificates.amount')}</th>
        </tr>
      </thead>
      <tbody>
        ${certificate.children.map(
          (child) =>
            html`<tr>
              <td data-label=${t('invoices.certificates.child')}>${child.firstName} ${child.lastName}</td>
              ${
                certificate.scheme === 'be-281.86'
                  ? html`<td class="num" data-label=${t('invoices.certificates.days')}>
                      ${child.periods.reduce((days, period) => days + period.days, 0)}
                    </td>`
                  : nothing
              }
              <td class="num" data-label=${t('invoices.certificates.amount')}>
                ${view.money(child.amountCents)}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
    <p class="total">${t('invoices.certificates.total', { amount: view.money(certificate.totalCents) })}</p>
    ${pdfLink(view, `certificate-${certificate.id}`, certificate.pdf, pdf(certificate))}
  </li>`;
}

/** The tax certificates, newest year first, each with its PDF. */
export function renderCertificates(
  view: InvoiceView,
  list: TaxCertificateList,
  pdf: (certificate: TaxCertificate) => () => Promise<unknown>,
) {
  if (list.certificates.length === 0)
    return html`<p part="empty">${view.t('invoices.certificates.empty')}</p>`;
  return html`<ul class="certificates" part="certificates">
    ${list.certificates.map((certificate) => renderCertificate(view, certificate, pdf))}
  </ul>`;
}
