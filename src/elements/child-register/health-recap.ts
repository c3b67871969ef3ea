import { html, nothing, type TemplateResult } from 'lit';
import type { Country, HealthForm } from '../../domain/index.js';
import { formatPhone } from '../../domain/phone.js';
import type { CoreKey, Localizer } from '../../shared/i18n/localize.js';
import type { RecapRow } from '../../shared/ui/index.js';
import { authorisations, dietChoices } from './health-form.js';
import type { ChildKey } from './messages/index.js';

/** The id of a field's input: `contacts.1.phone` → `health-contacts-1-phone`. */
export const healthInputId = (field: string) => `health-${field.replaceAll('.', '-')}`;

/** Where an issue about `field` leads: its input, or the first choice of its group. */
export function healthIssueTarget(field: string, code?: string): string {
  if (field === 'allergies') return healthInputId('allergies-yes');
  if (field === 'canSwim') return healthInputId('canSwim-yes');
  if (field === 'tetanusVaccination') return healthInputId('tetanusVaccination-day');
  if (field === 'contacts')
    return healthInputId(code === 'contacts.pickup' ? 'contacts-0-pickup' : 'contacts-0-emergency');
  if (field.endsWith('.role')) return healthInputId(field.replace(/role$/, 'emergency'));
  return healthInputId(field);
}

const t = (view: { i18n: Localizer<ChildKey> }, key: string, params?: Record<string, string | number>) =>
  view.i18n.t(key as CoreKey | ChildKey, params);

const yesNo = (view: { i18n: Localizer<ChildKey> }, value: boolean) =>
  t(view, value ? 'child.health.yes' : 'child.health.no');

/**
 * The health form as rows of "Vérifiez vos réponses" (and of the child's
 * page, without "Modifier"): one row per section.
 */
export function healthRecapRows(
  view: { i18n: Localizer<ChildKey>; country: Country },
  form: HealthForm,
  changeable = true,
): RecapRow[] {
  const target = (field: string) => (changeable ? healthIssueTarget(field) : undefined);
  const label = (section: string) => t(view, `child.health.recap.${section}`);
  const lines = (items: readonly (string | TemplateResult)[]) =>
    items.length === 0
      ? ''
      : html`${items.map((item, index) => html`${index > 0 ? html`<br />` : nothing}${item}`)}`;
  const diet = [
    ...dietChoices
      .filter((choice) => form.diet[choice])
      .map((choice) => t(view, `child.health.field.${choice}`)),
    ...(form.diet.otherNeeds ? [form.diet.otherNeeds] : []),
  ];
  const roles = (contact: HealthForm['contacts'][number]) =>
    [
      contact.emergency ? t(view, 'child.health.field.contacts.emergency') : '',
      contact.pickup ? t(view, 'child.health.field.contacts.pickup') : '',
    ]
      .filter(Boolean)
      .join(' · ');
  return [
    {
      key: 'doctor',
      label: label('doctor'),
      value: lines([form.doctor.name, formatPhone(form.doctor.phone, view.country)]),
      changeTarget: target('doctor.name'),
    },
    {
      key: 'allergies',
      label: label('allergies'),
      value:
        form.allergies.length === 0
          ? t(view, 'child.health.recap.noAllergy')
          : lines(
              form.allergies.map(
                (allergy) =>
                  html`${t(view, 'child.health.recap.allergy', {
                    substance: allergy.substance,
                    kind: t(view, `child.health.kind.${allergy.kind}`),
                    severity: t(view, `child.health.severity.${allergy.severity}`),
                  })}${allergy.instructions ? html` — ${allergy.instructions}` : nothing}`,
              ),
            ),
      changeTarget: target('allergies'),
    },
    {
      key: 'diet',
      label: label('diet'),
      value: diet.length > 0 ? lines(diet) : t(view, 'child.health.recap.noDiet'),
      changeTarget: target('noPork'),
    },
    {
      key: 'treatments',
      label: label('treatments'),
      value: form.treatments ?? t(view, 'child.health.recap.none'),
      changeTarget: target('treatments'),
    },
    {
      key: 'careNeeds',
      label: label('careNeeds'),
      value: form.careNeeds ?? t(view, 'child.health.recap.none'),
      changeTarget: target('careNeeds'),
    },
    {
      key: 'tetanusVaccination',
      label: label('tetanusVaccination'),
      value: form.tetanusVaccination ? view.i18n.date(form.tetanusVaccination) : '',
      changeTarget: target('tetanusVaccination'),
    },
    {
      key: 'glasses',
      label: label('glasses'),
      value: yesNo(view, form.glasses),
      changeTarget: target('glasses'),
    },
    {
      key: 'hearingAid',
      label: label('hearingAid'),
      value: yesNo(view, form.hearingAid),
      changeTarget: target('hearingAid'),
    },
    {
      key: 'canSwim',
      label: label('canSwim'),
      value: t(view, `child.health.canSwim.${form.canSwim}`),
      changeTarget: target('canSwim'),
    },
    {
      key: 'authorisations',
      label: label('authorisations'),
      value: lines(
        authorisations.map((choice) =>
          t(view, 'child.health.recap.answer', {
            question: t(view, `child.health.field.${choice}`),
            answer: yesNo(view, form.authorisations[choice]),
          }),
        ),
      ),
      changeTarget: target('photos'),
    },
    {
      key: 'contacts',
      label: label('contacts'),
      value: lines(
        form.contacts.map(
          (contact) =>
            html`${contact.firstName} ${contact.lastName} (${contact.relation}),
              ${formatPhone(contact.phone, view.country)}<br /><span class="muted">${roles(contact)}</span>`,
        ),
      ),
      changeTarget: target('contacts.0.firstName'),
    },
  ];
}
