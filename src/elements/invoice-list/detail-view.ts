import { html, nothing } from 'lit';
import type { Invoice, InvoiceLine } from '../../domain/index.js';
import { disputeReasons } from '../../domain/invoice-codes.js';
import { localString } from '../../shared/i18n/local-text.js';
import { button, errorSummary, filePicker } from '../../shared/ui/index.js';
import { pdfLink } from './pdf-link.js';
import { invoiceTitle, renderFacts, renderWhy } from './list-view.js';
import { disputeSlot, type InvoiceView } from './view.js';

function lineDate(view: InvoiceView, line: InvoiceLine): string {
  const { i18n } = view;
  return line.to && line.to !== line.date
    ? view.t('invoices.line.period', { from: i18n.date(line.date), to: i18n.date(line.to) })
    : i18n.date(line.date);
}

/** The lines: a table, whose cells stack with their column's name on a narrow screen. */
function renderLines(view: InvoiceView, invoice: Invoice) {
  const { t } = view;
  const columns = [
    t('invoices.line.date'),
    t('invoices.line.child'),
    t('invoices.line.label'),
    t('invoices.line.quantity'),
    t('invoices.line.unit'),
    t('invoices.line.reduction'),
    t('invoices.line.amount'),
  ] as const;
  return html`${view.heading(t('invoices.lines'), 1)}
    <table class="table lines" part="lines">
      <thead>
        <tr>
          ${columns.map((column, index) => html`<th scope="col" class=${index >= 3 ? 'num' : ''}>${column}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${invoice.lines.map(
          (line) =>
            html`<tr>
              <td data-label=${columns[0]}>${lineDate(view, line)}</td>
              <td data-label=${columns[1]}>${line.childName ?? ''}</td>
              <td data-label=${columns[2]}>${localString(view.i18n, line.label)}</td>
              <td class="num" data-label=${columns[3]}>${line.quantity}</td>
              <td class="num" data-label=${columns[4]}>${view.money(line.unitCents)}</td>
              <td class="num" data-label=${columns[5]}>
                ${line.reductionCents > 0 ? view.money(-line.reductionCents) : ''}
              </td>
              <td class="num" data-label=${columns[6]}>${view.money(line.amountCents)}</td>
            </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colspan="6">${t('invoices.lines.total')}</th>
          <td class="num" data-label=${columns[6]}>${view.money(invoice.totalCents)}</td>
        </tr>
      </tfoot>
    </table>`;
}

function renderPayments(view: InvoiceView, invoice: Invoice) {
  const { t, i18n } = view;
  return html`${view.heading(t('invoices.payments'), 1)}
  ${
    invoice.payments.length === 0
      ? html`<p>${t('invoices.payments.none')}</p>`
      : html`<ul class="payments" part="payments">
          ${invoice.payments.map(
            (payment) =>
              html`<li>
                ${t('invoices.payment', {
                  date: i18n.date(payment.at),
                  amount: view.money(payment.amountCents),
                  method: t(`invoices.method.${payment.method}`),
                })}
              </li>`,
          )}
        </ul>`
  }`;
}

/** "Payer par virement": beneficiary, IBAN, BIC, amount, communication and the EPC QR code (drawn on opening). */
function renderTransfer(view: InvoiceView, invoice: Invoice) {
  const transfer = invoice.transfer;
  if (!transfer) return nothing;
  const { t } = view;
  const amount = view.money(transfer.amountCents);
  const reference = transfer.reference.value;
  const rows: [string, string][] = [
    [t('invoices.transfer.beneficiary'), transfer.beneficiary],
    [t('invoices.transfer.iban'), transfer.iban.replace(/(.{4})(?=.)/g, '$1 ')],
    ...(transfer.bic ? [[t('invoices.transfer.bic'), transfer.bic] as [string, string]] : []),
    [t('invoices.transfer.amount'), amount],
    [t(`invoices.transfer.${transfer.reference.kind}`), reference],
  ];
  return html`<details
    class="transfer"
    part="transfer"
    @toggle=${(event: Event) => (event.target as HTMLDetailsElement).open && view.openTransfer()}
  >
    <summary>${t('invoices.transfer')}</summary>
    <dl class="transfer__details">
      ${rows.map(
        ([name, value]) =>
          html`<div>
            <dt>${name}</dt>
            <dd>${value}</dd>
          </div>`,
      )}
    </dl>
    ${
      transfer.epcQr
        ? view.qr(
            transfer.epcQr,
            t('invoices.transfer.qr', {
              amount,
              beneficiary: transfer.beneficiary,
              iban: transfer.iban,
              reference,
            }),
          )
        : nothing
    }
  </details>`;
}

function renderDisputeForm(view: InvoiceView, invoice: Invoice) {
  const { t, i18n, submission } = view;
  const state = view.dispute!;
  const slot = disputeSlot;
  const issue = (field: string) => state.issues.find((found) => found.fieldId === `dispute-${field}`);
  const message = (field: string) => {
    const found = issue(field);
    return found
      ? html`<p id="dispute-${field}-error" class="error-message" part="field-error">${found.message}</p>`
      : nothing;
  };
  return html`<section class="dispute" part="dispute">
    ${view.heading(t('invoices.dispute.title', { number: invoice.number }), 1)}
    ${errorSummary({
      i18n,
      issues: state.issues.map((found) => ({ fieldId: found.fieldId, message: found.message })),
      onFollow: (id: string) => view.follow(id),
    })}
    <form
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        view.sendDispute(invoice.id);
      }}
    >
      <fieldset
        id="dispute-reason"
        class="field ${issue('reason') ? 'field--error' : ''}"
        tabindex="-1"
        aria-describedby=${issue('reason') ? 'dispute-reason-error' : nothing}
      >
        <legend class="label">${t('invoices.dispute.reason')}</legend>
        ${message('reason')}
        <div class="choices">
          ${disputeReasons.map(
            (reason) =>
              html`<div class="choice">
                <input
                  id="dispute-reason-${reason}"
                  type="radio"
                  name="dispute-reason"
                  .checked=${state.reason === reason}
                  @change=${() => view.changeDispute({ reason })}
                />
                <label for="dispute-reason-${reason}">${t(`invoices.dispute.reason.${reason}`)}</label>
              </div>`,
          )}
        </div>
      </fieldset>
      <div class="field ${issue('comment') ? 'field--error' : ''}">
        <label class="label" for="dispute-comment">${t('invoices.dispute.comment')}</label>
        ${message('comment')}
        <textarea
          id="dispute-comment"
          class="input"
          maxlength="2000"
          aria-invalid=${issue('comment') ? 'true' : 'false'}
          aria-describedby=${issue('comment') ? 'dispute-comment-error' : nothing}
          .value=${state.comment}
          @input=${(event: Event) => view.changeDispute({ comment: (event.target as HTMLTextAreaElement).value })}
        ></textarea>
      </div>
      ${filePicker({
        i18n,
        id: 'dispute-files',
        label: t('invoices.dispute.files'),
        files: state.files,
        notes: state.fileNotes,
        onPick: (files) => view.addFiles(files),
        onRemove: (file) => view.changeDispute({ files: state.files.filter((kept) => kept !== file) }),
      })}
      ${submission.renderError(i18n, () => view.sendDispute(invoice.id), slot)}
      <div class="actions">
        ${button({
          label: t('invoices.dispute.send'),
          type: 'submit',
          variant: 'primary',
          busy: submission.busy(slot),
          busyLabel: t('ui.sending'),
        })}
        ${button({ label: t('invoices.dispute.cancel'), onClick: () => view.cancelDispute() })}
      </div>
    </form>
  </section>`;
}

function renderDispute(view: InvoiceView, invoice: Invoice) {
  const receipt = view.disputeReceipt?.invoiceId === invoice.id ? view.disputeReceipt : undefined;
  if (receipt)
    return html`<p
      class="callout"
      part="dispute-result"
      role="status"
      tabindex="-1"
      data-focus="dispute-result"
    >
      ${view.t('invoices.dispute.done', { number: receipt.number })}
    </p>`;
  if (invoice.disputed) return html`<p class="callout">${view.t('invoices.dispute.pending')}</p>`;
  if (invoice.creditNote || invoice.state === 'cancelled') return nothing;
  if (view.dispute) return renderDisputeForm(view, invoice);
  return html`<span data-button="dispute"
    >${button({ label: view.t('invoices.dispute'), onClick: () => view.startDispute() })}</span
  >`;
}

/** One invoice: its facts, lines, payments, PDF, how to pay it by transfer, and "Contester la facture". */
export function renderDetail(view: InvoiceView, invoice: Invoice, pdf: () => Promise<unknown>) {
  return html`<div class="detail" part="detail">
    <span data-button="back" class="no-print"
      >${button({ label: view.t('invoices.back'), variant: 'link', onClick: () => view.back() })}</span
    >
    <div tabindex="-1" data-focus="detail">${view.heading(invoiceTitle(view, invoice), 1)}</div>
    ${renderFacts(view, invoice)} ${renderWhy(view, invoice)}
    ${pdfLink(view, `pdf-${invoice.id}`, invoice.pdf, pdf)} ${renderTransfer(view, invoice)}
    ${renderLines(view, invoice)} ${renderPayments(view, invoice)} ${renderDispute(view, invoice)}
  </div>`;
}
