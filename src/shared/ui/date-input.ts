import { html } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Localizer } from '../i18n/localize.js';
import type { RegistrationKey } from '../i18n/registration/index.js';
import { describedBy, fieldNotes, labelText } from './field-parts.js';

/** What the parent typed in the three boxes, kept as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePartsResult = { ok: true; iso: string } | { ok: false; code: 'required' | 'date.invalid' };

/** Three boxes as an ISO date (`2015-03-27`), or why not: empty, or not a day that exists. */
export function parseDateParts({ day, month, year }: DateParts): DatePartsResult {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!d && !m && !y) return { ok: false, code: 'required' };
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y))
    return { ok: false, code: 'date.invalid' };
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (
    date.getUTCFullYear() !== Number(y) ||
    date.getUTCMonth() !== Number(m) - 1 ||
    date.getUTCDate() !== Number(d)
  ) {
    return { ok: false, code: 'date.invalid' };
  }
  return { ok: true, iso: `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}` };
}

/** An ISO date as the three boxes show it. */
export function isoToDateParts(iso: string | undefined): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return match
    ? { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1] ?? '' }
    : { day: '', month: '', year: '' };
}

export interface DateInputOptions {
  /** With the registration messages (its words are there). */
  i18n: Localizer<RegistrationKey>;
  /** Base id: the boxes are `${id}-day`, `${id}-month`, `${id}-year`; links to the field target `${id}-day`. */
  id: string;
  legend: string;
  value: DateParts;
  hint?: string;
  error?: string | undefined;
  required?: boolean;
  /** Adds "(facultatif)" to the legend. */
  optional?: boolean;
  /** `bday` for a birth date: browsers then offer the saved one. */
  autocomplete?: 'bday';
  onInput: (value: DateParts) => void;
}

/**
 * A date as day, month and year boxes (GOV.UK pattern): easier to type and to
 * read aloud than a date picker, and the same in every browser.
 */
export function dateInput(options: DateInputOptions) {
  const { i18n, id, value, error } = options;
  const hint = options.hint ?? i18n.t('ui.dateHint');
  const described = describedBy(id, hint, error);
  const box = (part: keyof DateParts, width: '2' | '4', label: string) =>
    html`<div class="date-input__item">
      <label class="label" part="label" for="${id}-${part}">${label}</label>
      <input
        class="input input--w${width}"
        part="input"
        id="${id}-${part}"
        name="${id}-${part}"
        inputmode="numeric"
        spellcheck="false"
        autocomplete=${options.autocomplete ? `${options.autocomplete}-${part}` : 'off'}
        aria-invalid=${error ? 'true' : 'false'}
        .value=${live(value[part])}
        @input=${(event: Event) => options.onInput({ ...value, [part]: (event.target as HTMLInputElement).value })}
      />
    </div>`;
  return html`<fieldset
    class="field ${error ? 'field--error' : ''}"
    part="field"
    role="group"
    aria-describedby=${described}
  >
    <legend class="label" part="label">${labelText(i18n, options.legend, options)}</legend>
    ${fieldNotes(i18n, id, hint, error)}
    <div class="date-input">
      ${box('day', '2', i18n.t('ui.day'))} ${box('month', '2', i18n.t('ui.month'))}
      ${box('year', '4', i18n.t('ui.year'))}
    </div>
  </fieldset>`;
}
