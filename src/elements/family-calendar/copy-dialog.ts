import { html, nothing } from 'lit';
import type { BookingItem, Planning, PlanningCopy } from '../../domain/index.js';
import { localString } from '../../shared/i18n/local-text.js';
import { formStyles } from '../../shared/styles/form.js';
import { itemsList, signed, type ItemsView } from './booking-items.js';
import { dateField as dateInput, dialogErrors, fieldMarks, inputValue } from './dialog-form.js';
import { dialogShell, dialogStyles } from './dialog-shell.js';
import type { CopyState, DialogContext } from './dialogs.js';
import { copyMessages, type CopyKey } from './messages/copy/index.js';
import { feedMessages } from './messages/feed/index.js';
import { recapMessages } from './messages/recap/index.js';
import { panelStyles } from './panel.styles.js';
import { unitsOf } from './recap-model.js';
import { sectionHeading } from './section-heading.js';

// "Dupliquer le planning" (seed 002): a child's booked days of an activity over a period, booked for
// siblings. A preview first (per child and date, with the total), then one request. Loaded on first opening.

/** The close button speaks the dialogs' common words; the days' outcomes, the recap's. */
export const messages = [...copyMessages, ...feedMessages, ...recapMessages];
export const styles = [formStyles, panelStyles, dialogStyles];

const previewSlot = 'copy-preview';
const sendSlot = 'copy';
type Field = 'activity' | 'targets' | 'from' | 'to';

/** The source child's activities (those the planning says they are enrolled in). */
function activitiesOf(planning: Planning | undefined, childId: string | undefined) {
  const enrolled = planning?.children.find((child) => child.childId === childId)?.activityIds ?? [];
  return (planning?.activities ?? []).filter((activity) => enrolled.includes(activity.id));
}

/** The shown month's first day something can be booked (else its first day), and its last day. */
function defaultPeriod(planning: Planning | undefined): { from: string; to: string } {
  if (!planning) return { from: '', to: '' };
  const bookable = planning.children
    .flatMap((child) => child.cells)
    .filter((cell) => cell.actions.book)
    .map((cell) => cell.date)
    .sort();
  return { from: bookable[0] ?? planning.from, to: planning.to };
}

/** The source's first activity with a day booked in the shown month (what there is to copy), else its first. */
function defaultActivity(planning: Planning | undefined, childId: string | undefined): string | undefined {
  const activities = activitiesOf(planning, childId);
  const booked = new Set(
    planning?.children
      .find((child) => child.childId === childId)
      ?.cells.filter((cell) => cell.status === 'booked' || cell.status === 'requested')
      .map((cell) => cell.unitId),
  );
  return (activities.find((activity) => activity.units.some((unit) => booked.has(unit.id))) ?? activities[0])
    ?.id;
}

/** The defaults, given once: the source (the element's child, else the first), its activity, the period. */
function withDefaults(context: DialogContext, state: CopyState): void {
  const children = context.planning?.children ?? [];
  if (!children.some((child) => child.childId === state.sourceChildId))
    state.sourceChildId = children[0]?.childId;
  state.activityId ??= defaultActivity(context.planning, state.sourceChildId);
  if (state.from === undefined) Object.assign(state, defaultPeriod(context.planning));
}

function problems(state: CopyState): { field: Field; key: CopyKey }[] {
  const found: { field: Field; key: CopyKey }[] = [];
  if (!state.activityId) found.push({ field: 'activity', key: 'calendar.copy.required.activity' });
  if (state.targetChildIds.length === 0)
    found.push({ field: 'targets', key: 'calendar.copy.required.targets' });
  if (!state.from) found.push({ field: 'from', key: 'calendar.copy.required.from' });
  if (!state.to) found.push({ field: 'to', key: 'calendar.copy.required.to' });
  else if (state.from && state.to < state.from) found.push({ field: 'to', key: 'calendar.copy.order.to' });
  return found;
}

function inputOf(state: CopyState): PlanningCopy {
  return {
    sourceChildId: state.sourceChildId!,
    targetChildIds: state.targetChildIds,
    activityId: state.activityId!,
    from: state.from!,
    to: state.to!,
  };
}

/** The problems, if any (their summary takes focus); else the copy as it will be sent. */
function checkedInput(context: DialogContext, state: CopyState): PlanningCopy | undefined {
  state.issues = problems(state).map(({ field, key }) => ({
    fieldId: `copy-${field}`,
    message: context.i18n.t(key),
  }));
  if (state.issues.length === 0 && state.sourceChildId) return inputOf(state);
  context.update();
  context.focus('error-summary');
  return undefined;
}

/** "Voir le détail": what the copy would give, per child and date (nothing is booked). */
async function preview(context: DialogContext, state: CopyState): Promise<void> {
  const adapter = context.adapter;
  const input = checkedInput(context, state);
  if (!input || !adapter) return;
  const shown = await context.action.send(() => adapter.previewPlanningCopy(input), {
    slot: previewSlot,
    operation: 'preview-planning-copy',
  });
  if (!shown) return;
  state.preview = shown.value;
  state.previewDropped = false;
  context.update();
  context.focus('copy-preview');
}

/**
 * "Copier le planning": one request, sent once (one idempotency key for what
 * is typed, kept until the service answers; "Réessayer" replays it); the
 * answer per child and date, the planning read again.
 */
async function send(context: DialogContext, state: CopyState): Promise<void> {
  const adapter = context.adapter;
  const input = checkedInput(context, state);
  if (!input || !adapter) return;
  const sent = await context.action.send(
    (idempotencyKey) => adapter.copyPlanning(input, { idempotencyKey }),
    { slot: sendSlot, payload: input, operation: 'copy-planning' },
  );
  if (!sent) return;
  state.result = sent.value;
  state.preview = undefined;
  context.reload();
  context.update();
  context.focus('copy-result');
  context.submitted(sent.value.receipt, input.sourceChildId);
}

/** The items per child (a heading per first name, in the order ticked), each child's dates in order, and the total. */
function byChild(
  context: DialogContext,
  targets: readonly string[],
  items: readonly BookingItem[],
  totalCents: number,
  currency: string,
) {
  const { i18n } = context;
  // Under each child's heading, a line needs only its day and unit.
  const view: ItemsView = { i18n, units: unitsOf(context.planning), names: new Map() };
  const level = Math.min(context.headingLevel + 3, 6);
  const childIds = [...new Set([...targets, ...items.map((item) => item.childId)])];
  return html`${childIds.map((childId) => {
      const own = items
        .filter((item) => item.childId === childId)
        .sort((a, b) => a.date.localeCompare(b.date) || a.unitId.localeCompare(b.unitId));
      if (own.length === 0) return nothing;
      const dates = new Set(own.map((item) => item.date)).size;
      return html`<div class="h4" role="heading" aria-level=${level}>
          ${context.names.get(childId) ?? childId}
        </div>
        <p class="hint">
          ${i18n.t(dates === 1 ? 'calendar.copy.count.one' : 'calendar.copy.count.other', { count: dates })}
        </p>
        ${itemsList(view, own, currency)}`;
    })}
    <p class="recap__total" part="total">
      ${i18n.t('calendar.copy.total', { amount: signed(i18n, totalCents, currency) })}
    </p>`;
}

function previewSection(context: DialogContext, state: CopyState) {
  const { i18n, action } = context;
  const shown = state.preview;
  if (!shown) return nothing;
  const source = context.names.get(state.sourceChildId ?? '') ?? '';
  return html`<section class="recap" part="copy-preview" aria-labelledby="copy-preview-heading">
    ${sectionHeading(context.headingLevel + 1, 'copy-preview', i18n.t('calendar.copy.preview.title'))}
    ${
      shown.items.length === 0
        ? html`<p>${i18n.t('calendar.copy.nothing', { name: source })}</p>`
        : html`${byChild(context, state.targetChildIds, shown.items, shown.totalDeltaCents, shown.currency)}
            ${action.renderError(i18n, () => void send(context, state), sendSlot)}
            <div class="actions">
              <button
                type="button"
                class="button button--primary"
                part="button button-primary"
                data-button="send"
                aria-disabled=${action.busy(sendSlot) ? 'true' : 'false'}
                @click=${() => {
                  if (!action.busy(sendSlot)) void send(context, state);
                }}
              >
                ${i18n.t(action.busy(sendSlot) ? 'calendar.copy.sending' : 'calendar.copy.send')}
              </button>
            </div>`
    }
  </section>`;
}

function result(context: DialogContext, state: CopyState) {
  const answer = state.result!;
  return html`<section class="answer" part="copy-result" aria-labelledby="copy-result-heading">
    ${sectionHeading(
      context.headingLevel + 1,
      'copy-result',
      context.i18n.t('calendar.copy.done', { number: answer.receipt.number }),
    )}
    ${byChild(context, state.targetChildIds, answer.items, answer.totalDeltaCents, answer.currency)}
  </section>`;
}

function form(context: DialogContext, state: CopyState) {
  const { i18n, action, planning } = context;
  const children = (planning?.children ?? []).map(({ childId }) => ({
    id: childId,
    name: context.names.get(childId) ?? childId,
  }));
  const activities = activitiesOf(planning, state.sourceChildId);
  /** Any change drops the preview: it no longer says what would be sent. */
  const set = (patch: Partial<CopyState>) => {
    Object.assign(state, patch);
    if (state.preview) Object.assign(state, { preview: undefined, previewDropped: true });
    action.clearError(sendSlot);
    action.clearError(previewSlot);
    context.update();
  };
  const marks = fieldMarks('copy', state.issues);
  const { fieldClass, invalid, message, describedBy } = marks;
  const dateField = (field: 'from' | 'to', patch: (date: string) => Partial<CopyState>) =>
    dateInput(marks, 'copy', field, i18n.t(`calendar.copy.${field}`), state[field], (date) =>
      set(patch(date)),
    );
  return html`${dialogErrors(context, state.issues)}
    <form
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        void preview(context, state);
      }}
    >
      <div class="field">
        <label class="label" for="copy-source">${i18n.t('calendar.copy.source')}</label>
        <select
          id="copy-source"
          class="input"
          @change=${(event: Event) => {
            const sourceChildId = inputValue(event);
            set({
              sourceChildId,
              activityId: defaultActivity(planning, sourceChildId),
              targetChildIds: state.targetChildIds.filter((id) => id !== sourceChildId),
            });
          }}
        >
          ${children.map(
            (child) =>
              html`<option value=${child.id} ?selected=${child.id === state.sourceChildId}>
                ${child.name}
              </option>`,
          )}
        </select>
      </div>
      <div class=${fieldClass('activity')}>
        <label class="label" for="copy-activity">${i18n.t('calendar.copy.activity')}</label>
        ${message('activity')}
        <select
          id="copy-activity"
          class="input"
          aria-invalid=${invalid('activity')}
          aria-describedby=${describedBy('activity')}
          @change=${(event: Event) => set({ activityId: inputValue(event) || undefined })}
        >
          ${activities.map(
            (activity) =>
              html`<option value=${activity.id} ?selected=${activity.id === state.activityId}>
                ${localString(i18n, activity.name)}
              </option>`,
          )}
        </select>
      </div>
      <fieldset
        id="copy-targets"
        class=${fieldClass('targets')}
        tabindex="-1"
        aria-describedby=${describedBy('targets')}
      >
        <legend class="label">${i18n.t('calendar.copy.targets')}</legend>
        ${message('targets')}
        <div class="choices">
          ${children
            .filter((child) => child.id !== state.sourceChildId)
            .map(
              (child) =>
                html`<div class="choice">
                  <input
                    id="copy-target-${child.id}"
                    type="checkbox"
                    .checked=${state.targetChildIds.includes(child.id)}
                    @change=${(event: Event) => {
                      const checked = (event.target as HTMLInputElement).checked;
                      const others = state.targetChildIds.filter((id) => id !== child.id);
                      // In the children's order, whatever the order ticked.
                      const ticked = checked ? [...others, child.id] : others;
                      set({
                        targetChildIds: children.map(({ id }) => id).filter((id) => ticked.includes(id)),
                      });
                    }}
                  />
                  <label for="copy-target-${child.id}">${child.name}</label>
                </div>`,
            )}
        </div>
      </fieldset>
      ${dateField('from', (from) => ({ from }))} ${dateField('to', (to) => ({ to }))}
      ${
        state.previewDropped && !state.preview
          ? html`<p class="hint" role="status">${i18n.t('calendar.copy.preview.changed')}</p>`
          : nothing
      }
      ${action.renderError(i18n, () => void preview(context, state), previewSlot)}
      <div class="actions">
        <button
          type="submit"
          class="button ${state.preview ? 'button--secondary' : 'button--primary'}"
          part="button ${state.preview ? 'button-secondary' : 'button-primary'}"
          data-button="preview"
          aria-disabled=${action.busy(previewSlot) ? 'true' : 'false'}
        >
          ${i18n.t(action.busy(previewSlot) ? 'calendar.copy.previewing' : 'calendar.copy.preview')}
        </button>
      </div>
    </form>
    ${previewSection(context, state)}`;
}

/** The dialog: the copy to describe, its preview, then the answer per child and date. */
export function copyDialog(context: DialogContext, state: CopyState) {
  const { i18n } = context;
  withDefaults(context, state);
  return dialogShell(
    context,
    'copy',
    i18n.t('calendar.copy.title'),
    html`<p>${i18n.t('calendar.copy.intro')}</p>
      ${state.result ? result(context, state) : form(context, state)}`,
  );
}
