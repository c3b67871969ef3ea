import { Task, initialState } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { AdapterError, type FamilyPortalAdapter } from '../../adapter/index.js';
import type { Camp, CampAvailability, CampWeek } from '../../domain/index.js';
import { communeDay, isResident } from '../../domain/camp-rules.js';
import { GridKeyboardController, LazyController } from '../../shared/controllers/index.js';
import { FpFormControl } from '../../shared/form-control.js';
import type { CoreKey, MessageParams } from '../../shared/i18n/localize.js';
import { coreStyles, formStyles } from '../../shared/styles.js';
import { errorPanel, skeleton } from '../../shared/ui/index.js';
import { campWeekPickerStyles } from './camp-week-picker.styles.js';
import { pickerTemplate, weekTitle, type PickerData } from './week-view.js';
import {
  formState,
  openWeeks,
  parseFormState,
  sortChoices,
  type CampDayChoice,
  type PickerWeek,
  type Selection,
} from './week-model.js';
import type * as WeekPrice from './week-price.js';
import { pickerMessages, type PickerKey } from './messages/index.js';

export type { CampDayChoice } from './week-model.js';

/**
 * The camp days of one child, chosen a week at a time, as on the portals
 * parents know ("Semaines de plaine"): "Semaine précédente" and "Semaine
 * suivante" go through the weeks still open; each week shows its seven days,
 * Monday to Sunday, with their dates. Ticking the week's theme ("Tous en
 * forme !") chooses every day of the week with places left, each with its
 * activities ("Poney + 5,00 €"); single days can be ticked too, unless the
 * camp takes whole weeks only. Before choosing, each day shows its activities,
 * the places left for the child's group ("Plus que 2 places") and the day's
 * price (residents' tariff or not); the week's price, as the closing will
 * count it (the week price when the whole week is chosen), follows the
 * choice. Closed days say so ("Fermé : Fête nationale"); a full day is marked
 * "Complet" and the week then offers its waiting list, which asks for every
 * open day of the week. A camp not meant for the child's age or grade says so.
 *
 * The element is a form control: in a `<form>` its value is one
 * `name=<date>` entry per chosen day and one `name-waiting=<weekId>` entry per
 * waiting week; `required` asks for at least one day; it takes part in
 * reset, `disabled` fieldsets and restored forms, and answers
 * `checkValidity()`, `reportValidity()`, `validity` and `validationMessage`
 * like a native control.
 *
 * Data: set `camp-id` and `child-id` and the element loads the camp, the
 * child's places and the tariff (from the parent's postcode) through the
 * adapter; or a host that has them already sets `camp`, `availability` and
 * `resident`, and nothing is loaded.
 *
 * Keyboard (WAI-ARIA APG grid): the week's days are one row of a grid, each
 * cell named by its weekday and date, so it has no header row (a screen
 * reader would say each day twice). One Tab stop enters the grid on the last
 * day focused; Left/Right (and Up/Down, for the narrow layout where the days
 * are stacked) move a day, Home/End (with or without Ctrl) go to Monday or
 * Sunday, PageUp/PageDown show the previous or next open week on the same
 * weekday, and Space or Enter ticks the day. Full, closed and past days can
 * be focused and say why they cannot be ticked. The theme, the waiting list
 * and the week buttons are ordinary Tab stops. Below 48rem of width the days
 * are stacked in a list, without losing the grid's semantics.
 *
 * @summary Week-by-week picker of camp days with theme, activities, places left and prices; a form control.
 *
 * @fires {Event} change - The parent changed the days or the waiting list (not when a host sets `value`). Read `value` and `waitingWeekIds`.
 * @fires {FpErrorEvent} fp-error - The backend failed while loading. `detail`: `{ type, code, message, retryable, requestId, operation }`.
 *
 * @csspart week-title - The week's heading ("Semaine 28 · du … au …").
 * @csspart week-nav - The row of "Semaine précédente" and "Semaine suivante".
 * @csspart previous - "Semaine précédente".
 * @csspart next - "Semaine suivante".
 * @csspart button - Every button; also `button-secondary`.
 * @csspart theme - The week's theme with its box.
 * @csspart grid - The grid of the week's days.
 * @csspart day - Each day; also `day-open`, `day-full`, `day-closed`, `day-past` by its state, and `day-chosen`.
 * @csspart activity - Each activity of a day, with its supplement.
 * @csspart places - A day's places left, or "Complet".
 * @csspart price - A day's price.
 * @csspart waiting - The week's waiting-list choice, when one of its days is full.
 * @csspart choice - The waiting-list box with its label.
 * @csspart week-price - What the week's chosen days cost.
 * @csspart notice - A callout: registration not open, no week left, camp not for the child, camp not found.
 * @csspart error-panel - A loading error, with "Réessayer".
 * @csspart skeleton - The placeholder shown while loading.
 *
 * @cssprop --fp-color-primary - Chosen days, buttons, focus accents.
 * @cssprop --fp-color-text - Text colour.
 * @cssprop --fp-color-muted - Closed and past days, hints.
 * @cssprop --fp-color-border - Borders of the days.
 * @cssprop --fp-color-error - Error panel accent.
 * @cssprop --fp-color-warning - "Plus que 2 places" and "Complet".
 * @cssprop --fp-color-surface - Background of closed days and callouts.
 * @cssprop --fp-color-focus - Focus ring.
 * @cssprop --fp-color-input - Background of open days and buttons.
 * @cssprop --fp-radius - Corner radius.
 * @cssprop --fp-space - Spacing unit.
 * @cssprop --fp-font-size - Base font size.
 * @cssprop --fp-font-family - Font; inherits the page's by default.
 * @cssprop --fp-max-width - Maximum width of the content.
 */
export class CampWeekPicker extends FpFormControl<PickerKey> {
  static override styles = [coreStyles, formStyles, campWeekPickerStyles];

  /** @internal */
  static override messages = pickerMessages;

  /** Loads what the host did not give: the camp, the child's places, and (without `camp`) the tariff. */
  private readonly loadTask = new Task<
    readonly [
      FamilyPortalAdapter | undefined,
      string | undefined,
      string | undefined,
      Camp | undefined,
      CampAvailability | undefined,
    ],
    PickerData
  >(this, {
    task: async ([adapter, campId, childId, givenCamp, givenAvailability], { signal }) => {
      if ((givenCamp && givenAvailability) || !adapter || !campId || !childId) return initialState;
      try {
        const [camp, availability, resident] = await Promise.all([
          givenCamp ??
            adapter.getCamps({ signal }).then((camps) => camps.find((found) => found.id === campId)),
          givenAvailability ?? adapter.getCampAvailability(campId, childId, { signal }),
          // With the host's camp comes the host's tariff (see `data`).
          givenCamp ? false : this.loadResident(adapter, signal),
          this.i18n.ready,
        ]);
        if (!camp) throw new AdapterError({ type: 'not-found', code: 'camp.not-found' });
        return { camp, availability, resident };
      } catch (error) {
        return this.loadFailed(error);
      }
    },
    args: () =>
      [this.activeAdapter, this.campId ?? this.camp?.id, this.childId, this.camp, this.availability] as const,
  });

  /** The week's days are one row of an APG grid; PageUp/PageDown show another open week on the same weekday. */
  private readonly grid = new GridKeyboardController(this, {
    size: () => ({ rows: 1, columns: 7 }),
    cell: ({ column }) =>
      this.renderRoot.querySelector<HTMLElement>(`[role="grid"] [data-column="${column}"]`),
    verticalInRow: true,
    inert: () => this.isDisabled,
    page: (direction, at) => {
      const data = this.data;
      if (!data) return undefined;
      const weeks = openWeeks(data.camp, this.today);
      const other = weeks[weeks.findIndex((week) => week.id === this.weekId) + direction];
      if (!other) return undefined;
      this.showWeek(other, at.column);
      return at;
    },
  });

  /** What the picker needs once a day is chosen: the week's price and the camp's booking rules (with their words). */
  private readonly pricing = new LazyController<typeof WeekPrice>(this, this.i18n, () =>
    this.importPricing(),
  );

  /** The camp to load, with `child-id`, when the host does not set `camp`. */
  @property({ attribute: 'camp-id' }) campId: string | undefined;

  /** The child whose group and places are loaded (with `camp-id`, or `camp`), when the host does not set `availability`. */
  @property({ attribute: 'child-id' }) childId: string | undefined;

  /** The camp, set by a host that has it: with `availability` too, nothing is loaded. */
  @property({ attribute: false }) camp: Camp | undefined;

  /** The child's group and places in the camp, set by a host that has them. */
  @property({ attribute: false }) availability: CampAvailability | undefined;

  /** With `camp`: the residents' tariff applies. Without, the element reads the parent's postcode. */
  @property({ type: Boolean }) resident = false;

  /**
   * The days chosen, in date order, each with the day's activities: the days
   * of `enrolInCamp`. A host may set it (a draft): set before the first
   * render, the picker opens on the week of its first day.
   */
  @property({ attribute: false }) value: CampDayChoice[] = [];

  /** The weeks the parent asked to join the waiting list of (a day of theirs is full). */
  @property({ attribute: false }) waitingWeekIds: string[] = [];

  /** The name of the whole picker for assistive technologies ("Semaines de plaine de Léa"); "Semaines de plaine" by default. */
  @property() label: string | undefined;

  /** Level of the week's heading (1–6), to fit the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** The clock: days up to today can no longer be chosen, and past weeks are not shown. */
  @property({ attribute: false }) now: () => Date = () => new Date();

  /** The week shown. */
  @state() private weekId: string | undefined;
  /** Announced politely: the week shown after "Semaine suivante". */
  @state() private announcement = '';

  /** What is shown: what the host gives, completed by what was loaded. */
  private get data(): PickerData | undefined {
    if (this.camp && this.availability)
      return { camp: this.camp, availability: this.availability, resident: this.resident };
    const loaded = this.loadTask.value;
    return loaded && { ...loaded, resident: this.camp ? this.resident : loaded.resident };
  }

  /** Whether the family pays the residents' tariff: the parent lives at one of the commune's postcodes. */
  private async loadResident(adapter: FamilyPortalAdapter, signal: AbortSignal): Promise<boolean> {
    const [commune, family] = await Promise.all([
      this.readCommune(adapter, signal),
      adapter.getFamily({ signal }),
    ]);
    return isResident(commune.postcodes, family.parent?.address.postcode);
  }

  private get today(): string {
    return communeDay(this.now());
  }

  private get selection(): Selection {
    return { value: this.value, waitingWeekIds: this.waitingWeekIds };
  }

  // ——— the form control ———

  /** @internal */
  formResetCallback(): void {
    this.value = [];
    this.waitingWeekIds = [];
  }

  /** @internal */
  formStateRestoreCallback(saved: unknown): void {
    const restored = parseFormState(saved);
    if (!restored) return;
    this.value = restored.value;
    this.waitingWeekIds = restored.waitingWeekIds;
  }

  /** @internal One `name=<date>` entry per day and one `name-waiting=<weekId>` per waiting week. */
  protected formValue(): { entries: FormData | null; state: string } {
    const { name, value, waitingWeekIds } = this;
    let entries: FormData | null = null;
    if (name) {
      entries = new FormData();
      for (const choice of value) entries.append(name, choice.date);
      for (const weekId of waitingWeekIds) entries.append(`${name}-waiting`, weekId);
    }
    return { entries, state: formState(this.selection) };
  }

  /** @internal `required` asks for a day; the camp's own rules (whole weeks only) for the days chosen. */
  protected formIssue(): { flags: ValidityStateFlags; message: string } | undefined {
    const data = this.data;
    // The camp's rules and their words come with the week's price; the value is checked again once they are there.
    const rules = (data && this.value.length > 0) || this.required ? this.pricing.module : undefined;
    if (this.required && this.value.length === 0)
      return {
        flags: { valueMissing: true },
        message: this.t(rules ? 'field.camp.no-day' : 'field.invalid'),
      };
    const issue = data && rules?.choiceIssue(data.camp, this.value);
    if (!issue) return undefined;
    const key = `field.${issue.code}`;
    return { flags: { customError: true }, message: this.t(this.i18n.has(key) ? key : 'field.invalid') };
  }

  /** @internal The browser's message shows on the grid's Tab stop. */
  protected override validationAnchor(): HTMLElement | undefined {
    return this.renderRoot.querySelector<HTMLElement>('[data-column][tabindex="0"]') ?? undefined;
  }

  /** @internal Downloads the week's price and the camp's booking rules (tests make it fail by overriding it). */
  protected importPricing(): Promise<typeof WeekPrice> {
    return import('./week-price.js');
  }

  // ——— what the parent does ———

  private t(key: CoreKey | PickerKey, params?: MessageParams): string {
    return this.i18n.t(key, params);
  }

  private select(selection: Selection): void {
    this.value = selection.value;
    this.waitingWeekIds = selection.waitingWeekIds;
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** The first day of `week` still to come: where the grid's Tab stop goes on a new week. */
  private firstDayToCome(week: CampWeek): number {
    const today = this.today;
    return Math.max(
      0,
      week.days.findIndex((day) => day.open && day.date > today),
    );
  }

  /** Shows `week` and announces it; `column`: the day keeping the Tab stop (PageDown keeps the weekday). */
  private showWeek(week: CampWeek, column = this.firstDayToCome(week)): void {
    this.weekId = week.id;
    this.grid.moveTo({ row: 0, column });
    this.announcement = weekTitle(this.i18n, week);
  }

  // ——— lifecycle ———

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    // A parent looking at the weeks chooses a day next: its price's rules download while the page is idle.
    this.pricing.prefetchWhenIdle();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Days gone by can no longer be chosen (a draft resumed late, a tab left open overnight).
    if (changed.has('value'))
      this.value = sortChoices(this.value).filter((choice) => choice.date > this.today);
    const data = this.data;
    if (!data) return;
    const weeks = openWeeks(data.camp, this.today);
    if (weeks.some((week) => week.id === this.weekId)) return;
    // A new camp, or the first render: the week of the first day chosen (a draft), else the first open week.
    const first = this.value[0]?.date;
    const start = weeks.find((week) => week.days.some((day) => day.date === first)) ?? weeks[0];
    this.weekId = start?.id;
    this.grid.active = { row: 0, column: start ? this.firstDayToCome(start) : 0 };
  }

  /**
   * Focus goes to the week's theme (or, without one, to the grid's Tab stop),
   * once the week is shown: an error summary's link or a recap's "Modifier" leads here.
   */
  override focus(options?: FocusOptions): void {
    const target = () => this.renderRoot.querySelector<HTMLElement>('#theme, [data-column][tabindex="0"]');
    const shown = target();
    if (shown) shown.focus(options);
    else
      void this.loadTask.taskComplete
        .catch(() => undefined)
        .then(() => this.updateComplete)
        .then(() => target()?.focus(options));
  }

  // ——— rendering ———

  /** The price of the days chosen in `week` (aria-live); a placeholder below it while its rules download. */
  private renderWeekPrice(data: PickerData, week: PickerWeek) {
    const chosen = this.value.some((choice) => week.days.some((day) => day.date === choice.date));
    const pricing = chosen ? this.pricing.module : undefined;
    return html`<p class="week-price" part="week-price" aria-live="polite">
        ${pricing ? pricing.weekPriceText(this.i18n, data, this.selection, week) : ''}
      </p>
      ${chosen && !pricing ? this.pricing.render(1, () => html``) : nothing}`;
  }

  private renderPicker(data: PickerData) {
    return pickerTemplate({
      i18n: this.i18n,
      data,
      selection: this.selection,
      weekId: this.weekId,
      today: this.today,
      now: this.now(),
      headingLevel: this.headingLevel,
      disabled: this.isDisabled,
      tabindex: (column) => this.grid.tabindex({ row: 0, column }),
      onGridKeydown: this.grid.onKeydown,
      onGridFocusin: this.grid.onFocusin,
      select: (selection) => this.select(selection),
      showWeek: (week) => this.showWeek(week),
      weekPrice: (week) => this.renderWeekPrice(data, week),
    });
  }

  override render() {
    const loading = () => skeleton({ lines: 6, label: this.t('ui.loading') });
    const data = this.data;
    let content: unknown;
    // Given all it needs, the element waits only for its own messages, which come with its first render.
    if (this.camp && this.availability)
      content = data && this.i18n.has('picker.title') ? this.renderPicker(data) : loading();
    else if (!this.activeAdapter)
      content = html`<p class="callout" role="alert">${this.t('ui.noAdapter')}</p>`;
    else
      content = this.loadTask.render({
        initial: loading,
        pending: loading,
        complete: () => (data ? this.renderPicker(data) : loading()),
        error: (error) => {
          const adapterError = AdapterError.from(error);
          return adapterError.type === 'not-found'
            ? html`<p class="callout callout--error" part="notice" role="alert">
                ${this.t('picker.notFound')}
              </p>`
            : errorPanel({ i18n: this.i18n, error: adapterError, onRetry: () => void this.loadTask.run() });
        },
      });
    return html`<div class="root" role="group" aria-label=${this.label ?? this.t('picker.title')}>
      ${content}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'camp-week-picker': CampWeekPicker;
  }
}
