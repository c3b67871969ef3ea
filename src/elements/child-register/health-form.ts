import * as shape from '../../shared/shape.js';
import type { Allergy, ContactPerson, Country, FieldIssue, HealthForm } from '../../domain/index.js';
import { formatPhone, normalizePhone } from '../../domain/phone.js';
import { checkHealthForm } from '../../domain/health-rules.js';
import { isoToDateParts, parseDateParts } from '../../shared/ui/index.js';

/** One allergy as typed; `kind` and `severity` are empty until chosen. */
const AllergyDraftShape = shape.object({
  kind: shape.string(),
  substance: shape.string(),
  severity: shape.string(),
  instructions: shape.string(),
});
export type AllergyDraft = shape.Infer<typeof AllergyDraftShape>;

const ContactDraftShape = shape.object({
  firstName: shape.string(),
  lastName: shape.string(),
  relation: shape.string(),
  phone: shape.string(),
  emergency: shape.boolean(),
  pickup: shape.boolean(),
});
export type ContactDraft = shape.Infer<typeof ContactDraftShape>;

/**
 * The health form as the parent fills it in: answers as typed, lists as
 * lists. It is what the draft keeps (in sessionStorage only: health data).
 */
export const HealthDraftShape = shape.object({
  doctorName: shape.string(),
  doctorPhone: shape.string(),
  /** `yes`, `no` or not answered yet: "no allergy" must be said, not assumed. */
  hasAllergies: shape.string(),
  allergies: shape.array(AllergyDraftShape),
  noPork: shape.boolean(),
  vegetarian: shape.boolean(),
  glutenFree: shape.boolean(),
  otherDiet: shape.string(),
  treatments: shape.string(),
  careNeeds: shape.string(),
  tetanus: shape.object({ day: shape.string(), month: shape.string(), year: shape.string() }),
  glasses: shape.boolean(),
  hearingAid: shape.boolean(),
  canSwim: shape.string(),
  photos: shape.boolean(),
  goHomeAlone: shape.boolean(),
  outings: shape.boolean(),
  emergencyCare: shape.boolean(),
  contacts: shape.array(ContactDraftShape),
});
export type HealthDraft = shape.Infer<typeof HealthDraftShape>;

/** The form's two topics: the child's health, then who may be called or take the child home. */
export type HealthStep = 'care' | 'contacts';

export const allergyKinds = ['food', 'medicine', 'other'] as const;
export const severities = ['mild', 'moderate', 'severe'] as const;
export const swimAnswers = ['yes', 'a-little', 'no'] as const;
export const dietChoices = ['noPork', 'vegetarian', 'glutenFree'] as const;
export const authorisations = ['photos', 'goHomeAlone', 'outings', 'emergencyCare'] as const;

/** The longest free texts, as the domain accepts them. */
export const noteMaxLength = 1000;

export function emptyAllergy(): AllergyDraft {
  return { kind: '', substance: '', severity: '', instructions: '' };
}

export function emptyContact(): ContactDraft {
  return { firstName: '', lastName: '', relation: '', phone: '', emergency: false, pickup: false };
}

/**
 * A blank form. The parent is offered as the first contact (they are almost
 * always the first to call and to pick up), every detail still editable.
 */
export function emptyHealthDraft(parent?: {
  firstName: string;
  lastName: string;
  phone: string;
  relation: string;
  country: Country;
}): HealthDraft {
  return {
    doctorName: '',
    doctorPhone: '',
    hasAllergies: '',
    allergies: [],
    noPork: false,
    vegetarian: false,
    glutenFree: false,
    otherDiet: '',
    treatments: '',
    careNeeds: '',
    tetanus: { day: '', month: '', year: '' },
    glasses: false,
    hearingAid: false,
    canSwim: '',
    photos: false,
    goHomeAlone: false,
    outings: false,
    emergencyCare: false,
    contacts: [
      parent
        ? {
            firstName: parent.firstName,
            lastName: parent.lastName,
            relation: parent.relation,
            phone: formatPhone(parent.phone, parent.country),
            emergency: true,
            pickup: true,
          }
        : emptyContact(),
    ],
  };
}

/** A form the service knows, back into the fields (to confirm or change it). */
export function healthFormToDraft(form: HealthForm, country: Country): HealthDraft {
  return {
    doctorName: form.doctor.name,
    doctorPhone: formatPhone(form.doctor.phone, country),
    hasAllergies: form.allergies.length > 0 ? 'yes' : 'no',
    allergies: form.allergies.map((allergy) => ({
      kind: allergy.kind,
      substance: allergy.substance,
      severity: allergy.severity,
      instructions: allergy.instructions ?? '',
    })),
    noPork: form.diet.noPork,
    vegetarian: form.diet.vegetarian,
    glutenFree: form.diet.glutenFree,
    otherDiet: form.diet.otherNeeds ?? '',
    treatments: form.treatments ?? '',
    careNeeds: form.careNeeds ?? '',
    tetanus: isoToDateParts(form.tetanusVaccination),
    glasses: form.glasses,
    hearingAid: form.hearingAid,
    canSwim: form.canSwim,
    ...form.authorisations,
    contacts: form.contacts.map((contact) => ({ ...contact, phone: formatPhone(contact.phone, country) })),
  };
}

/** The step a field belongs to (`contacts.1.phone` → `contacts`). */
export function stepOf(field: string): HealthStep {
  const [section = ''] = field.split(/[.-]/);
  return section === 'contacts' ||
    section === 'authorisations' ||
    authorisations.some((choice) => choice === section)
    ? 'contacts'
    : 'care';
}

/** The order of the form, for the error summary: sections, then list entries in order. */
const fieldOrder = [
  'doctor.name',
  'doctor.phone',
  'allergies',
  'allergies.#.kind',
  'allergies.#.substance',
  'allergies.#.severity',
  'allergies.#.instructions',
  'diet.otherNeeds',
  'treatments',
  'careNeeds',
  'tetanusVaccination',
  'canSwim',
  'contacts',
  'contacts.#.firstName',
  'contacts.#.lastName',
  'contacts.#.relation',
  'contacts.#.phone',
  'contacts.#.role',
];

/** A field's place in the form: its section, then its list entry (the list's own problem first), then its rank. */
function rank(field: string): number[] {
  const section = field.split('.')[0];
  const entry = /\.(\d+)(?:\.|$)/.exec(field)?.[1];
  const position = fieldOrder.indexOf(field.replace(/\.\d+(?=\.|$)/, '.#'));
  return [
    fieldOrder.findIndex((candidate) => candidate.split('.')[0] === section),
    entry === undefined ? -1 : Number(entry),
    position < 0 ? fieldOrder.length : position,
  ];
}

export function sortHealthIssues(issues: readonly FieldIssue[]): FieldIssue[] {
  const compare = (a: number[], b: number[]) => a.map((value, at) => value - (b[at] ?? 0)).find(Boolean) ?? 0;
  return [...issues].sort((a, b) => compare(rank(a.field), rank(b.field)));
}

export type HealthFormResult = { ok: true; value: HealthForm } | { ok: false; issues: FieldIssue[] };

interface ReadOptions {
  today: string;
  country: Country;
}

/**
 * What the parent typed as the form the service expects, or every problem at
 * once, in the order of the form.
 */
export function parseHealthDraft(draft: HealthDraft, options: ReadOptions): HealthFormResult {
  const { form, issues } = readHealthDraft(draft, options);
  return issues.length > 0 ? { ok: false, issues: sortHealthIssues(issues) } : { ok: true, value: form };
}

/** The problems of one step's fields (validation on "Continuer"), in the order of the form. */
export function healthStepIssues(draft: HealthDraft, step: HealthStep, options: ReadOptions): FieldIssue[] {
  const { issues } = readHealthDraft(draft, options);
  return sortHealthIssues(issues.filter((issue) => stepOf(issue.field) === step));
}

function readHealthDraft(
  draft: HealthDraft,
  options: ReadOptions,
): { form: HealthForm; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const add = (field: string, code: string) => issues.push({ field, code });
  const { country } = options;
  const phoneOf = (field: string, typed: string): string => {
    if (!typed.trim()) {
      add(field, 'required');
      return '';
    }
    const phone = normalizePhone(typed, country);
    if (!phone) add(field, 'phone.format');
    return phone ?? '';
  };
  const note = (field: string, typed: string) => {
    const value = typed.trim();
    if (value.length > noteMaxLength) add(field, 'too-long');
    return value || undefined;
  };

  const doctorName = draft.doctorName.trim();
  if (!doctorName) add('doctor.name', 'required');
  const doctorPhone = phoneOf('doctor.phone', draft.doctorPhone);

  if (draft.hasAllergies !== 'yes' && draft.hasAllergies !== 'no') add('allergies', 'required');
  const allergies: Allergy[] = [];
  if (draft.hasAllergies === 'yes') {
    if (draft.allergies.length === 0) add('allergies', 'required');
    draft.allergies.forEach((typed, index) => {
      const kind = allergyKinds.find((candidate) => candidate === typed.kind);
      const severity = severities.find((candidate) => candidate === typed.severity);
      const substance = typed.substance.trim();
      if (!kind) add(`allergies.${index}.kind`, 'required');
      if (!substance) add(`allergies.${index}.substance`, 'required');
      if (!severity) add(`allergies.${index}.severity`, 'required');
      const instructions = note(`allergies.${index}.instructions`, typed.instructions);
      if (kind && severity && substance)
        allergies.push({ kind, substance, severity, ...(instructions ? { instructions } : {}) });
    });
  }

  const otherNeeds = note('diet.otherNeeds', draft.otherDiet);
  const treatments = note('treatments', draft.treatments);
  const careNeeds = note('careNeeds', draft.careNeeds);

  let tetanusVaccination: string | undefined;
  const tetanus = parseDateParts(draft.tetanus);
  if (tetanus.ok) tetanusVaccination = tetanus.iso;
  else if (tetanus.code === 'date.invalid') add('tetanusVaccination', 'date.invalid');

  const canSwim = swimAnswers.find((answer) => answer === draft.canSwim);
  if (!canSwim) add('canSwim', 'required');

  const contacts: ContactPerson[] = draft.contacts.map((typed, index) => {
    const contact = {
      firstName: typed.firstName.trim(),
      lastName: typed.lastName.trim(),
      relation: typed.relation.trim(),
    };
    if (!contact.firstName) add(`contacts.${index}.firstName`, 'required');
    if (!contact.lastName) add(`contacts.${index}.lastName`, 'required');
    if (!contact.relation) add(`contacts.${index}.relation`, 'required');
    const phone = phoneOf(`contacts.${index}.phone`, typed.phone);
    return { ...contact, phone, emergency: typed.emergency, pickup: typed.pickup };
  });
  if (contacts.length === 0) add('contacts', 'required');

  const form: HealthForm = {
    doctor: { name: doctorName, phone: doctorPhone },
    allergies,
    diet: {
      noPork: draft.noPork,
      vegetarian: draft.vegetarian,
      glutenFree: draft.glutenFree,
      ...(otherNeeds ? { otherNeeds } : {}),
    },
    ...(treatments ? { treatments } : {}),
    ...(careNeeds ? { careNeeds } : {}),
    ...(tetanusVaccination ? { tetanusVaccination } : {}),
    glasses: draft.glasses,
    hearingAid: draft.hearingAid,
    canSwim: canSwim ?? 'no',
    authorisations: {
      photos: draft.photos,
      goHomeAlone: draft.goHomeAlone,
      outings: draft.outings,
      emergencyCare: draft.emergencyCare,
    },
    contacts,
  };

  // The service's rules on what could be read (roles, date in the past); a field keeps its first message.
  const seen = new Set(issues.map((issue) => issue.field));
  for (const issue of checkHealthForm(form, options)) {
    if (seen.has(issue.field) && issue.field !== 'contacts') continue;
    if (issues.some((known) => known.field === issue.field && known.code === issue.code)) continue;
    seen.add(issue.field);
    issues.push(issue);
  }
  return { form, issues };
}
