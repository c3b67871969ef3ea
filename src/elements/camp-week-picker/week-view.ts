import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Camp, CampActivity, CampAvailability, CampWeek } from '../../domain/index.js';
import { registrationState } from '../../domain/camp-rules.js';
import type { PickerKey } from './messages/index.js';
import { localMessage, localString, localText, textSlot } from '../../shared/i18n/local-text.js';
import type { Localizer } from '../../shared/i18n/localize.js';
import {
  chooseDay,
  chooseWaiting,
  chooseWeek,
  openWeeks,
  pickerWeek,
  themeState,
  type PickerDay,
  type PickerWeek,
  type Selection,
} from './week-model.js';

/** What the picker shows: the camp, the child's places, and which tariff applies. */
export interface PickerData {
  camp: Camp;
  availability: CampAvailability;
  resident: boolean;
}

/** What the templates render, and what they call back. */
export interface PickerView {
  i18n: Localizer<PickerKey>;
  data: PickerData;
  selection: Selection;
  /** The week shown. */
  weekId: string | undefined;
  today: string;
  now: Date;
  headingLevel: number;
  disabled: boolean;
  /** The grid's roving tabindex of the day `column`. */
  tabindex(column: number): 0 | -1;
  onGridKeydown(event: KeyboardEvent): void;
  onGridFocusin(event: FocusEvent): void;
  select(selection: Selection): void;
  showWeek(week: CampWeek): void;
  /** The week's price line, once its rules are there (they load on first use). */
  weekPrice(week: PickerWeek): unknown;
}

/** The prices the family pays: the residents' or everyone else's. */
export const tariffOf = ({ camp, resident }: PickerData) =>
  resident ? camp.tariffs.resident : camp.tariffs.nonResident;

/** Places left from which the day says "Plus que 2 places". */
const fewPlaces = 3;

/** "Semaine 28 · du … au …". */
export function weekTitle(i18n: Localizer<PickerKey>, week: CampWeek): string {
  return i18n.t('picker.week.title', {
    number: week.isoWeek,
    from: i18n.date(week.days[0]!.date),
    to: i18n.date(week.days[6]!.date),
  });
}

function activityText(i18n: Localizer<PickerKey>, activity: CampActivity, currency: string) {
  return activity.supplementCents
    ? localMessage(
        i18n,
        i18n.t('picker.activity.supplement', {
          name: textSlot,
          price: i18n.money(activity.supplementCents, currency),
        }),
        activity.name,
      )
    : localText(i18n, activity.name);
}

function placesText(i18n: Localizer<PickerKey>, day: PickerDay, waiting: boolean): string {
  const left = day.left ?? 0;
  if (day.state === 'full') return i18n.t(waiting ? 'picker.day.fullWaiting' : 'picker.day.full');
  if (left === 1) return i18n.t('picker.places.last');
  return i18n.t(left <= fewPlaces ? 'picker.places.few' : 'picker.places.many', { count: left });
}

function dayTemplate(view: PickerView, day: PickerDay, index: number, week: PickerWeek) {
  const { i18n, data, selection } = view;
  const tabindex = view.tabindex(index);
  const weekday = i18n.t(`picker.weekday.${index}` as PickerKey);
  const name = html`${weekday} <span class="day__date">${i18n.date(day.date)}</span>`;
  if (day.state === 'closed' || day.state === 'past') {
    const why =
      day.state === 'past'
        ? i18n.t('picker.day.past')
        : day.closedReason
          ? localMessage(i18n, i18n.t('picker.day.closedReason', { reason: textSlot }), day.closedReason)
          : i18n.t('picker.day.closed');
    return html`<div
      role="gridcell"
      class="day day--${day.state}"
      part="day day-${day.state}"
      tabindex=${tabindex}
      data-column=${index}
    >
      <span class="day__name">${name}</span>
      <span class="day__status">${why}</span>
    </div>`;
  }
  const id = `day-${day.date}`;
  const chosen = selection.value.some((choice) => choice.date === day.date);
  const waiting = selection.waitingWeekIds.includes(week.week.id);
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
        data-column=${index}
        aria-describedby="${id}-details"
        aria-disabled=${full ? 'true' : nothing}
        aria-readonly=${readonly ? 'true' : nothing}
        .checked=${live(chosen)}
        @click=${(event: Event) => {
          if (full || readonly) event.preventDefault();
        }}
        @change=${(event: Event) =>
          view.select(chooseDay(selection, day, (event.target as HTMLInputElement).checked))}
      />
      <label class="day__name" for=${id}>${name}</label>
    </div>
    <div class="day__details" id="${id}-details">
      ${
        day.activities.length > 0
          ? html`<ul class="activities">
              ${day.activities.map(
                (activity) =>
                  html`<li part="activity">${activityText(i18n, activity, data.camp.currency)}</li>`,
              )}
            </ul>`
          : nothing
      }
      <span class="places ${full || (day.left ?? 0) <= fewPlaces ? 'places--few' : ''}" part="places"
        >${placesText(i18n, day, waiting)}</span
      >
      <span class="price" part="price"
        >${i18n.t('picker.price.perDay', {
          price: i18n.money(tariffOf(data).dayCents, data.camp.currency),
        })}</span
      >
    </div>
  </div>`;
}

function weekTemplate(view: PickerView, weeks: readonly CampWeek[], shown: CampWeek) {
  const { i18n, data, selection } = view;
  const week = pickerWeek(shown, data.availability, view.today);
  const position = weeks.indexOf(shown);
  const previous = weeks[position - 1];
  const next = weeks[position + 1];
  const theme = themeState(week, selection);
  const themeable = week.days.some((day) => day.state === 'open');
  const hasFull = week.days.some((day) => day.state === 'full');
  const waiting = selection.waitingWeekIds.includes(shown.id);
  const navButton = (label: string, target: CampWeek | undefined, part: string) =>
    html`<button
      type="button"
      class="button button--secondary"
      part="button button-secondary ${part}"
      aria-disabled=${target ? nothing : 'true'}
      @click=${() => target && view.showWeek(target)}
    >
      ${label}
    </button>`;
  return html`
    <div
      class="week-title"
      id="week-title"
      part="week-title"
      role="heading"
      aria-level=${Math.min(Math.max(view.headingLevel, 1), 6)}
    >
      ${weekTitle(i18n, shown)}
    </div>
    <fieldset class="week" ?disabled=${view.disabled}>
      <div class="week-nav" part="week-nav">
        ${navButton(i18n.t('picker.week.previous'), previous, 'previous')}
        ${navButton(i18n.t('picker.week.next'), next, 'next')}
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
            view.select(chooseWeek(selection, week, (event.target as HTMLInputElement).checked))}
        />
        <label for="theme"
          >${localString(i18n, shown.theme) ? localText(i18n, shown.theme) : i18n.t('picker.theme.untitled')}</label
        >
      </div>
      <p class="hint" id="theme-hint">
        ${i18n.t(data.camp.wholeWeeksOnly ? 'picker.theme.hintWholeWeeks' : 'picker.theme.hint')}
      </p>
      <div
        role="grid"
        class="grid"
        part="grid"
        aria-labelledby="week-title"
        @keydown=${view.onGridKeydown}
        @focusin=${view.onGridFocusin}
      >
        <div role="row" class="days">
          ${week.days.map((day, index) => dayTemplate(view, day, index, week))}
        </div>
      </div>
      ${
        hasFull
          ? // Written out like the theme's box: the shared checkbox's module brings radio groups the page never shows.
            html`<div class="waiting" part="waiting">
              <div class="choice" part="choice">
                <input
                  type="checkbox"
                  id="waiting"
                  name="waiting"
                  aria-describedby="waiting-hint"
                  .checked=${live(waiting)}
                  @change=${(event: Event) =>
                    view.select(chooseWaiting(selection, week, (event.target as HTMLInputElement).checked))}
                />
                <label for="waiting"
                  >${i18n.t('picker.waiting.label')}<span class="hint choice__hint" id="waiting-hint"
                    >${i18n.t('picker.waiting.hint')}</span
                  ></label
                >
              </div>
            </div>`
          : nothing
      }
      ${view.weekPrice(week)}
    </fieldset>
  `;
}

/** The picker once its data is there: a notice when nothing can be chosen, else the week shown. */
export function pickerTemplate(view: PickerView) {
  const { i18n, data } = view;
  const callout = (text: string) => html`<p class="callout" part="notice" role="note">${text}</p>`;
  if (data.availability.groupId === null) return callout(i18n.t('picker.noGroup'));
  const weeks = openWeeks(data.camp, view.today);
  const shown = weeks.find((week) => week.id === view.weekId);
  if (!shown) return callout(i18n.t('picker.noWeek'));
  const registration = registrationState(data.camp, view.now);
  const { opensAt, closesAt } = data.camp.registration;
  return html`
    ${
      registration === 'open'
        ? nothing
        : callout(
            registration === 'not-yet-open'
              ? i18n.t('picker.registration.notYetOpen', { date: i18n.when(opensAt) })
              : i18n.t('picker.registration.closed', { date: i18n.when(closesAt) }),
          )
    }
    ${weekTemplate(view, weeks, shown)}
  `;
}
