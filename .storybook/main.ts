import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Without this the build waits on the telemetry endpoint, which this network cannot reach.
  core: { disableTelemetry: true },
  // Decorators: Vite 8 compiles the sources with tsconfig.json's experimentalDecorators and
  // useDefineForClassFields: false, as the test runner and the CDN build do; nothing to add.
  async viteFinal(viteConfig) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      optimizeDeps: {
        // One Lit on the page: the dev server would pre-bundle Lit for the stories while
        // Storybook's renderer (not pre-bundled) imports it from node_modules, a second copy.
        // Lit is plain ES modules: served as is, everyone gets the same instance.
        exclude: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context', '@lit/task'],
      },
    });
  },
};

export default config;
