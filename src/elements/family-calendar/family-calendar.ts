import { Task, TaskStatus, initialState } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { FamilyPortalAdapter } from '../../adapter/index.js';
import type { BookingResult, Planning } from '../../domain/index.js';
import { DraftController, GridKeyboardController, LazyController } from '../../shared/controllers/index.js';
import type { GridCell } from '../../shared/controllers/index.js';
import { FpSubmittedEvent } from '../../shared/events.js';
import { FpFormElement } from '../../shared/form-element.js';
import { coreStyles } from '../../shared/styles.js';
import {
  PlanningIndex,
  calendarDraftShape,
  cellKey,
  gridShape,
  monthRange,
  parseMonth,
  rowsOf,
  shiftMonth,
  todayIn,
  toggle,
  type CalendarDraft,
  type CalendarView,
  type PendingChange,
  type Row,
} from './calendar-model.js';
import { dayName, lockWords, monthName, rowName } from './cell-words.js';
import { gridIntro, monthGrid, noChild, type GridView, type Layout } from './calendar-view.js';
import { familyCalendarStyles } from './family-calendar.styles.js';
import { legend } from './legend.js';
import { toolbar } from './toolbar.js';
import type { AbsencePreset, CalendarDialogs, DialogName } from './dialogs.js';
import { LayoutController } from './layout-controller.js';
import { monthTotal, monthTotalStyles, monthTotalView } from './month-total.js';
import { calendarMessages, type CalendarKey } from './messages/index.js';
import type * as DayPart from './day-part.js';
import type * as DaysPart from './days-part.js';
import type * as RecapPart from './recap-part.js';
import type * as DialogsPart from './dialogs.js';

/** The browser's time zone, read once (a formatter made per render otherwise). */
let browserZone: string | undefined;

interface Loaded {
  planning: Planning;
  names: ReadonlyMap<string, string>;
}

/**
 * The family's after-school planning ("Planning", seeds 002, 003 and 004): a
 * month per child with one row per unit of the activities the child is
 * enrolled in ("Accueil du matin", "Repas", "Accueil du soir") and one column
 * per day, each day's kind shown (week-end, school holidays with their name,
 * public holidays, closures). Each cell shows its state as a code and a
 * colour, explained by the legend always shown beside it, and is named in
 * full for assistive technologies ("jeudi 21 janvier, Accueil du matin,
 * Nahel : réservé, annulable jusqu'au mardi 19 janvier à 10:00", deadlines
 * told in the commune's time zone). At narrow widths the month becomes a
 * list of days, each unit's cell in words.
 *
 * Edit, then send: a click, Enter or Space on a cell ticks a booking or a
 * cancellation, only where the service allows it (a locked cell says why);
 * each day's actions button opens the day in words with its actions. The
 * changes are listed in a recap (additions, cancellations, what each will
 * give, the price change) with "Envoyer mes demandes" and "Annuler mes
 * modifications"; they survive a reload (sessionStorage). Sending is done
 * once (one idempotency key until the service answers, across a reload); the
 * answer is shown day by day (booked, a request, the waiting list, refused
 * with the reason) and the planning read again. A failure keeps every change,
 * with "Réessayer".
 *
 * "Déclarer une absence" (from the toolbar, or a booked day's panel with
 * that day and child): a period, the units, a reason, a comment and medical
 * certificates (PDF, JPEG or PNG, 10 MB, 5 files: checked before sending),
 * each uploaded once, then the request; its number and status are shown.
 *
 * "Réserver sur une période" (seed 003): the children, from–to, which weeks
 * (every, every other, even or odd) and a weekday × unit grid; "Voir le
 * détail" shows each date's outcome per child, how many days and the total
 * (a field changed drops it: the parent previews again); "Envoyer la
 * demande" sends that request once; the answer gives its number, each date
 * and the total, and the planning is read again.
 *
 * "Dupliquer le planning" (seed 002, two children or more): a child's days of
 * an activity over a period, booked for siblings; previewed, then sent once,
 * as the period's, its answer per child and date.
 *
 * Under the grid, the month's total (a line per child when several are shown)
 * and the part awaiting the service.
 *
 * Keyboard (WAI-ARIA APG grid): one Tab stop; arrows move a cell (the header
 * row holds the days' actions buttons), Home/End go to the row's first or
 * last day (with Ctrl, the grid's), PageUp/PageDown show the previous or next
 * month.
 *
 * @summary Monthly after-school planning per child and unit: book, cancel, send, and see the answer.
 *
 * @fires {FpSubmittedEvent} fp-submitted - The changes, a period booking or a copy were sent and the service answered. `detail`: `{ kind, requestId, requestNumber, trackingCode, childId? }`, `kind` being `booking`, `period-booking` or `planning-copy` (`childId`: the copied planning's child).
 * @fires {FpErrorEvent} fp-error - The backend failed. `detail`: `{ type, code, message, retryable, requestId, operation }`, `operation` being `load`, `change-bookings`, `renew-feed`, `revoke-feed`, `upload-attachment`, `request-absence`, `preview-period-booking`, `book-period`, `preview-planning-copy` or `copy-planning`.
 *
 * @csspart heading - The element's main heading ("Planning").
 * @csspart toolbar - Month navigation, today, go to a date, the view, and the dialogs' buttons.
 * @csspart month - The month's name (announced when it changes).
 * @csspart grid - The month's grid (a table wide, a list of days narrow).
 * @csspart grid-scroll - The grid's scrolling box.
 * @csspart column - Each day's column header.
 * @csspart row-name - Each row's unit and child.
 * @csspart day-row - Each day of the list of days (narrow).
 * @csspart day-button - Each day's actions button.
 * @csspart cell - Each cell; also `cell-<state>` (`cell-booked`, `cell-add`…), `cell-locked` and `cell-pending`.
 * @csspart day-panel - The day's actions, in words.
 * @csspart dialog - Each dialog; also `dialog-<name>` (`dialog-feed`, `dialog-absence`, `dialog-period`, `dialog-copy`).
 * @csspart copy-preview - What copying a planning would give, per child and date, with the total.
 * @csspart copy-result - The copy's answer: the request's number, per child and date, the total.
 * @csspart absence-result - The absence request's number and status.
 * @csspart period-grid - The period booking's weekday × unit grid.
 * @csspart period-preview - What a period booking would give, date by date, with its total.
 * @csspart period-result - The period booking's request number, each date's outcome and the total.
 * @csspart file-error - Why a picked file was not added (its type, its size, too many files).
 * @csspart feed-notice - What the last action on the iCal link did ("Lien supprimé : il ne fonctionne plus.").
 * @csspart pending-count - "3 modifications à envoyer".
 * @csspart legend - The legend of the states.
 * @csspart month-total - "Total du mois : 84,00 €", a line per child when several are shown, what awaits the service.
 * @csspart recap - The changes to send.
 * @csspart recap-item - Each change to send.
 * @csspart answer - The service's answer.
 * @csspart answer-item - Each day of the answer (and of a period booking's or a copy's preview and answer); also `answer-<outcome>`.
 * @csspart total - The price change of the recap or the answer; a period booking's or a copy's total.
 * @csspart button - Every button; also `button-primary` or `button-secondary` by its role.
 * @csspart error-panel - A backend error, with "Réessayer" when it may help.
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssprop --fp-color-primary - Buttons, booked cells, focus accents.
 * @cssprop --fp-color-text - Text colour.
 * @cssprop --fp-color-muted - Locked cells, hints.
 * @cssprop --fp-color-border - Borders of the grid.
 * @cssprop --fp-color-error - Refused cells and errors.
 * @cssprop --fp-color-warning - Few places, full, requests awaiting the service.
 * @cssprop --fp-color-success - Present.
 * @cssprop --fp-color-surface - Week-ends, holidays, panels.
 * @cssprop --fp-color-focus - Focus ring.
 * @cssprop --fp-color-input - Background of available cells and buttons.
 * @cssprop --fp-color-on-primary - Text on primary buttons and booked cells.
 * @cssprop --fp-radius - Corner radius.
 * @cssprop --fp-space - Spacing unit.
 * @cssprop --fp-font-size - Base font size.
 * @cssprop --fp-font-family - Font; inherits the page's by default.
 * @cssprop --fp-max-width - Maximum width of the content.
 */
export class FamilyCalendar extends FpFormElement<CalendarKey> {
  static override styles = [coreStyles, familyCalendarStyles, monthTotalStyles];

  /** @internal */
  static override messages = calendarMessages;

  private readonly loadTask = new Task<readonly [FamilyPortalAdapter | undefined, string], Loaded>(this, {
    task: async ([adapter, month], { signal }) => {
      if (!adapter) return initialState;
      try {
        const [planning, family] = await Promise.all([
          adapter.getPlanning(monthRange(month), { signal }),
          // The children's first names: without them the cells name the unit only.
          adapter.getFamily({ signal }).catch(() => undefined),
          this.i18n.ready,
        ]);
        const names = new Map(family?.children.map((child) => [child.id, child.firstName]) ?? []);
        return { planning, names };
      } catch (error) {
        return this.loadFailed(error);
      }
    },
    args: () => [this.activeAdapter, this.shownMonth] as const,
  });

  /** The recap of the changes and the service's answer: downloaded once a cell is ticked (or the page idle). */
  private readonly recapPart = new LazyController<typeof RecapPart>(
    this,
    this.i18n,
    () => this.importRecapPart(),
    { focus: this.nextFocus },
  );

  /** A day's actions in words: downloaded on the first opening (or when the page is idle). */
  private readonly dayPart = new LazyController<typeof DayPart>(this, this.i18n, () => this.importDayPart(), {
    focus: this.nextFocus,
  });

  /** The month as a list of days, for narrow screens: downloaded once the element is that narrow. */
  private readonly daysPart = new LazyController<typeof DaysPart>(
    this,
    this.i18n,
    () => import('./days-part.js'),
  );

  /**
   * The dialogs of the toolbar and the days: what opens them downloaded on the
   * first opening (or when the page is idle), each dialog on its own first opening.
   */
  private readonly dialogsPart = new LazyController<typeof DialogsPart>(
    this,
    this.i18n,
    () => import('./dialogs.js'),
    { focus: this.nextFocus },
  );

  private dialogs: CalendarDialogs | undefined;
  /** A dialog asked for before what opens it was downloaded: opened once it is. */
  private asked: { name: DialogName; opener: EventTarget | null; preset: AbsencePreset } | undefined;

  private readonly draft = new DraftController<CalendarDraft>(
    this,
    () => `fp-family-calendar:${this.childId ?? 'family'}`,
    calendarDraftShape,
  );

  private readonly grid = new GridKeyboardController(this, {
    size: () => this.shape.size,
    cell: ({ row, column }) =>
      this.renderRoot.querySelector<HTMLElement>(`[data-row="${row}"][data-column="${column}"]`),
    page: (direction, at) => {
      this.focusAfterLoad = at;
      this.month = shiftMonth(this.shownMonth, direction);
      return undefined;
    },
  });

  /** One child's planning; without it, every child's. */
  @property({ attribute: 'child-id' }) childId: string | undefined;

  /** The month shown, `yyyy-MM`; the current month by default. Moves with the month navigation. */
  @property({ reflect: true }) month: string | undefined;

  /** `child`: each child's units together; `activity`: each unit's children together (several children only). */
  @property() view: CalendarView = 'child';

  @state() private changes: PendingChange[] = [];
  @state() private answer: BookingResult | undefined;
  @state() private openDay: string | undefined;
  /** The date typed in "Aller au". */
  @state() private goToDate = '';

  /** Where focus goes once the month asked by PageUp/PageDown or "Aller au" is shown. */
  private focusAfterLoad: GridCell | { date: string } | undefined;
  private readonly sizer = new LayoutController(this, () => this.grid.moveTo({ row: 0, column: 0 }));

  /** @internal Downloads the recap and the answer (tests make it fail by overriding it). */
  protected importRecapPart(): Promise<typeof RecapPart> {
    return import('./recap-part.js');
  }

  /** @internal Downloads the day's panel (tests make it fail by overriding it). */
  protected importDayPart(): Promise<typeof DayPart> {
    return import('./day-part.js');
  }

  /** @internal The time now (tests set their own clock by overriding it). */
  protected now(): Date {
    return new Date();
  }

  private get shownMonth(): string {
    return parseMonth(this.month) ?? todayIn(this.now(), this.timeZone).slice(0, 7);
  }

  /** The commune's time zone, as the planning gives it; until it has, the browser's (the same for the communes served). */
  private get timeZone(): string {
    return (
      this.loaded?.planning.timeZone ?? (browserZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone)
    );
  }

  private get layout(): Layout {
    return this.sizer.layout;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.openAsked();
    if (!this.hasUpdated || changed.has('childId')) {
      const kept = this.draft.load();
      this.changes = kept?.changes ?? [];
      this.submission.pending = kept?.pending;
      if (kept?.changes.length) {
        this.status = this.t('calendar.restored');
        this.recapPart.prefetch();
      }
    }
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    this.recapPart.prefetchWhenIdle();
    this.dayPart.prefetchWhenIdle();
    this.dialogsPart.prefetchWhenIdle();
  }

  /** Opens a dialog, once what opens dialogs is there (a skeleton meanwhile, "Réessayer" when it failed). */
  private openDialog(name: DialogName, opener: EventTarget | null, preset: AbsencePreset = {}): void {
    // Shown by the next update (willUpdate), or once what opens it is downloaded.
    this.asked = { name, opener, preset };
    this.requestUpdate();
  }

  private openAsked(): void {
    const part = this.dialogsPart.loaded;
    const asked = this.asked;
    if (!part || !asked) return;
    this.asked = undefined;
    this.dialogs ??= new part.CalendarDialogs(this, this.i18n, this.nextFocus);
    this.dialogs.show(asked.name, asked.opener, asked.preset);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const target = this.focusAfterLoad;
    if (!target || !this.loaded || this.loadTask.status !== TaskStatus.COMPLETE) return;
    this.focusAfterLoad = undefined;
    const at = 'date' in target ? this.shape.cellOf(target.date) : target;
    // Once this update is over: moving the Tab stop asks for another one.
    void this.updateComplete.then(() => this.grid.moveTo(at, { focus: true }));
  }

  protected override saveDraft(): void {
    if (this.changes.length === 0 && !this.submission.pending) this.draft.clear();
    else
      this.draft.save({
        changes: this.changes,
        ...(this.submission.pending && { pending: this.submission.pending }),
      });
  }

  private get loaded(): Loaded | undefined {
    return this.loadTask.value;
  }

  private get rows(): Row[] {
    const loaded = this.loaded;
    return loaded ? rowsOf(loaded.planning, loaded.names, this.view, this.childId) : [];
  }

  private get shape() {
    const loaded = this.loaded;
    return gridShape(this.shownMonth, this.layout, this.rows, loaded && PlanningIndex.of(loaded.planning));
  }

  private showMonth(month: string, focus?: { date: string }): void {
    this.openDay = undefined;
    this.focusAfterLoad = focus;
    this.month = month;
  }

  private goTo(date: string): void {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    const month = date.slice(0, 7);
    if (month === this.shownMonth) this.grid.moveTo(this.shape.cellOf(date), { focus: true });
    else this.showMonth(month, { date });
  }

  /**
   * Enter and Space act on the focused day button or month's cell (a cell is
   * no button: a click; a grid's Space would scroll); other keys move.
   */
  private readonly onGridKeydown = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    if (
      (event.key === 'Enter' || event.key === ' ') &&
      (target instanceof HTMLButtonElement || target.getAttribute('role') === 'gridcell')
    ) {
      event.preventDefault();
      target.click();
      return;
    }
    this.grid.onKeydown(event);
  };

  /** A click, Enter or Space on a cell: a change ticked or unticked, or why none can be. */
  private activate(row: Row, date: string): void {
    const loaded = this.loaded;
    const cell = loaded && PlanningIndex.of(loaded.planning).cell(row, date);
    const name = `${dayName(this.i18n, date)}, ${rowName(this.i18n, row)}`;
    if (!loaded || !cell) {
      this.status = this.t('calendar.cannot', { reason: this.t('calendar.state.not-offered') });
      return;
    }
    const result = toggle(this.changes, row.childId, cell);
    if ('locked' in result) {
      const reason = lockWords(this.i18n, cell, loaded.planning.timeZone) ?? this.t('calendar.noAction');
      this.status = this.t('calendar.cannot', { reason });
      return;
    }
    this.changes = result.changes;
    this.answer = undefined;
    this.submission.clearError();
    this.status = this.t(result.added ? 'calendar.added' : 'calendar.removed', { name });
    this.saveDraft();
  }

  private discard(): void {
    this.changes = [];
    this.submission.pending = undefined;
    this.submission.clearError();
    this.saveDraft();
    this.status = this.t('calendar.recap.discarded');
    this.nextFocus.request('heading');
  }

  /** "Envoyer mes demandes" (from the recap, whose part is there): the answer day by day, the planning read again. */
  private async send(): Promise<void> {
    const adapter = this.activeAdapter;
    const part = this.recapPart.loaded;
    if (!adapter || !part || this.changes.length === 0) return;
    const result = await part.sendChanges(adapter, this.submission, this.changes);
    if (!result) return;
    this.answer = result;
    this.changes = [];
    this.openDay = undefined;
    this.saveDraft();
    this.status = part.answerAnnouncement(this.i18n, result);
    this.nextFocus.request('answer');
    this.dispatchEvent(FpSubmittedEvent.of(result.receipt, this.childId ? { childId: this.childId } : {}));
    void this.loadTask.run();
  }

  /** The cells' accessible names, said again only when the planning, the language or the words change. */
  private names: { said: readonly unknown[]; names: Map<string, string> } = { said: [], names: new Map() };

  private cellNames(loaded: Loaded): Map<string, string> {
    const said = [loaded, this.i18n.locale, this.translations, this.portalTranslations];
    if (said.some((value, index) => value !== this.names.said[index]))
      this.names = { said, names: new Map() };
    return this.names.names;
  }

  private gridView(loaded: Loaded, month: string): GridView {
    const index = PlanningIndex.of(loaded.planning);
    const rows = this.rows;
    return {
      i18n: this.i18n,
      planning: loaded.planning,
      index,
      rows,
      dates: gridShape(month, this.layout, rows, index).dates,
      layout: this.layout,
      month,
      today: todayIn(this.now(), loaded.planning.timeZone),
      pending: new Map(
        this.changes.map((change) => [cellKey(change.childId, change.unitId, change.date), change]),
      ),
      names: this.cellNames(loaded),
      openDay: this.openDay,
      grid: this.grid,
      onKeydown: this.onGridKeydown,
      activate: (row, date) => this.activate(row, date),
      toggleDay: (date) => {
        this.openDay = this.openDay === date ? undefined : date;
        if (this.openDay) this.nextFocus.request('day');
      },
    };
  }

  private renderToolbar() {
    return toolbar({
      i18n: this.i18n,
      month: this.shownMonth,
      several: !this.childId && (this.loaded?.planning.children.length ?? 0) > 1,
      copyable: (this.loaded?.planning.children.length ?? 0) > 1,
      view: this.view,
      goToDate: this.goToDate,
      showMonth: (month) => this.showMonth(month),
      today: () => this.goTo(todayIn(this.now(), this.timeZone)),
      typeDate: (date) => (this.goToDate = date),
      goTo: () => this.goTo(this.goToDate),
      setView: (view) => (this.view = view),
      openDialog: (name, opener) =>
        this.openDialog(name, opener, this.childId ? { childId: this.childId } : {}),
    });
  }

  /** `month`: the planning's (the month shown until the next one is read). */
  private renderPlanning(loaded: Loaded, month = this.shownMonth) {
    const view = this.gridView(loaded, month);
    if (view.rows.length === 0) return noChild(this.i18n);
    const label = this.t('calendar.grid', { month: monthName(this.i18n, month) });
    return html`${gridIntro(this.i18n, this.changes.length)}
    ${view.layout === 'month' ? monthGrid(view, label) : this.daysPart.render(8, (part) => part.dayList(view, label))}
    ${monthTotalView(this.i18n, monthTotal(loaded.planning, this.shownMonth, this.childId), loaded.names, loaded.planning.currency)}
    ${this.renderDay(view)}`;
  }

  private renderDay(view: GridView) {
    const date = this.openDay;
    if (!date) return nothing;
    return this.dayPart.render(3, (part) =>
      part.dayPanel(
        view,
        date,
        this.headingLevel,
        () => this.closeDay(),
        (childId, opener) => this.openDialog('absence', opener, { childId, date }),
      ),
    );
  }

  private closeDay(): void {
    const date = this.openDay;
    this.openDay = undefined;
    if (date) this.grid.moveTo(this.shape.cellOf(date), { focus: true });
  }

  /** The recap while changes wait, the answer once sent: from the part downloaded on first need. */
  private renderRecap() {
    if (this.changes.length === 0 && !this.answer) return nothing;
    const loaded = this.loaded;
    return this.recapPart.render(4, (part) =>
      part.recapSection(
        {
          i18n: this.i18n,
          headingLevel: this.headingLevel,
          currency: loaded?.planning.currency ?? 'EUR',
          units: part.unitsOf(loaded?.planning),
          names: loaded?.names ?? new Map(),
          busy: this.submission.busy(),
          send: () => void this.send(),
          discard: () => this.discard(),
          closeAnswer: () => {
            this.answer = undefined;
            this.nextFocus.request('heading');
          },
        },
        this.changes,
        this.answer,
        this.submission.renderError(this.i18n, () => void this.send()),
      ),
    );
  }

  /** The dialog open, or the skeleton of the one asked for while what opens it downloads. */
  private renderDialogs() {
    if (this.asked) return this.dialogsPart.render(6, () => html``);
    return this.dialogs?.render({
      i18n: this.i18n,
      headingLevel: this.headingLevel,
      adapter: this.activeAdapter,
      action: this.submission,
      timeZone: this.timeZone,
      planning: this.loaded?.planning,
      names: this.loaded?.names ?? new Map(),
      reload: () => void this.loadTask.run(),
      root: () => this.shadowRoot,
    });
  }

  override render() {
    const kept = this.loaded;
    const content = this.loadView(this.loadTask, (loaded) => this.renderPlanning(loaded), {
      lines: 8,
      label: this.t('calendar.loadingMonth'),
      // While another month is read, the month shown stays (busy), and its cells are then updated in place.
      keep: () => kept && this.renderPlanning(kept, kept.planning.from.slice(0, 7)),
    });
    const reading = kept !== undefined && this.loadTask.status === TaskStatus.PENDING;
    return this.withStatus(
      html`${this.heading(this.t('calendar.title'))} ${this.renderToolbar()}
        <div class="layout">
          <div class="layout__main" aria-busy=${reading ? 'true' : 'false'}>${content}</div>
          ${legend(this.i18n, this.headingLevel)}
        </div>
        ${this.renderRecap()} ${this.renderDialogs()}`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'family-calendar': FamilyCalendar;
  }
}
