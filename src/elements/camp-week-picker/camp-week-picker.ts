import { Task, initialState } from '@lit/task';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { AdapterError, type FamilyPortalAdapter } from '../../adapter/index.js';
import {
  communeDay,
  isResident,
  registrationState,
  type Camp,
  type CampActivity,
  type CampAvailability,
  type CampWeek,
} from '../../domain/index.js';
import { FpElement } from '../../shared/base-element.js';
import type { CoreKey, MessageParams } from '../../shared/i18n/localize.js';
import { baseStyles } from '../../shared/styles.js';
import { checkbox, errorPanel, skeleton } from '../../shared/ui/index.js';
import { campWeekPickerStyles } from './camp-week-picker.styles.js';
import {
  chooseDay,
  chooseWaiting,
  chooseWeek,
  choiceIssue,
  formState,
  openWeeks,
  parseFormState,
  pickerWeek,
  sortChoices,
  themeState,
  weekPrice,
  type CampDayChoice,
  type PickerDay,
  type PickerWeek,
  type Selection,
} from './week-model.js';
import { pickerMessages, type PickerKey } from './messages/index.js';

export type { CampDayChoice } from './week-model.js';

/** What the picker shows: the camp, the child's places, and which tariff applies. */
interface PickerData {
  camp: Camp;
  availability: CampAvailability;
  resident: boolean;
}

/** The prices the family pays: the residents' or everyone else's. */
const tariffOf = ({ camp, resident }: PickerData) =>
  resident ? camp.tariffs.resident : camp.tariffs.nonResident;

/** Places left from which the day says "Plus que 2 places". */
const fewPlaces = 3;

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
export class CampWeekPicker extends FpElement<PickerKey> {
  static override styles = [baseStyles, campWeekPickerStyles];

  /** @internal */
  static override messages = pickerMessages;

  /** @internal */
  static formAssociated = true;

  private readonly internals = this.attachInternals();

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

  /** The form field's name: one `name=<date>` per day and `name-waiting=<weekId>` per waiting week. */
  @property({ reflect: true }) name = '';

  /** At least one day must be chosen for the form to be valid. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Nothing can be chosen, and the value is not submitted. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The name of the whole picker for assistive technologies ("Semaines de plaine de Léa"); "Semaines de plaine" by default. */
  @property() label: string | undefined;

  /** Level of the week's heading (1–6), to fit the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** The clock: days up to today can no longer be chosen, and past weeks are not shown. */
  @property({ attribute: false }) now: () => Date = () => new Date();

  /** The week shown. */
  @state() private weekId: string | undefined;
  /** The day (0 = Monday) that holds the grid's Tab stop. */
  @state() private focusIndex = 0;
  /** Announced politely: the week shown after "Semaine suivante". */
  @state() private announcement = '';
  /** Disabled by an ancestor `<fieldset disabled>`. */
  @state() private formDisabled = false;

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

  private get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  // ——— the form control ———

  /** The form the element belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The element's validity, as a native control's. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** Why the value is not valid ("Choisissez au moins un jour de plaine."), or `''`. */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the element takes part in the form's validation. */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** True when the value is valid; otherwise fires `invalid` and answers false. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** As `checkValidity()`, and the browser shows the message on the focused day. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** @internal */
  formResetCallback(): void {
    this.value = [];
    this.waitingWeekIds = [];
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** @internal */
  formStateRestoreCallback(saved: unknown): void {
    const restored = parseFormState(saved);
    if (!restored) return;
    this.value = restored.value;
    this.waitingWeekIds = restored.waitingWeekIds;
  }

  /** The form's value and validity; the anchor of the browser's message is the grid's Tab stop. */
  private syncForm(): void {
    const { name, value, waitingWeekIds } = this;
    let entries: FormData | null = null;
    if (name) {
      entries = new FormData();
      for (const choice of value) entries.append(name, choice.date);
      for (const weekId of waitingWeekIds) entries.append(`${name}-waiting`, weekId);
    }
    this.internals.setFormValue(entries, formState(this.selection));
    const anchor = this.renderRoot.querySelector<HTMLElement>('[data-index][tabindex="0"]') ?? undefined;
    const data = this.data;
    const issue = data ? choiceIssue(data.camp, value) : undefined;
    if (this.required && value.length === 0)
      this.internals.setValidity({ valueMissing: true }, this.t('field.camp.no-day'), anchor);
    else if (issue) {
      const key = `field.${issue.code}`;
      this.internals.setValidity(
        { customError: true },
        this.t(this.i18n.has(key) ? key : 'field.invalid'),
        anchor,
      );
    } else this.internals.setValidity({});
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

  private weekTitle(week: CampWeek): string {
    return this.t('picker.week.title', {
      number: week.isoWeek,
      from: this.i18n.date(week.days[0]!.date),
      to: this.i18n.date(week.days[6]!.date),
    });
  }

  /** Shows `week` and announces it; `focusIndex`: the day keeping the Tab stop (PageDown keeps the weekday). */
  private showWeek(week: CampWeek, focusIndex = this.firstDayToCome(week)): void {
    this.weekId = week.id;
    this.focusIndex = focusIndex;
    this.announcement = this.weekTitle(week);
  }

  /** The focusable thing of a day's cell: its box, or the cell itself when it has none. */
  private dayTarget(index: number): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[role="grid"] [data-index="${index}"]`);
  }

  private onGridKey(event: KeyboardEvent, weeks: readonly CampWeek[], week: PickerWeek): void {
    if (this.isDisabled) return;
    const target = event.target as HTMLElement;
    const index = Number(target.dataset['index'] ?? this.focusIndex);
    let next: number | undefined;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(6, index + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(0, index - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = 6;
        break;
      case 'PageUp':
      case 'PageDown': {
        event.preventDefault();
        const position = weeks.findIndex((candidate) => candidate.id === week.week.id);
        const other = weeks[position + (event.key === 'PageDown' ? 1 : -1)];
        if (!other) return;
        this.showWeek(other, index);
        void this.updateComplete.then(() => this.dayTarget(index)?.focus());
        return;
      }
      case 'Enter':
        // A native box ticks with Space only; the grid ticks with Enter too.
        if (target instanceof HTMLInputElement) {
          event.preventDefault();
          target.click();
        }
        return;
      case ' ':
        // Space on a cell without a box would scroll the page.
        if (!(target instanceof HTMLInputElement)) event.preventDefault();
        return;
      default:
        return;
    }
    event.preventDefault();
    this.focusIndex = next;
    this.dayTarget(next)?.focus();
  }

  // ——— lifecycle ———

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
    this.focusIndex = start ? this.firstDayToCome(start) : 0;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.syncForm();
  }

  /**
   * Focus goes to the week's theme (or, without one, to the grid's Tab stop),
   * once the week is shown: an error summary's link or a recap's "Modifier" leads here.
   */
  override focus(options?: FocusOptions): void {
    const target = () => this.renderRoot.querySelector<HTMLElement>('#theme, [data-index][tabindex="0"]');
    const shown = target();
    if (shown) shown.focus(options);
    else
      void this.loadTask.taskComplete
        .catch(() => undefined)
        .then(() => this.updateComplete)
        .then(() => target()?.focus(options));
  }

  // ——— rendering ———

  private activityText(activity: CampActivity, currency: string): string {
    return activity.supplementCents
      ? this.t('picker.activity.supplement', {
          name: activity.name,
          price: this.i18n.money(activity.supplementCents, currency),
        })
      : activity.name;
  }

  private placesText(day: PickerDay, waiting: boolean): string {
    const left = day.left ?? 0;
    if (day.state === 'full') return this.t(waiting ? 'picker.day.fullWaiting' : 'picker.day.full');
    if (left === 1) return this.t('picker.places.last');
    return this.t(left <= fewPlaces ? 'picker.places.few' : 'picker.places.many', { count: left });
  }

  private renderDay(day: PickerDay, index: number, data: PickerData, week: PickerWeek) {
    const tabindex = index === this.focusIndex && !this.isDisabled ? 0 : -1;
    const weekday = this.t(`picker.weekday.${index}` as PickerKey);
    const name = html`${weekday} <span class="day__date">${this.i18n.date(day.date)}</span>`;
    if (day.state === 'closed' || day.state === 'past') {
      const why =
        day.state === 'past'
          ? this.t('picker.day.past')
          : day.closedReason
            ? this.t('picker.day.closedReason', { reason: day.closedReason })
            : this.t('picker.day.closed');
      return html`<div
        role="gridcell"
        class="day day--${day.state}"
        part="day day-${day.state}"
        tabindex=${tabindex}
        data-index=${index}
      >
        <span class="day__name">${name}</span>
        <span class="day__status">${why}</span>
      </div>`;
    }
    const id = `day-${day.date}`;
    const chosen = this.value.some((choice) => choice.date === day.date);
    const waiting = this.waitingWeekIds.includes(week.week.id);
    const full = day.state === 'full';
    const readonly = !full && data.camp.wholeWeeksOnly;
    return html`<div
      role="gridcell"
      class="day day--${day.state} ${chosen ? 'day--chosen' : ''}"
      part="day day-${day.state} ${chosen ? 'day-chosen' : ''}"
    >
      <div class="day__head">
        <input
          type="checkbox"
          id=${id}
          class="day__box"
          tabindex=${tabindex}
          data-index=${index}
          aria-describedby="${id}-details"
          aria-disabled=${full ? 'true' : nothing}
          aria-readonly=${readonly ? 'true' : nothing}
          .checked=${live(chosen)}
          @click=${(event: Event) => {
            if (full || readonly) event.preventDefault();
          }}
          @change=${(event: Event) =>
            this.select(chooseDay(this.selection, day, (event.target as HTMLInputElement).checked))}
        />
        <label class="day__name" for=${id}>${name}</label>
      </div>
      <div class="day__details" id="${id}-details">
        ${
          day.activities.length > 0
            ? html`<ul class="activities">
                ${day.activities.map(
                  (activity) =>
                    html`<li part="activity">${this.activityText(activity, data.camp.currency)}</li>`,
                )}
              </ul>`
            : nothing
        }
        <span class="places ${full || (day.left ?? 0) <= fewPlaces ? 'places--few' : ''}" part="places"
          >${this.placesText(day, waiting)}</span
        >
        <span class="price" part="price"
          >${this.t('picker.price.perDay', {
            price: this.i18n.money(tariffOf(data).dayCents, data.camp.currency),
          })}</span
        >
      </div>
    </div>`;
  }

  private renderWeekPrice(data: PickerData, week: PickerWeek): string {
    const priced = weekPrice(data.camp, week.week, this.value, data.resident);
    if (!priced) return '';
    const money = (cents: number) => this.i18n.money(cents, data.camp.currency);
    const base =
      priced.wholeWeek && tariffOf(data).weekCents !== undefined
        ? this.t('picker.price.wholeWeek', { price: money(priced.baseCents) })
        : this.t(priced.days === 1 ? 'picker.price.oneDay' : 'picker.price.days', {
            count: priced.days,
            price: money(priced.baseCents),
          });
    return priced.supplementsCents > 0
      ? `${base} ${this.t('picker.price.supplements', { price: money(priced.supplementsCents) })}`
      : base;
  }

  private renderWeek(data: PickerData, weeks: readonly CampWeek[], shown: CampWeek) {
    const week = pickerWeek(shown, data.availability, this.today);
    const position = weeks.indexOf(shown);
    const previous = weeks[position - 1];
    const next = weeks[position + 1];
    const theme = themeState(week, this.selection);
    const themeable = week.days.some((day) => day.state === 'open');
    const hasFull = week.days.some((day) => day.state === 'full');
    const waiting = this.waitingWeekIds.includes(shown.id);
    const navButton = (label: string, target: CampWeek | undefined, part: string) =>
      html`<button
        type="button"
        class="button button--secondary"
        part="button button-secondary ${part}"
        aria-disabled=${target ? nothing : 'true'}
        @click=${() => target && this.showWeek(target)}
      >
        ${label}
      </button>`;
    return html`
      <div
        class="week-title"
        id="week-title"
        part="week-title"
        role="heading"
        aria-level=${Math.min(Math.max(this.headingLevel, 1), 6)}
      >
        ${this.weekTitle(shown)}
      </div>
      <fieldset class="week" ?disabled=${this.isDisabled}>
        <div class="week-nav" part="week-nav">
          ${navButton(this.t('picker.week.previous'), previous, 'previous')}
          ${navButton(this.t('picker.week.next'), next, 'next')}
        </div>
        <div class="choice theme" part="theme">
          <input
            type="checkbox"
            id="theme"
            aria-describedby="theme-hint"
            ?disabled=${!themeable}
            .checked=${live(theme === 'checked')}
            .indeterminate=${live(theme === 'mixed')}
            @change=${(event: Event) =>
              this.select(chooseWeek(this.selection, week, (event.target as HTMLInputElement).checked))}
          />
          <label for="theme">${shown.theme || this.t('picker.theme.untitled')}</label>
        </div>
        <p class="hint" id="theme-hint">
          ${this.t(data.camp.wholeWeeksOnly ? 'picker.theme.hintWholeWeeks' : 'picker.theme.hint')}
        </p>
        <div
          role="grid"
          class="grid"
          part="grid"
          aria-labelledby="week-title"
          @keydown=${(event: KeyboardEvent) => this.onGridKey(event, weeks, week)}
          @focusin=${(event: FocusEvent) => {
            const index = (event.target as HTMLElement).dataset['index'];
            if (index !== undefined) this.focusIndex = Number(index);
          }}
        >
          <div role="row" class="days">
            ${week.days.map((day, index) => this.renderDay(day, index, data, week))}
          </div>
        </div>
        ${
          hasFull
            ? html`<div class="waiting" part="waiting">
                ${checkbox({
                  id: 'waiting',
                  name: 'waiting',
                  label: this.t('picker.waiting.label'),
                  hint: this.t('picker.waiting.hint'),
                  checked: waiting,
                  onChange: (checked) => this.select(chooseWaiting(this.selection, week, checked)),
                })}
              </div>`
            : nothing
        }
        <p class="week-price" part="week-price" aria-live="polite">${this.renderWeekPrice(data, week)}</p>
      </fieldset>
    `;
  }

  private renderPicker(data: PickerData) {
    const callout = (text: string) => html`<p class="callout" part="notice" role="note">${text}</p>`;
    if (data.availability.groupId === null) return callout(this.t('picker.noGroup'));
    const weeks = openWeeks(data.camp, this.today);
    const shown = weeks.find((week) => week.id === this.weekId);
    if (!shown) return callout(this.t('picker.noWeek'));
    const registration = registrationState(data.camp, this.now());
    const { opensAt, closesAt } = data.camp.registration;
    return html`
      ${
        registration === 'open'
          ? nothing
          : callout(
              registration === 'not-yet-open'
                ? this.t('picker.registration.notYetOpen', { date: this.i18n.when(opensAt) })
                : this.t('picker.registration.closed', { date: this.i18n.when(closesAt) }),
            )
      }
      ${this.renderWeek(data, weeks, shown)}
    `;
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
