import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import type { MemoryFamily, MemoryProfile } from '../src/adapter/memory/index.js';
import '../src/elements/family-portal/define.js';
import '../src/elements/parent-register/define.js';
import type { Translations } from '../src/shared/i18n/localize.js';
import { waitFor } from 'storybook/test';
import { controlsOnlyFor, describe, localeControl, publicEvents } from './support.js';

interface Args {
  demoProfile: MemoryProfile;
  demoFamily: MemoryFamily;
  locale: '' | 'fr' | 'nl' | 'de' | 'en';
  translations: Translations | undefined;
  /** Whether the page puts its own elements inside, or lets the portal render itself. */
  withChildren: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/family-portal',
  component: 'family-portal',
  args: { demoProfile: 'be', demoFamily: 'new', locale: '', translations: undefined, withChildren: false },
  argTypes: {
    ...controlsOnlyFor('family-portal', ['demoProfile', 'demoFamily', 'locale', 'translations']),
    demoProfile: { control: 'inline-radio', options: ['be', 'fr'] },
    demoFamily: { control: 'inline-radio', options: ['new', 'known', 'separated', 'empty'] },
    locale: localeControl,
    translations: { control: 'object' },
    withChildren: { control: 'boolean' },
  },
  decorators: [withActions],
  render: ({ demoProfile, demoFamily, locale, translations, withChildren }, { id }) => html`
    <family-portal
      adapter="memory"
      demo-profile=${demoProfile}
      demo-family=${demoFamily}
      locale=${locale || nothing}
      .translations=${translations}
    >
      ${
        withChildren
          ? html`<parent-register draft-key=${id} register-child-href="#enfants"></parent-register>`
          : nothing
      }
    </family-portal>
  `,
  parameters: {
    actions: { handles: publicEvents },
    docs: {
      description: {
        component:
          'With `adapter="memory"` the portal runs on the seeded in-browser demo backend; `demo-profile` and `demo-family` choose the commune and the account signed in. Its state lives in sessionStorage (a reload keeps it); each story starts from the seed.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const BuiltInPortal: Story = {
  name: 'Built-in portal',
  parameters: describe(
    'No elements inside: the portal renders the whole parent portal itself, as tabs: "Mon compte" (`<parent-register>`) and "Mes enfants" (`<child-register view="children">`). The elements’ links to each other ("M’enregistrer en tant que parent", "Enregistrer mon enfant") open the other tab.',
  ),
};

export const BuiltInPortalChildren: Story = {
  name: 'Built-in portal: Mes enfants',
  args: { demoFamily: 'known' },
  parameters: describe('The built-in portal of a known family, on the "Mes enfants" tab.'),
  play: async ({ canvasElement }) => {
    const portal = canvasElement.querySelector('family-portal');
    const tab = await waitFor(() => {
      const found = portal?.shadowRoot?.querySelector<HTMLButtonElement>('#tab-children');
      if (!found) throw new Error('the portal has no tabs yet');
      return found;
    });
    tab.click();
  },
};

export const WithChildElements: Story = {
  name: 'With the page’s own elements',
  args: { withChildren: true },
  parameters: describe(
    'The page places `<parent-register>` inside `<family-portal>`, which gives it the adapter, the language and the commune’s settings: the element itself needs no configuration.',
  ),
};

export const KnownFamily: Story = {
  name: 'Known family',
  args: { withChildren: true, demoFamily: 'known' },
  parameters: describe('The demo account of a parent already registered, with two children.'),
};

export const FrenchCommune: Story = {
  name: 'French commune',
  args: { demoProfile: 'fr', withChildren: true },
  parameters: describe('The French demo commune: no national number, French postcodes and phone numbers.'),
};

export const French: Story = {
  name: 'Language: français',
  args: { locale: 'fr', withChildren: true },
  parameters: describe(
    '`locale="fr"` on the portal: every element inside speaks French, whatever the page’s `lang`.',
  ),
};

export const Dutch: Story = {
  name: 'Language: Nederlands',
  args: { locale: 'nl', withChildren: true },
  parameters: describe('`locale="nl"`.'),
};

export const German: Story = {
  name: 'Language: Deutsch',
  args: { locale: 'de', withChildren: true },
  parameters: describe('`locale="de"` (the German-speaking Community of Belgium).'),
};

export const English: Story = {
  name: 'Language: English',
  args: { locale: 'en', withChildren: true },
  parameters: describe('`locale="en"`.'),
};
