import type { Loader, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import { userEvent } from 'storybook/test';
import {
  createMemoryAdapter,
  type MemoryAdapter,
  type MemoryAdapterOptions,
} from '../src/adapter/memory/index.js';
import { simulatedAnswer } from '../src/adapter/memory/memory-adapter.js';
import type { CampDay, PaymentReturn } from '../src/domain/index.js';
import type { FamilyCart } from '../src/elements/family-cart/family-cart.js';
import '../src/elements/family-cart/define.js';
import { newIdempotencyKey } from '../src/shared/draft.js';
import type { FpCheckoutEvent } from '../src/elements/family-cart/events.js';
import type { Translations } from '../src/shared/i18n/localize.js';
import { controlsOnlyFor, describe, localeControl, playHelpers, publicEvents } from './support.js';

interface Args {
  headingLevel: number;
  locale: '' | 'fr' | 'nl' | 'de' | 'en';
  translations: Translations | undefined;
}

interface Loaded {
  adapter: MemoryAdapter;
  /** The provider's answer the story comes back with. */
  answer: PaymentReturn | undefined;
}

/** The demo backend's clock, set back while a story fills the cart (to bring its deadline nearer). */
interface Clock {
  offset: number;
}

/**
 * A fresh demo backend per story, in memory only: Marc Dubois (`family:
 * "known"`) is signed in. `before` fills it before the element loads, and
 * may answer the provider's answer the story comes back with.
 */
const backend =
  (
    options: MemoryAdapterOptions = {},
    before?: (adapter: MemoryAdapter, clock: Clock) => Promise<PaymentReturn | void>,
  ): Loader<Args> =>
  async () => {
    const clock: Clock = { offset: 0 };
    const adapter = createMemoryAdapter({
      latency: 150,
      family: 'known',
      ...options,
      storage: null,
      now: () => new Date(Date.now() + clock.offset),
    });
    const answer = (await before?.(adapter, clock)) ?? undefined;
    return { adapter, answer };
  };

/** Enrols a child in the summer's third week, on the open days `pick` chooses. */
async function enrol(
  adapter: MemoryAdapter,
  childId: string,
  pick: (days: CampDay[]) => { date: string; activityIds?: string[] }[],
): Promise<void> {
  const summer = (await adapter.getCamps()).find((camp) => camp.kind === 'plaine')!;
  const days = summer.weeks[2]!.days.filter((day) => day.open);
  await adapter.enrolInCamp(
    { campId: summer.id, childId, days: pick(days) },
    { idempotencyKey: newIdempotencyKey() },
  );
}

const close = (adapter: MemoryAdapter) => adapter.closeRequests({ idempotencyKey: newIdempotencyKey() });

/** Léa on the Monday and Tuesday of the week, then "Clôturer mes demandes": 30,00 €. */
async function leaInCart(adapter: MemoryAdapter): Promise<void> {
  await enrol(adapter, 'chi-1', (days) => days.slice(0, 2).map(({ date }) => ({ date })));
  await close(adapter);
}

/** Léa on two days (one with the Planétarium), Tom the whole week with the 2nd child's reduction. */
async function siblingsInCart(adapter: MemoryAdapter): Promise<void> {
  const tom = await adapter.getChild('chi-2');
  // Tom's health form is out of date: confirmed unchanged, he can be enrolled.
  await adapter.submitHealthForm('chi-2', tom.health!.form, { idempotencyKey: newIdempotencyKey() });
  await enrol(adapter, 'chi-1', (days) => [
    { date: days[0]!.date },
    { date: days[2]!.date, activityIds: ['planetarium'] },
  ]);
  await enrol(adapter, 'chi-2', (days) => days.map(({ date }) => ({ date })));
  await close(adapter);
}

/** Marc moved to Brussels (the service accepted it): the non-residents' tariff. */
async function movedAwayInCart(adapter: MemoryAdapter): Promise<void> {
  const { id: _id, ...identity } = (await adapter.getFamily()).parent!;
  const change = await adapter.requestParentChange(
    { identity: { ...identity, address: { ...identity.address, postcode: '1000', city: 'Bruxelles' } } },
    { idempotencyKey: newIdempotencyKey() },
  );
  adapter.decide(change.id, 'accepted');
  await leaInCart(adapter);
}

/** Léa's article, closed so long ago that `minutes` are left before its deadline (3 days). */
const closedLeft =
  (minutes: number) =>
  async (adapter: MemoryAdapter, clock: Clock): Promise<void> => {
    clock.offset = -(3 * 24 * 60 - minutes) * 60_000;
    await leaInCart(adapter);
    clock.offset = 0;
  };

/** Léa's article, a payment started, and the provider's answer (`signature`: a forged one). */
const backFromProvider =
  (status: PaymentReturn['status'], signature?: string) =>
  async (adapter: MemoryAdapter): Promise<PaymentReturn> => {
    await leaInCart(adapter);
    const [article] = (await adapter.getCart()).articles;
    const { paymentId } = await adapter.startPayment(article!.id, '/panier', {
      idempotencyKey: newIdempotencyKey(),
    });
    const answer = simulatedAnswer(paymentId, status);
    return signature ? { ...answer, signature } : answer;
  };

/**
 * The stories stay on their page: they take "Payer" over (as a host may, by
 * cancelling `fp-checkout`), start the payment with the demo provider and
 * come back with its answer, paid.
 */
const demoProvider = (adapter: MemoryAdapter) => async (event: FpCheckoutEvent) => {
  event.preventDefault();
  const cart = event.currentTarget as FamilyCart;
  const { paymentId } = await adapter.startPayment(event.detail.articleId, '/panier', {
    idempotencyKey: newIdempotencyKey(),
  });
  cart.paymentReturn = simulatedAnswer(paymentId, 'paid');
};

// ——— play helpers: found by parts, so that they work in every language ———

const { find } = playHelpers('family-cart');

const openBreakdown = async (canvasElement: HTMLElement): Promise<void> => {
  await userEvent.click(await find(canvasElement, '[part~="breakdown"] > summary'));
  // The breakdown's tables come with their part, downloaded when first asked for.
  await find(canvasElement, '[part~="breakdown"] table');
};

const askRemoval = async (canvasElement: HTMLElement): Promise<void> => {
  await userEvent.click(await find(canvasElement, '[part~="actions"] [part~="button-secondary"]'));
  await find(canvasElement, '[part~="confirm"]');
};

const meta: Meta<Args> = {
  title: 'Elements/family-cart',
  component: 'family-cart',
  args: { headingLevel: 2, locale: '', translations: undefined },
  argTypes: {
    ...controlsOnlyFor('family-cart', ['headingLevel', 'locale', 'translations']),
    locale: localeControl,
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    translations: { control: 'object' },
  },
  decorators: [withActions],
  render: (args, { loaded }: StoryContext<Args>) => {
    const { adapter, answer } = loaded as Loaded;
    return html`<family-cart
      .adapter=${adapter}
      .paymentReturn=${answer}
      .translations=${args.translations}
      heading-level=${args.headingLevel}
      locale=${args.locale || nothing}
      @fp-checkout=${demoProvider(adapter)}
    ></family-cart>`;
  },
  parameters: {
    actions: { handles: [...publicEvents, 'fp-checkout', 'fp-paid', 'fp-cart-changed'] },
    docs: {
      description: {
        component:
          'Every story runs on its own in-memory demo backend (`createMemoryAdapter({ family: "known", storage: null })`): Marc Dubois enrols Léa (`chi-1`) and, for the sibling reduction, Tom (`chi-2`) in the summer’s plaines, then closes his requests: one article in the cart, to pay within 3 days. The stories take "Payer" over (they cancel `fp-checkout`, as a host may) and come back at once with the demo provider’s answer, paid; on a real page the parent goes to the provider and comes back to `return-url`. Use the **Language** toolbar to see each state in French, Dutch, German or English.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Empty: Story = {
  name: 'Empty cart',
  loaders: [backend()],
  parameters: describe('Nothing to pay: "Votre panier est vide.", and nothing else.'),
};

export const Loading: Story = {
  name: 'Loading',
  loaders: [backend({ latency: 24 * 60 * 60 * 1000 })],
  parameters: describe('While the cart loads, a skeleton reserves the height.'),
};

export const OneArticle: Story = {
  name: 'One article (residents’ tariff)',
  loaders: [backend({}, leaInCart)],
  play: async ({ canvasElement }) => openBreakdown(canvasElement),
  parameters: describe(
    'As seed 000 shows it: "Réservation de plaine(s) pour la demande n° …", the amount, the deadline and the time left, the price breakdown (opened here), the total, "Payer" and "Retirer mon article du panier et libérer les places".',
  ),
};

export const NonResident: Story = {
  name: 'One article (non-residents’ tariff)',
  loaders: [backend({}, movedAwayInCart)],
  play: async ({ canvasElement }) => openBreakdown(canvasElement),
  parameters: describe('The family lives outside the commune: its days cost the non-residents’ price.'),
};

export const Siblings: Story = {
  name: 'Two children: sibling reduction',
  loaders: [backend({}, siblingsInCart)],
  play: async ({ canvasElement }) => openBreakdown(canvasElement),
  parameters: describe(
    'Léa, the eldest, pays full price (and the Planétarium’s supplement); Tom, the 2nd child, a whole week at the week’s price less 10 %.',
  ),
};

export const HoursLeft: Story = {
  name: 'Close to the deadline: hours left',
  loaders: [backend({}, closedLeft(5 * 60 + 20))],
  parameters: describe('Less than a day left: "Il vous reste 5 heures.", underlined.'),
};

export const UnderAnHour: Story = {
  name: 'Close to the deadline: less than an hour',
  loaders: [backend({}, closedLeft(40))],
  parameters: describe(
    '"Il vous reste moins d’une heure." The time left moves on each minute; past the deadline the cart is read again, the service having released the places.',
  ),
};

export const ConfirmRemoval: Story = {
  name: 'Remove: the question',
  loaders: [backend({}, leaInCart)],
  play: async ({ canvasElement }) => askRemoval(canvasElement),
  parameters: describe(
    '"Retirer mon article du panier et libérer les places" asks first, in place: focus on "Non, garder mon article"; Escape keeps the article too.',
  ),
};

export const Removed: Story = {
  name: 'Remove: done',
  loaders: [backend({}, leaInCart)],
  play: async ({ canvasElement }) => {
    await askRemoval(canvasElement);
    await userEvent.click(await find(canvasElement, '[part~="confirm"] [part~="button-primary"]'));
    await find(canvasElement, '[part~="message"]');
  },
  parameters: describe('The requests are cancelled and the places freed; the cart is empty.'),
};

export const Paid: Story = {
  name: 'Back from payment: paid',
  loaders: [backend({}, backFromProvider('paid'))],
  play: async ({ canvasElement }) => {
    await find(canvasElement, '[part~="paid"]');
  },
  parameters: describe(
    'The provider’s answer recorded: "Payé", the amount, the requests, and the e-mail recap’s address. `fp-paid` and `fp-cart-changed` are fired.',
  ),
};

export const Refused: Story = {
  name: 'Back from payment: refused',
  loaders: [backend({}, backFromProvider('refused'))],
  play: async ({ canvasElement }) => {
    await find(canvasElement, '[part~="payment-message"]');
  },
  parameters: describe(
    'The bank refused: nothing was charged, the places stay held until the deadline, and the article is there to pay again.',
  ),
};

export const Cancelled: Story = {
  name: 'Back from payment: cancelled',
  loaders: [backend({}, backFromProvider('cancelled'))],
  play: async ({ canvasElement }) => {
    await find(canvasElement, '[part~="payment-message"]');
  },
  parameters: describe('The parent cancelled at the provider: the same cart, and what happened.'),
};

export const Unverified: Story = {
  name: 'Back from payment: answer not verified',
  loaders: [backend({}, backFromProvider('paid', 'forged'))],
  play: async ({ canvasElement }) => {
    await find(canvasElement, '[part~="payment-message"]');
  },
  parameters: describe(
    'An answer whose signature does not match: nothing is recorded as paid, the parent is told whom to contact if charged.',
  ),
};

export const LoadError: Story = {
  name: 'Error: the cart cannot be read',
  loaders: [
    backend({}, async (adapter) => {
      await leaInCart(adapter);
      adapter.failNext('server', { operation: 'read' });
    }),
  ],
  play: async ({ canvasElement }) => {
    await find(canvasElement, '[part~="error-panel"]');
  },
  parameters: describe('The service failed: "Réessayer" reads the cart again (it works here).'),
};

export const Dutch: Story = {
  name: 'In Dutch',
  args: { locale: 'nl' },
  loaders: [backend({}, siblingsInCart)],
  play: async ({ canvasElement }) => openBreakdown(canvasElement),
  parameters: describe('`locale="nl"`: "Winkelmandje", "Betalen", the dates and amounts the Dutch way.'),
};
