import type { Loader, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import { userEvent } from 'storybook/test';
import { AdapterError, type FamilyPortalAdapter } from '../src/adapter/index.js';
import '../src/elements/family-documents/define.js';
import type { Translations } from '../src/shared/i18n/localize.js';
import { DocumentsDouble } from '../test/elements/family-documents.fixtures.js';
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
 * The element tests' double (test/elements/family-documents.fixtures.ts),
 * until the demo backend serves the documents: a Belgian family with two
 * children, the commune's rules, menus, an attendance statement about Nahel,
 * a closing notice, and a medical certificate sent for Léa. `change` sets it
 * up for the story (no document, a failure, a read that never ends).
 */
const double =
  (change?: (made: DocumentsDouble) => void): Loader<Args> =>
  () => {
    const made = new DocumentsDouble();
    change?.(made);
    return { adapter: made.adapter } satisfies Loaded;
  };

// ——— play helpers: found by parts and ids, so that they work in every language ———

const { find } = playHelpers('family-documents');

/** A PDF's first bytes: the element checks them, as the server does. */
const certificate = () =>
  new File(['%PDF-1.7\n', new Uint8Array(2048)], 'certificat-medical.pdf', { type: 'application/pdf' });

/** Opens "Envoyer un justificatif" and waits for its form. */
async function openForm(canvasElement: HTMLElement): Promise<void> {
  await userEvent.click(await find(canvasElement, '[part~="send-proof"]'));
  await find(canvasElement, '#proof-category');
}

/** Opens the form, fills it (a medical certificate for the first child) and presses "Envoyer". */
async function sendProof(canvasElement: HTMLElement): Promise<void> {
  await openForm(canvasElement);
  await userEvent.selectOptions(await find(canvasElement, '#proof-category'), 'medical-certificate');
  await userEvent.type(await find(canvasElement, '#proof-title'), 'Certificat médical du 14 au 18 octobre');
  await userEvent.selectOptions(await find(canvasElement, '#proof-child'), 'chi-1');
  const input = await find<HTMLInputElement>(canvasElement, '#proof-file');
  const transfer = new DataTransfer();
  transfer.items.add(certificate());
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  await find(canvasElement, '[part~="chosen-file"]');
  await userEvent.click(await find(canvasElement, '[part~="proof-form"] button[type="submit"]'));
}

const meta: Meta<Args> = {
  title: 'Elements/family-documents',
  component: 'family-documents',
  args: { headingLevel: 2, locale: '', translations: undefined, width: '' },
  argTypes: {
    ...controlsOnlyFor('family-documents', ['headingLevel', 'locale', 'translations']),
    locale: localeControl,
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    translations: { control: 'object' },
    width: { control: 'text' },
  },
  decorators: [withActions],
  render: (args, { loaded }: StoryContext<Args>) => {
    const { adapter } = loaded as Loaded;
    return html`<div style=${args.width ? `width: ${args.width}` : nothing}>
      <family-documents
        .adapter=${adapter}
        .translations=${args.translations}
        heading-level=${args.headingLevel}
        locale=${args.locale || nothing}
      ></family-documents>
    </div>`;
  },
  parameters: {
    actions: { handles: [...publicEvents, 'fp-proof-sent'] },
    docs: {
      description: {
        component:
          'Every story runs on the element tests’ double (`DocumentsDouble` in test/elements/family-documents.fixtures.ts), which answers as the documents’ contract says until the demo backend serves them: the commune’s rules, the month’s menus, an attendance statement about Nahel, a closing notice, and a medical certificate the parent sent for Léa. Use the **Language** toolbar (or the `locale` control) to see each state in French, Dutch, German or English.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Documents: Story = {
  name: 'Both sections',
  loaders: [double()],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="published-list"]')),
  parameters: describe(
    '"Documents du service", newest first with their category filter, and "Mes envois": each document with its title, category, day, the child it is about and "Télécharger (PDF, 48 Ko)".',
  ),
};

export const Empty: Story = {
  name: 'No document',
  loaders: [double((made) => void (made.documents = []))],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="empty"]')),
  parameters: describe(
    'Nothing published, nothing sent: each section says so; "Envoyer un justificatif" stays.',
  ),
};

export const Loading: Story = {
  name: 'Loading',
  loaders: [double((made) => void (made.hold = new Promise(() => {})))],
  parameters: describe('While the documents load, a skeleton reserves the height.'),
};

export const LoadError: Story = {
  name: 'Read failure, with “Réessayer”',
  loaders: [
    double((made) => made.failOnce('getDocuments', new AdapterError({ type: 'server', retryable: true }))),
  ],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="error-panel"]')),
  parameters: describe('The service failed: "Réessayer" reads the documents again (it works here).'),
};

export const DownloadError: Story = {
  name: 'Download failure, with “Réessayer”',
  loaders: [double((made) => made.failOnce('getDocumentFile'))],
  play: async ({ canvasElement }) => {
    await userEvent.click(await find(canvasElement, '[part~="download"]'));
    await find(canvasElement, '[part~="download-error"]');
  },
  parameters: describe(
    'The newest document’s file could not be read: said beside its button, with "Réessayer" (which saves it here).',
  ),
};

export const FormErrors: Story = {
  name: 'Sending a proof: the problems',
  loaders: [double()],
  play: async ({ canvasElement }) => {
    await openForm(canvasElement);
    const input = await find<HTMLInputElement>(canvasElement, '#proof-file');
    const transfer = new DataTransfer();
    transfer.items.add(new File(['GIF89a'], 'photo.gif', { type: 'image/gif' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await find(canvasElement, '[part~="file-error"]');
    await userEvent.click(await find(canvasElement, '[part~="proof-form"] button[type="submit"]'));
    await find(canvasElement, '[part~="error-summary"]');
  },
  parameters: describe(
    '"Envoyer" on an empty form: the summary (focused, each problem a link to its field) and the same words by each field; a GIF refused in words.',
  ),
};

export const SendError: Story = {
  name: 'Sending a proof: failure, with “Réessayer”',
  loaders: [
    double((made) => made.failOnce('sendProof', new AdapterError({ type: 'server', retryable: true }))),
  ],
  play: async ({ canvasElement }) => {
    await sendProof(canvasElement);
    await find(canvasElement, '[part~="proof-form"] [part~="error-panel"]');
  },
  parameters: describe(
    'The file went, the proof did not: the error with "Réessayer", the form as typed; the file is not sent again and the proof is sent once.',
  ),
};

export const Sent: Story = {
  name: 'Sending a proof: sent',
  loaders: [double()],
  play: async ({ canvasElement }) => {
    await sendProof(canvasElement);
    await find(canvasElement, '[part~="proof-sent"]');
  },
  parameters: describe(
    'The confirmation (read at once), the proof at the top of "Mes envois"; `fp-proof-sent` fired.',
  ),
};

export const Narrow: Story = {
  name: 'At 320 px, the form open',
  args: { width: '320px' },
  loaders: [double()],
  play: async ({ canvasElement }) => openForm(canvasElement),
};

export const Dutch: Story = {
  name: 'In Dutch',
  args: { locale: 'nl' },
  loaders: [double()],
  play: async ({ canvasElement }) => openForm(canvasElement),
  parameters: describe('`locale="nl"`: "Mijn documenten", the commune’s titles in Dutch where it gave them.'),
};

export const German: Story = {
  name: 'In German',
  args: { locale: 'de' },
  loaders: [double()],
  play: async ({ canvasElement }) => openForm(canvasElement),
};

export const English: Story = {
  name: 'In English',
  args: { locale: 'en' },
  loaders: [double()],
  play: async ({ canvasElement }) => void (await find(canvasElement, '[part~="published-list"]')),
};
