import { html, nothing, type TemplateResult } from 'lit';
import type { Country } from '../../domain/index.js';
import type { CoreKey, Localizer } from '../../shared/i18n/localize.js';
import type { ChildKey } from './messages/index.js';
import {
  button,
  checkbox,
  dateInput,
  errorMessage,
  labelText,
  radioGroup,
  selectField,
  textField,
} from '../../shared/ui/index.js';
import { healthInputId } from './health-recap.js';
import {
  allergyKinds,
  authorisations,
  dietChoices,
  emptyAllergy,
  emptyContact,
  noteMaxLength,
  severities,
  swimAnswers,
  type HealthDraft,
} from './health-form.js';

/** What the health form's templates need from the element. */
export interface HealthView {
  i18n: Localizer<ChildKey>;
  draft: HealthDraft;
  country: Country;
  /** The level of a heading inside a step ("Personnes de contact"). */
  sectionLevel: number;
  /** The message of the first problem with `field` (`contacts.1.phone`), if any. */
  errorFor(field: string): string | undefined;
  /** Changes the draft (and keeps it). */
  update(change: Partial<HealthDraft>): void;
  /** After an entry was added or removed: what to announce and where focus goes. */
  listChanged(announcement: string, focusId: string): void;
}

const t = (view: { i18n: Localizer<ChildKey> }, key: string, params?: Record<string, string | number>) =>
  view.i18n.t(key as CoreKey | ChildKey, params);

const phoneHint = (view: HealthView) =>
  t(view, view.country === 'BE' ? 'ui.phoneHint.BE' : 'ui.phoneHint.FR');

function text(
  view: HealthView,
  field: string,
  value: string,
  onInput: (value: string) => void,
  options: {
    optional?: boolean;
    hint?: string;
    type?: string;
    width?: '10' | '20' | 'full';
    rows?: number;
    label?: string;
  } = {},
) {
  const generic = field.replace(/\.\d+\./, '.');
  const { optional = false, label, ...rest } = options;
  return textField({
    i18n: view.i18n,
    id: healthInputId(field),
    name: field,
    label: label ?? t(view, `child.health.field.${generic}`),
    value,
    required: !optional,
    optional,
    error: view.errorFor(field),
    autocomplete: 'off',
    maxLength: rest.rows ? noteMaxLength : 120,
    onInput,
    ...rest,
  });
}

function select(
  view: HealthView,
  field: string,
  choices: readonly string[],
  value: string,
  onChange: (value: string) => void,
) {
  const generic = field.replace(/\.\d+\./, '.');
  const list = generic.split('.').pop();
  return selectField({
    i18n: view.i18n,
    id: healthInputId(field),
    name: field,
    label: t(view, `child.health.field.${generic}`),
    placeholder: t(view, 'child.choose'),
    options: choices.map((choice) => ({ value: choice, label: t(view, `child.health.${list}.${choice}`) })),
    value,
    error: view.errorFor(field),
    onChange,
  });
}

/** The health form's lists: at least one entry once asked for, at most `max`; focus goes to an entry's `first` field. */
const lists = {
  allergies: {
    max: 20,
    first: 'kind',
    empty: emptyAllergy,
    entry: 'allergy',
    add: 'addAllergy',
    remove: 'removeAllergy',
  },
  contacts: {
    max: 10,
    first: 'firstName',
    empty: emptyContact,
    entry: 'contact',
    add: 'addContact',
    remove: 'removeContact',
  },
} as const;

/** "Retirer l’allergie 2": focus then goes to the entry before it. */
function removeButton(view: HealthView, list: keyof typeof lists, index: number) {
  const { first, entry, remove } = lists[list];
  const entries: readonly unknown[] = view.draft[list];
  if (entries.length <= 1) return nothing;
  const n = index + 1;
  return button({
    label: t(view, `child.health.action.${remove}`, { n }),
    variant: 'secondary',
    onClick: () => {
      view.update({ [list]: entries.filter((_, at) => at !== index) });
      view.listChanged(
        t(view, `child.health.removed.${entry}`, { n }),
        healthInputId(`${list}.${Math.max(0, index - 1)}.${first}`),
      );
    },
  });
}

/** "Ajouter une allergie": focus goes to the new entry. */
function addButton(view: HealthView, list: keyof typeof lists) {
  const { max, first, empty, entry, add } = lists[list];
  const entries: readonly unknown[] = view.draft[list];
  if (entries.length >= max) return nothing;
  const n = entries.length + 1;
  return button({
    label: t(view, `child.health.action.${add}`),
    variant: 'secondary',
    onClick: () => {
      view.update({ [list]: [...entries, empty()] });
      view.listChanged(
        t(view, `child.health.added.${entry}`, { n }),
        healthInputId(`${list}.${n - 1}.${first}`),
      );
    },
  });
}

function renderAllergies(view: HealthView) {
  const { draft } = view;
  const setAllergy = (index: number, change: Partial<HealthDraft['allergies'][number]>) =>
    view.update({
      allergies: draft.allergies.map((allergy, at) => (at === index ? { ...allergy, ...change } : allergy)),
    });
  return html`
    ${radioGroup({
      i18n: view.i18n,
      id: healthInputId('allergies'),
      name: 'hasAllergies',
      legend: t(view, 'child.health.field.allergies'),
      choices: [
        { value: 'yes', label: t(view, 'child.health.yes') },
        { value: 'no', label: t(view, 'child.health.no') },
      ],
      value: draft.hasAllergies,
      required: true,
      inline: true,
      error: view.errorFor('allergies'),
      onChange: (value) =>
        view.update({
          hasAllergies: value,
          allergies: value === 'yes' && draft.allergies.length === 0 ? [emptyAllergy()] : draft.allergies,
        }),
    })}
    ${
      draft.hasAllergies === 'yes'
        ? html`<div class="conditional">
            ${draft.allergies.map((allergy, index) => {
              const n = index + 1;
              return html`<fieldset class="group entry" part="entry">
                <legend>${t(view, 'child.health.allergy.legend', { n })}</legend>
                ${select(view, `allergies.${index}.kind`, allergyKinds, allergy.kind, (kind) =>
                  setAllergy(index, { kind }),
                )}
                ${text(
                  view,
                  `allergies.${index}.substance`,
                  allergy.substance,
                  (substance) => setAllergy(index, { substance }),
                  { hint: t(view, 'child.health.hint.substance'), width: '20' },
                )}
                ${select(view, `allergies.${index}.severity`, severities, allergy.severity, (severity) =>
                  setAllergy(index, { severity }),
                )}
                ${text(
                  view,
                  `allergies.${index}.instructions`,
                  allergy.instructions,
                  (instructions) => setAllergy(index, { instructions }),
                  { optional: true, rows: 2, hint: t(view, 'child.health.hint.instructions') },
                )}
                ${removeButton(view, 'allergies', index)}
              </fieldset>`;
            })}
            ${addButton(view, 'allergies')}
          </div>`
        : nothing
    }
  `;
}

/** The yes-or-no answers of the form (diet, glasses, authorisations). */
type Flag = { [K in keyof HealthDraft]: HealthDraft[K] extends boolean ? K : never }[keyof HealthDraft];

/** Yes-or-no answers as boxes to tick, one under the other. */
function flagBoxes(view: HealthView, flags: readonly Flag[]) {
  return html`<div class="choices">
    ${flags.map((flag) =>
      checkbox({
        id: healthInputId(flag),
        name: flag,
        label: t(view, `child.health.field.${flag}`),
        checked: view.draft[flag],
        onChange: (checked) => view.update({ [flag]: checked }),
      }),
    )}
  </div>`;
}

/** Step 1: the doctor, allergies, diet, treatments, needs for care, tetanus, glasses, swimming. */
export function renderCareStep(view: HealthView): TemplateResult {
  const { draft } = view;
  return html`
    <fieldset class="group">
      <legend>${t(view, 'child.health.doctor.legend')}</legend>
      ${text(view, 'doctor.name', draft.doctorName, (doctorName) => view.update({ doctorName }), {
        width: '20',
      })}
      ${text(view, 'doctor.phone', draft.doctorPhone, (doctorPhone) => view.update({ doctorPhone }), {
        type: 'tel',
        width: '20',
        hint: phoneHint(view),
      })}
    </fieldset>
    ${renderAllergies(view)}
    <fieldset class="group" aria-describedby="health-diet-hint">
      <legend>${t(view, 'child.health.diet.legend')}</legend>
      <p class="hint" id="health-diet-hint">${t(view, 'child.health.hint.diet')}</p>
      ${flagBoxes(view, dietChoices)}
      ${text(view, 'diet.otherNeeds', draft.otherDiet, (otherDiet) => view.update({ otherDiet }), {
        optional: true,
        rows: 2,
      })}
    </fieldset>
    ${text(view, 'treatments', draft.treatments, (treatments) => view.update({ treatments }), {
      optional: true,
      rows: 3,
      hint: t(view, 'child.health.hint.treatments'),
    })}
    ${text(view, 'careNeeds', draft.careNeeds, (careNeeds) => view.update({ careNeeds }), {
      optional: true,
      rows: 3,
      hint: t(view, 'child.health.hint.careNeeds'),
    })}
    ${dateInput({
      i18n: view.i18n,
      id: healthInputId('tetanusVaccination'),
      legend: t(view, 'child.health.field.tetanusVaccination'),
      optional: true,
      hint: t(view, 'child.health.hint.tetanusVaccination'),
      value: draft.tetanus,
      error: view.errorFor('tetanusVaccination'),
      onInput: (tetanus) => view.update({ tetanus }),
    })}
    <fieldset class="group">
      <legend>${t(view, 'child.health.equipment.legend')}</legend>
      ${flagBoxes(view, ['glasses', 'hearingAid'])}
    </fieldset>
    ${radioGroup({
      i18n: view.i18n,
      id: healthInputId('canSwim'),
      name: 'canSwim',
      legend: t(view, 'child.health.field.canSwim'),
      choices: swimAnswers.map((value) => ({ value, label: t(view, `child.health.canSwim.${value}`) })),
      value: draft.canSwim,
      required: true,
      inline: true,
      error: view.errorFor('canSwim'),
      onChange: (canSwim) => view.update({ canSwim }),
    })}
  `;
}

function renderContact(view: HealthView, index: number) {
  const { draft } = view;
  const contact = draft.contacts[index] ?? emptyContact();
  const n = index + 1;
  const set = (change: Partial<HealthDraft['contacts'][number]>) =>
    view.update({
      contacts: draft.contacts.map((entry, at) => (at === index ? { ...entry, ...change } : entry)),
    });
  const roleError = view.errorFor(`contacts.${index}.role`);
  const roleErrorId = healthInputId(`contacts.${index}.role-error`);
  // "Nobody to call" / "nobody to pick up" concerns every person's roles.
  const describedBy = [roleError ? roleErrorId : '', view.errorFor('contacts') ? 'health-contacts-error' : '']
    .filter(Boolean)
    .join(' ');
  return html`<fieldset class="group entry" part="entry">
    <legend>${t(view, 'child.health.contact.legend', { n })}</legend>
    <div class="row">
      ${text(view, `contacts.${index}.firstName`, contact.firstName, (firstName) => set({ firstName }), {
        width: '20',
      })}
      ${text(view, `contacts.${index}.lastName`, contact.lastName, (lastName) => set({ lastName }), {
        width: '20',
      })}
    </div>
    ${text(view, `contacts.${index}.relation`, contact.relation, (relation) => set({ relation }), {
      width: '20',
      hint: t(view, 'child.health.hint.relation'),
    })}
    ${text(view, `contacts.${index}.phone`, contact.phone, (phone) => set({ phone }), {
      type: 'tel',
      width: '20',
      hint: phoneHint(view),
    })}
    <fieldset class="field ${roleError ? 'field--error' : ''}" part="field">
      <legend class="label" part="label">
        ${labelText(view.i18n, t(view, 'child.health.contact.roles'), { required: true })}
      </legend>
      ${errorMessage(view.i18n, roleErrorId, roleError)}
      <div class="choices">
        ${(['emergency', 'pickup'] as const).map((role) =>
          checkbox({
            id: healthInputId(`contacts.${index}.${role}`),
            name: `contacts.${index}.${role}`,
            label: t(view, `child.health.field.contacts.${role}`),
            checked: contact[role],
            describedBy: describedBy || undefined,
            onChange: (checked) => set({ [role]: checked }),
          }),
        )}
      </div>
    </fieldset>
    ${removeButton(view, 'contacts', index)}
  </fieldset>`;
}

/** Step 2: authorisations, then the people to call and those allowed to take the child home. */
export function renderContactsStep(view: HealthView): TemplateResult {
  const { draft } = view;
  const listError = view.errorFor('contacts');
  return html`
    <fieldset class="group" aria-describedby="health-authorisations-hint">
      <legend>${t(view, 'child.health.authorisations.legend')}</legend>
      <p class="hint" id="health-authorisations-hint">${t(view, 'child.health.hint.authorisations')}</p>
      ${flagBoxes(view, authorisations)}
    </fieldset>
    <div class="field ${listError ? 'field--error' : ''}">
      <div class="h3" role="heading" aria-level=${view.sectionLevel}>
        ${t(view, 'child.health.contacts.legend')}
      </div>
      <p class="hint" id="health-contacts-hint">${t(view, 'child.health.hint.contacts')}</p>
      ${errorMessage(view.i18n, 'health-contacts-error', listError)}
      ${draft.contacts.map((_, index) => renderContact(view, index))} ${addButton(view, 'contacts')}
    </div>
  `;
}
