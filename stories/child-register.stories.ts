import type { Loader, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import { expect, userEvent } from 'storybook/test';
import {
  createMemoryAdapter,
  type MemoryAdapter,
  type MemoryAdapterOptions,
} from '../src/adapter/memory/index.js';
import { seedState } from '../src/adapter/memory/seed.js';
import type { ChildForm } from '../src/elements/child-register/child-form.js';
import '../src/elements/child-register/define.js';
import {
  emptyHealthDraft,
  type ContactDraft,
  type HealthDraft,
} from '../src/elements/child-register/health-form.js';
import type { Translations } from '../src/shared/i18n/localize.js';
import { controlsOnlyFor, describe, localeControl, playHelpers, publicEvents } from './support.js';

interface Args {
  view: 'register' | 'children';
  childId: string;
  parentHref: string;
  healthFormHref: string;
  headingLevel: number;
  locale: '' | 'fr' | 'nl' | 'de' | 'en';
  translations: Translations | undefined;
}

interface Loaded {
  adapter: MemoryAdapter;
}

/**
 * A fresh demo backend per story: kept in memory only (`storage: null`), so a
 * story never sees what another one submitted. Marc Dubois, the known parent,
 * is signed in unless the story says otherwise. `before` acts on it before the
 * element loads (loaders run side by side, so one loader does both).
 */
const backend =
  (options: MemoryAdapterOptions = {}, before?: (adapter: MemoryAdapter) => Promise<void>): Loader<Args> =>
  async () => {
    const adapter = createMemoryAdapter({ latency: 150, family: 'known', ...options, storage: null });
    await before?.(adapter);
    return { adapter };
  };

/** What Marc types for his daughter Emma (valid in the Belgian commune). */
const emma: ChildForm = {
  lastName: 'Dubois',
  firstName: 'Emma',
  'birthDate.day': '15',
  'birthDate.month': '3',
  'birthDate.year': '2020',
  sex: 'female',
  nationalNumber: '20.03.15-002.18',
  kidEidNumber: '',
  schoolSiteId: 'centre',
  schoolGradeId: 'm2',
  hasOtherGuardian: '',
  'otherGuardian.firstName': '',
  'otherGuardian.lastName': '',
  'otherGuardian.relation': '',
  'otherGuardian.phone': '',
  'otherGuardian.email': '',
  invoicesTo: '',
};

/** Léa Dubois, whom the service already knows, born on the day the demo gives her. */
const [leaYear = '', leaMonth = '', leaDay = ''] = seedState(
  'be',
  'known',
).children[0]!.identity.birthDate.split('-');
const lea: Partial<ChildForm> = {
  firstName: 'Léa',
  'birthDate.day': String(Number(leaDay)),
  'birthDate.month': String(Number(leaMonth)),
  'birthDate.year': leaYear,
  nationalNumber: '',
  schoolGradeId: 'p2',
};

/**
 * Writes the draft the element restores on load (`fp-draft:<draft-key>`); each
 * story uses its own id as its draft key.
 */
const draft =
  (step: 'child' | 'recap', form: Partial<ChildForm>): Loader<Args> =>
  ({ id }) => {
    sessionStorage.setItem(`fp-draft:${id}`, JSON.stringify({ step, form: { ...emma, ...form } }));
    return {};
  };

/** Nadia Benali (family `separated`), whom the health form offers as the first contact. */
const nadia = emptyHealthDraft({
  firstName: 'Nadia',
  lastName: 'Benali',
  phone: '+32486556677',
  relation: 'Parent',
  country: 'BE',
});

/** Karim Haddad, Yasmine's father, who lives at another address. */
const karim: ContactDraft = {
  firstName: 'Karim',
  lastName: 'Haddad',
  relation: 'père',
  phone: '0478 99 88 77',
  emergency: true,
  pickup: true,
};

/** Step 1 of Yasmine's health form as Nadia answers it; step 2 as offered (Nadia, both roles). */
const yasmineCare: HealthDraft = {
  ...nadia,
  doctorName: 'Dr Sophie Wauters',
  doctorPhone: '010 65 88 00',
  hasAllergies: 'no',
  careNeeds: 'Asthme : son inhalateur bleu est dans la poche avant de son sac, à donner avant le sport.',
  tetanus: { day: '14', month: '10', year: '2023' },
  glasses: true,
  canSwim: 'a-little',
};

/** Yasmine's whole health form, ready to send. */
const yasmineComplete: HealthDraft = {
  ...yasmineCare,
  photos: true,
  outings: true,
  emergencyCare: true,
  contacts: [...nadia.contacts, karim],
};

/**
 * Writes the health form's draft the element restores for `childId`
 * (`fp-draft:<draft-key>:health:<childId>`): the form opens at `step`.
 */
const healthDraft =
  (childId: string, step: 'care' | 'contacts' | 'recap', form: HealthDraft): Loader<Args> =>
  ({ id }) => {
    sessionStorage.setItem(`fp-draft:${id}:health:${childId}`, JSON.stringify({ step, form }));
    return {};
  };

/** Marc asked the service to move Léa to the school of Corbais; the request is pending. */
async function leaChangeRequested(adapter: MemoryAdapter): Promise<void> {
  const { identity } = await adapter.getChild('chi-1');
  await adapter.requestChildChange(
    'chi-1',
    {
      identity: { ...identity, schoolSiteId: 'corbais' },
      comment: 'Léa change d’école après les vacances d’hiver.',
    },
    { idempotencyKey: 'story-child-change' },
  );
}

// ——— play helpers: the element's shadow DOM, found by parts so that they work in every language ———

const { find, pressPrimary } = playHelpers('child-register');

/** Presses the secondary button of a section of the child's page ("Modifier la fiche santé"…). */
const pressInSection = async (canvasElement: HTMLElement, heading: 'health' | 'identity'): Promise<void> => {
  await userEvent.click(
    await find<HTMLButtonElement>(
      canvasElement,
      `section[aria-labelledby="child-${heading}-heading"] [part~="button-secondary"]`,
    ),
  );
};

/** Types `text` in the input (or text area) with that id. */
const typeIn = async (canvasElement: HTMLElement, id: string, text: string): Promise<void> => {
  await userEvent.type(await find<HTMLInputElement>(canvasElement, `#${id}`), text);
};

/** Chooses `value` in the list with that id. */
const choose = async (canvasElement: HTMLElement, id: string, value: string): Promise<void> => {
  await userEvent.selectOptions(await find<HTMLSelectElement>(canvasElement, `#${id}`), value);
};

/** From step 1 of the health form to the recap, answers unchanged. */
const healthToRecap = async (canvasElement: HTMLElement): Promise<void> => {
  await find(canvasElement, '#health-doctor-name');
  await pressPrimary(canvasElement);
  await find(canvasElement, '#health-photos');
  await pressPrimary(canvasElement);
  await find(canvasElement, '[part~="recap"]');
};

const meta: Meta<Args> = {
  title: 'Elements/child-register',
  component: 'child-register',
  args: {
    view: 'register',
    childId: '',
    parentHref: '#mes-coordonnees',
    healthFormHref: '#fiche-sante/{childId}',
    headingLevel: 2,
    locale: '',
    translations: undefined,
  },
  argTypes: {
    ...controlsOnlyFor('child-register', [
      'view',
      'childId',
      'parentHref',
      'healthFormHref',
      'headingLevel',
      'locale',
      'translations',
    ]),
    locale: localeControl,
    view: { control: 'inline-radio', options: ['register', 'children'] },
    childId: { control: 'text' },
    parentHref: { control: 'text' },
    healthFormHref: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    translations: { control: 'object' },
  },
  decorators: [withActions],
  render: (args, { id, loaded }: StoryContext<Args>) => html`
    <child-register
      .adapter=${(loaded as Loaded).adapter}
      .translations=${args.translations}
      draft-key=${id}
      view=${args.view}
      child-id=${args.childId || nothing}
      parent-href=${args.parentHref || nothing}
      health-form-href=${args.healthFormHref || nothing}
      heading-level=${args.headingLevel}
      locale=${args.locale || nothing}
    ></child-register>
  `,
  parameters: {
    actions: { handles: publicEvents },
    docs: {
      description: {
        component:
          'Every story runs on its own in-memory demo backend (`createMemoryAdapter({ family: "known", storage: null })`): Marc Dubois, already registered, with Léa (`chi-1`, health form complete) and Tom (`chi-2`, health form to update); Yasmine (`chi-3`, no health form yet) is Nadia Benali’s daughter (`family: "separated"`). `view="children"` shows "Mes enfants"; `child-id` opens one child. Use the **Language** toolbar to see each state in French, Dutch, German or English.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

// ——— before the form ———

export const ParentNotRegistered: Story = {
  name: 'Parent not registered yet',
  loaders: [backend({ family: 'new' })],
  parameters: describe(
    'A parent the service does not know yet cannot register a child: a callout sends them to "M’enregistrer en tant que parent" (`parent-href`).',
  ),
};

export const MyDetails: Story = {
  name: 'Step 1: my details',
  loaders: [backend()],
  parameters: describe(
    '"Mes informations": the parent’s details as the service knows them, read-only, with "Modifier mes coordonnées" (`parent-href`), then "Suivant".',
  ),
};

export const EmptyForm: Story = {
  name: 'Step 2: empty form',
  loaders: [backend()],
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await find(canvasElement, 'form');
  },
  parameters: describe(
    '"Nouvel enfant à enregistrer": the last name comes prefilled with the parent’s; the school year list opens once a school site is chosen.',
  ),
};

export const Filled: Story = {
  name: 'Step 2: filled (draft)',
  loaders: [backend(), draft('child', {})],
  parameters: describe(
    'The form as the parent left it: what was typed is kept as a draft in sessionStorage and comes back after a reload.',
  ),
};

export const OtherGuardian: Story = {
  name: 'Step 2: other guardian at another address',
  loaders: [
    backend(),
    draft('child', {
      hasOtherGuardian: 'yes',
      'otherGuardian.firstName': 'Julie',
      'otherGuardian.lastName': 'Renard',
      'otherGuardian.relation': 'mère',
      'otherGuardian.phone': '0478 11 22 33',
      'otherGuardian.email': 'julie.renard@example.be',
      invoicesTo: 'both',
    }),
  ],
  parameters: describe(
    'Ticking "L’autre parent ou tuteur habite à une autre adresse" reveals their details and the choice of who receives the invoices.',
  ),
};

// ——— validation on "Continuer" ———

export const MissingFields: Story = {
  name: 'Error: missing fields',
  loaders: [backend()],
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await find(canvasElement, 'form');
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="error-summary"]');
  },
  parameters: describe(
    '"Continuer" on an empty form: the error summary takes focus and links to each field, which shows the same message inline.',
  ),
};

export const WrongNumbers: Story = {
  name: 'Error: national number and kids-ID',
  loaders: [backend(), draft('child', { nationalNumber: '20.03.16-002.85', kidEidNumber: '592-1234567-33' })],
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="error-summary"]');
  },
  parameters: describe(
    'The national number is valid but encodes another birth date (16 March instead of 15); the kids-ID number has wrong check digits.',
  ),
};

export const FutureDateNoGrade: Story = {
  name: 'Error: date in the future, no school year',
  loaders: [backend(), draft('child', { 'birthDate.year': '2099', nationalNumber: '', schoolGradeId: '' })],
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="error-summary"]');
  },
  parameters: describe('A birth date in the future, and a school site chosen without its school year.'),
};

// ——— recap and submission ———

export const Recap: Story = {
  name: 'Step 3: recap ("Vérifiez vos réponses")',
  loaders: [backend(), draft('recap', {})],
  parameters: describe(
    'The answers to check, each with a "Modifier" link back to its field (then "Revenir au récapitulatif"), then Valider, Précédent or Abandonner.',
  ),
};

export const Submitting: Story = {
  name: 'Submitting',
  loaders: [backend({ writeLatency: 24 * 60 * 60 * 1000 }), draft('recap', {})],
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="button-primary"][aria-disabled="true"]');
  },
  parameters: describe(
    'Valider pressed, the answer not in yet: the button says "Envoi en cours…", keeps focus and ignores further presses.',
  ),
};

export const ServerError: Story = {
  name: 'Server error on submit',
  loaders: [backend({ failures: [{ kind: 'server', operation: 'write' }] }), draft('recap', {})],
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="error-panel"]');
  },
  parameters: describe(
    'The service failed: the answers are kept and "Réessayer" sends the same request again (same idempotency key: the child is never registered twice). The retry succeeds here.',
  ),
};

export const ServerValidationError: Story = {
  name: 'Error: refused by the service',
  loaders: [
    backend({
      failures: [
        {
          kind: 'validation',
          operation: 'write',
          fieldIssues: [{ field: 'schoolGradeId', code: 'choice.unknown' }],
        },
      ],
    }),
    draft('recap', {}),
  ],
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="error-summary"]');
  },
  parameters: describe(
    'The service refused an answer on Valider: the parent is back on the form, with the error summary and the message on that field.',
  ),
};

export const Loading: Story = {
  name: 'Loading',
  loaders: [backend({ latency: 24 * 60 * 60 * 1000 })],
  parameters: describe('While the commune, the family and the schools load, a skeleton reserves the height.'),
};

// ——— after Valider ———

export const Success: Story = {
  name: 'Registered (confirmation)',
  loaders: [backend(), draft('recap', {})],
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="confirmation"]');
  },
  parameters: describe(
    'With `health-form-href` (the page has its own health form page): the confirmation gives the request number, what happens next (the link to the child’s health form, `{childId}` replaced) and the status history, newest first.',
  ),
};

export const SuccessHealthForm: Story = {
  name: 'Registered: the health form opens',
  args: { healthFormHref: '' },
  loaders: [backend(), draft('recap', {})],
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="confirmation"]');
    await find(canvasElement, '#health-doctor-name');
  },
  parameters: describe(
    'Without `health-form-href`, as on the portals parents know (seed 001): the child’s health form opens under the confirmation, which is focused and read first.',
  ),
};

export const LinkedDuplicate: Story = {
  name: 'Already known child (linked)',
  loaders: [backend(), draft('recap', lea)],
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="confirmation"]');
  },
  parameters: describe(
    'Léa Dubois, with the birth date the service knows, is already known to the service: she is linked to the family instead of being registered twice, and the confirmation says so.',
  ),
};

// ——— "Mes enfants" and a child's page ———

export const ChildrenList: Story = {
  name: 'Children list ("Mes enfants")',
  args: { view: 'children' },
  loaders: [backend()],
  parameters: describe(
    '`view="children"`: each child with the state of their health form, "Remplir" or "Mettre à jour la fiche santé" when it is due, and "Voir la fiche".',
  ),
};

export const ChildrenListEmpty: Story = {
  name: 'Children list: empty',
  args: { view: 'children' },
  loaders: [backend({ family: 'empty' })],
  parameters: describe(
    'A registered parent with no child yet: "Mes enfants" offers "Enregistrer un enfant".',
  ),
};

export const ChildPage: Story = {
  name: 'Child page (Léa)',
  args: { childId: 'chi-1' },
  loaders: [backend()],
  play: async ({ canvasElement }) => {
    await find(canvasElement, '#child-health-heading');
  },
  parameters: describe(
    '`child-id="chi-1"`: Léa’s health form is complete, so her page opens: the form’s status, identity and school, and her requests with their history.',
  ),
};

export const ChildPagePendingChange: Story = {
  name: 'Child page: change request pending',
  args: { childId: 'chi-1' },
  loaders: [backend({}, leaChangeRequested)],
  play: async ({ canvasElement }) => {
    await find(canvasElement, '[part~="pending"]');
  },
  parameters: describe(
    'Léa’s change of school waits for the service: the page says so, lists what changes, and offers no other change meanwhile.',
  ),
};

export const ChildNotFound: Story = {
  name: 'Child not found',
  args: { childId: 'chi-404' },
  loaders: [backend()],
  play: async ({ canvasElement }) => {
    await find(canvasElement, '.callout--error[role="alert"]');
  },
  parameters: describe(
    '`child-id` names a child who is not in the family (or no longer known to the service).',
  ),
};

// ——— the health form ———

export const HealthMissing: Story = {
  name: 'Health form: step 1, missing (Yasmine)',
  args: { childId: 'chi-3' },
  loaders: [backend({ family: 'separated' })],
  play: async ({ canvasElement }) => {
    await find(canvasElement, '#health-doctor-name');
  },
  parameters: describe(
    '`child-id="chi-3"`: Yasmine has no health form yet, so it opens at once on its first step (doctor, allergies, diet, care, tetanus, swimming).',
  ),
};

export const HealthOutdated: Story = {
  name: 'Health form: step 1, out of date (Tom)',
  args: { childId: 'chi-2' },
  loaders: [backend()],
  play: async ({ canvasElement }) => {
    await find(canvasElement, '#health-doctor-name');
  },
  parameters: describe(
    'Tom’s form was confirmed more than a year ago: it opens filled with what the service knows, to check and confirm.',
  ),
};

export const HealthErrors: Story = {
  name: 'Health form: error, missing answers',
  args: { childId: 'chi-3' },
  loaders: [backend({ family: 'separated' })],
  play: async ({ canvasElement }) => {
    await find(canvasElement, '#health-doctor-name');
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="error-summary"]');
  },
  parameters: describe(
    '"Continuer" on an empty step 1: the doctor, whether the child has allergies and whether they can swim must be answered.',
  ),
};

export const HealthAllergies: Story = {
  name: 'Health form: two allergies',
  args: { childId: 'chi-3' },
  loaders: [backend({ family: 'separated' })],
  play: async ({ canvasElement }) => {
    await userEvent.click(await find<HTMLInputElement>(canvasElement, '#health-allergies-yes'));
    await choose(canvasElement, 'health-allergies-0-kind', 'food');
    await typeIn(canvasElement, 'health-allergies-0-substance', 'Arachides');
    await choose(canvasElement, 'health-allergies-0-severity', 'severe');
    await typeIn(canvasElement, 'health-allergies-0-instructions', 'Stylo d’adrénaline dans son sac à dos.');
    await userEvent.click(
      await find<HTMLButtonElement>(canvasElement, '.conditional > [part~="button-secondary"]'),
    );
    await choose(canvasElement, 'health-allergies-1-kind', 'medicine');
    await typeIn(canvasElement, 'health-allergies-1-substance', 'Pénicilline');
    await choose(canvasElement, 'health-allergies-1-severity', 'moderate');
    const root = canvasElement.querySelector('child-register')?.shadowRoot;
    await expect(root?.querySelectorAll('[part~="entry"]')).toHaveLength(2);
  },
  parameters: describe(
    '"Oui" to allergies opens a first entry; "Ajouter une allergie" adds another (each with type, substance, severity and what to do) and each can be removed.',
  ),
};

export const HealthContacts: Story = {
  name: 'Health form: step 2, contacts',
  args: { childId: 'chi-3' },
  loaders: [backend({ family: 'separated' }), healthDraft('chi-3', 'care', yasmineCare)],
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await find(canvasElement, '#health-contacts-0-firstName');
  },
  parameters: describe(
    'Step 2: the authorisations, then the people to call and those allowed to take the child home; the parent comes offered as the first one.',
  ),
};

export const HealthContactErrors: Story = {
  name: 'Health form: error, contact roles',
  args: { childId: 'chi-3' },
  loaders: [
    backend({ family: 'separated' }),
    healthDraft('chi-3', 'contacts', {
      ...yasmineComplete,
      contacts: [
        ...nadia.contacts.map((contact) => ({ ...contact, pickup: false })),
        { ...karim, emergency: false, pickup: false },
      ],
    }),
  ],
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="error-summary"]');
  },
  parameters: describe(
    'Person 2 is neither to call nor allowed to pick up, and nobody may take Yasmine home: the summary says which person each problem is about.',
  ),
};

export const HealthRecap: Story = {
  name: 'Health form: recap',
  args: { childId: 'chi-3' },
  loaders: [backend({ family: 'separated' }), healthDraft('chi-3', 'recap', yasmineComplete)],
  play: async ({ canvasElement }) => {
    await find(canvasElement, '[part~="recap"]');
  },
  parameters: describe(
    '"Vérifiez vos réponses": one row per section, each with "Modifier" back to its step and field, then Valider.',
  ),
};

export const HealthRecorded: Story = {
  name: 'Health form: recorded (confirmation)',
  args: { childId: 'chi-3' },
  loaders: [backend({ family: 'separated' }), healthDraft('chi-3', 'recap', yasmineComplete)],
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="confirmation"]');
  },
  parameters: describe(
    'A first health form is recorded at once: the confirmation gives the request number and until when the form is valid.',
  ),
};

export const HealthConfirmed: Story = {
  name: 'Health form: confirmed unchanged (Tom)',
  args: { childId: 'chi-2' },
  loaders: [backend()],
  play: async ({ canvasElement }) => {
    await healthToRecap(canvasElement);
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="confirmation"]');
  },
  parameters: describe(
    'Tom’s out-of-date form, checked and sent without a change: the service confirms it for another year.',
  ),
};

export const HealthChangeRequest: Story = {
  name: 'Health form: sent as a change request (Léa)',
  args: { childId: 'chi-1' },
  loaders: [backend()],
  play: async ({ canvasElement }) => {
    await pressInSection(canvasElement, 'health');
    await find(canvasElement, '#health-doctor-name');
    await pressPrimary(canvasElement);
    await userEvent.click(
      await find<HTMLButtonElement>(canvasElement, '.field > [part~="button-secondary"]'),
    );
    await typeIn(canvasElement, 'health-contacts-1-firstName', 'Julie');
    await typeIn(canvasElement, 'health-contacts-1-lastName', 'Renard');
    await typeIn(canvasElement, 'health-contacts-1-relation', 'tante');
    await typeIn(canvasElement, 'health-contacts-1-phone', '0478 11 22 33');
    await userEvent.click(await find<HTMLInputElement>(canvasElement, '#health-contacts-1-pickup'));
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="recap"]');
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="confirmation"]');
  },
  parameters: describe(
    '"Modifier la fiche santé" on Léa’s page, a new person allowed to pick her up: a known form changes through the service, as a change request.',
  ),
};

export const HealthServerError: Story = {
  name: 'Health form: server error on submit',
  args: { childId: 'chi-3' },
  loaders: [
    backend({ family: 'separated', failures: [{ kind: 'server', operation: 'write' }] }),
    healthDraft('chi-3', 'recap', yasmineComplete),
  ],
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="error-panel"]');
  },
  parameters: describe(
    'The service failed: the answers are kept and "Réessayer" sends the same form again, never recorded twice. The retry succeeds here.',
  ),
};

// ——— a change request for the child's identity ———

export const IdentityChange: Story = {
  name: 'Identity change: form',
  args: { childId: 'chi-1' },
  loaders: [backend()],
  play: async ({ canvasElement }) => {
    await pressInSection(canvasElement, 'identity');
    await find(canvasElement, '#child-comment');
  },
  parameters: describe(
    '"Demander une modification" on Léa’s page: her details as the service knows them, to correct, with an optional comment.',
  ),
};

export const IdentityChangeNothing: Story = {
  name: 'Identity change: error, nothing changed',
  args: { childId: 'chi-1' },
  loaders: [backend()],
  play: async ({ canvasElement }) => {
    await pressInSection(canvasElement, 'identity');
    await find(canvasElement, '#child-comment');
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="error-summary"]');
  },
  parameters: describe('"Continuer" without a change or a comment: there is nothing to send.'),
};

export const IdentityChangeSent: Story = {
  name: 'Identity change: sent',
  args: { childId: 'chi-1' },
  loaders: [backend()],
  play: async ({ canvasElement }) => {
    await pressInSection(canvasElement, 'identity');
    await choose(canvasElement, 'child-schoolSiteId', 'corbais');
    await typeIn(canvasElement, 'child-comment', 'Léa change d’école après les vacances d’hiver.');
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="recap"]');
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="confirmation"]');
  },
  parameters: describe(
    'A new school and a comment, checked then sent: the service will accept or refuse the change, and the child’s page shows it meanwhile.',
  ),
};
