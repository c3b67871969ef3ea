import type { Loader, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import { userEvent } from 'storybook/test';
import {
  createMemoryAdapter,
  type MemoryAdapter,
  type MemoryAdapterOptions,
} from '../src/adapter/memory/index.js';
import { parseParentForm, type ParentForm } from '../src/domain/index.js';
import '../src/elements/parent-register/define.js';
import type { Translations } from '../src/shared/i18n/localize.js';
import { controlsOnlyFor, describe, localeControl, playHelpers, publicEvents } from './support.js';

interface Args {
  registerChildHref: string;
  headingLevel: number;
  locale: '' | 'fr' | 'nl' | 'de' | 'en';
  translations: Translations | undefined;
}

interface Loaded {
  adapter: MemoryAdapter;
}

/**
 * A fresh demo backend per story: kept in memory only (`storage: null`), so a
 * story never sees what another one submitted. `before` acts on it before the
 * element loads (loaders run side by side, so one loader does both).
 */
const backend =
  (options: MemoryAdapterOptions = {}, before?: (adapter: MemoryAdapter) => Promise<void>): Loader<Args> =>
  async () => {
    const adapter = createMemoryAdapter({ latency: 150, ...options, storage: null });
    await before?.(adapter);
    return { adapter };
  };

/** What Sophie Lambert, the demo's new parent, types (valid in the Belgian commune). */
const sophie: ParentForm = {
  lastName: 'Lambert',
  firstName: 'Sophie',
  nationalNumber: '85.07.30-033.28',
  'address.street': 'Rue des Écoles',
  'address.number': '12',
  'address.box': '',
  'address.postcode': '1435',
  'address.city': 'Mont-Saint-Guibert',
  phone: '0471 23 45 67',
  email: 'sophie.lambert@example.be',
};

/**
 * Writes the draft the element restores on load (`fp-draft:<draft-key>`); each
 * story uses its own id as its draft key.
 */
const draft =
  (step: 'form' | 'recap', form: Partial<ParentForm>): Loader<Args> =>
  ({ id }) => {
    sessionStorage.setItem(
      `fp-draft:${id}`,
      JSON.stringify({ flow: 'register', step, form: { ...sophie, ...form }, comment: '' }),
    );
    return {};
  };

// ——— play helpers: the element's shadow DOM, found by parts so that they work in every language ———

const { find, pressPrimary } = playHelpers('parent-register');

const meta: Meta<Args> = {
  title: 'Elements/parent-register',
  component: 'parent-register',
  args: { registerChildHref: '#enfants', headingLevel: 2, locale: '', translations: undefined },
  argTypes: {
    ...controlsOnlyFor('parent-register', ['registerChildHref', 'headingLevel', 'locale', 'translations']),
    locale: localeControl,
    registerChildHref: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    translations: { control: 'object' },
  },
  decorators: [withActions],
  render: (args, { id, loaded }: StoryContext<Args>) => html`
    <parent-register
      .adapter=${(loaded as Loaded).adapter}
      .translations=${args.translations}
      draft-key=${id}
      register-child-href=${args.registerChildHref}
      heading-level=${args.headingLevel}
      locale=${args.locale || nothing}
    ></parent-register>
  `,
  parameters: {
    actions: { handles: publicEvents },
    docs: {
      description: {
        component:
          'Every story runs on its own in-memory demo backend (`createMemoryAdapter({ storage: null })`). Use the **Language** toolbar to see each state in French, Dutch, German or English.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

// ——— a new parent ———

export const EmptyForm: Story = {
  name: 'Empty form (Belgian commune)',
  loaders: [backend()],
  parameters: describe(
    'A parent the service does not know yet. The e-mail comes from the e-guichet session and is read-only; the national number is required in this Belgian commune.',
  ),
};

export const EmptyFormFrenchCommune: Story = {
  name: 'Empty form (French commune)',
  loaders: [backend({ profile: 'fr' })],
  parameters: describe(
    'In the French commune there is no national number field, postcodes have 5 digits and phone numbers follow the French formats.',
  ),
};

export const TypedEmail: Story = {
  name: 'Form with a typed e-mail',
  loaders: [backend({ accountEmail: null })],
  parameters: describe('The session gives no e-mail address, so the parent types it like any other field.'),
};

export const Filled: Story = {
  name: 'Filled',
  loaders: [backend(), draft('form', {})],
  parameters: describe(
    'The form as the parent left it: what was typed is kept as a draft in sessionStorage and comes back after a reload.',
  ),
};

export const Recap: Story = {
  name: 'Recap ("Vérifiez vos réponses")',
  loaders: [backend(), draft('recap', {})],
  parameters: describe(
    'Step 2 of 2: the answers to check, each with a "Modifier" link back to its field, then Valider, Précédent or Abandonner.',
  ),
};

// ——— validation on "Continuer" ———

export const MissingFields: Story = {
  name: 'Error: missing fields',
  loaders: [backend()],
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="error-summary"]');
  },
  parameters: describe(
    '"Continuer" on an empty form: the error summary takes focus and links to each field, which shows the same message inline.',
  ),
};

export const WrongNationalNumber: Story = {
  name: 'Error: national number check digits',
  loaders: [backend(), draft('form', { nationalNumber: '85.07.30-033.29' })],
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="error-summary"]');
  },
  parameters: describe(
    '85.07.30-033.29 has the right shape but wrong check digits (the valid number is …-033.28): the parent is told to check it against the identity card.',
  ),
};

export const BadPostcode: Story = {
  name: 'Error: postcode',
  loaders: [backend(), draft('form', { 'address.postcode': '143' })],
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="error-summary"]');
  },
  parameters: describe('A Belgian postcode has 4 digits (a French one 5).'),
};

export const BadPhone: Story = {
  name: 'Error: phone number',
  loaders: [backend(), draft('form', { phone: '12 34' })],
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="error-summary"]');
  },
  parameters: describe(
    'Not a Belgian or French phone number: national (0471 23 45 67) and international (+32, 0032, +33) forms are accepted.',
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
          fieldIssues: [{ field: 'address.postcode', code: 'postcode.format' }],
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
    'The answers passed the checks in the browser but the service refused one on Valider (here the postcode): the parent is back on the form, with the error summary and the message on that field.',
  ),
};

// ——— submitting ———

export const Submitting: Story = {
  name: 'Submitting',
  loaders: [backend({ writeLatency: 24 * 60 * 60 * 1000 }), draft('recap', {})],
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="button-primary"][aria-disabled="true"]');
  },
  parameters: describe(
    'Valider pressed, the answer not in yet: the button says "Envoi en cours…", keeps focus and ignores further presses, so the request cannot be sent twice.',
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
    'The service failed: the answers are kept, the error shows a reference, and "Réessayer" sends the same request again (same idempotency key: never recorded twice). The retry succeeds here.',
  ),
};

export const NetworkErrorWhileLoading: Story = {
  name: 'Network error while loading',
  loaders: [backend({ failures: [{ kind: 'network', operation: 'read' }] })],
  parameters: describe(
    'The service could not be reached when the element loaded: "Réessayer" loads again (and succeeds here).',
  ),
};

export const Loading: Story = {
  name: 'Loading',
  loaders: [backend({ latency: 24 * 60 * 60 * 1000 })],
  parameters: describe(
    'While the commune and the family load, a skeleton reserves the height of the content.',
  ),
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
    'The commune registers parents at once: the confirmation gives the request number, what happens next, the status history (newest first) and the link to register a child.',
  ),
};

export const PendingReview: Story = {
  name: 'Submitted for review (confirmation)',
  loaders: [backend({ registration: 'review' }), draft('recap', {})],
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="confirmation"]');
  },
  parameters: describe(
    'In a commune where the service checks each registration, the request is recorded and waits for its decision.',
  ),
};

/** Registers Sophie before the element loads, as if she had done it on an earlier visit. */
async function registerSophie(adapter: MemoryAdapter): Promise<void> {
  const parsed = parseParentForm(sophie, await adapter.getCommune());
  if (parsed.ok) await adapter.registerParent(parsed.value, { idempotencyKey: 'story-registration' });
}

export const AwaitingReview: Story = {
  name: 'Registration awaiting review',
  loaders: [backend({ registration: 'review' }, registerSophie)],
  parameters: describe(
    'Coming back later while the registration is still being reviewed: the request and its history instead of a new form.',
  ),
};

// ——— a parent the service knows ———

export const AlreadyKnown: Story = {
  name: 'Already known',
  loaders: [backend({ family: 'known' })],
  parameters: describe(
    'A registered parent sees their details, their linked children with the state of each health form, and their past requests.',
  ),
};

export const KnownFrenchOnlyCommuneInDutch: Story = {
  name: 'Known parent, in Dutch, a commune writing in French only',
  args: { locale: 'nl' },
  loaders: [backend({ family: 'known', profile: 'fr' })],
  parameters: describe(
    'The French commune names its service in French only ("Guichet Unique"): the Dutch sentence carries it marked `lang="fr"`.',
  ),
};

export const KnownChangeForm: Story = {
  name: 'Known: change request form',
  loaders: [backend({ family: 'known' })],
  play: async ({ canvasElement }) => {
    await userEvent.click(
      await find<HTMLButtonElement>(canvasElement, '[part~="details"] ~ .actions button'),
    );
    await find(canvasElement, 'form');
  },
  parameters: describe(
    '"Mes informations ont changé": the form comes filled with the current details and an optional comment; the service accepts or refuses the change.',
  ),
};

/** The known parent asked for a new phone number; `decision` is the service's answer, if any. */
const changeRequested =
  (decision?: 'accepted' | 'refused') =>
  async (adapter: MemoryAdapter): Promise<void> => {
    const parent = (await adapter.getFamily()).parent;
    if (!parent) return;
    const { id: _id, ...identity } = parent;
    const receipt = await adapter.requestParentChange(
      { identity: { ...identity, phone: '+32478112233' }, comment: 'Nouveau numéro de GSM depuis mars.' },
      { idempotencyKey: 'story-change' },
    );
    if (decision === 'refused') {
      await adapter.decide(receipt.id, 'refused', 'Merci de passer au guichet avec votre carte d’identité.');
    } else if (decision === 'accepted') await adapter.decide(receipt.id, 'accepted');
  };

export const ChangePending: Story = {
  name: 'Known: change request pending',
  loaders: [backend({ family: 'known' }, changeRequested())],
  parameters: describe(
    'A change request is waiting for the service: the page says so and offers no second request meanwhile.',
  ),
};

export const ChangeRefused: Story = {
  name: 'Known: change request refused',
  loaders: [backend({ family: 'known' }, changeRequested('refused'))],
  parameters: describe(
    "The service refused the change: the request's history shows the decision and its reason.",
  ),
};

export const SeparatedFamily: Story = {
  name: 'Separated family',
  loaders: [backend({ family: 'separated' })],
  parameters: describe('A child shared with a co-parent who lives at another address.'),
};

export const KnownWithoutChildren: Story = {
  name: 'Known, no child yet',
  loaders: [backend({ family: 'empty' })],
  parameters: describe('A registered parent with no child linked yet.'),
};
