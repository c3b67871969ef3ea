import type { Loader, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import { userEvent } from 'storybook/test';
import type { FamilyPortalAdapter } from '../src/adapter/index.js';
import {
  createMemoryAdapter,
  type MemoryAdapter,
  type MemoryAdapterOptions,
} from '../src/adapter/memory/index.js';
import { simulatedAnswer } from '../src/adapter/memory/memory-adapter.js';
import type { PaymentReturn } from '../src/domain/index.js';
import '../src/elements/invoice-list/define.js';
import type { FpInvoiceCheckoutEvent } from '../src/elements/invoice-list/events.js';
import type { InvoiceListElement } from '../src/elements/invoice-list/invoice-list.js';
import { newIdempotencyKey } from '../src/shared/draft.js';
import type { Translations } from '../src/shared/i18n/localize.js';
import { InvoiceDouble } from '../test/elements/invoice-list.fixtures.js';
import { controlsOnlyFor, describe, localeControl, playHelpers, publicEvents } from './support.js';

interface Args {
  headingLevel: number;
  locale: '' | 'fr' | 'nl' | 'de' | 'en';
  filter: 'to-pay' | 'paid' | 'all';
  section: 'invoices' | 'statement' | 'certificates';
  translations: Translations | undefined;
  /** The width of the box the element is in (`320px`), or the page's. */
  width: string;
}

interface Loaded {
  adapter: Partial<FamilyPortalAdapter>;
  /** The provider's answer the story comes back with. */
  answer: PaymentReturn | undefined;
}

/**
 * A fresh demo backend per story, in memory only: Marc Dubois (`family:
 * "known"`) in the Belgian commune, his invoicing made from the demo's
 * history dated from today (src/demo-data/billing.ts): three invoices to pay
 * (the oldest overdue), one partly paid by transfer, one sent to the
 * treasury, a credit note, and older ones paid. `before` acts on it before
 * the element loads, and may answer the provider's answer the story comes
 * back with.
 */
const demo =
  (
    options: MemoryAdapterOptions = {},
    before?: (adapter: MemoryAdapter) => Promise<PaymentReturn | void>,
  ): Loader<Args> =>
  async () => {
    const adapter = createMemoryAdapter({ family: 'known', latency: 150, ...options, storage: null });
    const answer = (await before?.(adapter)) ?? undefined;
    return { adapter, answer } satisfies Loaded;
  };

/** The invoices the family may pay online now, newest first. */
async function payable(adapter: MemoryAdapter): Promise<string[]> {
  const { invoices } = await adapter.getInvoices();
  return invoices.filter((invoice) => invoice.payableOnline).map((invoice) => invoice.id);
}

/** A payment started for `invoiceIds` (the parent went to the provider): its id. */
async function started(adapter: MemoryAdapter, invoiceIds: string[]): Promise<string> {
  const { paymentId } = await adapter.payInvoices(
    { invoiceIds, returnUrl: '/factures?payment-for=invoices' },
    { idempotencyKey: newIdempotencyKey() },
  );
  return paymentId;
}

/** The two newest invoices paid online, and the provider's answer (`signature`: a forged one). */
const backFromProvider =
  (status: PaymentReturn['status'], signature?: string) =>
  async (adapter: MemoryAdapter): Promise<PaymentReturn> => {
    const paymentId = await started(adapter, (await payable(adapter)).slice(0, 2));
    const answer = simulatedAnswer(paymentId, status);
    return signature ? { ...answer, signature } : answer;
  };

/** The newest invoice held by a payment the parent left at the provider's (it holds for a while). */
async function paymentInFlight(adapter: MemoryAdapter): Promise<void> {
  await started(adapter, (await payable(adapter)).slice(0, 1));
}

/** Everything payable paid at once: the credit note is left, the family has a credit. */
async function allPaid(adapter: MemoryAdapter): Promise<void> {
  const paymentId = await started(adapter, await payable(adapter));
  await adapter.completeInvoicePayment(simulatedAnswer(paymentId, 'paid'), {
    idempotencyKey: newIdempotencyKey(),
  });
}

/**
 * The element tests' double, only for what the demo backend cannot give: a
 * commune that takes no payment online (both demo communes do). The loading
 * skeleton and a failed read with "Réessayer" come from the demo backend
 * itself (its `latency` and `failures`).
 */
const double =
  (change?: (made: InvoiceDouble) => void): Loader<Args> =>
  () => {
    const made = new InvoiceDouble();
    change?.(made);
    return { adapter: made.adapter, answer: undefined } satisfies Loaded;
  };

/**
 * The stories stay on their page: they take "Payer" over (as a host may, by
 * cancelling `fp-checkout`) and come back at once with the demo provider's
 * answer, paid (the demo backend's redirect carries it).
 */
const demoProvider = (event: FpInvoiceCheckoutEvent) => {
  event.preventDefault();
  const paymentId = new URL(event.detail.redirectUrl, location.href).searchParams.get('paymentId');
  if (paymentId)
    (event.currentTarget as InvoiceListElement).paymentReturn = simulatedAnswer(paymentId, 'paid');
};

// ——— play helpers: found by parts and data attributes, so that they work in every language ———

const { find, shadowOf } = playHelpers('invoice-list');

/** Ticks the two newest invoices to pay, then "Vérifier et payer": the recap. */
async function selectTwo(canvasElement: HTMLElement): Promise<void> {
  const list = await find(canvasElement, '[part~="invoices"]');
  const boxes = list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]');
  await userEvent.click(boxes[0]!);
  await userEvent.click(boxes[1]!);
  await userEvent.click(await find(canvasElement, '[data-button="review"] button'));
  await find(canvasElement, '[part~="recap"]');
}

/** Opens the newest invoice shown (one to pay, on the "to pay" filter). */
async function openFirst(canvasElement: HTMLElement): Promise<void> {
  await find(canvasElement, '[part~="invoices"]');
  await userEvent.click(await find(canvasElement, '[part~="invoice"] [data-button^="open-"] button'));
  await find(canvasElement, '[part~="detail"]');
}

async function openDispute(canvasElement: HTMLElement): Promise<void> {
  await openFirst(canvasElement);
  await userEvent.click(await find(canvasElement, '[data-button="dispute"] button'));
  await find(canvasElement, '[part~="dispute"]');
}

const meta: Meta<Args> = {
  title: 'Elements/invoice-list',
  component: 'invoice-list',
  args: {
    headingLevel: 2,
    locale: '',
    filter: 'to-pay',
    section: 'invoices',
    translations: undefined,
    width: '',
  },
  argTypes: {
    ...controlsOnlyFor('invoice-list', ['headingLevel', 'locale', 'filter', 'section', 'translations']),
    locale: localeControl,
    filter: { control: 'inline-radio', options: ['to-pay', 'paid', 'all'] },
    section: { control: 'inline-radio', options: ['invoices', 'statement', 'certificates'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    translations: { control: 'object' },
    width: { control: 'text' },
  },
  decorators: [withActions],
  render: (args, { loaded }: StoryContext<Args>) => {
    const { adapter, answer } = loaded as Loaded;
    return html`<div style=${args.width ? `width: ${args.width}` : nothing}>
      <invoice-list
        .adapter=${adapter}
        .paymentReturn=${answer}
        .translations=${args.translations}
        heading-level=${args.headingLevel}
        filter=${args.filter}
        section=${args.section}
        locale=${args.locale || nothing}
        @fp-checkout=${demoProvider}
      ></invoice-list>
    </div>`;
  },
  parameters: {
    actions: { handles: [...publicEvents, 'fp-checkout', 'fp-paid'] },
    docs: {
      description: {
        component:
          'Every story runs on its own in-memory demo backend (`createMemoryAdapter({ family: "known", storage: null })`, what `adapter="memory"` gives on `<family-portal>`): Marc Dubois’s invoicing in the Belgian commune, made from the demo’s history dated from today — three invoices to pay (the oldest overdue), one partly paid by transfer, one sent to the treasury, a credit note and older ones paid. The stories take "Payer" over (they cancel `fp-checkout`, as a host may) and come back at once with the demo provider’s answer, paid. Only a commune that takes no payment online, which the demo backend cannot give, comes from the tests’ double. Use the **Language** toolbar (or the `locale` control) to see each state in French, Dutch, German or English.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const ToPay: Story = {
  name: 'To pay (one overdue)',
  loaders: [demo()],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="invoices"]')),
  parameters: describe(
    '"Vous devez …, dont … en retard": the invoices to pay, each with its state in words and colour, the oldest overdue; the running total and "Tout sélectionner" above them.',
  ),
};

export const Paid: Story = {
  name: 'Paid invoices',
  args: { filter: 'paid' },
  loaders: [demo()],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="invoices"]')),
  parameters: describe('The "Payées" filter: the invoices settled, the credit note used.'),
};

export const All: Story = {
  name: 'All invoices: transferred, credit note, partly paid',
  args: { filter: 'all' },
  loaders: [demo()],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="invoices"]')),
  parameters: describe(
    'Every invoice of every school year: those to pay, one partly paid by transfer, one sent to the treasury (not payable online any more), the credit note, the paid ones.',
  ),
};

export const Selected: Story = {
  name: 'Two selected, the recap',
  loaders: [demo()],
  play: async ({ canvasElement }) => selectTwo(canvasElement),
  parameters: describe(
    'Two invoices ticked: the running total, then the recap with their total and "Payer" (which comes back paid here).',
  ),
};

export const PaidBack: Story = {
  name: 'Back from the provider: paid',
  loaders: [demo({}, backFromProvider('paid'))],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="paid"]')),
  parameters: describe('The payment recorded once: "Payée" and the new balance; `fp-paid` fired.'),
};

export const Refused: Story = {
  name: 'Back from the provider: refused',
  loaders: [demo({}, backFromProvider('refused'))],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="payment-notice"]')),
  parameters: describe('The bank refused: nothing was charged, the invoices are there to pay again.'),
};

export const Unverified: Story = {
  name: 'Back from the provider: answer not verified',
  loaders: [demo({}, backFromProvider('paid', 'forged'))],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="payment-notice"]')),
  parameters: describe('An answer whose signature does not match: nothing is recorded as paid.'),
};

export const InFlight: Story = {
  name: 'A payment in flight: the invoice locked',
  loaders: [demo({}, paymentInFlight)],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="not-payable"]')),
  parameters: describe(
    'The parent left the provider’s page without paying: the newest invoice cannot be paid again until the payment’s hold ends (its time said).',
  ),
};

export const Credit: Story = {
  name: 'A credit, all paid',
  loaders: [demo({}, allPaid)],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="balance"]')),
  parameters: describe(
    'Everything payable paid: the credit note is left, "Vous bénéficiez d’un avoir de …" and "Toutes vos factures sont payées."',
  ),
};

export const Empty: Story = {
  name: 'No invoice',
  loaders: [demo({ family: 'new' })],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="empty"]')),
  parameters: describe('A family just registered: "Vous n’avez aucune facture."'),
};

export const Detail: Story = {
  name: 'An invoice’s detail, the transfer and its QR code',
  loaders: [demo()],
  play: async ({ canvasElement }) => {
    await openFirst(canvasElement);
    await userEvent.click(await find(canvasElement, '[part~="transfer"] summary'));
    await find(canvasElement, '[part~="qr"]');
  },
  parameters: describe(
    'Its lines (a table whose rows stack on a narrow screen), payments, PDF, and "Payer par virement": beneficiary, IBAN, BIC, the structured communication and the EPC QR code a banking app scans.',
  ),
};

export const Transferred: Story = {
  name: 'Not payable online: sent to the treasury',
  args: { filter: 'all' },
  loaders: [demo()],
  play: async ({ canvasElement }) => {
    await find(canvasElement, '[part~="invoices"]');
    const transferred = shadowOf(canvasElement)
      .querySelector('.state--transferred')
      ?.closest('[part~="invoice"]');
    if (!transferred) throw new Error('no invoice sent to the treasury');
    await userEvent.click(transferred.querySelector('[data-button^="open-"] button')!);
    await find(canvasElement, '[part~="detail"]');
  },
  parameters: describe(
    'An invoice the commune sent to the treasury: no checkbox, no transfer of its own; its detail says it.',
  ),
};

export const Dispute: Story = {
  name: 'Contest an invoice: the form',
  loaders: [demo()],
  play: async ({ canvasElement }) => openDispute(canvasElement),
  parameters: describe('"Contester la facture": a reason, a comment, proofs (PDF or image).'),
};

export const DisputeSent: Story = {
  name: 'Contest an invoice: sent',
  loaders: [demo()],
  play: async ({ canvasElement }) => {
    await openDispute(canvasElement);
    await userEvent.click(await find(canvasElement, '#dispute-reason-not-attended'));
    await userEvent.type(
      await find(canvasElement, '#dispute-comment'),
      'Léa était malade du 14 au 18, un certificat suit.',
    );
    await userEvent.click(await find(canvasElement, '[part~="dispute"] button[type="submit"]'));
    await find(canvasElement, '[part~="dispute-result"]');
  },
  parameters: describe('The dispute recorded: its number; the invoice shows "Contestée" meanwhile.'),
};

export const Statement: Story = {
  name: 'Account statement',
  args: { section: 'statement' },
  loaders: [demo()],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="entries"]')),
  parameters: describe(
    '"Relevé de compte" of the school year: opening balance, invoices and payments, closing balance, and "Imprimer" (only the statement prints).',
  ),
};

export const StatementNarrow: Story = {
  name: 'Account statement at 320 px',
  args: { section: 'statement', width: '320px' },
  loaders: [demo()],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="entries"]')),
  parameters: describe('On a narrow screen each entry stacks, each value named by its column.'),
};

export const Certificates: Story = {
  name: 'Tax certificates',
  args: { section: 'certificates' },
  loaders: [demo()],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="certificates"]')),
  parameters: describe('The childcare tax certificates (281.86), each with its PDF.'),
};

export const Loading: Story = {
  name: 'Loading',
  loaders: [demo({ latency: 24 * 60 * 60 * 1000 })],
  parameters: describe('While the invoices load, a skeleton reserves the height.'),
};

export const LoadError: Story = {
  name: 'Error, with “Réessayer”',
  loaders: [demo({ failures: [{ kind: 'server', operation: 'read' }] })],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="error-panel"]')),
  parameters: describe('The service failed: "Réessayer" reads the invoices again (it works here).'),
};

export const NoOnlinePayment: Story = {
  name: 'No payment online (tests’ double)',
  loaders: [double((made) => void (made.onlinePayment = false))],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="invoices"]')),
  parameters: describe(
    'The commune takes no payment online: no checkbox, pay by transfer. Both demo communes take payments online, so this one runs on the element tests’ double.',
  ),
};

export const Unavailable: Story = {
  name: 'Feature unavailable',
  loaders: [async () => ({ adapter: {}, answer: undefined }) satisfies Loaded],
  parameters: describe(
    'An adapter without the invoices’ operations: the element says the feature is unavailable.',
  ),
};

export const Dutch: Story = {
  name: 'In Dutch',
  args: { locale: 'nl' },
  loaders: [demo()],
  play: async ({ canvasElement }) => selectTwo(canvasElement),
  parameters: describe('`locale="nl"`: "Mijn facturen", the amounts and dates the Dutch way.'),
};

export const German: Story = {
  name: 'In German',
  args: { locale: 'de', filter: 'all' },
  loaders: [demo()],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="invoices"]')),
};

export const English: Story = {
  name: 'In English',
  args: { locale: 'en', section: 'statement' },
  loaders: [demo()],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="entries"]')),
};
