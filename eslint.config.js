import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

/*
 * The layers, arrows pointing down only:
 * src/elements/<tag> → src/shared → src/adapter → src/domain, with src/demo-data
 * beside the domain (it builds on it alone) and server/src on src/domain (and
 * src/demo-data for its seed). An import that goes up, or into another
 * element's files, fails the lint; an element composes another through its
 * define entry (`../<tag>/define.js`, or its CDN entry `cdn.js`). Each rule below is a regex on the
 * import's path, checked in static imports and in `import()` alike;
 * test/lint/layers.test.ts shows what each layer refuses.
 */

/** An import that climbs out of the file's folder into one of `folders` of src. */
const into = (...folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`;
/** Packages other than zod and date-fns: no lit, no DOM, no I/O. */
const packagesButZodAndDateFns = '^(?!\\.|zod(/|$)|date-fns(/|$))';
const lit = '^(lit|@lit/.*)$';

const domainMessage =
  'src/domain is pure TypeScript (zod, date-fns): it imports no lit, no DOM library and no layer above it.';
const demoDataMessage = 'src/demo-data is data built on src/domain alone (zod, date-fns).';
const adapterMessage =
  'src/adapter sits under src/shared and the elements, and uses no lit (but @lit/context in adapter/context.ts).';
const elementMessage =
  "Another element's files: compose it through its define entry (`../<tag>/define.js` or `cdn.js`); pieces two elements show belong in src/shared.";

const layers = [
  {
    files: ['src/domain/**/*.ts'],
    restricted: [
      { regex: packagesButZodAndDateFns, message: domainMessage },
      { regex: into('adapter', 'shared', 'elements', 'demo-data'), message: domainMessage },
    ],
  },
  {
    files: ['src/demo-data/**/*.ts'],
    restricted: [
      { regex: packagesButZodAndDateFns, message: demoDataMessage },
      { regex: into('adapter', 'shared', 'elements'), message: demoDataMessage },
    ],
  },
  {
    files: ['src/adapter/**/*.ts'],
    restricted: [
      { regex: into('shared', 'elements'), message: adapterMessage },
      { regex: lit, message: adapterMessage },
    ],
  },
  {
    // The context the elements consume the adapter through (a later block: its rules replace the above).
    files: ['src/adapter/context.ts'],
    restricted: [
      { regex: into('shared', 'elements'), message: adapterMessage },
      { regex: '^(lit|@lit/(?!context$).*)$', message: adapterMessage },
    ],
  },
  {
    files: ['src/shared/**/*.ts'],
    restricted: [
      { regex: into('elements'), message: 'src/shared sits under the elements: it imports none of them.' },
      {
        // The shared code is in every page's core chunk: through the domain's index it would pull every
        // domain module (and their zod schemas) into it, whatever it uses.
        regex: '^(\\.\\./)+domain/index\\.js$',
        allowTypeImports: true,
        message:
          'Import a domain value from its own module (../domain/<module>.js), not the index: types are fine.',
      },
    ],
  },
  // An element's files at each depth of its folder: `../` climbs to src/elements, and a
  // folder there is another element (or its own, reached the long way round).
  ...[0, 1, 2].map((depth) => ({
    files: [`src/elements/*/${'*/'.repeat(depth)}*.ts`],
    restricted: [
      { regex: `^(\\.\\./){${depth + 1}}(?!\\.\\./)[^/]+/(?!(define|cdn)\\.js$)`, message: elementMessage },
    ],
  })),
  {
    files: ['server/src/**/*.ts'],
    restricted: [
      {
        regex: '^(\\.\\./)+src/(?!domain/|demo-data/)',
        message:
          'The server builds on src/domain (and src/demo-data for its seed): never src/adapter, src/shared or the elements.',
      },
      { regex: lit, message: 'The server renders no lit.' },
    ],
  },
].map(({ files, restricted }) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: restricted }],
    // no-restricted-imports does not look at import(): the same paths, refused there too.
    'no-restricted-syntax': [
      'error',
      ...restricted.map(({ regex, message }) => ({
        selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\/')}/u]`,
        message,
      })),
    ],
  },
}));

/** The domain and the demo data run in the browser and in the server alike: no DOM. */
const domGlobals = [
  'window',
  'document',
  'navigator',
  'location',
  'HTMLElement',
  'Element',
  'customElements',
  'localStorage',
  'sessionStorage',
  'fetch',
].map((name) => ({ name, message: 'src/domain and src/demo-data use no DOM and no I/O.' }));

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'coverage', 'storybook-static', 'custom-elements.json', '.data'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['scripts/**', 'test/e2e/**', 'server/**', '*.config.*', '.storybook/**'],
    rules: { 'no-console': 'off' },
  },
  ...layers,
  {
    files: ['src/domain/**/*.ts', 'src/demo-data/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', ...domGlobals] },
  },
);
