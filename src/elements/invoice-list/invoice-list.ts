import { Task, initialState } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FamilyPortalAdapter } from '../../adapter/index.js';
import type {
  AccountStatement,
  DownloadedFile,
  Invoice,
  InvoiceList as InvoiceListData,
  InvoiceSummary,
  PaymentReturn,
  TaxCertificate,
  TaxCertificateList,
} from '../../domain/index.js';
import { schoolYearOf } from '../../domain/invoices/school-year.js';
import { FpErrorEvent, FpSubmittedEvent } from '../../shared/events.js';
import { FpFormElement } from '../../shared/form-element.js';
import { coreStyles, flowStyles, formStyles } from '../../shared/styles.js';
import { LazyController, type LazyPart } from '../../shared/controllers/lazy.js';
import { focusField } from '../../shared/ui/index.js';
import type * as AccountPart from './account-views.js';
import type * as DetailPart from './detail-part.js';
import { FpInvoiceCheckoutEvent, FpInvoicePaidEvent } from './events.js';
import { invoiceListStyles } from './invoice-list.styles.js';
import {
  filterKinds,
  invoiceAnswerIn,
  listPage,
  withoutInvoiceAnswer,
  type InvoiceFilterKind,
  type InvoiceSection,
  type Notice,
} from './invoice-model.js';
import { renderList, renderNotice } from './list-view.js';
import { invoiceMessages, type InvoiceKey } from './messages/index.js';
import { paidDetail, paymentKeys, recordPayment, startPayment } from './payment-model.js';
import type * as QrModule from './qr.js';
import { blankDispute, disputeSlot, type DisputeState, type InvoiceView } from './view.js';

const sections: readonly InvoiceSection[] = ['invoices', 'statement', 'certificates'];

/**
 * The family's invoices ("Mes factures", seeds 002 to 004): what it owes at
 * the top ("Vous devez 84,00 €, dont 20,00 € en retard", or its credit), the
 * invoices of a school year to pay, paid or all, each with its number,
 * service, period, dates, state in words and colour, total and balance.
 *
 * - Several invoices are paid at once: their checkboxes, "Tout sélectionner",
 *   the running total, a recap, then "Payer": the payment starts,
 *   `fp-checkout` is fired (cancelable) and the parent goes to the provider,
 *   which brings them back to `return-url` (this page by default) marked
 *   `payment-for=invoices`, so that a `<family-cart>` on the same page leaves
 *   the answer alone. Back, the element records the payment once, fires
 *   `fp-paid`, shows "Payée" and the new balance, and cleans the address.
 * - An invoice not payable online says why (a payment in flight, sent to the
 *   treasury or a bailiff, settled) and how to pay: the transfer's details and
 *   its EPC QR code.
 * - Its detail: lines, payments, PDF, and "Contester la facture" (a request
 *   with a reason, a comment and proofs).
 * - "Relevé de compte" per school year, printable (only the statement prints),
 *   and the tax certificates with their PDFs.
 *
 * Each action is sent once (a busy button, one idempotency key until it
 * succeeds, the payment's kept across a reload); a backend failure is shown
 * with "Réessayer". A thousand invoices stay smooth: a row renders again only
 * when it or its checkbox changes.
 *
 * @summary The family's invoices: balance, paying several at once, detail, disputes, statement, tax certificates.
 *
 * @fires {FpInvoiceCheckoutEvent} fp-checkout - The payment of the selected invoices started. Cancelable: call `preventDefault()` to send the parent to the provider yourself. `detail`: `{ invoiceIds, amountCents, currency, redirectUrl }`.
 * @fires {FpInvoicePaidEvent} fp-paid - Back from the provider, the invoices are paid. `detail`: `{ invoiceIds, amountCents, currency, balanceCents }`.
 * @fires {FpSubmittedEvent} fp-submitted - A dispute was recorded. `detail`: `{ kind: 'invoice-dispute', requestId, requestNumber, trackingCode }`.
 * @fires {FpErrorEvent} fp-error - The backend failed. `detail`: `{ type, code, message, retryable, requestId, operation }`, `operation` being `load`, `pay`, `complete-payment`, `download`, `upload-attachment` or `dispute`.
 *
 * @csspart heading - The element's main heading ("Mes factures").
 * @csspart sections - The buttons of the sections (invoices, statement, certificates).
 * @csspart balance - "Vous devez 84,00 €, dont 20,00 € en retard".
 * @csspart filters - To pay, paid or all, and the school year.
 * @csspart selection - The running total, "Tout sélectionner" and "Vérifier et payer".
 * @csspart recap - The invoices chosen, their total and "Payer".
 * @csspart total - The recap's total.
 * @csspart invoices - The list of invoices.
 * @csspart invoice - Each invoice.
 * @csspart invoice-balance - An invoice's "Reste à payer".
 * @csspart state - Each state of an invoice (its colour by `state--<state>`).
 * @csspart not-payable - Why an invoice cannot be paid online, and where to pay it.
 * @csspart empty - "Vous n’avez aucune facture." and the other empty lists.
 * @csspart all-paid - "Toutes vos factures sont payées."
 * @csspart payment-notice - What became of a payment back from the provider.
 * @csspart paid - The confirmation "Payée" with the new balance.
 * @csspart detail - An invoice's detail.
 * @csspart lines - The table of its lines.
 * @csspart payments - Its payments.
 * @csspart pdf - A PDF's download button, with its name and size.
 * @csspart transfer - The transfer details (a disclosure).
 * @csspart qr - The EPC QR code of the transfer.
 * @csspart dispute - The contest form.
 * @csspart dispute-result - The dispute's number once recorded.
 * @csspart file-error - Why a picked file was refused.
 * @csspart field-error - A field's problem.
 * @csspart statement - The statement (the only part printed).
 * @csspart entries - The statement's table.
 * @csspart opening - The opening balance.
 * @csspart closing - The closing balance.
 * @csspart certificates - The tax certificates.
 * @csspart certificate - Each certificate.
 * @csspart button - Every button; also `button-primary`, `button-secondary` or `button-link` by its role.
 * @csspart error-panel - A backend error, with "Réessayer" when it may help.
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssprop --fp-color-primary - Main colour (buttons, links, focus accents).
 * @cssprop --fp-color-text - Text colour.
 * @cssprop --fp-color-muted - Secondary text colour (hints).
 * @cssprop --fp-color-border - Borders of invoices and tables.
 * @cssprop --fp-color-error - Errors, overdue invoices.
 * @cssprop --fp-color-success - Paid invoices and the payment's confirmation.
 * @cssprop --fp-color-warning - Unpaid and partly paid invoices, disputes.
 * @cssprop --fp-color-surface - Background of panels and selected invoices.
 * @cssprop --fp-color-focus - Focus ring.
 * @cssprop --fp-color-input - Background of secondary buttons.
 * @cssprop --fp-color-on-primary - Text on primary buttons.
 * @cssprop --fp-radius - Corner radius.
 * @cssprop --fp-space - Spacing unit.
 * @cssprop --fp-font-size - Base font size.
 * @cssprop --fp-font-family - Font; inherits the page's by default.
 * @cssprop --fp-max-width - Maximum width of the content.
 */
export class InvoiceListElement extends FpFormElement<InvoiceKey> {
  static override styles = [coreStyles, formStyles, flowStyles, invoiceListStyles];

  /** @internal */
  static override messages = invoiceMessages;

  /** The section shown: `invoices`, `statement` (the account statement) or `certificates` (tax certificates). */
  @property({ reflect: true }) section: InvoiceSection = 'invoices';

  /** Which invoices the list shows: `to-pay`, `paid` or `all`. */
  @property({ reflect: true }) filter: InvoiceFilterKind = 'to-pay';

  /** The school year whose invoices are listed (`2026-2027`); all years when empty. */
  @property({ attribute: 'school-year' }) schoolYear: string | undefined;

  /**
   * Where the payment provider brings the parent back: an absolute URL or a
   * path. Defaults to this page as it is. The element marks it
   * `payment-for=invoices`.
   */
  @property({ attribute: 'return-url' }) returnUrl: string | undefined;

  /**
   * The provider's answer when the host reads it itself (a single-page app):
   * it takes precedence over the page's address. Without it, the element reads
   * `paymentId`, `status` and `signature` from an address marked
   * `payment-for=invoices` and removes them once the payment is recorded.
   */
  @property({ attribute: false }) paymentReturn: PaymentReturn | undefined;

  /** The selected invoices' ids: changed in place, `selectionVersion` tells lit. */
  private readonly selected = new Set<string>();
  @state() private selectionVersion = 0;
  @state() private reviewing = false;
  @state() private notice: Notice | undefined;
  /** The invoice whose detail is shown. */
  @state() private openId: string | undefined;
  @state() private dispute: DisputeState | undefined;
  @state() private disputeReceipt: { invoiceId: string; number: string } | undefined;
  @state() private statementYear: string | undefined;
  @state() private qrModule: typeof QrModule | undefined;
  @state() private transferOpen = false;
  /** How many invoices of the filter the list draws: a page at first, a page more on request. */
  @state() private shownCount = listPage;

  private answer: PaymentReturn | undefined;
  private answerInAddress = false;

  private readonly listTask = new Task<
    readonly [FamilyPortalAdapter | undefined, PaymentReturn | undefined, string | undefined],
    InvoiceListData
  >(this, {
    task: async ([adapter, , schoolYear], { signal }) => {
      if (!adapter) return initialState;
      const answer = this.answer;
      if (answer) await this.record(adapter, answer, signal);
      const [list] = await Promise.all([
        adapter
          .getInvoices(schoolYear ? { schoolYear } : {}, { signal })
          .catch((error: unknown) => this.loadFailed(error)),
        this.i18n.ready,
      ]);
      // Only what can still be paid stays selected.
      for (const id of [...this.selected])
        if (!list.invoices.some((invoice) => invoice.id === id && invoice.payableOnline))
          this.selected.delete(id);
      return list;
    },
    args: () => [this.activeAdapter, this.paymentReturn, this.schoolYear] as const,
  });

  private readonly detailTask = new Task<
    readonly [FamilyPortalAdapter | undefined, string | undefined],
    Invoice
  >(this, {
    task: async ([adapter, id], { signal }) => {
      if (!adapter || !id) return initialState;
      return adapter.getInvoice(id, { signal }).catch((error: unknown) => this.loadFailed(error));
    },
    args: () => [this.activeAdapter, this.openId] as const,
  });

  private readonly statementTask = new Task<
    readonly [FamilyPortalAdapter | undefined, string | undefined],
    AccountStatement
  >(this, {
    task: async ([adapter, year], { signal }) => {
      if (!adapter || !year) return initialState;
      const [statement] = await Promise.all([
        adapter
          .getAccountStatement({ schoolYear: year }, { signal })
          .catch((error: unknown) => this.loadFailed(error)),
        this.i18n.ready,
      ]);
      return statement;
    },
    args: () =>
      [this.activeAdapter, this.section === 'statement' ? this.shownStatementYear : undefined] as const,
  });

  private readonly certificatesTask = new Task<
    readonly [FamilyPortalAdapter | undefined, boolean],
    TaxCertificateList
  >(this, {
    task: async ([adapter, shown], { signal }) => {
      if (!adapter || !shown) return initialState;
      const [list] = await Promise.all([
        adapter.getTaxCertificates({ signal }).catch((error: unknown) => this.loadFailed(error)),
        this.i18n.ready,
      ]);
      return list;
    },
    args: () => [this.activeAdapter, this.section === 'certificates'] as const,
  });

  /**
   * An invoice's detail with its contest form, and the statement and
   * certificates: each downloaded with its words when first shown, or ahead
   * of it when the page is idle.
   */
  private readonly detailPart = new LazyController<LazyPart & typeof DetailPart>(
    this,
    this.i18n,
    () => this.importDetailPart(),
    { focus: this.nextFocus },
  );
  private readonly accountPart = new LazyController<LazyPart & typeof AccountPart>(
    this,
    this.i18n,
    () => this.importAccountPart(),
    {
      focus: this.nextFocus,
    },
  );

  /** @internal Downloads an invoice's detail and contest form (tests make it fail by overriding it). */
  protected importDetailPart(): Promise<typeof DetailPart> {
    return import('./detail-part.js');
  }

  /** @internal Downloads the statement and the certificates (tests make it fail by overriding it). */
  protected importAccountPart(): Promise<typeof AccountPart> {
    return import('./account-views.js');
  }

  /** @internal Sends the browser to the payment provider (tests stay on their page by overriding it). */
  protected navigate(url: string): void {
    location.assign(url);
  }

  /** @internal Saves a downloaded PDF through a link to its bytes, revoked once clicked (tests read it by overriding it). */
  protected saveFile(file: DownloadedFile): void {
    const url = URL.createObjectURL(file.blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    link.rel = 'noopener';
    link.style.display = 'none';
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** @internal Loads the QR encoder (tests make it fail by overriding it). */
  protected importQr(): Promise<typeof QrModule> {
    return import('./qr.js');
  }

  /** @internal The date today, `2027-01-15` (tests set their own by overriding it). */
  protected today(): string {
    return new Date().toISOString().slice(0, 10);
  }

  /** Reads the invoices again: when the page changed them otherwise (another tab, a payment elsewhere). */
  async refresh(): Promise<void> {
    await this.listTask.run();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.submission.pending = paymentKeys.load();
  }

  /** @internal The payment's key (none once the payment started) stays with the tab. */
  protected override saveDraft(): void {
    const pending = this.submission.pending;
    if (pending) paymentKeys.save(pending);
    else paymentKeys.clear();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated || changed.has('paymentReturn')) {
      const inAddress = this.paymentReturn ? undefined : invoiceAnswerIn(location.href);
      this.answer = this.paymentReturn ?? inAddress;
      this.answerInAddress = inAddress !== undefined;
    }
    if (!filterKinds.includes(this.filter)) this.filter = 'to-pay';
    if (changed.has('filter') || changed.has('schoolYear')) this.shownCount = listPage;
    if (!sections.includes(this.section)) this.section = 'invoices';
  }

  private get shownStatementYear(): string {
    return this.statementYear ?? this.listTask.value?.schoolYears[0] ?? schoolYearOf(this.today());
  }

  /**
   * Records the provider's answer once (its key comes from the payment: a
   * reload or "Réessayer" replays it). A passing failure keeps it for a retry;
   * an answer the service refuses for good is dropped and said.
   */
  private async record(
    adapter: FamilyPortalAdapter,
    answer: PaymentReturn,
    signal: AbortSignal,
  ): Promise<void> {
    const recorded = await recordPayment(adapter, answer, signal);
    if ('error' in recorded) {
      this.dispatchEvent(new FpErrorEvent(recorded.error, 'complete-payment'));
      if (recorded.failure === 'retry') throw recorded.error;
      this.dropAnswer();
      this.show({ kind: 'unverified', error: recorded.error });
      return;
    }
    const { outcome } = recorded;
    this.dropAnswer();
    if (outcome.status === 'paid') {
      this.selected.clear();
      this.dispatchEvent(new FpInvoicePaidEvent(paidDetail(outcome)));
      this.status = this.t('invoices.state.paid');
    }
    this.show({ kind: outcome.status, outcome });
  }

  private dropAnswer(): void {
    this.answer = undefined;
    if (this.answerInAddress) history.replaceState(history.state, '', withoutInvoiceAnswer(location.href));
    this.answerInAddress = false;
  }

  private show(notice: Notice): void {
    this.notice = notice;
    this.nextFocus.request('notice');
  }

  private changeSelection(): void {
    this.selectionVersion++;
  }

  /** "Payer": the payment starts once (its key kept), `fp-checkout` is fired, then the provider. */
  private async pay(invoices: readonly InvoiceSummary[]): Promise<void> {
    const adapter = this.activeAdapter;
    if (!adapter || invoices.length === 0 || this.submission.busy()) return;
    const checkout = await startPayment(adapter, this.submission, invoices, this.returnUrl);
    this.saveDraft();
    if (checkout && this.dispatchEvent(new FpInvoiceCheckoutEvent(checkout)))
      this.navigate(checkout.redirectUrl);
  }

  /** A download: read once at a time, saved, its failure said beside its button. */
  private async download(slot: string, read: () => Promise<unknown>): Promise<void> {
    const sent = await this.submission.send(() => read(), { slot, operation: 'download' });
    if (sent) this.saveFile(sent.value as DownloadedFile);
  }

  private addFiles(picked: readonly File[]): void {
    const dispute = this.dispute;
    const part = this.detailPart.loaded;
    if (dispute && part)
      void part.withPickedFiles(this.i18n, dispute, picked).then((next) => (this.dispute = next));
  }

  /** "Envoyer la contestation": the problems first; then each file once, then the request once. */
  private async sendDispute(invoiceId: string): Promise<void> {
    const adapter = this.activeAdapter;
    const dispute = this.dispute;
    const part = this.detailPart.loaded;
    if (!adapter || !dispute || !part || this.submission.busy(disputeSlot)) return;
    const issues = part.disputeIssues(this.i18n, dispute);
    this.dispute = { ...dispute, issues };
    if (issues.length > 0) {
      this.nextFocus.request('error-summary');
      return;
    }
    const receipt = await part.submitDispute(adapter, this.submission, invoiceId, dispute);
    if (!receipt) return;
    this.dispute = undefined;
    this.disputeReceipt = { invoiceId, number: receipt.number };
    this.dispatchEvent(FpSubmittedEvent.of(receipt));
    this.nextFocus.request('dispute-result');
    void this.listTask.run();
  }

  private showSection(section: InvoiceSection): void {
    this.section = section;
    this.openId = undefined;
    this.nextFocus.request(`button:section-${section}`);
  }

  private get view(): InvoiceView {
    return {
      i18n: this.i18n,
      t: (key, params) => this.t(key, params),
      heading: (text, depth = 1) =>
        html`<div class="h3" role="heading" aria-level=${Math.min(Math.max(this.headingLevel, 1) + depth, 6)}>
          ${text}
        </div>`,
      money: (cents) => this.i18n.money(cents, 'EUR'),
      submission: this.submission,
      notice: this.notice,
      filter: this.filter,
      schoolYear: this.schoolYear,
      selected: this.selected,
      reviewing: this.reviewing,
      setFilter: (filter) => (this.filter = filter),
      setSchoolYear: (year) => (this.schoolYear = year),
      shownCount: this.shownCount,
      showMore: (next) => {
        this.shownCount += listPage;
        if (next) this.nextFocus.request(`button:open-${next.id}`);
      },
      toggle: (invoice, checked) => {
        if (checked) this.selected.add(invoice.id);
        else this.selected.delete(invoice.id);
        this.changeSelection();
      },
      selectAll: (invoices, select) => {
        for (const invoice of invoices) {
          if (select) this.selected.add(invoice.id);
          else this.selected.delete(invoice.id);
        }
        this.changeSelection();
      },
      review: () => {
        this.reviewing = true;
        this.submission.clearError();
        this.nextFocus.request('recap');
      },
      stopReview: () => {
        this.reviewing = false;
        this.submission.clearError();
        this.nextFocus.request('button:review');
      },
      pay: (invoices) => void this.pay(invoices),
      open: (invoice) => {
        this.openId = invoice.id;
        this.dispute = undefined;
        this.transferOpen = false;
        this.nextFocus.request('detail');
      },
      back: () => {
        const id = this.openId;
        this.openId = undefined;
        this.dispute = undefined;
        this.nextFocus.request(`button:open-${id}`);
      },
      download: (slot, read) => void this.download(slot, read),
      qr: (payload, label) =>
        this.transferOpen
          ? (this.qrModule?.qrCode(payload, label) ??
            html`<p class="hint">${this.t('invoices.transfer.qrLoading')}</p>`)
          : nothing,
      openTransfer: () => {
        this.transferOpen = true;
        if (!this.qrModule) void this.importQr().then((module) => (this.qrModule = module));
      },
      follow: (id) => this.shadowRoot && focusField(this.shadowRoot, id),
      dispute: this.dispute,
      startDispute: () => {
        this.dispute = blankDispute();
        this.submission.clearError(disputeSlot);
        this.nextFocus.request('#dispute-reason');
      },
      cancelDispute: () => {
        this.dispute = undefined;
        this.submission.clearError(disputeSlot);
        this.nextFocus.request('button:dispute');
      },
      changeDispute: (patch) => {
        if (this.dispute) this.dispute = { ...this.dispute, ...patch };
      },
      addFiles: (files) => this.addFiles(files),
      sendDispute: (invoiceId) => void this.sendDispute(invoiceId),
      disputeReceipt: this.disputeReceipt,
      statementYear: this.shownStatementYear,
      setStatementYear: (year) => (this.statementYear = year),
      print: () => window.print(),
    };
  }

  private renderSections() {
    return html`<div
      class="sections no-print"
      part="sections"
      role="group"
      aria-label=${this.t('invoices.sections')}
    >
      ${sections.map(
        (section) =>
          html`<span data-button="section-${section}"
            ><button
              type="button"
              class="button button--secondary"
              part="button button-secondary"
              aria-pressed=${this.section === section ? 'true' : 'false'}
              @click=${() => this.showSection(section)}
            >
              ${this.t(`invoices.view.${section}`)}
            </button></span
          >`,
      )}
    </div>`;
  }

  private renderSection(view: InvoiceView) {
    const adapter = this.activeAdapter;
    if (this.section === 'statement')
      return this.loadView(this.statementTask, (statement) =>
        this.accountPart.render(8, (part) =>
          part.renderStatement(view, statement, this.listTask.value?.schoolYears ?? []),
        ),
      );
    if (this.section === 'certificates')
      return this.loadView(this.certificatesTask, (list) =>
        this.accountPart.render(4, (part) =>
          part.renderCertificates(
            view,
            list,
            (certificate: TaxCertificate) => () => adapter!.getTaxCertificatePdf(certificate.id),
          ),
        ),
      );
    if (this.openId) {
      const id = this.openId;
      // Downloaded with the invoice, not after it.
      this.detailPart.prefetch();
      return this.loadView(this.detailTask, (invoice) =>
        this.detailPart.render(8, (part) =>
          part.renderDetail(view, invoice, () => adapter!.getInvoicePdf(id)),
        ),
      );
    }
    if (this.section === 'invoices' && this.listTask.value) this.detailPart.prefetchWhenIdle();
    return this.loadView(this.listTask, (list) => renderList(view, list), {
      lines: 8,
      label: this.t(this.answer ? 'invoices.completing' : 'ui.loading'),
      keep: () => (this.listTask.value && !this.answer ? renderList(view, this.listTask.value) : undefined),
    });
  }

  override render() {
    const view = this.view;
    return this.withStatus(
      html`${this.heading(this.t('invoices.title'))} ${this.renderSections()}
      ${renderNotice(view, this.notice)} ${this.renderSection(view)}`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'invoice-list': InvoiceListElement;
  }
}
