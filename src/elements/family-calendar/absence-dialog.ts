import { html } from 'lit';
import type { RequestReceipt } from '../../domain/index.js';
import { AbsenceReasonSchema } from '../../domain/calendar.js';
import { localString } from '../../shared/i18n/local-text.js';
import { formStyles } from '../../shared/styles/form.js';
import { declaredCheck, filePicker, pickFiles, uploadFiles } from '../../shared/ui/index.js';
import { dateField as dateInput, dialogErrors, fieldMarks, inputValue } from './dialog-form.js';
import { dialogShell, dialogStyles } from './dialog-shell.js';
import type { AbsenceState, DialogContext } from './dialogs.js';
import { absenceMessages, type AbsenceKey } from './messages/absence/index.js';
import { feedMessages } from './messages/feed/index.js';
import { panelStyles } from './panel.styles.js';

// "Déclarer une absence" (seed 004): the booked days of a period, with a reason, a comment and
// medical certificates checked here before they are sent. Loaded on first opening.

/** The dialog's close button speaks the dialogs' common words. */
export const messages = [...absenceMessages, ...feedMessages];
export const styles = [formStyles, panelStyles, dialogStyles];

const slot = 'absence';
const reasons = AbsenceReasonSchema.options;
type Field = 'child' | 'from' | 'to' | 'reason';

/** The files a parent picked: the acceptable ones kept, each refusal said (nothing typed is lost). */
function addFiles(context: DialogContext, state: AbsenceState, picked: readonly File[]): void {
  const { i18n } = context;
  void pickFiles(i18n, state.files, picked, declaredCheck, (name) =>
    i18n.t('calendar.absence.file.type', { name }),
  ).then(({ files, fileNotes }) => {
    Object.assign(state, { files, fileNotes });
    context.update();
  });
}

function problems(state: AbsenceState): { field: Field; key: AbsenceKey }[] {
  const found: { field: Field; key: AbsenceKey }[] = [];
  if (!state.childId) found.push({ field: 'child', key: 'calendar.absence.required.child' });
  if (!state.from) found.push({ field: 'from', key: 'calendar.absence.required.from' });
  if (!state.to) found.push({ field: 'to', key: 'calendar.absence.required.to' });
  else if (state.from && state.to < state.from) found.push({ field: 'to', key: 'calendar.absence.order.to' });
  if (!state.reason) found.push({ field: 'reason', key: 'calendar.absence.required.reason' });
  return found;
}

/**
 * "Déclarer l'absence": the problems first (the summary takes focus); then
 * each certificate uploaded once, then the request sent once; a failure keeps
 * the form, with "Réessayer" sending what is left.
 */
async function submit(context: DialogContext, state: AbsenceState): Promise<void> {
  const adapter = context.adapter;
  state.issues = problems(state).map(({ field, key }) => ({
    fieldId: `absence-${field}`,
    message: context.i18n.t(key),
  }));
  if (state.issues.length > 0 || !adapter) {
    context.update();
    context.focus('error-summary');
    return;
  }
  const ids = await uploadFiles(adapter, context.action, slot, state);
  if (!ids) return;
  const input = {
    childId: state.childId!,
    from: state.from,
    to: state.to,
    ...(state.unitIds.length > 0 && { unitIds: state.unitIds }),
    reason: state.reason!,
    ...(state.comment.trim() && { comment: state.comment.trim() }),
    attachmentIds: ids,
  };
  const sent = await context.action.send(
    (idempotencyKey) => adapter.requestAbsence(input, { idempotencyKey }),
    { slot, payload: input, operation: 'request-absence' },
  );
  if (!sent) return;
  state.result = sent.value;
  context.reload();
  context.focus('absence-result');
}

function result(context: DialogContext, receipt: RequestReceipt) {
  const { i18n } = context;
  return html`<p
    class="callout"
    part="absence-result"
    role="status"
    tabindex="-1"
    data-focus="absence-result"
  >
    ${i18n.t('calendar.absence.done', {
      number: receipt.number,
      status: i18n.t(`calendar.absence.status.${receipt.status}`),
    })}
  </p>`;
}

function form(context: DialogContext, state: AbsenceState) {
  const { i18n, action, planning } = context;
  const children = (planning?.children ?? []).map(({ childId }) => ({
    id: childId,
    name: context.names.get(childId) ?? childId,
  }));
  const units = (planning?.activities ?? []).flatMap((activity) =>
    activity.units.map((unit) => ({ id: unit.id, name: localString(i18n, unit.name) })),
  );
  const marks = fieldMarks('absence', state.issues);
  const { fieldClass, invalid, message, describedBy } = marks;
  const set = (patch: Partial<AbsenceState>) => {
    Object.assign(state, patch);
    context.update();
  };
  const dateField = (field: 'from' | 'to', patch: (date: string) => Partial<AbsenceState>) =>
    dateInput(marks, 'absence', field, i18n.t(`calendar.absence.${field}`), state[field], (date) =>
      set(patch(date)),
    );
  return html`${dialogErrors(context, state.issues)}
    <form
      novalidate
      @submit=${(event: Event) => {
        event.preventDefault();
        void submit(context, state);
      }}
    >
      <div class=${fieldClass('child')}>
        <label class="label" for="absence-child">${i18n.t('calendar.absence.child')}</label>
        ${message('child')}
        <select
          id="absence-child"
          class="input"
          aria-invalid=${invalid('child')}
          aria-describedby=${describedBy('child')}
          @change=${(event: Event) => set({ childId: inputValue(event) || undefined })}
        >
          <option value="" ?selected=${!state.childId}></option>
          ${children.map(
            (child) =>
              html`<option value=${child.id} ?selected=${child.id === state.childId}>${child.name}</option>`,
          )}
        </select>
      </div>
      ${dateField('from', (from) => ({ from, to: state.to || from }))} ${dateField('to', (to) => ({ to }))}
      <fieldset class="field">
        <legend class="label">${i18n.t('calendar.absence.units')}</legend>
        <p class="hint">${i18n.t('calendar.absence.units.hint')}</p>
        <div class="choices">
          ${units.map(
            (unit) =>
              html`<div class="choice">
                <input
                  id="absence-unit-${unit.id}"
                  type="checkbox"
                  .checked=${state.unitIds.length === 0 || state.unitIds.includes(unit.id)}
                  @change=${(event: Event) => {
                    const all = state.unitIds.length === 0 ? units.map((shown) => shown.id) : state.unitIds;
                    const checked = (event.target as HTMLInputElement).checked;
                    const next = checked ? [...all, unit.id] : all.filter((id) => id !== unit.id);
                    set({ unitIds: next.length === units.length ? [] : next });
                  }}
                />
                <label for="absence-unit-${unit.id}">${unit.name}</label>
              </div>`,
          )}
        </div>
      </fieldset>
      <fieldset
        id="absence-reason"
        class=${fieldClass('reason')}
        tabindex="-1"
        aria-describedby=${describedBy('reason')}
      >
        <legend class="label">${i18n.t('calendar.absence.reason')}</legend>
        ${message('reason')}
        <div class="choices">
          ${reasons.map(
            (reason) =>
              html`<div class="choice">
                <input
                  id="absence-reason-${reason}"
                  type="radio"
                  name="absence-reason"
                  .checked=${state.reason === reason}
                  @change=${() => set({ reason })}
                />
                <label for="absence-reason-${reason}">${i18n.t(`calendar.absence.reason.${reason}`)}</label>
              </div>`,
          )}
        </div>
      </fieldset>
      <div class="field">
        <label class="label" for="absence-comment">${i18n.t('calendar.absence.comment')}</label>
        <textarea
          id="absence-comment"
          class="input"
          maxlength="1000"
          .value=${state.comment}
          @input=${(event: Event) => set({ comment: inputValue(event) })}
        ></textarea>
      </div>
      ${filePicker({
        i18n,
        id: 'absence-files',
        label: i18n.t('calendar.absence.files'),
        files: state.files,
        notes: state.fileNotes,
        listClass: 'absence__files',
        onPick: (files) => addFiles(context, state, files),
        onRemove: (file) => set({ files: state.files.filter((kept) => kept !== file) }),
      })}
      ${action.renderError(i18n, () => void submit(context, state), slot)}
      <div class="actions">
        <button
          type="submit"
          class="button button--primary"
          part="button button-primary"
          data-button="absence-send"
          aria-disabled=${action.busy(slot) ? 'true' : 'false'}
        >
          ${i18n.t(action.busy(slot) ? 'calendar.absence.sending' : 'calendar.absence.send')}
        </button>
      </div>
    </form>`;
}

/** The dialog: the form, then the request's number and status. */
export function absenceDialog(context: DialogContext, state: AbsenceState) {
  const { i18n } = context;
  return dialogShell(
    context,
    'absence',
    i18n.t('calendar.absence.title'),
    html`<p>${i18n.t('calendar.absence.intro')}</p>
      ${state.result ? result(context, state.result) : form(context, state)}`,
  );
}
