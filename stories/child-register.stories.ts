import type { Loader, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import {
  createMemoryAdapter,
  type MemoryAdapter,
  type MemoryAdapterOptions,
} from '../src/adapter/memory/index.js';
import type { ChildForm } from '../src/elements/child-register/child-form.js';
import '../src/elements/child-register/define.js';
import type { Translations } from '../src/shared/i18n/localize.js';
import { controlsOnlyFor, describe, localeControl, playHelpers, publicEvents } from './support.js';

interface Args {
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
 * is signed in unless the story says otherwise.
 */
const backend =
  (options: MemoryAdapterOptions = {}): Loader<Args> =>
  () => ({ adapter: createMemoryAdapter({ latency: 150, family: 'known', ...options, storage: null }) });

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

/** Léa Dubois, whom the service already knows. */
const lea: Partial<ChildForm> = {
  firstName: 'Léa',
  'birthDate.day': '12',
  'birthDate.month': '5',
  'birthDate.year': '2016',
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

// ——— play helpers: the element's shadow DOM, found by parts so that they work in every language ———

const { find, pressPrimary } = playHelpers('child-register');

const meta: Meta<Args> = {
  title: 'Elements/child-register',
  component: 'child-register',
  args: {
    parentHref: '#mes-coordonnees',
    healthFormHref: '#fiche-sante/{childId}',
    headingLevel: 2,
    locale: '',
    translations: undefined,
  },
  argTypes: {
    ...controlsOnlyFor('child-register', [
      'parentHref',
      'healthFormHref',
      'headingLevel',
      'locale',
      'translations',
    ]),
    locale: localeControl,
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
          'Every story runs on its own in-memory demo backend (`createMemoryAdapter({ family: "known", storage: null })`): Marc Dubois, already registered, with Léa and Tom. Use the **Language** toolbar to see each state in French, Dutch, German or English.',
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
    'The confirmation gives the request number, what happens next (the link to the child’s health form, `health-form-href` with `{childId}`) and the status history, newest first.',
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
    'Léa Dubois, born on 12 May 2016, is already known to the service: she is linked to the family instead of being registered twice, and the confirmation says so.',
  ),
};
