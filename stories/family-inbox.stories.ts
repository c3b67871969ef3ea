import type { Loader, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import { userEvent } from 'storybook/test';
import { AdapterError, type FamilyPortalAdapter } from '../src/adapter/index.js';
import '../src/elements/family-inbox/define.js';
import type { Translations } from '../src/shared/i18n/localize.js';
import { InboxDouble } from '../test/elements/family-inbox.fixtures.js';
import { controlsOnlyFor, describe, localeControl, playHelpers, publicEvents } from './support.js';

interface Args {
  headingLevel: number;
  locale: '' | 'fr' | 'nl' | 'de' | 'en';
  translations: Translations | undefined;
  /** The width of the box the element is in (`320px`), or the page's. */
  width: string;
}

interface Loaded {
  adapter: Partial<FamilyPortalAdapter>;
}

/**
 * A fresh backend per story: the element tests' double of the messages
 * feature (test/elements/family-inbox.fixtures.ts), faithful to the contract,
 * with Sophie Dubois's two threads (one answered and read, one answered and
 * not read yet). `change` sets it up before the element loads.
 */
const double =
  (change?: (made: InboxDouble) => void): Loader<Args> =>
  () => {
    const made = new InboxDouble();
    change?.(made);
    return { adapter: made.adapter } satisfies Loaded;
  };

const { find, shadowOf } = playHelpers('family-inbox');

/** Opens the newest thread. */
async function openFirst(canvasElement: HTMLElement): Promise<void> {
  await userEvent.click(await find(canvasElement, '[part~="thread-open"]'));
  await find(canvasElement, '[part~="messages"]');
}

/** "Répondre" in the newest thread, some text, two files picked (one refused: not a PDF, a JPEG or a PNG). */
async function replyWithFiles(canvasElement: HTMLElement): Promise<void> {
  await openFirst(canvasElement);
  await userEvent.click(await find(canvasElement, '[data-button="reply"] button'));
  await userEvent.type(await find(canvasElement, '#reply-body'), 'Merci, voici le certificat médical.');
  await userEvent.upload(await find<HTMLInputElement>(canvasElement, '#reply-files'), [
    new File(['%PDF-1.4 certificat'], 'certificat-medical.pdf', { type: 'application/pdf' }),
    new File(['MZ'], 'programme.pdf', { type: 'application/pdf' }),
  ]);
  await find(canvasElement, '[part~="file-error"]');
}

/** "Nouveau message", sent empty: the problems. */
async function composeWithErrors(canvasElement: HTMLElement): Promise<void> {
  await userEvent.click(await find(canvasElement, '[data-button="compose"] button'));
  await find(canvasElement, '#compose-service');
  await userEvent.click(await find(canvasElement, '[part~="compose"] button[type="submit"]'));
  await find(canvasElement, '[part~="error-summary"]');
}

const meta: Meta<Args> = {
  title: 'Elements/family-inbox',
  component: 'family-inbox',
  args: { headingLevel: 2, locale: '', translations: undefined, width: '' },
  argTypes: {
    ...controlsOnlyFor('family-inbox', ['headingLevel', 'locale', 'translations']),
    locale: localeControl,
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    translations: { control: 'object' },
    width: { control: 'text' },
  },
  decorators: [withActions],
  render: (args, { loaded, id }: StoryContext<Args>) => {
    const { adapter } = loaded as Loaded;
    return html`<div style=${args.width ? `width: ${args.width}` : nothing}>
      <family-inbox
        .adapter=${adapter}
        .translations=${args.translations}
        heading-level=${args.headingLevel}
        draft-key=${`story-${id}`}
        locale=${args.locale || nothing}
      ></family-inbox>
    </div>`;
  },
  parameters: {
    actions: { handles: [...publicEvents, 'fp-message-sent', 'fp-thread-read'] },
    docs: {
      description: {
        component:
          'Every story runs on its own double of the messages feature (the element tests’, faithful to the contract): Sophie Dubois wrote to the Service Enfance about a meal without gluten (answered, read) and to the Service Finances about the tax certificate (answered yesterday, not read yet). Use the **Language** toolbar (or the `locale` control) to see each state in French, Dutch, German or English.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const List: Story = {
  name: 'The threads',
  loaders: [double()],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="threads"]')),
  parameters: describe(
    'Most recent first: service, theme, subject, the last message’s date, whether the service answered, the unread badge; "Messagerie (1 nouveau message)".',
  ),
};

export const Unread: Story = {
  name: 'Several unread answers',
  loaders: [
    double((made) => {
      made.answer('thr-1', 'Bonjour,\nLe certificat est bien arrivé. Le repas adapté sera servi dès lundi.');
      made.answer('thr-1', 'Le menu du mois est joint dans l’onglet Documents.');
      made.answer('thr-2', 'Précision : l’attestation 2026 sera publiée en février.');
    }),
  ],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="thread-unread"]')),
  parameters: describe('Four unread messages in two threads: each badge, and the total in the heading.'),
};

export const Empty: Story = {
  name: 'No thread yet',
  loaders: [double((made) => void (made.threads = []))],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="empty"]')),
  parameters: describe('A family that never wrote: the empty state, and "Nouveau message".'),
};

export const ThreadOpen: Story = {
  name: 'A thread open',
  loaders: [double()],
  play: async ({ canvasElement }) => openFirst(canvasElement),
  parameters: describe(
    'Its messages oldest first, the text as typed with its line breaks, the service’s file to download; the thread is marked read (`fp-thread-read`) and the count drops.',
  ),
};

export const ReplyWithFiles: Story = {
  name: 'Reply with files',
  loaders: [double()],
  play: async ({ canvasElement }) => replyWithFiles(canvasElement),
  parameters: describe(
    '"Répondre": the characters left, a PDF kept, a renamed program refused before anything is sent.',
  ),
};

/** The double the story's element talks to, kept to hold its calls mid-story. */
let heldDouble: InboxDouble | undefined;

export const Uploading: Story = {
  name: 'Reply: the files uploading',
  loaders: [double((made) => void (heldDouble = made))],
  play: async ({ canvasElement }) => {
    await replyWithFiles(canvasElement);
    if (heldDouble) heldDouble.hold = new Promise(() => undefined);
    await userEvent.click(await find(canvasElement, '[part~="reply"] button[type="submit"]'));
    await find(canvasElement, '[part~="progress"]');
  },
  parameters: describe('"Envoyer la réponse": the progress bar of the files sent so far, the button busy.'),
};

export const NewMessageErrors: Story = {
  name: 'New message: the problems',
  loaders: [double()],
  play: async ({ canvasElement }) => composeWithErrors(canvasElement),
  parameters: describe(
    '"Nouveau message" sent empty: the summary takes focus and links to each field, each field says its problem.',
  ),
};

export const Loading: Story = {
  name: 'Loading',
  loaders: [double((made) => void (made.hold = new Promise(() => undefined)))],
  parameters: describe('While the threads load, a skeleton reserves the height.'),
};

export const ReadFailure: Story = {
  name: 'Read failure, with “Réessayer”',
  loaders: [double((made) => made.failOnce('getThreads', new AdapterError({ type: 'server' })))],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="error-panel"]')),
  parameters: describe('The service failed: "Réessayer" reads the threads again (it works here).'),
};

export const SendFailure: Story = {
  name: 'Send failure, nothing lost',
  loaders: [double((made) => made.failOnce('replyToThread', new AdapterError({ type: 'network' })))],
  play: async ({ canvasElement }) => {
    await openFirst(canvasElement);
    await userEvent.click(await find(canvasElement, '[data-button="reply"] button'));
    await userEvent.type(await find(canvasElement, '#reply-body'), 'Merci pour votre réponse.');
    await userEvent.click(await find(canvasElement, '[part~="reply"] button[type="submit"]'));
    await find(canvasElement, '[part~="reply"] [part~="error-panel"]');
  },
  parameters: describe(
    'The reply could not be sent: the text stays, "Réessayer" sends it with the same key (it works here).',
  ),
};

export const Narrow: Story = {
  name: 'At 320 px',
  args: { width: '320px' },
  loaders: [double()],
  play: async ({ canvasElement }) => openFirst(canvasElement),
};

export const Dutch: Story = {
  name: 'In Dutch',
  args: { locale: 'nl' },
  loaders: [double()],
  play: async ({ canvasElement }) => replyWithFiles(canvasElement),
  parameters: describe('`locale="nl"`: "Berichten", dates the Dutch way.'),
};

export const German: Story = {
  name: 'In German',
  args: { locale: 'de' },
  loaders: [double()],
  play: async ({ canvasElement }) => composeWithErrors(canvasElement),
};

export const English: Story = {
  name: 'In English',
  args: { locale: 'en' },
  loaders: [double()],
  play: async ({ canvasElement }) => {
    await openFirst(canvasElement);
    shadowOf(canvasElement).querySelector<HTMLElement>('[part~="thread-heading"]')?.focus();
  },
};
