import { html, nothing } from 'lit';
import { button } from '../../shared/ui/index.js';
import { shiftMonth, type CalendarView } from './calendar-model.js';
import { monthName, type CalendarLocalizer } from './cell-words.js';
import type { DialogName } from './dialogs.js';

export interface ToolbarView {
  i18n: CalendarLocalizer;
  month: string;
  /** Several children shown: "par enfant / par activité" (seed 002). */
  several: boolean;
  /** The planning has several children: "Dupliquer le planning" (seed 002). */
  copyable: boolean;
  view: CalendarView;
  goToDate: string;
  showMonth(month: string): void;
  today(): void;
  typeDate(date: string): void;
  goTo(): void;
  setView(view: CalendarView): void;
  openDialog(name: DialogName, opener: EventTarget | null): void;
}

/** Month navigation (its name announced when it changes), today, go to a date, and the view. */
export function toolbar(view: ToolbarView) {
  const { i18n, month } = view;
  return html`<div class="toolbar" part="toolbar">
    <div class="toolbar__month">
      ${button({ label: i18n.t('calendar.previous'), onClick: () => view.showMonth(shiftMonth(month, -1)) })}
      <div class="month h3" part="month" aria-live="polite">${monthName(i18n, month)}</div>
      ${button({ label: i18n.t('calendar.next'), onClick: () => view.showMonth(shiftMonth(month, 1)) })}
      ${button({ label: i18n.t('calendar.today'), onClick: () => view.today() })}
    </div>
    <form
      class="toolbar__go"
      @submit=${(event: Event) => {
        event.preventDefault();
        view.goTo();
      }}
    >
      <label for="go-to">${i18n.t('calendar.goTo')}</label>
      <input
        id="go-to"
        type="date"
        .value=${view.goToDate}
        @input=${(event: Event) => view.typeDate((event.target as HTMLInputElement).value)}
      />
      <button type="submit" class="button button--secondary" part="button button-secondary">
        ${i18n.t('calendar.goTo.show')}
      </button>
    </form>
    <div class="toolbar__dialogs">
      ${(['feed', 'absence', 'period', ...(view.copyable ? (['copy'] as const) : [])] as const).map(
        (name) =>
          html`<button
            type="button"
            class="button button--secondary"
            part="button button-secondary"
            data-dialog=${name}
            @click=${(event: Event) => view.openDialog(name, event.currentTarget)}
          >
            ${i18n.t(`calendar.${name}.open`)}
          </button>`,
      )}
    </div>
    ${
      view.several
        ? html`<div class="toolbar__view" role="group" aria-label=${i18n.t('calendar.view')}>
            ${(['child', 'activity'] as const).map(
              (shown) =>
                html`<button
                  type="button"
                  class="button button--secondary"
                  part="button button-secondary"
                  aria-pressed=${view.view === shown ? 'true' : 'false'}
                  @click=${() => view.setView(shown)}
                >
                  ${i18n.t(`calendar.view.${shown}`)}
                </button>`,
            )}
          </div>`
        : nothing
    }
  </div>`;
}
