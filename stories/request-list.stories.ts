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
import '../src/elements/request-list/define.js';
import type { Translations } from '../src/shared/i18n/localize.js';
import { controlsOnlyFor, describe, localeControl, playHelpers, publicEvents } from './support.js';

interface Args {
  headingLevel: number;
  locale: '' | 'fr' | 'nl' | 'de' | 'en';
  kind: string;
  status: 'all' | 'pending' | 'accepted' | 'refused' | 'cancelled';
  period: 'all' | '3-months' | '12-months';
  translations: Translations | undefined;
  /** The width of the box the element is in (`320px`), or the page's. */
  width: string;
}

interface Loaded {
  adapter: Partial<FamilyPortalAdapter>;
}

/**
 * A fresh demo backend per story, in memory only: Marc Dubois (`family:
 * "known"`) in the Belgian commune, his requests as seeded (his registration,
 * a change of phone accepted, a change of address refused with its reason)
 * and those that made his after-school bookings, dated from today (a period
 * booking, absences, bookings awaiting the service or refused). `before`
 * acts on it before the element loads (the service's answer to a request).
 */
const demo =
  (options: MemoryAdapterOptions = {}, before?: (adapter: MemoryAdapter) => Promise<void>): Loader<Args> =>
  async () => {
    const adapter = createMemoryAdapter({ family: 'known', latency: 150, ...options, storage: null });
    await before?.(adapter);
    return { adapter } satisfies Loaded;
  };

/** The service refuses the pending absence, with a reason a person typed. */
async function absenceRefused(adapter: MemoryAdapter): Promise<void> {
  const { requests } = await adapter.getFamily();
  const absence = requests.find((request) => request.kind === 'absence' && request.status === 'pending');
  if (absence)
    await adapter.decide(
      absence.id,
      'refused',
      'Le certificat médical doit nous parvenir dans les 3 jours ouvrables.',
    );
}

// ——— play helpers: found by parts and data attributes, so that they work in every language ———

const { find } = playHelpers('request-list');

/** Opens the history of the refused change of address (the parent's details). */
async function openRefusedChange(canvasElement: HTMLElement): Promise<void> {
  const list = await find(canvasElement, '[part~="requests"]');
  // Its number is the same in every language.
  const request = [...list.querySelectorAll('[part~="request"]')].find((one) =>
    one.querySelector('.facts')?.textContent?.includes('25-9'),
  );
  const toggle = request?.querySelector<HTMLButtonElement>('[part~="toggle"]');
  if (!toggle) throw new Error('no refused change request');
  await userEvent.click(toggle);
  await find(canvasElement, '[part~="history"]:not([hidden]) [part~="timeline"]');
}

const meta: Meta<Args> = {
  title: 'Elements/request-list',
  component: 'request-list',
  args: {
    headingLevel: 2,
    locale: '',
    kind: 'all',
    status: 'all',
    period: 'all',
    translations: undefined,
    width: '',
  },
  argTypes: {
    ...controlsOnlyFor('request-list', [
      'headingLevel',
      'locale',
      'kind',
      'status',
      'period',
      'translations',
    ]),
    locale: localeControl,
    kind: {
      control: 'select',
      options: ['all', 'family', 'children', 'camps', 'calendar', 'invoices', 'parent-change', 'absence'],
    },
    status: { control: 'inline-radio', options: ['all', 'pending', 'accepted', 'refused', 'cancelled'] },
    period: { control: 'inline-radio', options: ['all', '3-months', '12-months'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    translations: { control: 'object' },
    width: { control: 'text' },
  },
  decorators: [withActions],
  render: (args, { loaded }: StoryContext<Args>) => {
    const { adapter } = loaded as Loaded;
    return html`<div style=${args.width ? `width: ${args.width}` : nothing}>
      <request-list
        .adapter=${adapter}
        .translations=${args.translations}
        heading-level=${args.headingLevel}
        kind=${args.kind}
        status=${args.status}
        period=${args.period}
        locale=${args.locale || nothing}
      ></request-list>
    </div>`;
  },
  parameters: {
    actions: { handles: publicEvents },
    docs: {
      description: {
        component:
          'Every story runs on its own in-memory demo backend (`createMemoryAdapter({ family: "known", storage: null })`, what `adapter="memory"` gives on `<family-portal>`): Marc Dubois’s requests in the Belgian commune — his registration, a change of phone accepted, a change of address refused with its reason, and the requests that made his after-school bookings, dated from today. Use the **Language** toolbar (or the `locale` control) to see each state in French, Dutch, German or English.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const List: Story = {
  name: 'Every request',
  loaders: [demo()],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="requests"]')),
  parameters: describe(
    'Newest first: each request’s kind, number, child, date, status in words and the service’s last step; filters by kind, status and period (all dates by default: no cap).',
  ),
};

export const Filtered: Story = {
  name: 'Filtered: bookings and absences awaiting the service',
  args: { kind: 'calendar', status: 'pending' },
  loaders: [demo()],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="requests"]')),
  parameters: describe(
    '`kind="calendar" status="pending"`: the filters combined, "2 demandes sur 8", and "Effacer les filtres".',
  ),
};

export const EmptyFilter: Story = {
  name: 'No request for the filters',
  args: { kind: 'family', period: '3-months' },
  loaders: [demo()],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="empty"]')),
  parameters: describe(
    '"Aucune demande ne correspond à vos filtres : …" with the filters in words, and "Afficher toutes les demandes".',
  ),
};

export const Empty: Story = {
  name: 'No request yet',
  loaders: [demo({ family: 'new' })],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="empty"]')),
  parameters: describe('A parent who has made no request: "Vous n’avez encore fait aucune demande."'),
};

export const Expanded: Story = {
  name: 'A request’s history opened',
  loaders: [demo()],
  play: async ({ canvasElement }) => openRefusedChange(canvasElement),
  parameters: describe(
    'The refused change of address: what changes (before, after), then its history newest first, with dates, times, who, and the service’s reason as typed.',
  ),
};

export const Refused: Story = {
  name: 'A refusal with its reason',
  args: { status: 'refused' },
  loaders: [demo({}, absenceRefused)],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="requests"]')),
  parameters: describe(
    'The service refused an absence: its sentence in the parent’s language, then the reason as the service typed it.',
  ),
};

export const Narrow: Story = {
  name: 'At 320 px',
  args: { width: '320px' },
  loaders: [demo()],
  play: async ({ canvasElement }) => openRefusedChange(canvasElement),
  parameters: describe('On a narrow screen the filters stack and each request’s facts wrap.'),
};

export const Loading: Story = {
  name: 'Loading',
  loaders: [demo({ latency: 24 * 60 * 60 * 1000 })],
  parameters: describe('While the requests load, a skeleton reserves the height.'),
};

export const LoadError: Story = {
  name: 'Error, with “Réessayer”',
  loaders: [demo({ failures: [{ kind: 'server', operation: 'read' }] })],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="error-panel"]')),
  parameters: describe('The service failed: "Réessayer" reads the requests again (it works here).'),
};

export const Dutch: Story = {
  name: 'In Dutch',
  args: { locale: 'nl' },
  loaders: [demo()],
  play: async ({ canvasElement }) => openRefusedChange(canvasElement),
  parameters: describe(
    '`locale="nl"`: "Mijn aanvragen", the kinds, statuses and the history’s sentences in Dutch.',
  ),
};

export const German: Story = {
  name: 'In German',
  args: { locale: 'de', kind: 'calendar' },
  loaders: [demo()],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="requests"]')),
  parameters: describe('`locale="de"`: "Meine Anträge", the bookings and absences.'),
};

export const English: Story = {
  name: 'In English',
  args: { locale: 'en' },
  loaders: [demo({}, absenceRefused)],
  play: async ({ canvasElement }) => openRefusedChange(canvasElement),
  parameters: describe('`locale="en"`: "My requests", a history opened.'),
};
