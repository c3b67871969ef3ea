import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

/**
 * CDN bundles: self-contained, minified ES modules a web team loads with one
 * `<script type="module">`. `all.js` registers every element; `<tag>.js`
 * registers one; `chunks/` holds the messages loaded on first use (each element's, and the other languages'). The npm build (ES modules + types in dist/) is `tsc -p
 * tsconfig.build.json`; sizes are checked by scripts/size-report.mjs.
 */
const tsconfig = fileURLToPath(new URL('./tsconfig.json', import.meta.url));
const tags = readdirSync(new URL('./src/elements/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const plugins = () => [
  nodeResolve({ exportConditions: ['production', 'browser', 'import', 'default'] }),
  // The whitespace inside html`` and css`` templates, which esbuild leaves alone (before esbuild renames the tags).
  minifyHTML(),
  esbuild({ target: 'es2022', minify: true, tsconfig, legalComments: 'none' }),
];

const bundle = (input, name) => ({
  input,
  // Lets the entry also export what its lazy chunks import from it, instead of splitting into a shared chunk.
  preserveEntrySignatures: 'allow-extension',
  // Languages other than French are chunks loaded on first use; identical chunks of two builds share a name.
  output: {
    dir: 'dist/cdn',
    format: 'es',
    sourcemap: true,
    entryFileNames: `${name}.js`,
    chunkFileNames: ({ moduleIds }) =>
      moduleIds.some((id) => id.includes('/adapter/memory/camps'))
        ? 'chunks/memory-camps-[hash].js'
        : moduleIds.some((id) => id.includes('/adapter/memory/'))
          ? 'chunks/memory-[hash].js'
          : moduleIds.some((id) => id.includes('/elements/child-enrol/'))
            ? // The built-in portal's camps tab (family-portal.js): loaded when first shown.
              'chunks/child-enrol-[hash].js'
            : 'chunks/[name]-[hash].js',
  },
  plugins: plugins(),
  treeshake: {
    // Our domain, UI-template and format modules only define schemas and functions: one whose exports
    // a bundle does not use is left out (zod builds schemas on load, which rollup would otherwise keep).
    // `npm run test:cdn` checks the result in a browser.
    moduleSideEffects: (id) => !/\/src\/(domain|shared\/ui|shared\/i18n\/format)\//.test(id),
  },
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((id) => id.includes('node_modules/zod')))
      return;
    warn(warning);
  },
});

export default [
  bundle('src/index.ts', 'all'),
  ...tags.map((tag) => bundle(`src/elements/${tag}/define.ts`, tag)),
];
