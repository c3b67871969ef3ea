import type { Loader, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import { userEvent } from 'storybook/test';
import {
  createMemoryAdapter,
  type MemoryAdapter,
  type MemoryAdapterOptions,
} from '../src/adapter/memory/index.js';
import type { Camp } from '../src/domain/index.js';
import '../src/elements/child-enrol/define.js';
import type { Wizard } from '../src/elements/child-enrol/enrol-model.js';
import type { Translations } from '../src/shared/i18n/localize.js';
import { controlsOnlyFor, describe, localeControl, playHelpers, publicEvents } from './support.js';

interface Args {
  campId: string;
  childId: string;
  parentHref: string;
  childHref: string;
  headingLevel: number;
  locale: '' | 'fr' | 'nl' | 'de' | 'en';
  translations: Translations | undefined;
}

interface Loaded {
  adapter: MemoryAdapter;
  now: () => Date;
  /** A camp chosen by the story (its id depends on the year). */
  campId?: string;
}

/** The demo backend's clock: a story may move it on (a cart past its deadline). */
interface Clock {
  offsetDays: number;
}

const dayMs = 86_400_000;

/**
 * A fresh demo backend per story, in memory only: Marc Dubois (`family:
 * "known"`) is signed in, with Léa (`chi-1`, ready to enrol) and Tom (`chi-2`,
 * health form to update). `before` acts on it before the element loads.
 */
const backend =
  (
    options: MemoryAdapterOptions = {},
    before?: (adapter: MemoryAdapter, clock: Clock) => Promise<void>,
  ): Loader<Args> =>
  async () => {
    const clock: Clock = { offsetDays: 0 };
    const now = () => new Date(Date.now() + clock.offsetDays * dayMs);
    const adapter = createMemoryAdapter({ latency: 150, family: 'known', ...options, storage: null, now });
    await before?.(adapter, clock);
    return { adapter, now };
  };

const summerOf = async (adapter: MemoryAdapter): Promise<Camp> =>
  (await adapter.getCamps()).find((camp) => camp.kind === 'plaine')!;

/** The open days of the summer's week `index`, with their activities, as the week picker chooses them. */
const weekDays = (camp: Camp, index: number) =>
  camp.weeks[index]!.days.filter((day) => day.open).map((day) => ({
    date: day.date,
    ...(day.activities.length > 0 ? { activityIds: day.activities.map((activity) => activity.id) } : {}),
  }));

/** Tom's health form confirmed unchanged: he can be enrolled too. */
async function tomReady(adapter: MemoryAdapter): Promise<void> {
  const tom = await adapter.getChild('chi-2');
  await adapter.submitHealthForm('chi-2', tom.health!.form, { idempotencyKey: 'story-tom-health' });
}

/** Léa's and Tom's requests for the summer's first week, still open (to close). */
async function bothEnrolled(adapter: MemoryAdapter): Promise<void> {
  await tomReady(adapter);
  const summer = await summerOf(adapter);
  for (const childId of ['chi-1', 'chi-2'])
    await adapter.enrolInCamp(
      { campId: summer.id, childId, days: weekDays(summer, 0) },
      { idempotencyKey: `story-enrol-${childId}` },
    );
}

/** Both requests closed: one article in the cart. */
async function closed(adapter: MemoryAdapter): Promise<void> {
  await bothEnrolled(adapter);
  await adapter.closeRequests({ idempotencyKey: 'story-close' });
}

/** Léa's third summer week paid. */
async function leaPaid(adapter: MemoryAdapter): Promise<void> {
  const summer = await summerOf(adapter);
  await adapter.enrolInCamp(
    { campId: summer.id, childId: 'chi-1', days: weekDays(summer, 2) },
    { idempotencyKey: 'story-lea' },
  );
  const cart = await adapter.closeRequests({ idempotencyKey: 'story-close' });
  const payment = await adapter.startPayment(cart.articles[0]!.id, '/retour', {
    idempotencyKey: 'story-pay',
  });
  const answer = new URL(payment.redirectUrl, 'http://localhost/').searchParams;
  await adapter.completePayment(
    { paymentId: answer.get('paymentId')!, status: 'paid', signature: answer.get('signature')! },
    { idempotencyKey: 'story-paid' },
  );
}

/**
 * Writes the enrolment in progress the element restores on load
 * (`fp-draft:<draft-key>`); each story uses its own id as its draft key.
 */
const inProgress =
  (wizard: (camp: Camp) => Omit<Wizard, 'campId'>): Loader<Args> =>
  async ({ id }) => {
    const summer = await summerOf(createMemoryAdapter({ storage: null }));
    sessionStorage.setItem(
      `fp-draft:${id}`,
      JSON.stringify({ wizard: { campId: summer.id, ...wizard(summer) } }),
    );
    return {};
  };

const { find, pressPrimary } = playHelpers('child-enrol');

/** Presses the button `selector` finds (by parts, so that the stories play in every language). */
const press = async (canvasElement: HTMLElement, selector: string): Promise<void> => {
  await userEvent.click(await find<HTMLButtonElement>(canvasElement, selector));
};

const meta: Meta<Args> = {
  title: 'Elements/child-enrol',
  component: 'child-enrol',
  args: {
    campId: '',
    childId: '',
    parentHref: '#mes-coordonnees',
    childHref: '#mes-enfants/{childId}',
    headingLevel: 2,
    locale: '',
    translations: undefined,
  },
  argTypes: {
    ...controlsOnlyFor('child-enrol', [
      'campId',
      'childId',
      'parentHref',
      'childHref',
      'headingLevel',
      'locale',
      'translations',
    ]),
    locale: localeControl,
    campId: { control: 'text' },
    childId: { control: 'text' },
    parentHref: { control: 'text' },
    childHref: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    translations: { control: 'object' },
  },
  decorators: [withActions],
  render: (args, { id, loaded }: StoryContext<Args>) => html`
    <child-enrol
      .adapter=${(loaded as Loaded).adapter}
      .now=${(loaded as Loaded).now}
      .translations=${args.translations}
      draft-key=${id}
      camp-id=${args.campId || (loaded as Loaded).campId || nothing}
      child-id=${args.childId || nothing}
      parent-href=${args.parentHref || nothing}
      child-href=${args.childHref || nothing}
      heading-level=${args.headingLevel}
      locale=${args.locale || nothing}
    ></child-enrol>
  `,
  parameters: {
    actions: { handles: [...publicEvents, 'fp-checkout', 'fp-paid', 'fp-cart-changed'] },
    docs: {
      description: {
        component:
          'Every story runs on its own in-memory demo backend (`createMemoryAdapter({ family: "known", storage: null })`): Marc Dubois, with Léa (`chi-1`, 10–12 ans, ready to enrol) and Tom (`chi-2`, 7–9 ans, health form to update). The coming summer’s plaines are open (its second week is nearly full for Tom’s group); the carnival stage opens in a few weeks. Use the **Language** toolbar to see each state in French, Dutch, German or English.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

// ——— before the steps ———

export const Camps: Story = {
  name: 'Camps: open, not yet open, a child not ready',
  loaders: [backend()],
  parameters: describe(
    'The camps with their registration period: the summer is open ("Inscrire mon enfant"), the carnival stage says when it opens. Tom cannot be enrolled yet: his health form is to update, with a link to complete it (`child-href`).',
  ),
};

export const NotYetOpen: Story = {
  name: 'Registration not yet open',
  loaders: [
    async (context) => {
      const loaded = (await backend()(context)) as Loaded;
      const carnival = (await loaded.adapter.getCamps()).find((camp) => camp.kind === 'stage')!;
      return { ...loaded, campId: carnival.id };
    },
  ],
  parameters: describe(
    '`camp-id` of a camp whose registration opens later: when it opens, and no way to start before.',
  ),
};

export const ParentNotRegistered: Story = {
  name: 'Parent not registered yet',
  loaders: [backend({ family: 'new' })],
  parameters: describe('A parent the service does not know yet is asked to register first (`parent-href`).'),
};

export const NoChild: Story = {
  name: 'No child registered',
  loaders: [backend({ family: 'empty' })],
  parameters: describe('A parent without a registered child is sent to register one first (`child-href`).'),
};

export const Drafts: Story = {
  name: 'Drafts in progress',
  loaders: [
    backend({}, async (adapter) => {
      const summer = await summerOf(adapter);
      await adapter.saveEnrolmentDraft(
        { step: 'weeks', campId: summer.id, childId: 'chi-1', days: weekDays(summer, 0) },
        { idempotencyKey: 'story-draft' },
      );
    }),
  ],
  parameters: describe(
    '"Brouillons en cours": an enrolment left unfinished, kept by the service under its tracking code, resumable from any device, or deleted.',
  ),
};

// ——— the steps ———

export const MyDetails: Story = {
  name: 'Step 1: my details and the tracking code',
  loaders: [backend()],
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="tracking-code"] strong');
  },
  parameters: describe(
    'The tracking code is given at once ("Code de suivi"): the enrolment is a draft with the service from the first step. The parent’s details, with "Modifier mes coordonnées".',
  ),
};

export const WhichChild: Story = {
  name: 'Step 2: which child',
  loaders: [backend(), inProgress(() => ({ step: 'child', days: [], waitingWeekIds: [] }))],
  parameters: describe(
    '"Qui faut-il inscrire ?": the children who can be enrolled; the others with what is missing and a link.',
  ),
};

export const Weeks: Story = {
  name: 'Step 3: camp weeks',
  loaders: [
    backend(),
    inProgress((camp) => ({ step: 'weeks', childId: 'chi-1', days: weekDays(camp, 0), waitingWeekIds: [] })),
  ],
  play: async ({ canvasElement }) => {
    await find(canvasElement, 'camp-week-picker');
  },
  parameters: describe(
    'The week picker for Léa: a week at a time, its theme ticks every open day with its activities, places left and prices shown before choosing.',
  ),
};

export const NoDayChosen: Story = {
  name: 'Step 3: no day chosen',
  loaders: [backend(), inProgress(() => ({ step: 'weeks', childId: 'chi-1', days: [], waitingWeekIds: [] }))],
  play: async ({ canvasElement }) => {
    await find(canvasElement, 'camp-week-picker');
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="error-summary"]');
  },
  parameters: describe('"Suivant" without a day: the problem is said, with a link to the picker.'),
};

export const Recap: Story = {
  name: 'Step 4: recap by ISO week',
  loaders: [
    backend(),
    inProgress((camp) => ({
      step: 'recap',
      childId: 'chi-1',
      days: [...weekDays(camp, 0), ...weekDays(camp, 2)],
      waitingWeekIds: [],
    })),
  ],
  parameters: describe(
    'The recap grouped by ISO week ("S27", "S29") with the days and activities, each answer with "Modifier", then "Valider".',
  ),
};

// ——— after "Valider" ———

export const Accepted: Story = {
  name: 'Accepted, then a sibling in the same days',
  loaders: [
    backend({}, tomReady),
    inProgress((camp) => ({ step: 'recap', childId: 'chi-1', days: weekDays(camp, 0), waitingWeekIds: [] })),
  ],
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="week-outcome"]');
  },
  parameters: describe(
    '"Réservation acceptée" per week, the status history, then "Inscrire aussi Tom aux mêmes jours" (one click), "Clôturer mes demandes" or "Inscrire un autre enfant".',
  ),
};

export const FullWeek: Story = {
  name: 'Full week: the waiting list in one click',
  loaders: [
    backend({}, tomReady),
    inProgress((camp) => ({ step: 'recap', childId: 'chi-2', days: weekDays(camp, 1), waitingWeekIds: [] })),
  ],
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="full"]');
  },
  parameters: describe(
    'A day of the week filled up meanwhile: the red message names the camp and the week (seed 001), nothing is reserved for it, and "M’inscrire sur la liste d’attente" is one click.',
  ),
};

export const WaitingList: Story = {
  name: 'On the waiting list',
  loaders: [
    backend({}, tomReady),
    inProgress((camp) => ({ step: 'recap', childId: 'chi-2', days: weekDays(camp, 1), waitingWeekIds: [] })),
  ],
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await press(canvasElement, '[part~="week-outcome"] [part~="button-secondary"]');
    await find(canvasElement, '[part~="week-outcome"] [role="status"]');
  },
  parameters: describe('The child is on the week’s waiting list, with their position.'),
};

export const ValidationFailed: Story = {
  name: 'Validation failed',
  loaders: [
    backend({ failures: [{ kind: 'server', operation: 'write', times: 5 }] }),
    inProgress((camp) => ({ step: 'recap', childId: 'chi-1', days: weekDays(camp, 0), waitingWeekIds: [] })),
  ],
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="error-panel"]');
  },
  parameters: describe(
    'The service failed: what the parent chose stays, "Réessayer" sends it again without reserving twice.',
  ),
};

// ——— closing, cart, payment ———

export const Closing: Story = {
  name: 'Closing with the sibling reduction',
  loaders: [backend({}, bothEnrolled)],
  play: async ({ canvasElement }) => {
    await pressPrimary(canvasElement);
    await find(canvasElement, '[part~="breakdown"] table');
  },
  parameters: describe(
    '"Clôturer mes demandes": every open request of every child, the price with its degressive breakdown (Tom, the second child, gets the reduction) before confirming.',
  ),
};

export const Cart: Story = {
  name: 'Cart after closing',
  loaders: [backend({}, closed)],
  parameters: describe(
    'The requests are closed: one article "Réservation de plaine(s)" in the cart, to pay before its deadline (`<family-cart>`), and "Mes inscriptions" says so.',
  ),
};

export const Paid: Story = {
  name: 'Paid, and unsubscribing from a week',
  loaders: [backend({}, leaPaid)],
  parameters: describe(
    '"Mes inscriptions": Léa’s week is paid ("Payé"); a paid week still to come offers "Me désinscrire", a request with its reason (seed 001).',
  ),
};

export const Unsubscribe: Story = {
  name: 'Unsubscribe request',
  loaders: [backend({}, leaPaid)],
  play: async ({ canvasElement }) => {
    await press(canvasElement, '[part~="enrolment"] [part~="button-link"]');
    await userEvent.type(await find(canvasElement, '#enrol-reason'), 'Léa part chez ses grands-parents.');
  },
  parameters: describe(
    'The reason is required; the service accepts (the places are given back) or refuses the request.',
  ),
};

export const Expired: Story = {
  name: 'Expired: unpaid after the deadline',
  loaders: [
    backend({}, async (adapter, clock) => {
      await closed(adapter);
      // Four days on: the three days to pay are over.
      clock.offsetDays = 4;
    }),
  ],
  parameters: describe(
    'Unpaid after the deadline: the places are freed, the requests cancelled ("Places libérées"), the cart is empty.',
  ),
};

export const LoadError: Story = {
  name: 'Load error',
  loaders: [backend({ failures: [{ kind: 'network', operation: 'read', times: 50 }] })],
  parameters: describe('The service does not answer: the error, with "Réessayer".'),
};

export const Dutch: Story = {
  name: 'In Dutch',
  args: { locale: 'nl' },
  loaders: [backend({}, bothEnrolled)],
  parameters: describe('The same element with `locale="nl"`.'),
};
