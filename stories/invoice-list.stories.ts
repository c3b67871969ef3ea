import type { Loader, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import { userEvent } from 'storybook/test';
import { AdapterError, type FamilyPortalAdapter } from '../src/adapter/index.js';
import type { PaymentReturn } from '../src/domain/index.js';
import '../src/elements/invoice-list/define.js';
import type { Translations } from '../src/shared/i18n/localize.js';
import { InvoiceDouble, summary } from '../test/elements/invoice-list.fixtures.js';
import { controlsOnlyFor, describe, localeControl, playHelpers, publicEvents } from './support.js';

interface Args {
  headingLevel: number;
  locale: '' | 'fr' | 'nl' | 'de' | 'en';
  filter: 'to-pay' | 'paid' | 'all';
  section: 'invoices' | 'statement' | 'certificates';
  translations: Translations | undefined;
}

interface Loaded {
  adapter: Partial<FamilyPortalAdapter>;
  answer: PaymentReturn | undefined;
}

/**
 * The stories' backend: the element tests' double (a Belgian family's six
 * invoices from the wire schemas) until the demo backend serves invoices;
 * `prepare` changes it before the element loads.
 */
const backend =
  (prepare?: (double: InvoiceDouble) => PaymentReturn | void, latency = 150): Loader<Args> =>
  async () => {
    const double = new InvoiceDouble();
    const answer = prepare?.(double) ?? undefined;
    const slow = Object.fromEntries(
      Object.entries(double.adapter).map(([name, method]) => [
        name,
        async (...args: unknown[]) => {
          await new Promise((resolve) => setTimeout(resolve, latency));
          return (method as (...args: unknown[]) => Promise<unknown>)(...args);
        },
      ]),
    ) as Partial<FamilyPortalAdapter>;
    return { adapter: slow, answer };
  };

const { find } = playHelpers('invoice-list');

const meta: Meta<Args> = {
  title: 'Elements/invoice-list',
  component: 'invoice-list',
  args: { headingLevel: 2, locale: '', filter: 'to-pay', section: 'invoices', translations: undefined },
  argTypes: {
    ...controlsOnlyFor('invoice-list', ['headingLevel', 'locale', 'filter', 'section', 'translations']),
    locale: localeControl,
    filter: { control: 'inline-radio', options: ['to-pay', 'paid', 'all'] },
    section: { control: 'inline-radio', options: ['invoices', 'statement', 'certificates'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    translations: { control: 'object' },
  },
  decorators: [withActions],
  render: (args, { loaded }: StoryContext<Args>) => {
    const { adapter, answer } = loaded as Loaded;
    return html`<invoice-list
      .adapter=${adapter}
      .paymentReturn=${answer}
      .translations=${args.translations}
      heading-level=${args.headingLevel}
      filter=${args.filter}
      section=${args.section}
      locale=${args.locale || nothing}
      @fp-checkout=${(event: Event) => event.preventDefault()}
    ></invoice-list>`;
  },
  parameters: {
    actions: { handles: [...publicEvents, 'fp-checkout', 'fp-paid'] },
    docs: {
      description: {
        component:
          'Every story runs on its own in-page backend: a Belgian family with three unpaid invoices (one overdue), one paid, one sent to the treasury and one held by a payment in flight. The stories take "Payer" over (they cancel `fp-checkout`, as a host may). Use the **Language** toolbar, or the Dutch, German and English stories, to see the element in each language.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const ToPay: Story = {
  name: 'To pay (overdue)',
  loaders: [backend()],
  parameters: describe(
    '"Vous devez 149,00 €, dont 20,00 € en retard": the invoices to pay, each with its state in words and colour; one overdue, one sent to the treasury (where to pay), one held by a payment in flight.',
  ),
};

export const All: Story = {
  name: 'All invoices',
  args: { filter: 'all' },
  loaders: [backend()],
};

export const Selected: Story = {
  name: 'Two selected, the recap',
  loaders: [backend()],
  play: async ({ canvasElement }) => {
    const boxes = (await find(canvasElement, '[part~="invoices"]')).querySelectorAll<HTMLInputElement>(
      'input[type="checkbox"]',
    );
    await userEvent.click(boxes[0]!);
    await userEvent.click(boxes[1]!);
    await userEvent.click(await find(canvasElement, '[data-button="review"] button'));
    await find(canvasElement, '[part~="recap"]');
  },
  parameters: describe('Two invoices ticked: the running total, then the recap with "Payer".'),
};

export const Paid: Story = {
  name: 'Back from the provider: paid',
  loaders: [backend(() => ({ paymentId: 'pay-1', status: 'paid', signature: 'sig' }))],
  parameters: describe('The payment recorded once: "Payée" and the new balance; `fp-paid` fired.'),
};

export const Refused: Story = {
  name: 'Back from the provider: refused',
  loaders: [backend(() => ({ paymentId: 'pay-1', status: 'refused', signature: 'sig' }))],
};

export const Credit: Story = {
  name: 'A credit, all paid',
  loaders: [
    backend((double) => {
      double.invoices = [
        summary('inv-07', {
          number: 'NC-2026-000007',
          totalCents: -1200,
          balanceCents: -1200,
          creditNote: true,
          payableOnline: false,
          notPayable: 'settled',
        }),
        summary('inv-04', {
          paidCents: 4200,
          balanceCents: 0,
          state: 'paid',
          payableOnline: false,
          notPayable: 'settled',
        }),
      ];
    }),
  ],
  parameters: describe('"Vous bénéficiez d’un avoir de 12,00 €" and "Toutes vos factures sont payées."'),
};

export const Empty: Story = {
  name: 'No invoice',
  loaders: [backend((double) => void (double.invoices = []))],
};

export const NoOnlinePayment: Story = {
  name: 'No payment online',
  loaders: [backend((double) => void (double.onlinePayment = false))],
  parameters: describe('The commune takes no payment online: no checkbox, pay by transfer.'),
};

export const Detail: Story = {
  name: 'An invoice’s detail, the transfer and its QR code',
  loaders: [backend()],
  play: async ({ canvasElement }) => {
    await userEvent.click(await find(canvasElement, '[data-button="open-inv-01"] button'));
    await userEvent.click(await find(canvasElement, '[part~="transfer"] summary'));
    await find(canvasElement, '[part~="qr"]');
  },
};

export const Dispute: Story = {
  name: 'Contest an invoice',
  loaders: [backend()],
  play: async ({ canvasElement }) => {
    await userEvent.click(await find(canvasElement, '[data-button="open-inv-02"] button'));
    await userEvent.click(await find(canvasElement, '[data-button="dispute"] button'));
    await find(canvasElement, '[part~="dispute"]');
  },
};

export const Statement: Story = {
  name: 'Account statement',
  args: { section: 'statement' },
  loaders: [backend()],
};

export const Certificates: Story = {
  name: 'Tax certificates',
  args: { section: 'certificates' },
  loaders: [backend()],
};

export const Loading: Story = {
  name: 'Loading',
  loaders: [backend(undefined, 24 * 60 * 60 * 1000)],
};

export const LoadError: Story = {
  name: 'Error, with “Réessayer”',
  loaders: [backend((double) => double.failOnce('getInvoices', new AdapterError({ type: 'network' })))],
};

export const Unavailable: Story = {
  name: 'Feature unavailable',
  loaders: [async () => ({ adapter: {}, answer: undefined })],
};

export const Dutch: Story = { name: 'Dutch', args: { locale: 'nl' }, loaders: [backend()] };
export const German: Story = { name: 'German', args: { locale: 'de' }, loaders: [backend()] };
export const English: Story = { name: 'English', args: { locale: 'en' }, loaders: [backend()] };
