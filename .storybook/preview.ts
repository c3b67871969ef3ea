import {
  setCustomElementsManifest,
  type Decorator,
  type Loader,
  type Preview,
} from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';

/** Autodocs and controls come from the manifest: the public API, as `npm run analyze` generates it. */
setCustomElementsManifest(manifest);

/** The elements take their language from the nearest `lang`, as on a commune's page. */
const withLanguage: Decorator = (story, { globals }) =>
  html`<div lang=${(globals['locale'] as string | undefined) ?? 'fr'}>${story()}</div>`;

/**
 * Drafts (`fp-draft:*`) and the demo backend's state (`fp-memory:*`) live in
 * sessionStorage, so what was typed or submitted in one story would show up in
 * the next. Each story starts from its own state; a story that needs a draft
 * writes it in its own loader, which runs after this one. On a docs page the
 * stories render together, so only the backend's state is cleared there
 * (drafts have a key per story).
 */
const clearDemoState: Loader = ({ viewMode }) => {
  for (const key of Object.keys(sessionStorage)) {
    if (key.startsWith('fp-memory:') || (viewMode === 'story' && key.startsWith('fp-draft:'))) {
      sessionStorage.removeItem(key);
    }
  }
  return {};
};

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the page (the elements follow the nearest lang)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'fr', right: 'FR', title: 'Français' },
          { value: 'nl', right: 'NL', title: 'Nederlands' },
          { value: 'de', right: 'DE', title: 'Deutsch' },
          { value: 'en', right: 'EN', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'fr' },
  decorators: [withLanguage],
  loaders: [clearDemoState],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
