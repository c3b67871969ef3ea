import { css, html, nothing } from 'lit';
import type { Unit } from '../../domain/index.js';
import { localString } from '../../shared/i18n/local-text.js';
import { formStyles } from '../../shared/styles/form.js';
import { button } from '../../shared/ui/index.js';
import { itemsList, signed, type ItemsView } from './booking-items.js';
import { dateField as dateInput, dialogErrors, fieldMarks } from './dialog-form.js';
import { dialogShell, dialogStyles } from './dialog-shell.js';
import type { DialogContext, PeriodState } from './dialogs.js';
import { feedMessages } from './messages/feed/index.js';
import { periodMessages } from './messages/period/index.js';
import { recapMessages } from './messages/recap/index.js';
import { panelStyles } from './panel.styles.js';
import {
  dateCount,
  periodBooking,
  periodDefaults,
  periodGrid,
  periodProblems,
  slotKey,
  weekPatterns,
  type PeriodFields,
  type PeriodGrid,
  type PeriodProblem,
} from './period-model.js';
import { sectionHeading } from './section-heading.js';
import { unitsOf } from './recap-model.js';

// "Réserver sur une période" (seed 003, "Réservations sur période"): children, from–to, which weeks
// and a weekday × unit grid; "Voir le détail" previews each date's outcome and the total, then one
// request is sent. Loaded on first opening.

/** The items' words are the recap's; the close button speaks the dialogs' common words. */
export const messages = [...periodMessages, ...recapMessages, ...feedMessages];

const gridStyles = css`
  .period__dates {
    display: flex;
    flex-wrap: wrap;
    column-gap: calc(var(--_space) * 3);
  }
  /* The grid scrolls inside its box rather than widen the dialog (320 px). */
  .period__scroll {
    max-width: 100%;
    overflow-x: auto;
  }
  .period__grid {
    border-collapse: collapse;
  }
  .period__grid th,
  .period__grid td {
    padding: calc(var(--_space) / 2);
    border-bottom: 1px solid var(--_border);
    text-align: center;
  }
  /* Weekdays never break inside ("lu n"), units only between words. */
  .period__grid th {
    overflow-wrap: normal;
  }
  .period__grid thead th {
    white-space: nowrap;
  }
  .period__grid th[scope='row'],
  .period__grid th[scope='colgroup'] {
    text-align: start;
    font-weight: 400;
    min-width: 5em;
  }
  .period__grid th[scope='colgroup'] {
    font-weight: 700;
  }
  .period__grid input {
    width: 1.5em;
    height: 1.5em;
    margin: 0;
    accent-color: var(--_primary);
  }
  .period__preview,
  .period__result {
    margin-top: calc(var(--_space) * 2);
  }
`;
export const styles = [formStyles, panelStyles, dialogStyles, gridStyles];

/** The preview's and the request's sending slots (each its own key, error and "Réessayer"). */
const previewSlot = 'period-preview';
const sendSlot = 'period';

const problemKeys = {
  child: 'calendar.period.required.child',
  from: 'calendar.period.required.from',
  to: 'calendar.period.required.to',
  order: 'calendar.period.order.to',
  length: 'calendar.period.length.to',
  slots: 'calendar.period.required.slots',
} as const;

/** The field a problem is said beside (a group's: its first input, where its summary link leads). */
function fieldOf(problem: PeriodProblem, grid: PeriodGrid, context: DialogContext): string {
  const child = context.planning?.children[0];
  const unit = grid.activities[0]?.units[0];
  if (problem === 'child') return child ? `period-child-${child.childId}` : 'period-children';
  if (problem === 'from') return 'period-from';
  if (problem === 'slots')
    return unit ? `period-slot-${slotKey(unit.weekdays[0]!, unit.id)}` : 'period-slots';
  return 'period-to';
}

type Group = 'children' | 'from' | 'to' | 'slots';

/** Which group of the form a problem's field is in. */
function groupOf(fieldId: string): Group {
  if (fieldId === 'period-from' || fieldId === 'period-to') return fieldId === 'period-from' ? 'from' : 'to';
  return fieldId.startsWith('period-child') ? 'children' : 'slots';
}

/** "Voir le détail": the problems first (focus on the first field); else what each date would give. */
async function preview(context: DialogContext, state: PeriodState): Promise<void> {
  const adapter = context.adapter;
  const grid = periodGrid(context.planning, state.childIds);
  const found = periodProblems(state, grid);
  state.issues = found.map((problem) => ({
    fieldId: fieldOf(problem, grid, context),
    message: context.i18n.t(problemKeys[problem]),
  }));
  if (found.length > 0 || !adapter) {
    context.update();
    if (state.issues[0]) context.focus(`#${state.issues[0].fieldId}`);
    return;
  }
  const booking = periodBooking(state, grid);
  // Nothing is booked, but like a sending it is busy once, told to the page on failure and retried.
  const sent = await context.action.send(() => adapter.previewPeriodBooking(booking), {
    slot: previewSlot,
    payload: booking,
    operation: 'preview-period-booking',
  });
  if (!sent) return;
  state.preview = { booking, answer: sent.value };
  state.previewDropped = false;
  context.update();
  context.focus('period-preview');
}

/** "Envoyer la demande": the request previewed, sent once ("Réessayer" replays its key). */
async function send(context: DialogContext, state: PeriodState): Promise<void> {
  const adapter = context.adapter;
  const booking = state.preview?.booking;
  if (!adapter || !booking) return;
  const sent = await context.action.send(
    (idempotencyKey) => adapter.bookPeriod(booking, { idempotencyKey }),
    { slot: sendSlot, payload: booking, operation: 'book-period' },
  );
  if (!sent) return;
  state.result = sent.value;
  state.preview = undefined;
  context.reload();
  context.submitted(sent.value.receipt, booking.childIds.length === 1 ? booking.childIds[0] : undefined);
  context.focus('period-result');
}

function itemsView(context: DialogContext): ItemsView {
  return { i18n: context.i18n, units: unitsOf(context.planning), names: context.names };
}

/** What the period would give, date by date, how many dates and the total; then "Envoyer la demande". */
function previewSection(context: DialogContext, state: PeriodState) {
  const { i18n, action } = context;
  const answer = state.preview?.answer;
  if (!answer) return nothing;
  const count = dateCount(answer.items);
  return html`<section
    class="period__preview recap"
    part="period-preview"
    aria-labelledby="period-preview-heading"
  >
    ${sectionHeading(context.headingLevel + 1, 'period-preview', i18n.t('calendar.period.preview.title'))}
    ${
      answer.items.length === 0
        ? html`<p>${i18n.t('calendar.period.preview.empty')}</p>`
        : html`<p>
              ${i18n.t(
                count === 1 ? 'calendar.period.preview.count.one' : 'calendar.period.preview.count.other',
                { count },
              )}
            </p>
            ${itemsList(itemsView(context), answer.items, answer.currency)}
            <p class="recap__total" part="total">
              ${i18n.t('calendar.period.total', {
                amount: signed(i18n, answer.totalDeltaCents, answer.currency),
              })}
            </p>
            ${action.renderError(i18n, () => void send(context, state), sendSlot)}
            <div class="actions">
              <span data-button="send"
                >${button({
                  label: i18n.t('calendar.period.send'),
                  busyLabel: i18n.t('calendar.period.sending'),
                  variant: 'primary',
                  busy: action.busy(sendSlot),
                  onClick: () => void send(context, state),
                })}</span
              >
            </div>`
    }
  </section>`;
}

/** The request's number, each date's outcome and the total. */
function resultSection(context: DialogContext, state: PeriodState) {
  const { i18n } = context;
  const result = state.result;
  if (!result) return nothing;
  return html`<section
    class="period__result answer"
    part="period-result"
    aria-labelledby="period-result-heading"
  >
    ${sectionHeading(context.headingLevel + 1, 'period-result', i18n.t('calendar.period.result.title'))}
    <p>${i18n.t('calendar.period.result.reference', { number: result.receipt.number })}</p>
    <p class="hint">${i18n.t('calendar.period.result.next')}</p>
    ${itemsList(itemsView(context), result.items, result.currency)}
    <p class="recap__total" part="total">
      ${i18n.t('calendar.period.total', { amount: signed(i18n, result.totalDeltaCents, result.currency) })}
    </p>
  </section>`;
}

/** "lundi": weekday 1 … 7 (1 January 2024 was a Monday). */
function weekdayName(context: DialogContext, weekday: number, style: 'long' | 'short'): string {
  return new Intl.DateTimeFormat(context.i18n.locale, { weekday: style, timeZone: 'UTC' })
    .format(new Date(Date.UTC(2024, 0, weekday)))
    .replace('.', '');
}

/** The weekday × unit table: a checkbox per day a unit runs on, named "lundi, Repas". */
function slotGrid(context: DialogContext, state: PeriodState, grid: PeriodGrid, set: Setter) {
  const { i18n } = context;
  const several = grid.activities.length > 1;
  const ticked = new Set(state.slots);
  const cell = (unit: Unit, weekday: number) => {
    if (!unit.weekdays.includes(weekday))
      return html`<td>
        <span class="visually-hidden">${i18n.t('calendar.period.slots.notOffered')}</span>
      </td>`;
    const key = slotKey(weekday, unit.id);
    return html`<td>
      <input
        id="period-slot-${key}"
        type="checkbox"
        aria-label="${weekdayName(context, weekday, 'long')}, ${localString(i18n, unit.name)}"
        .checked=${ticked.has(key)}
        @change=${(event: Event) => {
          const checked = (event.target as HTMLInputElement).checked;
          set({ slots: checked ? [...state.slots, key] : state.slots.filter((kept) => kept !== key) });
        }}
      />
    </td>`;
  };
  return html`<div class="period__scroll">
    <table class="period__grid" part="period-grid">
      <thead>
        <tr>
          <th scope="col">${i18n.t('calendar.period.slots.unit')}</th>
          ${grid.weekdays.map(
            (weekday) =>
              html`<th scope="col">
                <span aria-hidden="true">${weekdayName(context, weekday, 'short')}</span
                ><span class="visually-hidden">${weekdayName(context, weekday, 'long')}</span>
              </th>`,
          )}
        </tr>
      </thead>
      ${grid.activities.map(
        ({ activity, units }) =>
          html`<tbody>
            ${
              several
                ? html`<tr>
                    <th scope="colgroup" colspan=${grid.weekdays.length + 1}>
                      ${localString(i18n, activity.name)}
                    </th>
                  </tr>`
                : nothing
            }
            ${units.map(
              (unit) =>
                html`<tr>
                  <th scope="row">${localString(i18n, unit.name)}</th>
                  ${grid.weekdays.map((weekday) => cell(unit, weekday))}
                </tr>`,
            )}
          </tbody>`,
      )}
    </table>
  </div>`;
}

type Setter = (patch: Partial<PeriodFields>) => void;

function form(context: DialogContext, state: PeriodState) {
  const { i18n, action, planning } = context;
  const grid = periodGrid(planning, state.childIds);
  const marks = fieldMarks('period', state.issues, groupOf);
  const { fieldClass, message, describedBy } = marks;
  // Any change drops the preview and its failures: the parent previews what is sent.
  const set: Setter = (patch) => {
    Object.assign(state, patch);
    if (state.preview) state.previewDropped = true;
    state.preview = undefined;
    action.clearError(previewSlot);
    action.clearError(sendSlot);
    context.update();
  };
  const dateField = (field: 'from' | 'to') =>
    dateInput(marks, 'period', field, i18n.t(`calendar.period.${field}`), state[field], (date) =>
      set(field === 'from' ? { from: date } : { to: date }),
    );
  return html`${dialogErrors(context, state.issues)}
    <form
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        void preview(context, state);
      }}
    >
      <fieldset
        id="period-children"
        class=${fieldClass('children')}
        tabindex="-1"
        aria-describedby=${describedBy('children')}
      >
        <legend class="label">${i18n.t('calendar.period.children')}</legend>
        ${message('children')}
        <div class="choices choices--inline">
          ${(planning?.children ?? []).map(
            ({ childId }) =>
              html`<div class="choice">
                <input
                  id="period-child-${childId}"
                  type="checkbox"
                  .checked=${state.childIds.includes(childId)}
                  @change=${(event: Event) => {
                    const checked = (event.target as HTMLInputElement).checked;
                    set({
                      childIds: checked
                        ? [...state.childIds, childId]
                        : state.childIds.filter((kept) => kept !== childId),
                    });
                  }}
                />
                <label for="period-child-${childId}">${context.names.get(childId) ?? childId}</label>
              </div>`,
          )}
        </div>
      </fieldset>
      <div class="period__dates">${dateField('from')} ${dateField('to')}</div>
      <fieldset class="field">
        <legend class="label">${i18n.t('calendar.period.weeks')}</legend>
        <div class="choices">
          ${weekPatterns.map(
            (weeks) =>
              html`<div class="choice">
                <input
                  id="period-weeks-${weeks}"
                  type="radio"
                  name="period-weeks"
                  .checked=${state.weeks === weeks}
                  @change=${() => set({ weeks })}
                />
                <label for="period-weeks-${weeks}">${i18n.t(`calendar.period.weeks.${weeks}`)}</label>
              </div>`,
          )}
        </div>
      </fieldset>
      <fieldset
        id="period-slots"
        class=${fieldClass('slots')}
        tabindex="-1"
        aria-describedby="period-slots-hint ${marks.has('slots') ? 'period-slots-error' : ''}"
      >
        <legend class="label">${i18n.t('calendar.period.slots')}</legend>
        <p class="hint" id="period-slots-hint">
          ${i18n.t(grid.activities.length > 0 ? 'calendar.period.slots.hint' : 'calendar.period.slots.none')}
        </p>
        ${message('slots')} ${grid.activities.length > 0 ? slotGrid(context, state, grid, set) : nothing}
      </fieldset>
      <p class="hint" role="status">${state.previewDropped ? i18n.t('calendar.period.dropped') : nothing}</p>
      ${action.renderError(i18n, () => void preview(context, state), previewSlot)}
      <div class="actions">
        <span data-button="preview"
          >${button({
            label: i18n.t('calendar.period.preview'),
            busyLabel: i18n.t('calendar.period.previewing'),
            type: 'submit',
            variant: state.preview ? 'secondary' : 'primary',
            busy: action.busy(previewSlot),
          })}</span
        >
      </div>
    </form>
    ${previewSection(context, state)}`;
}

/** The dialog: the form and its preview, then the request's answer. */
export function periodDialog(context: DialogContext, state: PeriodState) {
  const { i18n, planning } = context;
  if (!state.filled && planning) {
    Object.assign(state, periodDefaults(planning, state.presetChildId), { filled: true });
  }
  return dialogShell(
    context,
    'period',
    i18n.t('calendar.period.title'),
    html`<p>${i18n.t('calendar.period.intro')}</p>
      ${state.result ? resultSection(context, state) : form(context, state)}`,
  );
}
